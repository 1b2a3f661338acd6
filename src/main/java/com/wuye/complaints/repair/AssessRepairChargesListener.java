package com.wuye.complaints.repair;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_DiagnoseFault completed, R-REP-4: prices the technician's choice (free, listed items,
 * off-list work) and gives the process chargeType, chargeTotal and materialCost for decision
 * repair-charges.
 */
@Component
class AssessRepairChargesListener implements TaskListener {

  private final RepairCharges charges;

  AssessRepairChargesListener(RepairCharges charges) {
    this.charges = charges;
  }

  @Override
  public void notify(DelegateTask task) {
    RepairCharges.Diagnosis diagnosis =
        new RepairCharges.Diagnosis(
            chargeType(task.getVariable("chargeType")),
            (String) task.getVariable("priceItems"),
            (String) task.getVariable("offListWork"),
            number(task.getVariable("offListQuote")),
            number(task.getVariable("offListMaterial")),
            Boolean.TRUE.equals(task.getVariable("agreementSigned")));
    RepairCharges.Assessment assessment =
        charges.assess(
            (String) task.getVariable(RepairProcess.REPAIR_NO), diagnosis, task.getAssignee());
    task.setVariable("chargeTotal", assessment.chargeTotal().toPlainString());
    task.setVariable("materialCost", assessment.materialCost().doubleValue());
  }

  private static RepairCharges.ChargeType chargeType(Object raw) {
    try {
      return raw == null ? null : RepairCharges.ChargeType.valueOf(raw.toString());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          FieldError.of("chargeType", "invalid.repair.chargetype-free-listed-off-list"));
    }
  }

  static Long number(Object raw) {
    return raw instanceof Number n ? n.longValue() : null;
  }
}
