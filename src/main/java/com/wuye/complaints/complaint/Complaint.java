package com.wuye.complaints.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The complaint as the business sees it; reports read this table, never engine history. */
@Entity
@Table(name = "complaint")
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "complaint_no", nullable = false, unique = true, length = 20)
  private String complaintNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Category category;

  @Column(name = "complainant_name", nullable = false, length = 50)
  private String complainantName;

  @Column(name = "complainant_phone", nullable = false, length = 20)
  private String complainantPhone;

  @Column(name = "community_code", nullable = false, length = 32)
  private String communityCode;

  @Column(nullable = false, length = 20)
  private String building;

  @Column(length = 20)
  private String unit;

  @Column(length = 20)
  private String room;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(name = "collective_size", nullable = false)
  private int collectiveSize;

  @Column(name = "in_litigation", nullable = false)
  private boolean inLitigation;

  @Column(name = "media_exposed", nullable = false)
  private boolean mediaExposed;

  @Column(name = "litigation_or_media_risk", nullable = false)
  private boolean litigationOrMediaRisk;

  @Column(name = "needs_other_departments", nullable = false)
  private boolean needsOtherDepartments;

  @Column(name = "repeat_of", length = 20)
  private String repeatOf;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ComplaintStatus status;

  @Column(name = "handler_group", length = 64)
  private String handlerGroup;

  @Column(name = "supervisor_group", length = 64)
  private String supervisorGroup;

  @Column(name = "received_by", length = 64)
  private String receivedBy;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  /**
   * R-IN-2 when the complaint was made (received_at is when it was recorded); the age and response
   * clocks start here.
   */
  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  /**
   * What verification concluded (R-IN-3); anything but VALID closes without handling once a
   * supervisor confirms.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "verification_outcome", length = 20)
  private VerificationOutcome verificationOutcome;

  @Column(name = "outcome_reason", length = 500)
  private String outcomeReason;

  @Column(name = "duplicate_of", length = 20)
  private String duplicateOf;

  @Column(name = "closing_confirmed_by", length = 64)
  private String closingConfirmedBy;

  @Column(name = "closing_confirmed_at")
  private Instant closingConfirmedAt;

  /** R-SEV-HOT: the issue (同一事件) it is about, see ComplaintIssues. */
  @Column(name = "issue_id")
  private Long issueId;

  @Column(name = "verified_by", length = 64)
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verification_note", length = 2000)
  private String verificationNote;

  @Column(name = "handled_by", length = 64)
  private String handledBy;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "handling_result", length = 2000)
  private String handlingResult;

  @Column(name = "feedback_by", length = 64)
  private String feedbackBy;

  @Column(name = "feedback_at")
  private Instant feedbackAt;

  @Column(name = "feedback_method", length = 20)
  private String feedbackMethod;

  @Column(name = "feedback_note", length = 2000)
  private String feedbackNote;

  @Column(name = "visited_by", length = 64)
  private String visitedBy;

  @Column(name = "visited_at")
  private Instant visitedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Satisfaction satisfaction;

  @Column(name = "visit_comment", length = 2000)
  private String visitComment;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "customer_category", length = 1)
  private String customerCategory;

  @Column(name = "response_due_at")
  private Instant responseDueAt;

  @Column(name = "response_overdue_at")
  private Instant responseOverdueAt;

  @Column(name = "first_contact_at")
  private Instant firstContactAt;

  @Column(name = "first_contact_by", length = 64)
  private String firstContactBy;

  @Column(name = "return_visit_overdue_at")
  private Instant returnVisitOverdueAt;

  @Column(name = "problem_found", nullable = false)
  private boolean problemFound;

  @Column(name = "problem_description", length = 2000)
  private String problemDescription;

  @Column(name = "rectified_by", length = 64)
  private String rectifiedBy;

  @Column(name = "rectified_at")
  private Instant rectifiedAt;

  @Column(name = "rectification_result", length = 2000)
  private String rectificationResult;

  /**
   * R-ESC-1, R-ESC-4: the handler level escalated to, apart from the severity class; null: not
   * escalated.
   */
  @Column(name = "escalation_level", length = 64)
  private String escalationLevel;

  /** R-VISIT-3: the department group the rectification notice went to. */
  @Column(name = "rectification_department", length = 64)
  private String rectificationDepartment;

  protected Complaint() {
    // for JPA
  }

  Complaint(
      String complaintNo,
      NewComplaint intake,
      Instant receivedAt,
      String processInstanceId,
      Long issueId) {
    this.complaintNo = complaintNo;
    this.issueId = issueId;
    this.channel = intake.channel();
    this.category = intake.category();
    this.complainantName = intake.complainantName();
    this.complainantPhone = intake.complainantPhone();
    this.communityCode = intake.community();
    this.building = intake.building();
    this.unit = intake.unit();
    this.room = intake.room();
    this.description = intake.description();
    this.collectiveSize = intake.collectiveSize();
    this.inLitigation = intake.inLitigation();
    this.mediaExposed = intake.mediaExposed();
    this.litigationOrMediaRisk = intake.litigationOrMediaRisk();
    this.needsOtherDepartments = intake.needsOtherDepartments();
    this.repeatOf = intake.repeatOf();
    this.receivedBy = intake.receivedBy();
    this.customerCategory = intake.customerCategory();
    this.receivedAt = receivedAt;
    this.madeAt = intake.madeAt() == null ? receivedAt : intake.madeAt();
    this.processInstanceId = processInstanceId;
    this.status = ComplaintStatus.AWAITING_VERIFICATION;
  }

  void raiseTo(Severity newSeverity) {
    this.severity = newSeverity;
  }

  /** R-SEV-UP: a person's change, either way; the caller has checked who may. */
  void changeSeverityTo(Severity newSeverity) {
    this.severity = newSeverity;
  }

  /** R-SEV-HOT: the complaint joins an issue (a person linked it) or leaves its issue (null). */
  /** R-SEV-IMPORTANT: the verifier confirmed the intake's proposal that this repeats that one. */
  void repeats(String earlierComplaintNo) {
    this.repeatOf = earlierComplaintNo;
  }

  void moveToIssue(Long issueId) {
    this.issueId = issueId;
  }

  void assignTo(String handlerGroup, String supervisorGroup) {
    this.handlerGroup = handlerGroup;
    this.supervisorGroup = supervisorGroup;
  }

  void verify(String user, String note, Instant at) {
    this.verifiedBy = user;
    this.verificationNote = note;
    this.verifiedAt = at;
    this.status = ComplaintStatus.IN_HANDLING;
  }

  /**
   * Verification concluded it is not a complaint to handle: the supervisor is asked to confirm
   * closing it.
   */
  void concludeVerification(VerificationOutcome outcome, String reason, String duplicateOf) {
    this.verificationOutcome = outcome;
    this.outcomeReason = reason;
    this.duplicateOf = duplicateOf;
    if (outcome != VerificationOutcome.VALID) {
      this.status = ComplaintStatus.AWAITING_CLOSING_CONFIRMATION;
    }
  }

  void confirmClosing(String user, Instant at) {
    this.closingConfirmedBy = user;
    this.closingConfirmedAt = at;
    // the model decides what follows (Gateway_ReturnVisitNeeded): the visit, or closing in the same
    // step
    this.status = ComplaintStatus.AWAITING_RETURN_VISIT;
  }

  /** The supervisor sent it back: it is a complaint to handle after all. */
  void sendBackToHandling() {
    this.verificationOutcome = VerificationOutcome.VALID;
    this.status = ComplaintStatus.IN_HANDLING;
  }

  void handle(String user, String result, Instant at) {
    this.handledBy = user;
    this.handlingResult = result;
    this.handledAt = at;
    this.status = ComplaintStatus.AWAITING_FEEDBACK;
  }

  void giveFeedback(String user, String method, String note, Instant at) {
    this.feedbackBy = user;
    this.feedbackMethod = method;
    this.feedbackNote = note;
    this.feedbackAt = at;
    this.status = ComplaintStatus.AWAITING_RETURN_VISIT;
  }

  void recordVisit(String user, Satisfaction satisfaction, String comment, Instant at) {
    this.visitedBy = user;
    this.satisfaction = satisfaction;
    this.visitComment = comment;
    this.visitedAt = at;
  }

  void dueForResponseAt(Instant at) {
    this.responseDueAt = at;
  }

  void responseOverdue(Instant at) {
    this.responseOverdueAt = at;
  }

  /**
   * R-ESC-3: the first contact with the complainant; later ones change nothing. Whether this was
   * the first.
   */
  /**
   * R-CUST-1 the customer register knows the caller: the complaint records the register's category,
   * not what the intake said.
   */
  void categoryFromRegister(String category) {
    this.customerCategory = category;
  }

  boolean contacted(String by, Instant at) {
    if (firstContactAt != null) {
      return false;
    }
    this.firstContactAt = at;
    this.firstContactBy = by;
    return true;
  }

  /**
   * R-ESC-3: the response is the contact; was the complainant contacted by the response deadline?
   */
  public boolean contactedInTime() {
    return firstContactAt != null
        && (responseDueAt == null || !firstContactAt.isAfter(responseDueAt));
  }

  public Instant getFirstContactAt() {
    return firstContactAt;
  }

  void returnVisitOverdue(Instant at) {
    this.returnVisitOverdueAt = at;
  }

  void problemFoundOnVisit(String description, String department) {
    this.problemFound = true;
    this.problemDescription = description;
    this.rectificationDepartment = department;
  }

  /** R-VISIT-3: the rectification notice names the department responsible. */
  void rectificationGoesTo(String department) {
    this.rectificationDepartment = department;
  }

  void escalateTo(String level) {
    this.escalationLevel = level;
  }

  public String getEscalationLevel() {
    return escalationLevel;
  }

  public String getRectificationDepartment() {
    return rectificationDepartment;
  }

  void rectify(String user, String result, Instant at) {
    this.rectifiedBy = user;
    this.rectificationResult = result;
    this.rectifiedAt = at;
  }

  /** R-SEV-UP facts only add up: a reported fact stays, a count only grows. */
  void addFacts(ComplaintFacts reported) {
    this.inLitigation |= reported.inLitigation();
    this.mediaExposed |= reported.mediaExposed();
    this.litigationOrMediaRisk |= reported.litigationOrMediaRisk();
    this.needsOtherDepartments |= reported.needsOtherDepartments();
    this.collectiveSize = Math.max(this.collectiveSize, reported.collectiveSize());
  }

  /**
   * R-SEV-UP: a fact recorded by mistake is corrected by a person, with a reason; the only way a
   * fact is taken back. The severity stays as it is.
   */
  void correctFact(ComplaintFact fact, boolean value, Integer count) {
    switch (fact) {
      case IN_LITIGATION -> this.inLitigation = value;
      case MEDIA_EXPOSED -> this.mediaExposed = value;
      case LITIGATION_OR_MEDIA_RISK -> this.litigationOrMediaRisk = value;
      case NEEDS_OTHER_DEPARTMENTS -> this.needsOtherDepartments = value;
      case COLLECTIVE_SIZE -> this.collectiveSize = count;
    }
  }

  public ComplaintFacts facts() {
    return new ComplaintFacts(
        inLitigation, mediaExposed, litigationOrMediaRisk, needsOtherDepartments, collectiveSize);
  }

  void reopen() {
    this.reopenCount++;
    this.status = ComplaintStatus.IN_HANDLING;
  }

  void close(Instant at) {
    this.status = ComplaintStatus.CLOSED;
    this.closedAt = at;
  }

  public boolean wasHandled() {
    return handledAt != null;
  }

  public Long getId() {
    return id;
  }

  public Instant getMadeAt() {
    return madeAt;
  }

  public VerificationOutcome getVerificationOutcome() {
    return verificationOutcome;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public String getDuplicateOf() {
    return duplicateOf;
  }

  public String getClosingConfirmedBy() {
    return closingConfirmedBy;
  }

  public Instant getClosingConfirmedAt() {
    return closingConfirmedAt;
  }

  public String getComplaintNo() {
    return complaintNo;
  }

  public Channel getChannel() {
    return channel;
  }

  public Category getCategory() {
    return category;
  }

  public String getComplainantName() {
    return complainantName;
  }

  public String getComplainantPhone() {
    return complainantPhone;
  }

  public String getCommunityCode() {
    return communityCode;
  }

  public String getBuilding() {
    return building;
  }

  public String getUnit() {
    return unit;
  }

  public String getRoom() {
    return room;
  }

  public String getDescription() {
    return description;
  }

  public int getCollectiveSize() {
    return collectiveSize;
  }

  public boolean isInLitigation() {
    return inLitigation;
  }

  public boolean isMediaExposed() {
    return mediaExposed;
  }

  public boolean isLitigationOrMediaRisk() {
    return litigationOrMediaRisk;
  }

  public boolean isNeedsOtherDepartments() {
    return needsOtherDepartments;
  }

  public String getRepeatOf() {
    return repeatOf;
  }

  public Severity getSeverity() {
    return severity;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public String getHandlerGroup() {
    return handlerGroup;
  }

  public String getSupervisorGroup() {
    return supervisorGroup;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Long getIssueId() {
    return issueId;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public String getVerificationNote() {
    return verificationNote;
  }

  public String getHandledBy() {
    return handledBy;
  }

  public Instant getHandledAt() {
    return handledAt;
  }

  public String getHandlingResult() {
    return handlingResult;
  }

  public String getFeedbackBy() {
    return feedbackBy;
  }

  public Instant getFeedbackAt() {
    return feedbackAt;
  }

  public String getFeedbackMethod() {
    return feedbackMethod;
  }

  public String getFeedbackNote() {
    return feedbackNote;
  }

  public String getVisitedBy() {
    return visitedBy;
  }

  public Instant getVisitedAt() {
    return visitedAt;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  public String getVisitComment() {
    return visitComment;
  }

  public int getReopenCount() {
    return reopenCount;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCustomerCategory() {
    return customerCategory;
  }

  public Instant getResponseDueAt() {
    return responseDueAt;
  }

  public Instant getResponseOverdueAt() {
    return responseOverdueAt;
  }

  public Instant getReturnVisitOverdueAt() {
    return returnVisitOverdueAt;
  }

  public boolean isProblemFound() {
    return problemFound;
  }

  public String getProblemDescription() {
    return problemDescription;
  }

  public String getRectifiedBy() {
    return rectifiedBy;
  }

  public Instant getRectifiedAt() {
    return rectifiedAt;
  }

  public String getRectificationResult() {
    return rectificationResult;
  }
}
