package com.wuye.complaints.report;

/**
 * Process {@code monthly-analysis} (bpmn/monthly-analysis.bpmn): its key and variable names,
 * declared once.
 */
final class MonthlyAnalysisProcess {

  static final String KEY = "monthly-analysis";

  /** The month analysed, YYYY-MM; also the business key. */
  static final String MONTH = "reportMonth";

  /**
   * Form fields of UserTask_AnalyseMonth: the causes, then up to three actions (cause, action,
   * owner group, due date, community).
   */
  static final String CAUSES = "causes";

  static final int ACTION_SLOTS = 3;

  private MonthlyAnalysisProcess() {}

  static String field(String name, int slot) {
    return "action" + slot + name;
  }
}
