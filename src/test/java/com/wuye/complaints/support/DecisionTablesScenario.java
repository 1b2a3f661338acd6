package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: a decision table's row, read by code inside an engine command, is evaluated once per
 * deployed version and inputs; outside a command every read evaluates.
 */
abstract class DecisionTablesScenario {

  @Autowired DecisionTables tables;
  @Autowired HistoryService history;
  @Autowired ProcessEngineConfigurationImpl engine;

  private static final String REMINDERS = "complaint-reminders";

  private long evaluations() {
    return history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(REMINDERS).count();
  }

  private static Map<String, Object> severity(String severity) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("severity", severity);
    return inputs;
  }

  private <T> T inACommand(java.util.function.Supplier<T> work) {
    return engine.getCommandExecutorTxRequired().execute(context -> work.get());
  }

  @Test
  @DisplayName(
      "issue 18: inside engine commands the same decision version and inputs are evaluated once; other inputs are evaluated; the row is the decision's")
  void evaluatesOncePerVersionAndInputsInsideCommands() {
    // a severity no other test reads, so no earlier command has remembered its row
    Map<String, Object> first = tables.row(REMINDERS, severity("MAJOR"));
    long before = evaluations();

    Map<String, Object> hot = inACommand(() -> tables.row(REMINDERS, severity("HOT")));
    Map<String, Object> again = inACommand(() -> tables.row(REMINDERS, severity("HOT")));
    Map<String, Object> inOne =
        inACommand(
            () -> {
              tables.row(REMINDERS, severity("HOT"));
              return tables.row(REMINDERS, severity("HOT"));
            });

    assertThat(again).isEqualTo(hot).isEqualTo(inOne);
    assertThat(hot).containsKeys("handleReminderBefore", "feedbackReminderBefore");
    assertThat(first).as("outside a command, evaluated as before").isNotNull();
    assertThat(evaluations() - before)
        .as("HOT evaluated at most once (once unless a complaint's command read it before)")
        .isLessThanOrEqualTo(1);

    long beforeGeneral = evaluations();
    inACommand(() -> tables.row(REMINDERS, severity("GENERAL")));
    inACommand(() -> tables.row(REMINDERS, severity("GENERAL")));
    assertThat(evaluations() - beforeGeneral).isLessThanOrEqualTo(1);
  }

  @Test
  @DisplayName("issue 18: outside an engine command every read evaluates the latest version")
  void evaluatesEveryTimeOutsideACommand() {
    long before = evaluations();

    tables.row(REMINDERS, severity("HOT"));
    tables.row(REMINDERS, severity("HOT"));

    assertThat(evaluations() - before).isEqualTo(2);
  }

  @Test
  @DisplayName("issue 18: no matching row is null for row() and refused for single()")
  void noMatchingRow() {
    assertThat(inACommand(() -> tables.row("escalation-chain", Map.of("level", "no-such-group"))))
        .isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                inACommand(
                    () -> tables.single("escalation-chain", Map.of("level", "no-such-group"))))
        .hasMessageContaining("no row of decision escalation-chain");
  }
}
