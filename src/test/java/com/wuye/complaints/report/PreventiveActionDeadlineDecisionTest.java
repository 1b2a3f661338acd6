package com.wuye.complaints.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preventive-action-deadline table on its own: the lead time of a preventive action whose due
 * date the analyst left empty.
 */
class PreventiveActionDeadlineDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table =
        PreventiveActionDeadlineDecisionTest.class.getResourceAsStream(
            "/bpmn/preventive-action-deadline.dmn")) {
      decision = dmn.parseDecision(PreventiveActions.DEADLINE_DECISION, table);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"engineering, P60D", "cleaning, P30D", "customer-supervisor, P30D", "security, P30D"})
  @DisplayName("R-KPI-2 engineering's works get 60 days, every other owner group 30")
  void givesEachOwnerGroupItsLeadTime(String ownerGroup, String within) {
    assertThat(
            (String)
                dmn.evaluateDecisionTable(
                        decision, Variables.createVariables().putValue("ownerGroup", ownerGroup))
                    .getSingleResult()
                    .getEntry("dueWithin"))
        .isEqualTo(within);
  }
}
