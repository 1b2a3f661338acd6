package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Severity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordSeverity and ServiceTask_RaiseSeverity: R-SEV-UP, the complaint keeps the
 * higher severity.
 */
@Component
class RecordSeverityDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordSeverityDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(COMPLAINT_ID);
    Severity assessed = Severity.valueOf((String) execution.getVariable(ASSESSED_SEVERITY));
    String reason = (String) execution.getVariable(SEVERITY_CHANGE_REASON);
    if (reason == null) {
      reason =
          ClassificationTrigger.reasonFor((String) execution.getVariable(CLASSIFICATION_TRIGGER));
    }

    Severity severity =
        complaints.raiseSeverity(
            complaintId, assessed, reason, (String) execution.getVariable(SEVERITY_CHANGED_BY));

    execution.setVariable(SEVERITY, severity.name());
    execution.removeVariable(SEVERITY_CHANGE_REASON);
    execution.removeVariable(SEVERITY_CHANGED_BY);
  }
}
