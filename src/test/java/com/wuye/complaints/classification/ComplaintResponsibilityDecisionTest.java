package com.wuye.complaints.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-RESP: the company's chart of who handles and who supervises each class. */
class ComplaintResponsibilityDecisionTest {

  private static final DecisionTable decision =
      DecisionTable.of("complaint-responsibility.dmn", "complaint-responsibility");
  private static final DecisionTable chain =
      DecisionTable.of("complaint-responsibility.dmn", "escalation-chain");

  @ParameterizedTest(name = "R-RESP {0}: {1} handles, {2} supervises")
  @CsvSource({
    "MAJOR,     general-manager,  general-affairs-manager",
    "HOT,       gm-assistant,     general-affairs-manager",
    "IMPORTANT, project-manager,  customer-supervisor",
    "GENERAL,   property-officer, customer-supervisor"
  })
  void mapsSeverityToHandlerAndSupervisor(String severity, String handler, String supervisor) {
    DmnDecisionRuleResult result =
        decision.evaluate(Map.of("severity", severity)).getSingleResult();

    assertThat((String) result.get("handlerGroup")).isEqualTo(handler);
    assertThat((String) result.get("supervisorGroup")).isEqualTo(supervisor);
    assertThat((String) result.get("verifierGroup")).isEqualTo("customer-supervisor");
  }

  @ParameterizedTest(name = "R-ESC-1 {0} (rank {1}) escalates to {2}")
  @CsvSource({
    "property-officer, 1, project-manager",
    "project-manager,  2, gm-assistant",
    "gm-assistant,     3, general-manager",
    "general-manager,  4, "
  })
  void ranksTheChainAndNamesTheNextLevel(String level, int rank, String next) {
    DmnDecisionRuleResult result = chain.evaluate(Map.of("level", level)).getSingleResult();

    assertThat(((Number) result.get("rank")).intValue()).isEqualTo(rank);
    assertThat((String) result.get("nextLevel")).isEqualTo(next);
  }

  @ParameterizedTest(name = "R-ESC-1 the chain is the handler column: {0} is a level of it")
  @CsvSource({"MAJOR", "HOT", "IMPORTANT", "GENERAL"})
  void knowsEveryHandlerOfTheResponsibilityChart(String severity) {
    String handler =
        (String)
            decision.evaluate(Map.of("severity", severity)).getSingleResult().get("handlerGroup");

    assertThat(chain.evaluate(Map.of("level", handler)).getSingleResult()).isNotNull();
  }
}
