package com.wuye.complaints.report;

import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-KPI-2 the stored monthly reports 月度投诉分析 and their downloads. Readers: AnalysisReaders (the
 * reports hold figures and complaint numbers, no personal data); staff of some communities read
 * only those communities' reports, the company's only those who see every community. The manual
 * run: the general-affairs managers and the administrator.
 */
@PlatformApi
@Tag(
    name = "monthly-analysis",
    description = "月度投诉分析、预防措施 R-KPI-2 monthly analysis and preventive actions")
class MonthlyReportController {

  private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
  private static final String MONTH_MESSAGE = "invalid.month";
  private static final String SCOPE = "company|[a-z][a-z0-9-]{1,31}";
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  @Schema(description = "月度分析已运行 what a run of the monthly analysis wrote")
  record RunResult(
      String month,
      @Schema(description = "reports written by this run (0 when all existed)") int written,
      List<MonthlyReport> reports) {}

  private final MonthlyReports reports;
  private final CurrentUser caller;
  private final CommunityScope communities;
  private final ZoneId zone;

  MonthlyReportController(
      MonthlyReports reports,
      CurrentUser caller,
      CommunityScope communities,
      CompanySettings settings) {
    this.reports = reports;
    this.caller = caller;
    this.communities = communities;
    this.zone = settings.timeZone();
  }

  @GetMapping(path = "/api/reports/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "listMonthlyReports",
      summary =
          "月度报告 The stored reports of a month (company and each community), with download links")
  List<MonthlyReport> list(
      @Parameter(description = "YYYY-MM")
          @RequestParam
          @Pattern(regexp = MONTH, message = MONTH_MESSAGE)
          String month) {
    AnalysisReaders.scope(caller.groups());
    CommunityScope.Communities reach = communities.ofCaller();
    return reports.list(month(month)).stream()
        .filter(report -> readable(report.scope(), reach))
        .toList();
  }

  @GetMapping(path = "/api/reports/monthly/{month}/{scope}.csv", produces = "text/csv")
  @Operation(
      operationId = "downloadMonthlyReportCsv",
      summary = "月度报告 CSV (UTF-8 with BOM, opens in Excel)")
  @ApiResponse(
      responseCode = "200",
      description = "the report",
      content = @Content(mediaType = "text/csv"))
  @ResponseStatus(HttpStatus.OK)
  ResponseEntity<byte[]> csv(
      @PathVariable @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String month,
      @Parameter(description = "community code or company")
          @PathVariable
          @Pattern(regexp = SCOPE, message = "invalid.report.community-code-company")
          String scope) {
    MonthlyReport.Content content = content(month, scope);
    return file(
        MonthlyReportFiles.csv(content, zone),
        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
        month + "-" + scope + ".csv");
  }

  @GetMapping(
      path = "/api/reports/monthly/{month}/{scope}.xlsx",
      produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @Operation(operationId = "downloadMonthlyReportXlsx", summary = "月度报告 Excel workbook (XLSX)")
  @ApiResponse(
      responseCode = "200",
      description = "the report",
      content =
          @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  @ResponseStatus(HttpStatus.OK)
  ResponseEntity<byte[]> xlsx(
      @PathVariable @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String month,
      @Parameter(description = "community code or company")
          @PathVariable
          @Pattern(regexp = SCOPE, message = "invalid.report.community-code-company")
          String scope) {
    return file(
        MonthlyReportFiles.xlsx(content(month, scope), zone), XLSX, month + "-" + scope + ".xlsx");
  }

  @PostMapping(
      path = "/api/reports/monthly/{month}/run",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "runMonthlyAnalysis",
      summary =
          "运行月度分析 Run the monthly analysis of a past month now "
              + "(what the job does on the 1st; idempotent: stored reports stay as they are). General-affairs managers and administrators")
  RunResult run(@PathVariable @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String month) {
    YearMonth m = month(month);
    if (m.isAfter(reports.previousMonth())) {
      throw new InvalidInputException(
          FieldError.of("month", "invalid.report.only-month-that-over-can-analysed"));
    }
    if (!reports.anyComplaintUpTo(m)) {
      throw ApiProblemException.notFound("report.no-complaint-was-recorded-in", month);
    }
    int written = reports.run(m);
    return new RunResult(month, written, reports.list(m));
  }

  private MonthlyReport.Content content(String month, String scope) {
    AnalysisReaders.scope(caller.groups());
    return reports
        .content(month(month), scope)
        .filter(content -> readable(scope, communities.ofCaller()))
        .orElseThrow(() -> ApiProblemException.notFound("report.no-monthly-report", month, scope));
  }

  /**
   * Issue 16: staff of some communities read those communities' reports; the company's report
   * (which lists every community's complaints) only those who see every community.
   */
  private static boolean readable(String scope, CommunityScope.Communities reach) {
    return reach.all() || (!MonthlyReport.COMPANY.equals(scope) && reach.includes(scope));
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
    return new ResponseEntity<>(body, headers, HttpStatus.OK);
  }

  private static YearMonth month(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException(FieldError.of("month", "invalid.month"));
    }
  }
}
