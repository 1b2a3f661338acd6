package com.wuye.complaints.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.DecisionTable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-RESP: how long a specialist department has for a work-contact order 工作联系单 (decision
 * work-contact-deadline).
 */
class WorkContactDeadlineDecisionTest {

  private static final DecisionTable decision =
      DecisionTable.of("complaint-sla.dmn", "work-contact-deadline");

  @ParameterizedTest(name = "R-RESP {0} carries out a work-contact order within {1}")
  @CsvSource({"engineering, P3D", "security, PT24H", "cleaning, PT24H", "greening, P2D"})
  void givesEachDepartmentItsDeadline(String department, String within) {
    String result = decision.evaluate(Map.of("department", department)).getSingleEntry();

    assertThat(result).isEqualTo(within);
  }

  @Test
  void coversEverySpecialistDepartmentGroup() {
    for (String department : Groups.SPECIALIST_DEPARTMENTS) {
      assertThat(decision.evaluate(Map.of("department", department)).getSingleResult())
          .as(department)
          .isNotNull();
    }
  }
}
