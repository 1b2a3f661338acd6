package com.wuye.complaints.classification;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

/** ServiceTask_LinkSameIssueComplaints: R-SEV-HOT one issue, several complainants, all raised together. */
@Component
class LinkSameIssueComplaintsDelegate implements JavaDelegate {

  private final SameIssueService sameIssue;

  LinkSameIssueComplaintsDelegate(SameIssueService sameIssue) {
    this.sameIssue = sameIssue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(COMPLAINT_ID);
    Date receivedAt = (Date) execution.getVariable(RECEIVED_AT);
    Duration window = Duration.parse((String) execution.getVariable(SAME_ISSUE_WINDOW));
    int complainants = (Integer) execution.getVariable(SAME_ISSUE_COMPLAINANTS);

    sameIssue.linkAndInform(complaintId, receivedAt.toInstant().minus(window), complainants);
  }
}
