package com.wuye.complaints.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-ESC-3, R-LOOP decision complaint-reminders: a lead time for every class, shorter than its
 * deadline.
 */
class ComplaintRemindersDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision reminders;
  private static DmnDecision sla;

  @BeforeAll
  static void parseTables() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table =
        ComplaintRemindersDecisionTest.class.getResourceAsStream("/bpmn/complaint-sla.dmn")) {
      var decisions = dmn.parseDecisions(table);
      reminders =
          decisions.stream()
              .filter(d -> d.getKey().equals("complaint-reminders"))
              .findFirst()
              .orElseThrow();
      sla =
          decisions.stream()
              .filter(d -> d.getKey().equals("complaint-sla"))
              .findFirst()
              .orElseThrow();
    }
  }

  @ParameterizedTest(name = "R-ESC-3 R-LOOP {0}: reminded {1} before handling, {2} before feedback")
  @CsvSource({
    "MAJOR,     PT4H, PT4H",
    "HOT,       PT4H, PT4H",
    "IMPORTANT, PT4H, PT4H",
    "GENERAL,   PT4H, PT4H"
  })
  void givesLeadTimesShorterThanTheDeadlines(
      String severity, String handleBefore, String feedbackBefore) {
    DmnDecisionRuleResult lead =
        dmn.evaluateDecisionTable(reminders, Map.of("severity", severity)).getSingleResult();
    DmnDecisionRuleResult due =
        dmn.evaluateDecisionTable(sla, Map.of("severity", severity, "customerCategory", "C"))
            .getSingleResult();

    assertThat((String) lead.get("handleReminderBefore")).isEqualTo(handleBefore);
    assertThat((String) lead.get("feedbackReminderBefore")).isEqualTo(feedbackBefore);
    assertThat(Duration.parse(handleBefore))
        .isLessThan(
            Duration.parse(
                "PT"
                    + Duration.ofDays(
                            java.time.Period.parse((String) due.get("handleWithin")).getDays())
                        .toHours()
                    + "H"));
    assertThat(Duration.parse(feedbackBefore))
        .isLessThan(Duration.parse((String) due.get("feedbackWithin")));
  }
}
