package com.wuye.complaints.report;

import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-KPI-1 the company's figures (docs/reports.md). General manager, GM's assistants and
 * general-affairs managers read them company-wide; customer-service supervisors and project
 * managers for the complaints their groups handle or supervise; everyone else gets 403
 * (SecurityConfiguration and here).
 */
@RestController
@Validated
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "reports", description = "考核指标 R-KPI-1 figures the company steers by")
@SecurityRequirement(name = "basic")
class ReportApiController {

  /** Who reads every complaint's figures. */
  static final Set<String> COMPANY_WIDE =
      Set.of(Groups.GENERAL_MANAGER, Groups.GM_ASSISTANT, Groups.GENERAL_AFFAIRS_MANAGER);

  /** Who reads the figures of the complaints their group handles or supervises. */
  static final Set<String> OWN_GROUPS = Set.of(Groups.CUSTOMER_SUPERVISOR, Groups.PROJECT_MANAGER);

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
  private static final String DATE_MESSAGE = "invalid.date";

  /** The longest period one request covers. */
  private static final long MAX_DAYS = 366;

  private final KpiService kpis;
  private final CurrentUser user;
  private final com.wuye.complaints.identity.CommunityScope communities;

  ReportApiController(
      KpiService kpis, CurrentUser user, com.wuye.complaints.identity.CommunityScope communities) {
    this.communities = communities;
    this.kpis = kpis;
    this.user = user;
  }

  @Schema(description = "考核指标 R-KPI-1 figures of a period")
  record KpiReport(
      LocalDate from,
      LocalDate to,
      String community,
      @Schema(description = "company, or the groups whose complaints are counted") String scope,
      KpiFigures figures) {}

  @Schema(description = "分组指标 figures per group")
  record BreakdownGroup(String key, KpiFigures figures) {}

  @Schema(description = "分组指标 R-KPI-1 figures of a period per group")
  record KpiBreakdown(
      LocalDate from,
      LocalDate to,
      String community,
      String scope,
      String by,
      List<BreakdownGroup> groups) {}

  @GetMapping("/kpis")
  @Operation(
      operationId = "getKpis",
      summary = "考核指标 The R-KPI-1 figures of a period, with their targets")
  KpiReport kpis(
      @Parameter(description = "first day, YYYY-MM-DD (company time zone)")
          @RequestParam
          @Pattern(regexp = DATE, message = DATE_MESSAGE)
          String from,
      @Parameter(description = "last day, inclusive")
          @RequestParam
          @Pattern(regexp = DATE, message = DATE_MESSAGE)
          String to,
      @Parameter(description = "one community's code") @RequestParam(required = false)
          String community) {
    LocalDate[] period = period(from, to);
    KpiService.Scope scope = scope();
    return new KpiReport(
        period[0],
        period[1],
        blankToNull(community),
        describe(scope),
        kpis.figures(period[0], period[1], blankToNull(community), scope));
  }

  @GetMapping("/kpis/breakdown")
  @Operation(
      operationId = "getKpiBreakdown",
      summary =
          "分组指标 The figures per month, community, building, category, severity or handler group")
  KpiBreakdown breakdown(
      @Parameter(description = "month | community | building | category | severity | handlerGroup")
          @RequestParam
          @Pattern(
              regexp = "month|community|building|category|severity|handlerGroup",
              message = "invalid.report.month-community-building-category-severity-handlergroup")
          String by,
      @RequestParam @Pattern(regexp = DATE, message = DATE_MESSAGE) String from,
      @RequestParam @Pattern(regexp = DATE, message = DATE_MESSAGE) String to,
      @RequestParam(required = false) String community) {
    KpiService.By grouping = grouping(by);
    LocalDate[] period = period(from, to);
    KpiService.Scope scope = scope();
    List<BreakdownGroup> groups =
        kpis
            .breakdown(grouping, period[0], period[1], blankToNull(community), scope)
            .entrySet()
            .stream()
            .map(e -> new BreakdownGroup(e.getKey(), e.getValue()))
            .toList();
    return new KpiBreakdown(
        period[0], period[1], blankToNull(community), describe(scope), by, groups);
  }

  private KpiService.Scope scope() {
    return scopeOf(user.groups(), communities.ofCaller());
  }

  /**
   * R-KPI-1 whose complaints the caller's groups read (docs/reports.md "Who reads what"); 403 for
   * nobody's.
   */
  static KpiService.Scope scopeOf(
      Set<String> groups, com.wuye.complaints.identity.CommunityScope.Communities reach) {
    if (groups.stream().anyMatch(COMPANY_WIDE::contains)) {
      return KpiService.Scope.COMPANY;
    }
    List<String> own = groups.stream().filter(OWN_GROUPS::contains).sorted().toList();
    if (own.isEmpty()) {
      throw ApiProblemException.forbidden("report.figures-for-managers");
    }
    // issue 16: a community's supervisor or project manager counts only their communities'
    // complaints
    java.util.Set<String> within = reach.restriction();
    return new KpiService.Scope(own, within == null ? null : within.stream().sorted().toList());
  }

  static String describe(KpiService.Scope scope) {
    return scope.companyWide()
        ? "company"
        : scope.groups().stream().collect(Collectors.joining(","));
  }

  private static KpiService.By grouping(String by) {
    String name =
        by == null ? "" : by.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    try {
      return KpiService.By.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          FieldError.of(
              "by", "invalid.report.month-community-building-category-severity-handlergroup"));
    }
  }

  private static LocalDate[] period(String from, String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (end.isBefore(start)) {
      throw new InvalidInputException(FieldError.of("to", "invalid.not-before-from"));
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new InvalidInputException(
          FieldError.of("to", "invalid.report.period-covers-most-366-days"));
    }
    return new LocalDate[] {start, end};
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException(FieldError.of(field, "invalid.date"));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
