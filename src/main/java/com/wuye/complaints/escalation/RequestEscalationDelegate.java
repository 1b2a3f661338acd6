package com.wuye.complaints.escalation;

import com.wuye.complaints.complaint.Severity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

/** ServiceTask_RequestEscalation: R-ESC-4 the complaint goes one level up, with the handler's reason. */
@Component
class RequestEscalationDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Severity current = Severity.valueOf((String) execution.getVariable(SEVERITY));
    String reason = (String) execution.getVariable(ESCALATION_REASON);
    String requestedBy = (String) execution.getVariable(ESCALATION_REQUESTED_BY);

    Severity next = EscalationLadder.nextLevel(current);

    execution.setVariable(ASSESSED_SEVERITY, next.name());
    execution.setVariable(CLASSIFICATION_TRIGGER, "MANUAL");
    execution.setVariable(SEVERITY_CHANGE_REASON, "R-ESC-4 申请升级 escalation requested: " + reason);
    execution.setVariable(SEVERITY_CHANGED_BY, requestedBy);
    execution.setVariable(ESCALATE, false);
  }
}
