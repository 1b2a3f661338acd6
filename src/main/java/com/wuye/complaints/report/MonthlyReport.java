package com.wuye.complaints.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** R-KPI-2 one stored monthly report 月度投诉分析 of a community or of the company. */
@Schema(description = "月度投诉分析 R-KPI-2 a stored monthly report")
record MonthlyReport(
    @Schema(description = "YYYY-MM") String month,
    @Schema(description = "community code, or company") String scope,
    Instant createdAt,
    @Schema(description = "CSV download (UTF-8 with BOM)") String csvUrl,
    @Schema(description = "XLSX download") String xlsxUrl) {

  static final String COMPANY = "company";

  static MonthlyReport of(String month, String scope, Instant createdAt) {
    String base = "/api/reports/monthly/" + month + "/" + scope;
    return new MonthlyReport(month, scope, createdAt, base + ".csv", base + ".xlsx");
  }

  /**
   * One figure row: a dimension (TOTAL, CATEGORY, BUILDING, SEVERITY, CAUSE, HANDLER_GROUP) and
   * item.
   */
  record Figure(
      String dimension,
      String item,
      int received,
      BigDecimal share,
      int closed,
      BigDecimal satisfactionRate,
      BigDecimal onTimeRate,
      BigDecimal returnVisitRate,
      BigDecimal repeatRate,
      BigDecimal complaintRate) {}

  /** One listed complaint (REPEAT, MAJOR, HOT): numbers and codes, no personal data. */
  record Listed(
      String list,
      String complaintNo,
      String community,
      String building,
      String category,
      String severity,
      String status,
      String repeatOf,
      int reopenCount,
      Instant receivedAt) {}

  /** The whole stored report. */
  record Content(MonthlyReport report, List<Figure> figures, List<Listed> complaints) {}
}
