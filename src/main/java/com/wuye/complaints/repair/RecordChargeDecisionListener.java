package com.wuye.complaints.repair;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * R-REP-4 the off-list review and the material-cost approval completed: records who decided what
 * and why.
 */
@Component
class RecordChargeDecisionListener implements TaskListener {

  private final RepairCharges charges;

  RecordChargeDecisionListener(RepairCharges charges) {
    this.charges = charges;
  }

  @Override
  public void notify(DelegateTask task) {
    Object raw = task.getVariable("chargeDecision");
    RepairCharges.Decision decision;
    try {
      decision = raw == null ? null : RepairCharges.Decision.valueOf(raw.toString());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          FieldError.of(
              "chargeDecision", "invalid.repair.chargedecision-approve-rediagnose-close"));
    }
    charges.decide(
        (String) task.getVariable(RepairProcess.REPAIR_NO),
        task.getTaskDefinitionKey(),
        decision,
        (String) task.getVariable("chargeDecisionReason"),
        Boolean.TRUE.equals(task.getVariable("agreementSigned")),
        task.getAssignee());
  }
}
