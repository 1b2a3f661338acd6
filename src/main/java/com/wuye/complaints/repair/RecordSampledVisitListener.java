package com.wuye.complaints.repair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_MakeSampledReturnVisit completed, R-REP-6: the sampler's visit recorded beside the
 * reason it was chosen.
 */
@Component
class RecordSampledVisitListener implements TaskListener {

  private final RepairVisitSampling sampling;

  RecordSampledVisitListener(RepairVisitSampling sampling) {
    this.sampling = sampling;
  }

  @Override
  public void notify(DelegateTask task) {
    sampling.recordVisit(
        (String) task.getVariable(RepairProcess.REPAIR_NO),
        (String) task.getVariable("samplerGroup"),
        (String) task.getVariable("sampledSatisfaction"),
        (String) task.getVariable("sampledComment"),
        task.getAssignee());
  }
}
