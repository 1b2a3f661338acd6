package com.wuye.complaints.complaint;

/** Names shared between the complaint-handling model, its forms and the code: declared once. */
public final class ComplaintProcess {

  public static final String KEY = "complaint-handling";
  public static final String SEVERITY_DECISION = "complaint-severity";
  public static final String RESPONSIBILITY_DECISION = "complaint-responsibility";

  // intake form / API (the name and phone arrive as transient variables, never stored by the
  // engine)
  public static final String CHANNEL = "channel";
  public static final String CATEGORY = "category";
  public static final String COMPLAINANT_NAME = "complainantName";
  public static final String COMPLAINANT_PHONE = "complainantPhone";
  public static final String COMMUNITY = "community";
  public static final String BUILDING = "building";
  public static final String UNIT = "unit";
  public static final String ROOM = "room";
  public static final String DESCRIPTION = "description";
  public static final String COLLECTIVE_SIZE = "collectiveSize";
  public static final String IN_LITIGATION = "inLitigation";
  public static final String MEDIA_EXPOSED = "mediaExposed";
  public static final String LITIGATION_OR_MEDIA_RISK = "litigationOrMediaRisk";
  public static final String NEEDS_OTHER_DEPARTMENTS = "needsOtherDepartments";
  public static final String REPEAT_OF = "repeatOf";
  public static final String RECEIVED_BY = "receivedBy";

  /**
   * R-LOOP how the complainant is told: SMS (default) or WECHAT; and whether they declined
   * messages.
   */
  public static final String NOTICE_CHANNEL = "noticeChannel";

  public static final String NOTIFY_OPT_OUT = "notifyOptOut";

  /** R-IN-2 when the complaint was made, if earlier than it was recorded (optional). */
  public static final String MADE_AT = "madeAt";

  /**
   * R-RESP, R-VISIT-1 the staff member the complaint is about (a user id, optional): routed past,
   * and refused every task of the complaint (namedstaff.NamedStaffGuard).
   */
  public static final String NAMED_STAFF = "namedStaff";

  // set by the process
  public static final String COMPLAINT_ID = "complaintId";
  public static final String COMPLAINT_NO = "complaintNo";

  /** R-CUST-5: what the process (and engine history) keeps of the complainant: masked. */
  public static final String COMPLAINANT_NAME_MASKED = "complainantNameMasked";

  public static final String COMPLAINANT_PHONE_MASKED = "complainantPhoneMasked";
  public static final String RECEIVED_AT = "receivedAt";
  public static final String SAME_ISSUE_WINDOW = "sameIssueWindow";
  public static final String SAME_ISSUE_COMPLAINANTS = "sameIssueComplainants30d";

  /**
   * R-SEV-HOT: the numbers of the earlier complaints this intake raises, comma-separated (ids
   * only).
   */
  public static final String SAME_ISSUE_COMPLAINTS_TO_RAISE = "sameIssueComplaintsToRaise";

  /** R-SEV-HOT: the one earlier complaint a raise job is about (multi-instance element). */
  public static final String SAME_ISSUE_COMPLAINT_TO_RAISE = "sameIssueComplaintToRaise";

  public static final String DAYS_UNRESOLVED = "daysUnresolved";
  public static final String REPEAT_AFTER_HANDLING = "repeatAfterHandling";
  public static final String CLASSIFICATION_TRIGGER = "classificationTrigger";
  public static final String ASSESSED_SEVERITY = "assessedSeverity";
  public static final String SEVERITY = "severity";
  public static final String RESPONSIBILITY = "responsibility";
  public static final String HANDLER_GROUP = "handlerGroup";
  public static final String SUPERVISOR_GROUP = "supervisorGroup";
  public static final String VERIFIER_GROUP = "verifierGroup";
  public static final String VERIFIED = "verified";

  /**
   * R-IN-4 taken at night and not yet handled by the monitoring room or acknowledged by the morning
   * shift.
   */
  public static final String NIGHT_SHIFT_PENDING = "nightShiftPending";

  /** R-IN-4 when the morning shift takes over the night's handover (decision night-shift). */
  public static final String MORNING_SHIFT_STARTS_AT = "morningShiftStartsAt";

  public static final String HANDLED_BY = "handledBy";
  public static final String SLA = "sla";
  public static final String TASK_PRIORITY = "taskPriority";
  public static final String RESPONSE_DUE_AT = "responseDueAt";
  public static final String HANDLE_DUE_AT = "handleDueAt";
  public static final String ESCALATE_TO_HOT_AT = "escalateToHotAt";
  public static final String ESCALATE_TO_MAJOR_AT = "escalateToMajorAt";
  public static final String SEVERITY_CHANGE_REASON = "severityChangeReason";
  public static final String SEVERITY_CHANGED_BY = "severityChangedBy";
  public static final String ESCALATION_REQUESTED_BY = "escalationRequestedBy";

  /**
   * R-ESC-1, R-ESC-4: the handler level the complaint was escalated to, apart from its severity
   * (null: none).
   */
  public static final String ESCALATION_LEVEL = "escalationLevel";

  public static final String FACTS_REPORTED_BY = "factsReportedBy";
  public static final String FACTS_NOTE = "factsNote";
  public static final String CUSTOMER_CATEGORY = "customerCategory";
  public static final String FACTS_CHANGED_MESSAGE = "ComplaintFactsChanged";

  /** R-SEV-UP: a person set the severity, with a reason (BoundaryEvent_SeveritySetByPerson). */
  public static final String SEVERITY_SET_BY_PERSON_MESSAGE = "ComplaintSeveritySetByPerson";

  public static final String REQUESTED_SEVERITY = "requestedSeverity";
  public static final String REQUESTED_SEVERITY_REASON = "requestedSeverityReason";
  public static final String REQUESTED_SEVERITY_BY = "requestedSeverityBy";

  /**
   * R-SEV-HOT: a same-issue link that raised the complaint was removed
   * (BoundaryEvent_SameIssueLinkRemoved).
   */
  public static final String SAME_ISSUE_LINK_REMOVED_MESSAGE = "ComplaintSameIssueLinkRemoved";

  public static final String SAME_ISSUE_SCOPE_DECISION = "same-issue-scope";

  /** R-SEV-IMPORTANT: how long after handling a complaint of the unit is proposed as repeated. */
  public static final String REPEAT_WINDOW_DECISION = "repeat-window";

  /**
   * R-SEV-IMPORTANT: the number of the earlier complaint the intake proposed as repeated (the
   * Verify form shows it), and what the verifier decided (PROPOSED, CONFIRMED, REJECTED).
   */
  public static final String REPEAT_PROPOSED_OF = "repeatProposedOf";

  public static final String REPEAT_PROPOSAL = "repeatProposal";
  public static final String NOTIFY_GROUP = "notifyGroup";

  /** the groups a service task tells, a list input of the model */
  public static final String NOTIFY_GROUPS = "notifyGroups";

  public static final String MOVE_OPEN_WORK = "moveOpenWork";

  /**
   * R-ESC-3, R-LOOP lead times of the reminders to the handler (decision complaint-reminders) and
   * which one a reminder task sends.
   */
  public static final String REMINDERS_DECISION = "complaint-reminders";

  /** R-ESC-2 the age thresholds (complaint-severity.dmn), read by the timers and the severity. */
  public static final String ESCALATION_DECISION = "complaint-escalation";

  public static final String HANDLE_REMINDER_BEFORE = "handleReminderBefore";
  public static final String FEEDBACK_REMINDER_BEFORE = "feedbackReminderBefore";
  public static final String REMINDER = "reminder";

  // task forms
  /**
   * UserTask_HandleAtNight: what the monitoring room did, and whether it hands the complaint over.
   */
  public static final String NIGHT_NOTE = "nightNote";

  public static final String HANDED_OVER = "handedOver";

  /** UserTask_AcknowledgeHandover: the morning supervisor's note (optional). */
  public static final String HANDOVER_NOTE = "handoverNote";

  public static final String VERIFICATION_NOTE = "verificationNote";

  /**
   * VerificationOutcome code; anything but VALID asks the supervisor to confirm closing without
   * handling.
   */
  public static final String VERIFICATION_OUTCOME = "verificationOutcome";

  public static final String OUTCOME_REASON = "outcomeReason";

  /** DUPLICATE: the number of the complaint this one repeats (it must exist). */
  public static final String DUPLICATE_OF = "duplicateOf";

  /**
   * UserTask_ConfirmClosing form: CONFIRM or SEND_BACK; the listener turns it into
   * CLOSING_CONFIRMED.
   */
  public static final String CLOSING_DECISION = "closingDecision";

  /** Gateway_ClosingConfirmed: true closes without handling, false sends it to handling. */
  public static final String CLOSING_CONFIRMED = "closingConfirmed";

  public static final String CLOSING_NOTE = "closingNote";
  public static final String HANDLING_RESULT = "handlingResult";
  public static final String FEEDBACK_METHOD = "feedbackMethod";
  public static final String FEEDBACK_NOTE = "feedbackNote";
  public static final String SATISFACTION = "satisfaction";
  public static final String VISIT_COMMENT = "visitComment";
  public static final String ESCALATE = "escalate";
  public static final String ESCALATION_REASON = "escalationReason";
  public static final String PROBLEM_FOUND = "problemFound";
  public static final String PROBLEM_DESCRIPTION = "problemDescription";
  public static final String RECTIFICATION_RESULT = "rectificationResult";

  /**
   * R-VISIT-3: the department group a rectification notice goes to (return-visit form, notice
   * form).
   */
  public static final String RESPONSIBLE_DEPARTMENT = "responsibleDepartment";

  /** R-VISIT-3: the written rectification notice (UserTask_IssueRectificationNotice form). */
  public static final String RECTIFICATION_NOTICE = "rectificationNotice";

  /** R-VISIT-3: how long the department has to rectify, from decision rectification-deadline. */
  public static final String RECTIFY_WITHIN = "rectifyWithin";

  /** R-RESP: a work-contact order 工作联系单 to a specialist department (handling form). */
  public static final String ASSIST_DEPARTMENT = "assistDepartment";

  public static final String ASSIST_REQUEST = "assistRequest";
  public static final String WORK_CONTACT_ORDER_ID = "workContactOrderId";

  /** the department group of the pending work-contact order; none pending when absent */
  public static final String WORK_CONTACT_DEPARTMENT = "workContactDepartment";

  public static final String WORK_CONTACT_REQUEST = "workContactRequest";
  public static final String WORK_CONTACT_DUE_AT = "workContactDueAt";
  public static final String WORK_CONTACT_RESULT = "workContactResult";

  /**
   * R-REP-1: the handler asks for a repair order 派工单 (handling form, 需要维修 Repair needed) and says
   * what the complaint cannot: its kind, facility type, size (public facilities), emergency and
   * description (the complaint's when empty). For one completion only.
   */
  public static final String REPAIR_NEEDED = "repairNeeded";

  public static final String REPAIR_KIND = "repairKind";
  public static final String REPAIR_FACILITY = "repairFacility";
  public static final String REPAIR_SIZE = "repairSize";
  public static final String REPAIR_EMERGENCY = "repairEmergency";
  public static final String REPAIR_DESCRIPTION = "repairDescription";

  /** UserTask_ConfirmSeverity (R-SEV-UP, R-SEV-HOT). */
  public static final String CONFIRMED_SEVERITY = "confirmedSeverity";

  public static final String CONFIRMATION_REASON = "confirmationReason";

  private ComplaintProcess() {}
}
