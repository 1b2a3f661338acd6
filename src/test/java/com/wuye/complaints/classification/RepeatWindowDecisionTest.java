package com.wuye.complaints.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.complaint.Category;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-SEV-IMPORTANT: how long after handling a complaint of the unit counts as a repeat's original.
 */
class RepeatWindowDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table =
        RepeatWindowDecisionTest.class.getResourceAsStream("/bpmn/same-issue-scope.dmn")) {
      decision = dmn.parseDecision("repeat-window", table);
    }
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT every category has a repeat window, by default 90 days (Rule_RepeatWindow)")
  void givesEveryCategoryARepeatWindow() {
    for (Category category : Category.values()) {
      String window =
          dmn.evaluateDecisionTable(decision, Map.of("category", category.name()))
              .getFirstResult()
              .getSingleEntry();
      assertThat(Duration.parse(window)).as(category.name()).isEqualTo(Duration.ofDays(90));
    }
  }
}
