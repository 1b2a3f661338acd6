package com.wuye.complaints.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.DecisionTable;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-ESC-3, R-LOOP decision complaint-reminders: a lead time for every class, shorter than its
 * deadline.
 */
class ComplaintRemindersDecisionTest {

  private static final DecisionTable reminders =
      DecisionTable.of("complaint-sla.dmn", "complaint-reminders");
  private static final DecisionTable sla = DecisionTable.of("complaint-sla.dmn", "complaint-sla");

  @ParameterizedTest(name = "R-ESC-3 R-LOOP {0}: reminded {1} before handling, {2} before feedback")
  @CsvSource({
    "MAJOR,     PT4H, PT4H",
    "HOT,       PT4H, PT4H",
    "IMPORTANT, PT4H, PT4H",
    "GENERAL,   PT4H, PT4H"
  })
  void givesLeadTimesShorterThanTheDeadlines(
      String severity, String handleBefore, String feedbackBefore) {
    DmnDecisionRuleResult lead = reminders.evaluate(Map.of("severity", severity)).getSingleResult();
    DmnDecisionRuleResult due =
        sla.evaluate(Map.of("severity", severity, "customerCategory", "C")).getSingleResult();

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
