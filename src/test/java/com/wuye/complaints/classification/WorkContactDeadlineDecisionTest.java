package com.wuye.complaints.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.identity.Groups;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-RESP: how long a specialist department has for a work-contact order 工作联系单 (decision
 * work-contact-deadline).
 */
class WorkContactDeadlineDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table =
        WorkContactDeadlineDecisionTest.class.getResourceAsStream("/bpmn/complaint-sla.dmn")) {
      decision = dmn.parseDecision("work-contact-deadline", table);
    }
  }

  @ParameterizedTest(name = "R-RESP {0} carries out a work-contact order within {1}")
  @CsvSource({"engineering, P3D", "security, PT24H", "cleaning, PT24H", "greening, P2D"})
  void givesEachDepartmentItsDeadline(String department, String within) {
    String result =
        dmn.evaluateDecisionTable(decision, Map.of("department", department)).getSingleEntry();

    assertThat(result).isEqualTo(within);
  }

  @Test
  void coversEverySpecialistDepartmentGroup() {
    for (String department : Groups.SPECIALIST_DEPARTMENTS) {
      assertThat(
              dmn.evaluateDecisionTable(decision, Map.of("department", department))
                  .getSingleResult())
          .as(department)
          .isNotNull();
    }
  }
}
