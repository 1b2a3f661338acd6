package com.wuye.complaints.classification;

import static com.wuye.complaints.support.SeverityFacts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.DecisionTable;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complaint-severity table on its own: one case per R-SEV rule and the boundaries of each
 * threshold.
 */
class ComplaintSeverityDecisionTest {

  private static final DecisionTable decision =
      DecisionTable.of("complaint-severity.dmn", "complaint-severity");

  static Stream<Arguments> cases() {
    return Stream.of(
        // rule, facts, expected
        Arguments.of("R-SEV-GENERAL nothing special", facts(), "GENERAL"),
        Arguments.of("R-SEV-MAJOR in litigation", facts("inLitigation", true), "MAJOR"),
        Arguments.of("R-SEV-MAJOR exposed by the media", facts("mediaExposed", true), "MAJOR"),
        Arguments.of("R-SEV-MAJOR 10 people", facts("collectiveSize", 10), "MAJOR"),
        Arguments.of("R-SEV-HOT 9 people is not yet major", facts("collectiveSize", 9), "HOT"),
        Arguments.of("R-SEV-MAJOR unresolved 30 days", facts("daysUnresolved", 30), "MAJOR"),
        Arguments.of(
            "R-SEV-HOT unresolved 29 days is not yet major", facts("daysUnresolved", 29), "HOT"),
        Arguments.of(
            "R-SEV-HOT litigation or media risk", facts("litigationOrMediaRisk", true), "HOT"),
        Arguments.of("R-SEV-HOT 3 people", facts("collectiveSize", 3), "HOT"),
        Arguments.of(
            "R-SEV-GENERAL 2 people is not yet hot", facts("collectiveSize", 2), "GENERAL"),
        Arguments.of(
            "R-SEV-HOT 3 complainants in 30 days", facts("sameIssueComplainants30d", 3), "HOT"),
        Arguments.of(
            "R-SEV-GENERAL 2 complainants is not yet hot",
            facts("sameIssueComplainants30d", 2),
            "GENERAL"),
        Arguments.of("R-SEV-HOT unresolved 7 days", facts("daysUnresolved", 7), "HOT"),
        Arguments.of(
            "R-SEV-GENERAL unresolved 6 days is not yet hot",
            facts("daysUnresolved", 6),
            "GENERAL"),
        Arguments.of(
            "R-SEV-IMPORTANT repeat after handling",
            facts("repeatAfterHandling", true),
            "IMPORTANT"),
        Arguments.of(
            "R-SEV-IMPORTANT needs other departments",
            facts("needsOtherDepartments", true),
            "IMPORTANT"),
        Arguments.of(
            "highest class wins: repeat and 3 people",
            facts("repeatAfterHandling", true, "collectiveSize", 3),
            "HOT"),
        Arguments.of(
            "highest class wins: media and other departments",
            facts("mediaExposed", true, "needsOtherDepartments", true),
            "MAJOR"));
  }

  @DisplayName("complaint-severity")
  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("cases")
  void classifiesBySeverityRules(String rule, Map<String, Object> facts, String expected) {
    String severity = decision.evaluate(facts).getSingleResult().getSingleEntry();

    assertThat(severity).as(rule).isEqualTo(expected);
  }
}
