package com.wuye.complaints.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.DecisionTable;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-VISIT-3: the written rectification notice is due 24 h after the visit (complaint-sla
 * rectificationNoticeWithin); the department then rectifies within decision rectification-deadline.
 */
class RectificationDeadlinesDecisionTest {

  private static final DecisionTable sla = DecisionTable.of("complaint-sla.dmn", "complaint-sla");
  private static final DecisionTable rectification =
      DecisionTable.of("complaint-sla.dmn", RectificationService.DEADLINE_DECISION);

  @ParameterizedTest(name = "R-VISIT-3 a {0} complaint of category {1}: the notice within 24 h")
  @CsvSource({
    "MAJOR, A",
    "HOT, A",
    "IMPORTANT, A",
    "GENERAL, A",
    "MAJOR, B",
    "HOT, B",
    "IMPORTANT, B",
    "GENERAL, B"
  })
  void wantsTheNoticeWithin24Hours(String severity, String category) {
    Map<String, Object> result =
        sla.evaluate(Map.of("severity", severity, "customerCategory", category))
            .getFirstResult()
            .getEntryMap();

    assertThat(result.get("rectificationNoticeWithin")).isEqualTo("PT24H");
    assertThat(result).doesNotContainKey("rectificationWithin");
  }

  @Test
  @DisplayName(
      "R-VISIT-3 every specialist department rectifies within the company default of 3 days")
  void givesEveryDepartmentItsDeadlineToRectify() {
    for (String department : Groups.SPECIALIST_DEPARTMENTS) {
      assertThat((String) rectification.evaluate(Map.of("department", department)).getSingleEntry())
          .as(department)
          .isEqualTo("P3D");
    }
  }
}
