package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Severity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordPersonsSeverity: R-SEV-UP the severity a person set (raised, lowered or
 * confirmed) is recorded with who and why; what follows redetermines handler, supervisor and
 * deadlines.
 */
@Component
class RecordPersonsSeverityDelegate implements JavaDelegate {

  static final String REASON_PREFIX = "R-SEV-UP 人工调整 set by a person: ";

  private final ComplaintService complaints;

  RecordPersonsSeverityDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(COMPLAINT_ID);
    Severity requested = Severity.valueOf((String) execution.getVariable(REQUESTED_SEVERITY));
    String reason = (String) execution.getVariable(REQUESTED_SEVERITY_REASON);
    String by = (String) execution.getVariable(REQUESTED_SEVERITY_BY);

    Severity severity =
        complaints.changeSeverityByPerson(complaintId, requested, REASON_PREFIX + reason, by);

    execution.setVariable(SEVERITY, severity.name());
    execution.removeVariable(REQUESTED_SEVERITY);
    execution.removeVariable(REQUESTED_SEVERITY_REASON);
    execution.removeVariable(REQUESTED_SEVERITY_BY);
  }
}
