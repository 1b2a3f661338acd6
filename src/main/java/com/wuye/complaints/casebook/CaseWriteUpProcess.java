package com.wuye.complaints.casebook;

/**
 * Process {@code case-write-up} (bpmn/case-write-up.bpmn): its key and variable names, declared
 * once.
 */
final class CaseWriteUpProcess {

  static final String KEY = "case-write-up";
  static final String COMPLAINT_ID = "complaintId";
  static final String COMPLAINT_NO = "complaintNo";

  /** Form fields of UserTask_WriteUpCase. */
  static final String TITLE = "caseTitle";

  static final String CAUSE = "caseCause";
  static final String HANDLING = "caseHandling";
  static final String LESSONS = "caseLessons";

  private CaseWriteUpProcess() {}
}
