package com.wuye.complaints.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * EndEvent_RepairClosed (R-REP-5) and EndEvent_RepairClosedUnapproved (R-REP-4) reached, R-KPI-1:
 * the order's close recorded as event CLOSED of the slip, the detail naming which end
 * (CHARGE_REFUSED at EndEvent_RepairClosedUnapproved, REPAIRED otherwise).
 */
@Component
class RecordRepairClosedListener implements ExecutionListener {

  private final RepairEvents events;

  RecordRepairClosedListener(RepairEvents events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateExecution execution) {
    events.record(
        (String) execution.getVariable(RepairProcess.REPAIR_NO),
        RepairEvents.CLOSED,
        "EndEvent_RepairClosedUnapproved".equals(execution.getCurrentActivityId())
            ? "CHARGE_REFUSED"
            : "REPAIRED");
  }
}
