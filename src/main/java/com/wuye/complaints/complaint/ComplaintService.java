package com.wuye.complaints.complaint;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to a complaint goes through here, and each writes its timeline entry. */
@Service
@Transactional
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final SeverityChangeRepository severityChanges;
  private final ComplaintEventRepository events;
  private final ComplaintNumberAllocator numbers;
  private final CommunityService communities;
  private final EngineClock clock;

  ComplaintService(ComplaintRepository complaints, SeverityChangeRepository severityChanges,
      ComplaintEventRepository events, ComplaintNumberAllocator numbers, CommunityService communities,
      EngineClock clock) {
    this.complaints = complaints;
    this.severityChanges = severityChanges;
    this.events = events;
    this.numbers = numbers;
    this.communities = communities;
    this.clock = clock;
  }

  /** R-IN-1: records a new complaint; the customer-service center owns it from now on. */
  public Complaint register(NewComplaint intake, String processInstanceId) {
    if (!communities.exists(intake.community())) {
      throw new InvalidInputException(new FieldError("community",
          "未知小区代码：" + intake.community(), "unknown community code: " + intake.community()));
    }
    if (intake.repeatOf() != null && complaints.findByComplaintNo(intake.repeatOf()).isEmpty()) {
      throw new InvalidInputException(new FieldError("repeatOf",
          "找不到被重复投诉的原投诉：" + intake.repeatOf(), "no earlier complaint numbered " + intake.repeatOf()));
    }
    Instant now = clock.now();
    Complaint complaint = complaints.save(new Complaint(numbers.next(now), intake, now, processInstanceId));
    log(complaint, ComplaintEventType.RECEIVED, intake.receivedBy(),
        intake.channel() + " " + intake.category());
    return complaint;
  }

  /** R-SEV-IMPORTANT: does the complaint name an earlier one that had been handled? */
  @Transactional(readOnly = true)
  public boolean isRepeatOfHandled(String earlierComplaintNo) {
    return earlierComplaintNo != null
        && complaints.findByComplaintNo(earlierComplaintNo).map(Complaint::wasHandled).orElse(false);
  }

  /** R-SEV-HOT: how many different complainants raised this issue at this place since then. */
  @Transactional(readOnly = true)
  public long countSameIssueComplainants(String community, String building, Category category, Instant since) {
    return complaints.countDistinctComplainants(community, building, category, since);
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
      complaint.raiseTo(after);
      severityChanges.save(new SeverityChange(complaintId, before, after, reason, actor, clock.now()));
      log(complaint, ComplaintEventType.SEVERITY_CHANGED, actor, before + " -> " + after + ": " + reason);
    }
    return after;
  }

  /** R-RESP: who handles and who supervises. */
  public void assignResponsibility(long complaintId, String handlerGroup, String supervisorGroup) {
    Complaint complaint = get(complaintId);
    if (!handlerGroup.equals(complaint.getHandlerGroup()) || !supervisorGroup.equals(complaint.getSupervisorGroup())) {
      complaint.assignTo(handlerGroup, supervisorGroup);
      log(complaint, ComplaintEventType.ASSIGNED, null, "handler " + handlerGroup + ", supervisor " + supervisorGroup);
    }
  }

  public void recordVerification(long complaintId, String user, String note) {
    Complaint complaint = get(complaintId);
    complaint.verify(user, note, clock.now());
    log(complaint, ComplaintEventType.VERIFIED, user, note);
  }

  public void recordHandling(long complaintId, String user, String result) {
    Complaint complaint = get(complaintId);
    complaint.handle(user, result, clock.now());
    log(complaint, ComplaintEventType.HANDLED, user, result);
  }

  public void recordFeedback(long complaintId, String user, String method, String note) {
    Complaint complaint = get(complaintId);
    complaint.giveFeedback(user, method, note, clock.now());
    log(complaint, ComplaintEventType.FEEDBACK_GIVEN, user, method + ": " + note);
  }

  public void recordReturnVisit(long complaintId, String user, Satisfaction satisfaction, String comment) {
    Complaint complaint = get(complaintId);
    complaint.recordVisit(user, satisfaction, comment, clock.now());
    log(complaint, ComplaintEventType.RETURN_VISITED, user, satisfaction + (comment == null ? "" : ": " + comment));
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
  }

  @Transactional(readOnly = true)
  public Optional<Complaint> findByNumber(String complaintNo) {
    return complaints.findByComplaintNo(complaintNo);
  }

  @Transactional(readOnly = true)
  public Complaint get(long complaintId) {
    return complaints.findById(complaintId)
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

  @Transactional(readOnly = true)
  public long count() {
    return complaints.count();
  }

  private void log(Complaint complaint, ComplaintEventType type, String actor, String detail) {
    events.save(new ComplaintEvent(complaint.getId(), type, actor, detail, clock.now()));
  }
}
