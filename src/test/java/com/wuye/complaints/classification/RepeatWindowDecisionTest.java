package com.wuye.complaints.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.complaint.Category;
import com.wuye.complaints.support.DecisionTable;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-SEV-IMPORTANT: how long after handling a complaint of the unit counts as a repeat's original.
 */
class RepeatWindowDecisionTest {

  private static final DecisionTable decision =
      DecisionTable.of("same-issue-scope.dmn", "repeat-window");

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT every category has a repeat window, by default 90 days (Rule_RepeatWindow)")
  void givesEveryCategoryARepeatWindow() {
    for (Category category : Category.values()) {
      String window =
          decision.evaluate(Map.of("category", category.name())).getFirstResult().getSingleEntry();
      assertThat(Duration.parse(window)).as(category.name()).isEqualTo(Duration.ofDays(90));
    }
  }
}
