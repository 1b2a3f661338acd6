package com.wuye.complaints.support;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The one way the code reads a number or a mapping from a decision table of {@code bpmn/}: the
 * decision's single matching row, evaluated as the process's own work ({@link SystemWork}), so what
 * the caller may see of decision definitions (their grants, their communities) does not matter.
 */
@Component
public class DecisionTables {

  private final DecisionService decisions;

  public DecisionTables(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The single output of the single matching row of decision {@code key}. */
  public <T> T single(String key, Map<String, Object> inputs) {
    return SystemWork.run(
        () -> decisions.evaluateDecisionTableByKey(key, inputs).getSingleResult().getSingleEntry());
  }

  /** Output {@code output} of the single matching row of decision {@code key}. */
  public <T> T output(String key, Map<String, Object> inputs, String output) {
    return SystemWork.run(
        () -> decisions.evaluateDecisionTableByKey(key, inputs).getSingleResult().getEntry(output));
  }
}
