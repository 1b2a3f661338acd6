package com.wuye.complaints.repair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_MakeRepairReturnVisit completed, R-VISIT-4 / R-KPI-1: the return visit and the
 * customer's satisfaction recorded as event RETURN_VISITED of the slip, which the repair figures
 * count (docs/reports.md "Repairs").
 */
@Component
class RecordRepairReturnVisitListener implements TaskListener {

  private final RepairEvents events;

  RecordRepairReturnVisitListener(RepairEvents events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    Object satisfaction = task.getVariable("satisfaction");
    events.record(
        (String) task.getVariable(RepairProcess.REPAIR_NO),
        RepairEvents.RETURN_VISITED,
        satisfaction == null ? null : satisfaction.toString());
  }
}
