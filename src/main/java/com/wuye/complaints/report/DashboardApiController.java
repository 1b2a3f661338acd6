package com.wuye.complaints.report;

import static com.wuye.complaints.support.PlainText.strippedOrNull;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * R-KPI-1 the managers' dashboard in Cockpit (plugin complaint-dashboard): the counts of what is
 * open, late and escalated now, and the complaints behind every number. Who reads what is as for
 * the figures (ReportApiController): company-wide for the general manager, GM's assistants and
 * general-affairs managers, their groups' complaints for supervisors and project managers, 403 for
 * everyone else.
 */
@PlatformApi
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "reports", description = "考核指标 R-KPI-1 figures the company steers by")
class DashboardApiController {

  private static final String FILTERS =
      "open|breached|overdue|escalated|returnVisitBacklog|received|closed|closedLate"
          + "|closedUnvisited|unsatisfied|repeat|responseLate|handlingLate|returnVisitLate";
  private static final String BREACHES = "response|handling|returnVisit|rectificationNotice";

  private final DashboardService dashboard;
  private final FigureReaders readers;

  DashboardApiController(DashboardService dashboard, FigureReaders readers) {
    this.dashboard = dashboard;
    this.readers = readers;
  }

  @Schema(description = "看板 R-KPI-1 what is open, late and escalated now")
  record DashboardView(String scope, String community, DashboardService.DashboardSummary summary) {}

  @Schema(
      description =
          "投诉清单 the complaints behind a number (at most 200; total counts them all); complainant names masked")
  record DashboardComplaintList(
      String scope,
      String filter,
      int total,
      java.util.List<DashboardService.DashboardComplaint> complaints) {}

  @GetMapping("/dashboard")
  @Operation(
      operationId = "getDashboard",
      summary =
          "看板 Open complaints by severity and community, missed deadlines and overdue steps, escalations this week, the return-visit backlog")
  DashboardView summary(
      @Parameter(description = "one community's code") @RequestParam(required = false)
          String community) {
    KpiService.Scope scope = readers.ofCaller();
    String code = strippedOrNull(community);
    return new DashboardView(FigureReaders.describe(scope), code, dashboard.summary(code, scope));
  }

  @GetMapping("/complaints")
  @Operation(
      operationId = "listReportComplaints",
      summary = "看板明细 The complaints behind a number of the dashboard or the figures")
  DashboardComplaintList complaints(
      @Parameter(description = FILTERS)
          @RequestParam
          @Pattern(regexp = FILTERS, message = "invalid.report.unknown-filter")
          String filter,
      @Parameter(description = "first day (period filters: received … returnVisitLate), YYYY-MM-DD")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "last day, inclusive") @RequestParam(required = false) String to,
      @Parameter(description = "one community's code") @RequestParam(required = false)
          String community,
      @Parameter(description = "MAJOR | HOT | IMPORTANT | GENERAL")
          @RequestParam(required = false)
          @Pattern(
              regexp = "MAJOR|HOT|IMPORTANT|GENERAL",
              message = "invalid.report.unknown-severity")
          String severity,
      @Parameter(
              description =
                  "breached: "
                      + BREACHES
                      + "; overdue: the step's id, e.g. UserTask_HandleComplaint")
          @RequestParam(required = false)
          @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,63}", message = "invalid.report.invalid-step")
          String step) {
    DashboardService.Filter chosen =
        DashboardService.Filter.valueOf(DashboardService.snake(filter));
    ReportPeriod period = chosen.needsPeriod() ? ReportPeriod.parse(from, to) : null;
    String chosenStep = strippedOrNull(step);
    if (chosen == DashboardService.Filter.BREACHED
        && (chosenStep == null || !chosenStep.matches(BREACHES))) {
      throw new InvalidInputException(
          FieldError.of(
              "step", "invalid.report.breached-needs-step-response-handling-returnvisit"));
    }
    KpiService.Scope scope = readers.ofCaller();
    DashboardService.DashboardComplaints lines =
        dashboard.list(
            new DashboardService.Criteria(
                chosen,
                period == null ? null : period.from(),
                period == null ? null : period.to(),
                strippedOrNull(community),
                strippedOrNull(severity),
                chosenStep),
            scope);
    return new DashboardComplaintList(
        FigureReaders.describe(scope), filter, lines.total(), lines.complaints());
  }
}
