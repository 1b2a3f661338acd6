package com.wuye.complaints.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.complaint.Category;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-SEV-HOT: where complaints of a category count as the same complaint. */
class SameIssueScopeDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table =
        SameIssueScopeDecisionTest.class.getResourceAsStream("/bpmn/same-issue-scope.dmn")) {
      decision = dmn.parseDecision("same-issue-scope", table);
    }
  }

  @ParameterizedTest(name = "R-SEV-HOT {0}: {1}")
  @CsvSource({
    "CLEANING,   BUILDING",
    "REPAIR,     BUILDING",
    "FEES,       COMMUNITY",
    "PARKING,    COMMUNITY",
    "SECURITY,   COMMUNITY",
    "OTHER,      NONE"
  })
  void scopesCategories(String category, String scope) {
    assertThat(scopeOf(category)).isEqualTo(scope);
  }

  @Test
  @DisplayName("R-SEV-HOT every category has exactly one scope")
  void everyCategoryHasOneScope() {
    for (Category category : Category.values()) {
      assertThat(scopeOf(category.name()))
          .as(category.name())
          .isIn("BUILDING", "COMMUNITY", "NONE");
    }
  }

  private static String scopeOf(String category) {
    return dmn.evaluateDecisionTable(decision, Map.of("category", category))
        .getSingleResult()
        .getSingleEntry();
  }
}
