package com.wuye.complaints.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.SeverityFacts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-ESC-2 the age thresholds live in one decision, complaint-escalation: the severity table reads
 * them (a required decision) and the age timers are set from them (RecordResponsibilityDelegate;
 * ComplaintRulesScenario#followsChangedAgeThresholdsInTimersAndSeverity runs both on the engine).
 */
class ComplaintEscalationDecisionTest {

  private static DmnEngine dmn;
  private static String severityModel;

  @BeforeAll
  static void readModels() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    severityModel = read("/bpmn/complaint-severity.dmn");
  }

  @Test
  @DisplayName("R-ESC-2 complaint-escalation: at least HOT after 7 days, MAJOR after 30")
  void givesTheAgeThresholds() {
    DmnDecision escalation = parse(severityModel, "complaint-escalation");

    Map<String, Object> thresholds =
        dmn.evaluateDecisionTable(escalation, Map.of()).getSingleResult().getEntryMap();

    assertThat(thresholds)
        .containsOnly(Map.entry("hotAfter", "P7D"), Map.entry("majorAfter", "P30D"));
  }

  @Test
  @DisplayName(
      "R-ESC-2 changing complaint-escalation alone changes the ages complaint-severity counts as HOT and MAJOR")
  void severityFollowsTheThresholds() {
    String shorter =
        severityModel
            .replace("<text>\"P7D\"</text></outputEntry>", "<text>\"P3D\"</text></outputEntry>")
            .replace("<text>\"P30D\"</text></outputEntry>", "<text>\"P10D\"</text></outputEntry>");
    DmnDecision severity = parse(shorter, "complaint-severity");

    assertThat(classify(severity, 2)).isEqualTo("GENERAL");
    assertThat(classify(severity, 3)).isEqualTo("HOT");
    assertThat(classify(severity, 9)).isEqualTo("HOT");
    assertThat(classify(severity, 10)).isEqualTo("MAJOR");
  }

  @Test
  @DisplayName(
      "R-ESC-2 no other model holds an age threshold: complaint-sla has none, the age rows of complaint-severity no number")
  void noOtherModelHoldsTheThresholds() throws Exception {
    assertThat(read("/bpmn/complaint-sla.dmn")).doesNotContain("hotAfter", "majorAfter");
    Matcher ageEntries =
        Pattern.compile("<inputEntry id=\"InputEntry_Unresolved\\w+_6\"><text>([^<]*)</text>")
            .matcher(severityModel);
    List<String> found = ageEntries.results().map(m -> m.group(1)).toList();
    assertThat(found)
        .containsExactlyInAnyOrder(
            "&gt;= duration(majorAfter).days", "&gt;= duration(hotAfter).days");
    String process = read("/bpmn/complaint-handling.bpmn");
    assertThat(process)
        .contains("<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${escalateToHotAt}<")
        .contains("<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${escalateToMajorAt}<");
  }

  private static String classify(DmnDecision severity, int daysUnresolved) {
    return dmn.evaluateDecisionTable(
            severity, SeverityFacts.facts("daysUnresolved", daysUnresolved))
        .getSingleResult()
        .getSingleEntry();
  }

  private static DmnDecision parse(String model, String key) {
    return dmn.parseDecision(key, new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)));
  }

  private static String read(String resource) throws Exception {
    try (InputStream in = ComplaintEscalationDecisionTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
