package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RequestEscalation: R-ESC-4, R-ESC-1 the work goes one level up the chain (decision
 * escalation-chain) with the handler's reason. The severity class stays what it is: reports count
 * it; the escalation level is kept apart, on the complaint and as a variable.
 */
@Component
class RequestEscalationDelegate implements JavaDelegate {

  private final EscalationChain chain;
  private final ComplaintService complaints;

  RequestEscalationDelegate(EscalationChain chain, ComplaintService complaints) {
    this.chain = chain;
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(COMPLAINT_ID);
    String current = (String) execution.getVariable(HANDLER_GROUP);
    String reason = (String) execution.getVariable(ESCALATION_REASON);
    String requestedBy = (String) execution.getVariable(ESCALATION_REQUESTED_BY);

    String next = chain.nextLevel(current);
    complaints.recordEscalation(complaintId, requestedBy, current, next, reason);

    execution.setVariable(ESCALATION_LEVEL, next);
    // the severity is recorded again unchanged: an escalation is no reason to reclassify (R-SEV-UP)
    execution.setVariable(ASSESSED_SEVERITY, execution.getVariable(SEVERITY));
    execution.setVariable(ESCALATE, false);
  }
}
