package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RaiseSameIssueComplaint: R-SEV-HOT one earlier complaint of the issue, in a job of
 * its own.
 */
@Component
class RaiseSameIssueComplaintDelegate implements JavaDelegate {

  private final SameIssueService sameIssue;

  RaiseSameIssueComplaintDelegate(SameIssueService sameIssue) {
    this.sameIssue = sameIssue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String earlier = (String) execution.getVariable(SAME_ISSUE_COMPLAINT_TO_RAISE);
    int complainants = (Integer) execution.getVariable(SAME_ISSUE_COMPLAINANTS);
    String complaintNo = (String) execution.getVariable(COMPLAINT_NO);

    sameIssue.raise(earlier, complainants, complaintNo);
  }
}
