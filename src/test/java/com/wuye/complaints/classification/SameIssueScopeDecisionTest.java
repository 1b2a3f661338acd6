package com.wuye.complaints.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.complaint.Category;
import com.wuye.complaints.support.DecisionTable;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-SEV-HOT: where complaints of a category count as the same complaint. */
class SameIssueScopeDecisionTest {

  private static final DecisionTable decision =
      DecisionTable.of("same-issue-scope.dmn", "same-issue-scope");

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
    return decision.evaluate(Map.of("category", category)).getSingleResult().getSingleEntry();
  }
}
