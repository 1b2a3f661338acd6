package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;
import static com.wuye.complaints.complaint.ComplaintProcess.NOTIFY_GROUP;

import com.wuye.complaints.escalation.BreachService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_NotifyReturnVisitOverdue: R-VISIT-5, the group to tell is an input of the model. */
@Component
class NotifyReturnVisitOverdueDelegate implements JavaDelegate {

  private final BreachService breaches;

  NotifyReturnVisitOverdueDelegate(BreachService breaches) {
    this.breaches = breaches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    breaches.returnVisitOverdue(
        (Long) execution.getVariable(COMPLAINT_ID), (String) execution.getVariable(NOTIFY_GROUP));
  }
}
