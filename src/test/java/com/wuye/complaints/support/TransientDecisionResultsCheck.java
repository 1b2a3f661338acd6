package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;

/**
 * Issue 18: what a process instance leaves of decision results its model keeps in memory ({@code
 * transientResult}): no variable of those names, deleted ones included; the decisions' own history
 * is the record.
 */
public final class TransientDecisionResultsCheck {

  private TransientDecisionResultsCheck() {}

  public static void assertOnlyTheDecisionsRecorded(
      HistoryService history,
      String processInstanceId,
      List<String> resultVariables,
      List<String> decisionKeys,
      int decisionsMade) {
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableNameIn(resultVariables.toArray(String[]::new))
                .includeDeleted()
                .count())
        .as("variables named " + resultVariables)
        .isZero();
    assertThat(
            history
                .createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId)
                .decisionDefinitionKeyIn(decisionKeys.toArray(String[]::new))
                .count())
        .as("decisions " + decisionKeys + " recorded")
        .isEqualTo(decisionsMade);
  }
}
