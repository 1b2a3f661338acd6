package com.wuye.complaints.household;

import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_ReviewVipCardRenewal, on complete: R-CUST-3 records what customer relations decided
 * after re-checking eligibility (renew, let expire, revoke; a reason unless renewed) and tells the
 * process whether the card was renewed.
 */
@Component
class RecordVipCardRenewalListener implements TaskListener {

  private final VipCardRenewals renewals;

  RecordVipCardRenewalListener(VipCardRenewals renewals) {
    this.renewals = renewals;
  }

  @Override
  public void notify(DelegateTask task) {
    long renewalId = ((Number) task.getVariable(VipCardRenewalProcess.RENEWAL_ID)).longValue();
    String decision = (String) task.getVariable(VipCardRenewalProcess.DECISION);
    String reason = (String) task.getVariable(VipCardRenewalProcess.REASON);

    boolean renewed = renewals.decide(renewalId, decision, reason, TaskActor.required(task));

    task.getExecution().setVariable(VipCardRenewalProcess.RENEWED, renewed);
  }
}
