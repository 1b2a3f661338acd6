package com.wuye.complaints.complaint;

import com.wuye.complaints.support.Signed;
import com.wuye.complaints.support.Step;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  /** R-SEV: the facts severity depends on, in their own columns. */
  @Embedded private ComplaintFacts facts;

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

  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "closing_confirmed_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "closing_confirmed_at"))
  private Signed closingConfirmation;

  /** R-SEV-HOT: the issue (同一事件) it is about, see ComplaintIssues. */
  @Column(name = "issue_id")
  private Long issueId;

  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "verified_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "verified_at"))
  @AttributeOverride(name = "note", column = @Column(name = "verification_note", length = 2000))
  private Step verification;

  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "handled_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "handled_at"))
  @AttributeOverride(name = "note", column = @Column(name = "handling_result", length = 2000))
  private Step handling;

  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "feedback_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "feedback_at"))
  @AttributeOverride(name = "note", column = @Column(name = "feedback_note", length = 2000))
  private Step feedback;

  @Column(name = "feedback_method", length = 20)
  private String feedbackMethod;

  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "visited_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "visited_at"))
  @AttributeOverride(name = "note", column = @Column(name = "visit_comment", length = 2000))
  private Step returnVisit;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Satisfaction satisfaction;

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

  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "first_contact_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "first_contact_at"))
  private Signed firstContact;

  @Column(name = "return_visit_overdue_at")
  private Instant returnVisitOverdueAt;

  @Column(name = "problem_found", nullable = false)
  private boolean problemFound;

  @Column(name = "problem_description", length = 2000)
  private String problemDescription;

  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "rectified_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "rectified_at"))
  @AttributeOverride(name = "note", column = @Column(name = "rectification_result", length = 2000))
  private Step rectification;

  /**
   * R-ESC-1, R-ESC-4: the handler level escalated to, apart from the severity class; null: not
   * escalated.
   */
  @Column(name = "escalation_level", length = 64)
  private String escalationLevel;

  /** R-VISIT-3: the department group the rectification notice went to. */
  @Column(name = "rectification_department", length = 64)
  private String rectificationDepartment;

  /**
   * R-SEV-MAJOR/HOT, R-ESC-2: whether the complaint ever waited on the complainant or a third party
   * (issue 18: most never do, and then nobody needs to read their waiting periods).
   */
  @Column(name = "has_waited", nullable = false)
  private boolean hasWaited;

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
    this.facts = intake.facts();
    this.repeatOf = intake.repeatOf();
    this.receivedBy = intake.receivedBy();
    this.customerCategory = intake.customerCategory();
    this.receivedAt = receivedAt;
    this.madeAt = intake.madeAt() == null ? receivedAt : intake.madeAt();
    this.processInstanceId = processInstanceId;
    this.status = ComplaintStatus.AWAITING_VERIFICATION;
  }

  /**
   * R-SEV-UP: raised by the rules (never lowered: the caller compares), or a person's change either
   * way (the caller has checked who may).
   */
  void changeSeverityTo(Severity newSeverity) {
    this.severity = newSeverity;
  }

  /** R-SEV-IMPORTANT: the verifier confirmed the intake's proposal that this repeats that one. */
  void repeats(String earlierComplaintNo) {
    this.repeatOf = earlierComplaintNo;
  }

  /** R-SEV-HOT: the complaint joins an issue (a person linked it) or leaves its issue (null). */
  void moveToIssue(Long issueId) {
    this.issueId = issueId;
  }

  void assignTo(String handlerGroup, String supervisorGroup) {
    this.handlerGroup = handlerGroup;
    this.supervisorGroup = supervisorGroup;
  }

  void verify(String user, String note, Instant at) {
    this.verification = new Step(user, at, note);
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
    this.closingConfirmation = new Signed(user, at);
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
    this.handling = new Step(user, at, result);
    this.status = ComplaintStatus.AWAITING_FEEDBACK;
  }

  void giveFeedback(String user, String method, String note, Instant at) {
    this.feedback = new Step(user, at, note);
    this.feedbackMethod = method;
    this.status = ComplaintStatus.AWAITING_RETURN_VISIT;
  }

  void recordVisit(String user, Satisfaction satisfaction, String comment, Instant at) {
    this.returnVisit = new Step(user, at, comment);
    this.satisfaction = satisfaction;
  }

  void dueForResponseAt(Instant at) {
    this.responseDueAt = at;
  }

  void responseOverdue(Instant at) {
    this.responseOverdueAt = at;
  }

  /**
   * R-CUST-1 the customer register knows the caller: the complaint records the register's category,
   * not what the intake said.
   */
  void categoryFromRegister(String category) {
    this.customerCategory = category;
  }

  /**
   * R-ESC-3: the first contact with the complainant; later ones change nothing. Whether this was
   * the first.
   */
  boolean contacted(String by, Instant at) {
    if (firstContact != null) {
      return false;
    }
    this.firstContact = new Signed(by, at);
    return true;
  }

  /**
   * R-ESC-3: the response is the contact; was the complainant contacted by the response deadline?
   */
  public boolean contactedInTime() {
    return firstContact != null
        && (responseDueAt == null || !firstContact.at().isAfter(responseDueAt));
  }

  /** R-ESC-3: who first contacted the complainant and when; null: not yet. */
  public Signed getFirstContact() {
    return firstContact;
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

  void startedWaiting() {
    this.hasWaited = true;
  }

  public boolean hasWaited() {
    return hasWaited;
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
    this.rectification = new Step(user, at, result);
  }

  /** R-SEV-UP facts only add up (see ComplaintFacts#plus). */
  void addFacts(ComplaintFacts reported) {
    this.facts = facts.plus(reported);
  }

  /**
   * R-SEV-UP: a fact recorded by mistake is corrected by a person, with a reason; the only way a
   * fact is taken back. The severity stays as it is.
   */
  void correctFact(ComplaintFact fact, boolean value, Integer count) {
    this.facts = facts.corrected(fact, value, count);
  }

  public ComplaintFacts facts() {
    return facts;
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
    return handling != null;
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

  public Signed getClosingConfirmation() {
    return closingConfirmation;
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

  /** Verification's step (R-IN-3); null until verified. */
  public Step getVerification() {
    return verification;
  }

  /** Handling's step and its result; null until handled. */
  public Step getHandling() {
    return handling;
  }

  /** The feedback to the complainant; null until given. */
  public Step getFeedback() {
    return feedback;
  }

  public String getFeedbackMethod() {
    return feedbackMethod;
  }

  /** The return visit and its comment; null until visited. */
  public Step getReturnVisit() {
    return returnVisit;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
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

  /** R-VISIT-3: the rectification and its result; null until rectified. */
  public Step getRectification() {
    return rectification;
  }
}
