package com.wuye.complaints.intake;

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

  IntakeService(ComplaintService complaints) {
    this.complaints = complaints;
  }

  /**
   * @param sameIssueWindow how far back same-issue complaints count (R-SEV-HOT: one month), from the model
   */
  @Transactional
  Registration register(NewComplaint intake, String processInstanceId, Duration sameIssueWindow) {
    Complaint complaint = complaints.register(intake, processInstanceId);
    long sameIssue = complaints.countSameIssueComplainants(complaint.getCommunityCode(),
        complaint.getBuilding(), complaint.getCategory(), complaint.getReceivedAt().minus(sameIssueWindow));
    return new Registration(complaint.getId(), complaint.getComplaintNo(), complaint.getReceivedAt(),
        (int) sameIssue, complaints.isRepeatOfHandled(intake.repeatOf()));
  }
}
