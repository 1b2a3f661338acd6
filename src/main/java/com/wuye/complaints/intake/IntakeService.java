package com.wuye.complaints.intake;

import com.wuye.complaints.classification.SameIssueService;
import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.NewComplaint;
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

  IntakeService(ComplaintService complaints, SameIssueService sameIssue, ComplainantNoticeService notices) {
    this.complaints = complaints;
    this.sameIssue = sameIssue;
    this.notices = notices;
  }

  /**
   * Touches no other complaint: R-SEV-HOT the earlier complaints of its issue that the count raises
   * are only named here, and raised after the commit, one job each.
   *
   * R-LOOP the complainant's acknowledgement with the number is queued in the same transaction as the
   * complaint row: an intake that fails leaves no message.
   *
   * @param sameIssueWindow how far back same-issue complaints count (R-SEV-HOT: one month), from the model
   */
  @Transactional
  Registration register(NewComplaint intake, NoticeRequest notice, String processInstanceId, Duration sameIssueWindow) {
    Complaint complaint = complaints.register(intake, processInstanceId, sameIssue.scopeOf(intake.category()));
    notices.acknowledge(complaint.getId(), complaint.getComplaintNo(), notice.channel(), notice.optOut());
    SameIssueService.SameIssue issue = sameIssue.assess(complaint.getIssueId(), complaint.getId(),
        complaint.getReceivedAt(), complaint.getReceivedAt().minus(sameIssueWindow));
    return new Registration(complaint.getId(), complaint.getComplaintNo(), complaint.getReceivedAt(),
        issue.complainants(), complaints.isRepeatOfHandled(intake.repeatOf()), issue.complaintsToRaise());
  }
}
