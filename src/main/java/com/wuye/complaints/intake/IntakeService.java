package com.wuye.complaints.intake;

import com.wuye.complaints.classification.SameIssueService;
import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.NewComplaint;
import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a complaint and gathers the facts its first classification needs. */
@Service
class IntakeService {

  private final ComplaintService complaints;
  private final SameIssueService sameIssue;

  IntakeService(ComplaintService complaints, SameIssueService sameIssue) {
    this.complaints = complaints;
    this.sameIssue = sameIssue;
  }

  /**
   * Touches no other complaint: R-SEV-HOT the earlier complaints of its issue that the count raises
   * are only named here, and raised after the commit, one job each.
   *
   * @param sameIssueWindow how far back same-issue complaints count (R-SEV-HOT: one month), from the model
   */
  @Transactional
  Registration register(NewComplaint intake, String processInstanceId, Duration sameIssueWindow) {
    Complaint complaint = complaints.register(intake, processInstanceId);
    SameIssueService.SameIssue issue = sameIssue.assess(complaint.getIssueId(), complaint.getId(),
        complaint.getReceivedAt(), complaint.getReceivedAt().minus(sameIssueWindow));
    return new Registration(complaint.getId(), complaint.getComplaintNo(), complaint.getReceivedAt(), complaint.getMadeAt(),
        issue.complainants(), complaints.isRepeatOfHandled(intake.repeatOf()), issue.complaintsToRaise());
  }
}
