package com.wuye.complaints.report;

import static com.wuye.complaints.support.PlainText.strippedOrNull;

import com.wuye.complaints.support.ApiParameters;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * R-KPI-1 the company's figures (docs/reports.md). General manager, GM's assistants and
 * general-affairs managers read them company-wide; customer-service supervisors and project
 * managers for the complaints their groups handle or supervise; everyone else gets 403
 * (SecurityConfiguration and here).
 */
@PlatformApi
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "reports", description = "考核指标 R-KPI-1 figures the company steers by")
class ReportApiController {

  private final KpiService kpis;
  private final FigureReaders readers;

  ReportApiController(KpiService kpis, FigureReaders readers) {
    this.kpis = kpis;
    this.readers = readers;
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
          @Pattern(regexp = ApiParameters.DAY, message = ApiParameters.DAY_MESSAGE)
          String from,
      @Parameter(description = "last day, inclusive")
          @RequestParam
          @Pattern(regexp = ApiParameters.DAY, message = ApiParameters.DAY_MESSAGE)
          String to,
      @Parameter(description = "one community's code") @RequestParam(required = false)
          String community) {
    ReportPeriod period = ReportPeriod.parse(from, to);
    KpiService.Scope scope = readers.ofCaller();
    String code = strippedOrNull(community);
    return new KpiReport(
        period.from(),
        period.to(),
        code,
        FigureReaders.describe(scope),
        kpis.figures(period.from(), period.to(), code, scope));
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
      @RequestParam @Pattern(regexp = ApiParameters.DAY, message = ApiParameters.DAY_MESSAGE)
          String from,
      @RequestParam @Pattern(regexp = ApiParameters.DAY, message = ApiParameters.DAY_MESSAGE)
          String to,
      @RequestParam(required = false) String community) {
    KpiService.By grouping = grouping(by);
    ReportPeriod period = ReportPeriod.parse(from, to);
    KpiService.Scope scope = readers.ofCaller();
    String code = strippedOrNull(community);
    List<BreakdownGroup> groups =
        kpis.breakdown(grouping, period.from(), period.to(), code, scope).entrySet().stream()
            .map(e -> new BreakdownGroup(e.getKey(), e.getValue()))
            .toList();
    return new KpiBreakdown(
        period.from(), period.to(), code, FigureReaders.describe(scope), by, groups);
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
}
