package com.wuye.complaints.complaint;

/** The timeline entries of a complaint. */
public enum ComplaintEventType {
  RECEIVED,
  SEVERITY_CHANGED,
  ASSIGNED,
  VERIFIED,
  CLOSING_PROPOSED,
  CLOSING_CONFIRMED,
  SENT_BACK_TO_HANDLING,
  SUGGESTION_RECORDED,
  NIGHT_HANDOVER,
  HANDOVER_ACKNOWLEDGED,
  HANDLED,
  FEEDBACK_GIVEN,
  RETURN_VISITED,
  REOPENED,
  CLOSED,
  LINKED,
  FACTS_CHANGED,
  ESCALATION_REQUESTED,
  ESCALATED,
  WAITING_STARTED,
  WAITING_ENDED,
  WORK_CONTACT_RAISED,
  WORK_CONTACT_DONE,
  RESPONSE_OVERDUE,
  CONTACTED,
  RETURN_VISIT_OVERDUE,
  /** R-KPI-1: a handling step was completed after its due date. */
  HANDLING_OVERDUE,
  RECTIFICATION_ISSUED,
  RECTIFICATION_NOTICE_OVERDUE,
  RECTIFIED,
  SEVERITY_CONFIRMED,
  FACT_CORRECTED,
  UNLINKED,
  LINK_CONFIRMED,
  /** R-SEV-IMPORTANT: the intake proposed an earlier handled complaint this one may repeat. */
  REPEAT_PROPOSED,
  /** R-SEV-IMPORTANT: the verifier confirmed the proposal: the complaint is a repeat. */
  REPEAT_CONFIRMED,
  /** R-SEV-IMPORTANT: the verifier rejected the proposal: not a repeat. */
  REPEAT_REJECTED,
  /** R-REP-1: the handler issued a repair order 派工单 from the handling step. */
  REPAIR_ORDER_ISSUED
}
