package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.ESCALATION_DECISION;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * R-ESC-2 after how long an unresolved complaint becomes at least HOT and MAJOR, as decision
 * complaint-escalation (complaint-severity.dmn) gives them. complaint-severity requires the same
 * decision for its days-unresolved rows, so the age timers and the classification read one model.
 */
@Component
class AgeThresholds {

  private final DecisionService decisions;

  AgeThresholds(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** hotAfter and majorAfter, as ISO-8601 durations. */
  Map<String, Object> decided() {
    return decisions
        .evaluateDecisionTableByKey(ESCALATION_DECISION, Variables.createVariables())
        .getSingleResult()
        .getEntryMap();
  }
}
