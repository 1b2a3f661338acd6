package com.wuye.complaints.repair;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_SampleReturnVisits, R-REP-6: the rates of decision repair-visit-sampling
 * (samplingRates) in, the groups that sampled this slip out (sampledBy, comma-separated: one visit
 * task each).
 */
@Component
class SampleReturnVisitsDelegate implements JavaDelegate {

  static final String RATES = "samplingRates";
  static final String SAMPLED_BY = "sampledBy";

  private final RepairVisitSampling sampling;

  SampleReturnVisitsDelegate(RepairVisitSampling sampling) {
    this.sampling = sampling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<RepairVisitSampling.Rate> rates = RepairVisitSampling.rates(execution.getVariable(RATES));
    List<String> chosen =
        sampling.sample((String) execution.getVariable(RepairProcess.REPAIR_NO), rates);
    execution.setVariable(SAMPLED_BY, String.join(",", chosen));
    execution.removeVariable(RATES);
  }
}
