package com.wuye.complaints.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.DecisionTable;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preventive-action-deadline table on its own: the lead time of a preventive action whose due
 * date the analyst left empty.
 */
class PreventiveActionDeadlineDecisionTest {

  private static final DecisionTable decision =
      DecisionTable.of("preventive-action-deadline.dmn", PreventiveActions.DEADLINE_DECISION);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"engineering, P60D", "cleaning, P30D", "customer-supervisor, P30D", "security, P30D"})
  @DisplayName("R-KPI-2 engineering's works get 60 days, every other owner group 30")
  void givesEachOwnerGroupItsLeadTime(String ownerGroup, String within) {
    assertThat(
            (String)
                decision
                    .evaluate(Variables.createVariables().putValue("ownerGroup", ownerGroup))
                    .getSingleResult()
                    .getEntry("dueWithin"))
        .isEqualTo(within);
  }
}
