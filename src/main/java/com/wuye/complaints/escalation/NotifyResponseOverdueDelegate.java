package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;
import static com.wuye.complaints.complaint.ComplaintProcess.SUPERVISOR_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_NotifyResponseOverdue: R-ESC-3 records the breach and tells the supervisor. */
@Component
class NotifyResponseOverdueDelegate implements JavaDelegate {

  private final BreachService breaches;

  NotifyResponseOverdueDelegate(BreachService breaches) {
    this.breaches = breaches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    breaches.responseOverdue(
        (Long) execution.getVariable(COMPLAINT_ID),
        (String) execution.getVariable(SUPERVISOR_GROUP));
  }
}
