package com.wuye.complaints.intake;

import com.wuye.complaints.classification.SameIssueService;
import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.NewComplaint;
import com.wuye.complaints.namedstaff.NamedStaff;
import com.wuye.complaints.notification.ComplainantNoticeService;
import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a complaint and gathers the facts its first classification needs. */
@Service
class IntakeService {

  private final ComplaintService complaints;
  private final SameIssueService sameIssue;
  private final ComplainantNoticeService notices;
  private final NamedStaff namedStaff;

  IntakeService(
      ComplaintService complaints,
      SameIssueService sameIssue,
      ComplainantNoticeService notices,
      NamedStaff namedStaff) {
    this.complaints = complaints;
    this.sameIssue = sameIssue;
    this.notices = notices;
    this.namedStaff = namedStaff;
  }

  /** R-CUST-1: the register knows the caller; the complaint records the register's category. */
  void takeRegisterCategory(long complaintId, String category) {
    complaints.recordRegisterCategory(complaintId, category);
  }

  /**
   * Touches no other complaint: R-SEV-HOT the earlier complaints of its issue that the count raises
   * are only named here, and raised after the commit, one job each.
   *
   * <p>R-LOOP the complainant's acknowledgement with the number is queued in the same transaction
   * as the complaint row: an intake that fails leaves no message.
   *
   * <p>R-RESP, R-ESC-1 a complaint about a staff member (named, null if none) is recorded as such
   * and goes to the level of the escalation chain above that person's group, as an escalation at
   * intake.
   *
   * @param sameIssueWindow how far back same-issue complaints count (R-SEV-HOT: one month), from
   *     the model
   */
  @Transactional
  Registration register(
      NewComplaint intake,
      NoticeRequest notice,
      String processInstanceId,
      Duration sameIssueWindow,
      String named) {
    String staff = named == null ? null : namedStaff.known(named); // before a number is spent
    Complaint complaint =
        complaints.register(intake, processInstanceId, sameIssue.scopeOf(intake.category()));
    notices.acknowledge(
        complaint.getId(), complaint.getComplaintNo(), notice.channel(), notice.optOut());
    SameIssueService.SameIssue issue =
        sameIssue.assess(
            complaint.getIssueId(),
            complaint.getId(),
            complaint.getReceivedAt(),
            complaint.getReceivedAt().minus(sameIssueWindow));
    String escalationLevel = null;
    if (staff != null) {
      escalationLevel =
          namedStaff.record(complaint.getId(), staff, intake.receivedBy()).orElse(null);
      if (escalationLevel != null) {
        complaints.recordEscalation(
            complaint.getId(),
            intake.receivedBy(),
            "named staff " + staff,
            escalationLevel,
            "R-RESP 投诉针对本人，交其上一级处理 the complaint names a staff member: the level above theirs handles it");
      }
    }
    return new Registration(
        complaint.getId(),
        complaint.getComplaintNo(),
        complaint.getReceivedAt(),
        complaint.getMadeAt(),
        issue.complainants(),
        complaints.isRepeatOfHandled(intake.repeatOf()),
        issue.complaintsToRaise(),
        staff,
        escalationLevel);
  }
}
