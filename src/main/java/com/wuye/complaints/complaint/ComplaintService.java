package com.wuye.complaints.complaint;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to a complaint goes through here, and each writes its timeline entry. */
@Service
@Transactional
public class ComplaintService {

  /**
   * ComplaintLink reason: this complaint repeats the linked one (verification outcome DUPLICATE).
   */
  public static final String DUPLICATE_LINK = "DUPLICATE";

  private final ComplaintRepository complaints;
  private final SeverityChangeRepository severityChanges;
  private final ComplaintEventRepository events;
  private final ComplaintLinkRepository links;
  private final ComplaintNumberAllocator numbers;
  private final ComplaintIssues issues;
  private final CommunityService communities;
  private final EngineClock clock;
  private final ApplicationEventPublisher published;

  ComplaintService(
      ComplaintRepository complaints,
      SeverityChangeRepository severityChanges,
      ComplaintEventRepository events,
      ComplaintLinkRepository links,
      ComplaintNumberAllocator numbers,
      ComplaintIssues issues,
      CommunityService communities,
      EngineClock clock,
      ApplicationEventPublisher published) {
    this.complaints = complaints;
    this.severityChanges = severityChanges;
    this.events = events;
    this.links = links;
    this.numbers = numbers;
    this.issues = issues;
    this.communities = communities;
    this.clock = clock;
    this.published = published;
  }

  /**
   * R-IN-1: records a new complaint; the customer-service center owns it from now on. R-SEV-HOT: it
   * joins the issue of its place and category in the scope decision same-issue-scope gave (none for
   * NONE), whose row stays locked until the intake commits.
   */
  public Complaint register(NewComplaint intake, String processInstanceId, String sameIssueScope) {
    if (!communities.exists(intake.community())) {
      throw new InvalidInputException(
          FieldError.of("community", "invalid.unknown-community-code", intake.community()));
    }
    if (intake.repeatOf() != null && complaints.findByComplaintNo(intake.repeatOf()).isEmpty()) {
      throw new InvalidInputException(
          FieldError.of("repeatOf", "invalid.no-earlier-complaint-numbered", intake.repeatOf()));
    }
    Instant now = clock.now();
    Long issueId =
        issues.ensure(
            intake.community(), intake.building(), intake.category(), sameIssueScope, now);
    if (issueId != null) {
      issues.lock(issueId); // first: same-issue intakes take turns here, before any other lock
    }
    Complaint complaint =
        complaints.save(new Complaint(numbers.next(now), intake, now, processInstanceId, issueId));
    log(
        complaint,
        ComplaintEventType.RECEIVED,
        intake.receivedBy(),
        intake.channel() + " " + intake.category());
    return complaint;
  }

  /** R-SEV-IMPORTANT: does the complaint name an earlier one that had been handled? */
  @Transactional(readOnly = true)
  public boolean isRepeatOfHandled(String earlierComplaintNo) {
    return earlierComplaintNo != null
        && complaints
            .findByComplaintNo(earlierComplaintNo)
            .map(Complaint::wasHandled)
            .orElse(false);
  }

  /**
   * R-SEV-HOT: how many different complainants raised this issue since then (one indexed query).
   */
  @Transactional(readOnly = true)
  public long countIssueComplainants(long issueId, Instant since) {
    return complaints.countDistinctComplainants(issueId, since);
  }

  /**
   * R-SEV-HOT: the numbers of the issue's other complaints since then that are still unresolved and
   * below the given severity, oldest first.
   */
  @Transactional(readOnly = true)
  public List<String> unresolvedIssueComplaintsBelow(
      long issueId, Instant since, long excluded, Severity severity) {
    List<Severity> below =
        java.util.Arrays.stream(Severity.values()).filter(severity::isHigherThan).toList();
    return below.isEmpty()
        ? List.of()
        : complaints.findUnresolvedOfIssue(issueId, since, excluded, below);
  }

  /**
   * R-SEV-UP: the complaint takes the assessed severity only if it is higher than the one it has;
   * severity never goes down automatically. Returns the severity the complaint now has.
   */
  public Severity raiseSeverity(long complaintId, Severity assessed, String reason, String actor) {
    Complaint complaint = get(complaintId);
    Severity before = complaint.getSeverity();
    Severity after = Severity.higherOf(before, assessed);
    if (after != before) {
      changeSeverity(complaint, after, reason, actor);
    }
    return after;
  }

  /**
   * R-SEV-UP: a person sets the severity, up or down, with a reason (who may is checked before,
   * classification.SeverityGovernance). The same severity again is recorded as confirmed.
   */
  public Severity changeSeverityByPerson(
      long complaintId, Severity to, String reason, String actor) {
    Complaint complaint = get(complaintId);
    Severity before = complaint.getSeverity();
    if (to == before) {
      log(complaint, ComplaintEventType.SEVERITY_CONFIRMED, actor, before + ": " + reason);
      return before;
    }
    changeSeverity(complaint, to, reason, actor);
    return to;
  }

  /**
   * R-SEV-UP: every change of severity is a step of its history, with its reason, and on the
   * timeline.
   */
  private void changeSeverity(Complaint complaint, Severity to, String reason, String actor) {
    Severity before = complaint.getSeverity();
    complaint.changeSeverityTo(to);
    severityChanges.save(
        new SeverityChange(complaint.getId(), before, to, reason, actor, clock.now()));
    log(
        complaint,
        ComplaintEventType.SEVERITY_CHANGED,
        actor,
        (before == null ? "—" : before) + " -> " + to + ": " + reason);
  }

  /**
   * R-SEV-HOT: has a count of same-issue complainants ever raised this complaint (a reason starting
   * so)?
   */
  @Transactional(readOnly = true)
  public boolean wasRaisedBy(long complaintId, String reasonPrefix) {
    return severityChanges.findByComplaintIdOrderByIdAsc(complaintId).stream()
        .anyMatch(change -> change.getChange().note().startsWith(reasonPrefix));
  }

  /** R-RESP: who handles and who supervises. Returns the handling group before, null at intake. */
  public Reassignment assignResponsibility(
      long complaintId, String handlerGroup, String supervisorGroup) {
    Complaint complaint = get(complaintId);
    String before = complaint.getHandlerGroup();
    String supervisorBefore = complaint.getSupervisorGroup();
    boolean changed = !handlerGroup.equals(before) || !supervisorGroup.equals(supervisorBefore);
    if (changed) {
      complaint.assignTo(handlerGroup, supervisorGroup);
      log(
          complaint,
          ComplaintEventType.ASSIGNED,
          null,
          "handler " + handlerGroup + ", supervisor " + supervisorGroup);
    }
    return new Reassignment(
        complaint.getComplaintNo(),
        before,
        handlerGroup,
        supervisorBefore,
        supervisorGroup,
        changed);
  }

  /** R-CUST-1: a caller the register knows; the complaint takes the register's category. */
  public void recordRegisterCategory(long complaintId, String category) {
    get(complaintId).categoryFromRegister(category);
  }

  /** R-ESC-3: by when the complainant must have been contacted. */
  public void recordResponseDue(long complaintId, Instant responseDueAt) {
    get(complaintId).dueForResponseAt(responseDueAt);
  }

  /**
   * R-ESC-3: someone whose step calls the complainant has reached them. Returns whether it was the
   * first contact.
   */
  public boolean recordContact(long complaintId, String user) {
    Complaint complaint = get(complaintId);
    boolean first = complaint.contacted(user, clock.now());
    if (first) {
      log(complaint, ComplaintEventType.CONTACTED, user, "first contact with the complainant");
    }
    return first;
  }

  /** R-ESC-3: the response deadline passed; the complaint keeps the record. */
  public Complaint recordResponseOverdue(long complaintId) {
    Complaint complaint = get(complaintId);
    complaint.responseOverdue(clock.now());
    log(
        complaint,
        ComplaintEventType.RESPONSE_OVERDUE,
        null,
        "due " + complaint.getResponseDueAt());
    return complaint;
  }

  /** R-VISIT-5: the return-visit deadline passed. */
  public Complaint recordReturnVisitOverdue(long complaintId) {
    Complaint complaint = get(complaintId);
    complaint.returnVisitOverdue(clock.now());
    log(complaint, ComplaintEventType.RETURN_VISIT_OVERDUE, null, null);
    return complaint;
  }

  /**
   * R-KPI-1: a handling step completed after its due date missed the handling deadline; recorded on
   * the complaint (event HANDLING_OVERDUE) so it counts against the on-time rate. In time: nothing
   * is written.
   */
  public void recordHandlingStepEnded(long complaintId, java.util.Date dueAt) {
    Instant now = clock.now();
    if (dueAt != null && now.isAfter(dueAt.toInstant())) {
      log(get(complaintId), ComplaintEventType.HANDLING_OVERDUE, null, "due " + dueAt.toInstant());
    }
  }

  /** R-ESC-4: the handler asks for the next level; the reason is required. */
  public void recordEscalationRequest(long complaintId, String user, String reason) {
    log(get(complaintId), ComplaintEventType.ESCALATION_REQUESTED, user, reason);
  }

  /**
   * R-ESC-1, R-ESC-4: the complaint goes one level up the chain, apart from its severity class (no
   * severity history entry); its events record the move and the reason.
   */
  public void recordEscalation(
      long complaintId, String user, String fromLevel, String toLevel, String reason) {
    Complaint complaint = get(complaintId);
    complaint.escalateTo(toLevel);
    log(
        complaint,
        ComplaintEventType.ESCALATED,
        user,
        fromLevel + " -> " + toLevel + ": " + reason);
  }

  /**
   * R-SEV-UP: new facts add to the complaint's facts, never take any away. Returns the facts now.
   */
  public ComplaintFacts addFacts(
      long complaintId, ComplaintFacts reported, String actor, String note) {
    Complaint complaint = get(complaintId);
    ComplaintFacts before = complaint.facts();
    complaint.addFacts(reported);
    ComplaintFacts after = complaint.facts();
    if (!after.equals(before)) {
      log(
          complaint,
          ComplaintEventType.FACTS_CHANGED,
          actor,
          (note == null ? "" : note + " ") + after);
    }
    return after;
  }

  /**
   * R-SEV-UP: a fact recorded by mistake is set right, with the reason; the severity stays (a
   * person changes it separately, with a reason of their own). Returns the facts now.
   */
  public ComplaintFacts correctFact(
      long complaintId,
      ComplaintFact fact,
      boolean value,
      Integer count,
      String reason,
      String actor) {
    Complaint complaint = get(complaintId);
    ComplaintFacts before = complaint.facts();
    complaint.correctFact(fact, value, count);
    log(
        complaint,
        ComplaintEventType.FACT_CORRECTED,
        actor,
        fact.variable()
            + " = "
            + (fact.isCount() ? count : value)
            + " (was "
            + before
            + "): "
            + reason);
    return complaint.facts();
  }

  /**
   * R-SEV-HOT: an issue of its own for a complaint that had none (scope NONE), so a person can link
   * others to it.
   */
  public long openManualIssue(long complaintId) {
    Complaint complaint = get(complaintId);
    if (complaint.getIssueId() == null) {
      complaint.moveToIssue(issues.ensureManual(complaint, clock.now()));
    }
    return complaint.getIssueId();
  }

  /** R-SEV-HOT: a person links the complaint to another's issue; the event is written on both. */
  public void joinIssue(long complaintId, Complaint other, String actor, String reason) {
    Complaint complaint = get(complaintId);
    complaint.moveToIssue(other.getIssueId());
    log(
        complaint,
        ComplaintEventType.LINKED,
        actor,
        "同一问题 same issue as " + other.getComplaintNo() + ": " + reason);
    log(
        other,
        ComplaintEventType.LINKED,
        actor,
        "同一问题 same issue as " + complaint.getComplaintNo() + ": " + reason);
  }

  /**
   * R-SEV-HOT: the complaint leaves its issue (rejected or unlinked by a person); written on both.
   */
  public void leaveIssue(long complaintId, Complaint other, String actor, String reason) {
    Complaint complaint = get(complaintId);
    complaint.moveToIssue(null);
    String detail = "不是同一问题 not the same issue as ";
    log(
        complaint,
        ComplaintEventType.UNLINKED,
        actor,
        detail + (other == null ? "its issue" : other.getComplaintNo()) + ": " + reason);
    if (other != null) {
      log(
          other,
          ComplaintEventType.UNLINKED,
          actor,
          detail + complaint.getComplaintNo() + ": " + reason);
    }
  }

  /** R-SEV-HOT: the verifier confirms the complaint belongs to its issue. */
  public void confirmIssue(long complaintId, String actor, String reason) {
    log(get(complaintId), ComplaintEventType.LINK_CONFIRMED, actor, reason);
  }

  /**
   * Links recorded by earlier versions (every same-issue pair); the issue (getIssueId) replaces
   * them.
   */
  @Transactional(readOnly = true)
  public List<ComplaintLink> links(long complaintId) {
    return links.findByComplaintId(complaintId);
  }

  public void recordVerification(long complaintId, String user, String note) {
    Complaint complaint = get(complaintId);
    complaint.verify(user, note, clock.now());
    log(complaint, ComplaintEventType.VERIFIED, user, note);
  }

  /**
   * What verification concluded. Anything but VALID waits for the supervisor's confirmation; a
   * DUPLICATE is linked to its original (which must exist and be another complaint).
   */
  public void concludeVerification(
      long complaintId,
      String user,
      VerificationOutcome outcome,
      String reason,
      String duplicateOf) {
    Complaint complaint = get(complaintId);
    if (outcome == VerificationOutcome.DUPLICATE) {
      Complaint original =
          complaints
              .findByComplaintNo(duplicateOf)
              .filter(other -> !other.getId().equals(complaint.getId()))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          FieldError.of(
                              "duplicateOf",
                              "invalid.complaint.no-other-complaint-numbered",
                              duplicateOf)));
      link(complaint, original, DUPLICATE_LINK);
    }
    complaint.concludeVerification(
        outcome, reason, outcome == VerificationOutcome.DUPLICATE ? duplicateOf : null);
    if (outcome != VerificationOutcome.VALID) {
      log(complaint, ComplaintEventType.CLOSING_PROPOSED, user, outcome + ": " + reason);
    }
  }

  /** The supervisor confirms closing without handling (the process then visits or closes it). */
  public Complaint confirmClosing(long complaintId, String user, String note) {
    Complaint complaint = get(complaintId);
    complaint.confirmClosing(user, clock.now());
    log(
        complaint,
        ComplaintEventType.CLOSING_CONFIRMED,
        user,
        complaint.getVerificationOutcome() + (note == null ? "" : ": " + note));
    return complaint;
  }

  /** The supervisor finds it is a complaint to handle after all. */
  public void sendBackToHandling(long complaintId, String user, String reason) {
    Complaint complaint = get(complaintId);
    complaint.sendBackToHandling();
    log(complaint, ComplaintEventType.SENT_BACK_TO_HANDLING, user, reason);
  }

  private void link(Complaint complaint, Complaint other, String reason) {
    Instant now = clock.now();
    if (!links.existsByComplaintIdAndLinkedComplaintId(complaint.getId(), other.getId())) {
      links.save(new ComplaintLink(complaint.getId(), other.getId(), reason, now));
    }
    if (!links.existsByComplaintIdAndLinkedComplaintId(other.getId(), complaint.getId())) {
      links.save(new ComplaintLink(other.getId(), complaint.getId(), reason, now));
    }
    log(complaint, ComplaintEventType.LINKED, null, reason + " " + other.getComplaintNo());
  }

  /** R-IN-4 the monitoring room hands the complaint to the morning shift. */
  public void recordNightHandover(long complaintId, String user, String note) {
    log(get(complaintId), ComplaintEventType.NIGHT_HANDOVER, user, note);
  }

  /** R-IN-4 the morning shift has taken the handed-over complaint on. */
  public void recordHandoverAcknowledged(long complaintId, String user, String note) {
    log(get(complaintId), ComplaintEventType.HANDOVER_ACKNOWLEDGED, user, note);
  }

  public void recordHandling(long complaintId, String user, String result) {
    Complaint complaint = get(complaintId);
    complaint.handle(user, result, clock.now());
    log(complaint, ComplaintEventType.HANDLED, user, result);
  }

  /**
   * R-VISIT-1: everyone who has handled the complaint, in any round (a reopened complaint has
   * several).
   */
  public java.util.Set<String> handlersOf(long complaintId) {
    return timeline(complaintId).stream()
        .filter(event -> event.getType() == ComplaintEventType.HANDLED)
        .map(event -> event.getStep().by())
        .filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  public void recordFeedback(long complaintId, String user, String method, String note) {
    Complaint complaint = get(complaintId);
    complaint.giveFeedback(user, method, note, clock.now());
    log(complaint, ComplaintEventType.FEEDBACK_GIVEN, user, method + ": " + note);
  }

  /**
   * @param responsibleDepartment R-VISIT-3 the department group that must rectify the problem found
   */
  public void recordReturnVisit(
      long complaintId,
      String user,
      Satisfaction satisfaction,
      String comment,
      String problemFound,
      String responsibleDepartment) {
    Complaint complaint = get(complaintId);
    complaint.recordVisit(user, satisfaction, comment, clock.now());
    log(
        complaint,
        ComplaintEventType.RETURN_VISITED,
        user,
        satisfaction + (comment == null ? "" : ": " + comment));
    if (problemFound != null) {
      complaint.problemFoundOnVisit(problemFound, responsibleDepartment);
    }
  }

  /**
   * R-VISIT-3: the written rectification notice, issued by {@code user} to the responsible
   * department (which the notice may change from the visitor's choice); who, when, department and
   * text go on the timeline.
   */
  public Complaint recordRectificationNotice(
      long complaintId, String user, String department, String notice) {
    Complaint complaint = get(complaintId);
    complaint.rectificationGoesTo(department);
    log(complaint, ComplaintEventType.RECTIFICATION_ISSUED, user, department + ": " + notice);
    return complaint;
  }

  /** R-VISIT-3: no rectification notice within its deadline. */
  public Complaint recordRectificationNoticeOverdue(long complaintId) {
    Complaint complaint = get(complaintId);
    log(complaint, ComplaintEventType.RECTIFICATION_NOTICE_OVERDUE, null, null);
    return complaint;
  }

  public void recordRectification(long complaintId, String user, String result) {
    Complaint complaint = get(complaintId);
    complaint.rectify(user, result, clock.now());
    log(complaint, ComplaintEventType.RECTIFIED, user, result);
  }

  /** R-VISIT-2: an unsatisfied complainant sends the complaint back to handling. */
  public void reopen(long complaintId) {
    Complaint complaint = get(complaintId);
    complaint.reopen();
    log(complaint, ComplaintEventType.REOPENED, null, "reopen #" + complaint.getReopenCount());
  }

  public void close(long complaintId) {
    Complaint complaint = get(complaintId);
    complaint.close(clock.now());
    log(complaint, ComplaintEventType.CLOSED, null, null);
    published.publishEvent(
        new ComplaintClosed(complaintId, complaint.getComplaintNo(), complaint.getSeverity()));
  }

  @Transactional(readOnly = true)
  public Optional<Complaint> findByNumber(String complaintNo) {
    return complaints.findByComplaintNo(complaintNo);
  }

  @Transactional(readOnly = true)
  public Complaint get(long complaintId) {
    return complaints
        .findById(complaintId)
        .orElseThrow(() -> new IllegalStateException("no complaint with id " + complaintId));
  }

  @Transactional(readOnly = true)
  public List<SeverityChange> severityHistory(long complaintId) {
    return severityChanges.findByComplaintIdOrderByIdAsc(complaintId);
  }

  @Transactional(readOnly = true)
  public List<ComplaintEvent> timeline(long complaintId) {
    return events.findByComplaintIdOrderByIdAsc(complaintId);
  }

  /**
   * R-SEV-HOT: the complaints of an issue (同一事件), the given one included, newest first; at most 50.
   */
  @Transactional(readOnly = true)
  public List<Complaint> issueComplaints(long issueId) {
    return complaints.findTop50ByIssueIdOrderByReceivedAtDescIdDesc(issueId);
  }

  /**
   * The complaints registered before this one about the same unit (community, building, unit,
   * room); at most 20.
   */
  @Transactional(readOnly = true)
  public List<Complaint> earlierOfUnit(Complaint complaint) {
    if (complaint.getUnit() == null || complaint.getRoom() == null) {
      return List.of();
    }
    return complaints.findEarlierOfUnit(
        complaint.getCommunityCode(),
        complaint.getBuilding(),
        complaint.getUnit(),
        complaint.getRoom(),
        complaint.getId());
  }

  /** The complaints registered before this one from the same phone; at most 20. */
  @Transactional(readOnly = true)
  public List<Complaint> earlierOfPhone(Complaint complaint) {
    return complaints.findEarlierOfPhone(complaint.getComplainantPhone(), complaint.getId());
  }

  /** A page of the complaints matching the search, newest first. */
  @Transactional(readOnly = true)
  public org.springframework.data.domain.Page<Complaint> search(
      ComplaintSearch search, int page, int size) {
    return complaints.findAll(
        search.toSpecification(),
        org.springframework.data.domain.PageRequest.of(
            page,
            size,
            org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Direction.DESC, "receivedAt", "id")));
  }

  @Transactional(readOnly = true)
  public long count() {
    return complaints.count();
  }

  /** A timeline entry written by another feature (waiting periods, work-contact orders). */
  /**
   * R-SEV-MAJOR/HOT: the complaint starts waiting on the complainant or a third party (the period
   * itself is the waiting module's); on the timeline, and marked as having waited.
   */
  public void recordWaitingStarted(long complaintId, String actor, String detail) {
    Complaint complaint = get(complaintId);
    complaint.startedWaiting();
    log(complaint, ComplaintEventType.WAITING_STARTED, actor, detail);
  }

  public void recordEvent(long complaintId, ComplaintEventType type, String actor, String detail) {
    log(get(complaintId), type, actor, detail);
  }

  private void log(Complaint complaint, ComplaintEventType type, String actor, String detail) {
    events.save(new ComplaintEvent(complaint.getId(), type, actor, detail, clock.now()));
  }
}
