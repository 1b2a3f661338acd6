package com.wuye.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-SEV-UP the rule the recording step (RecordSeverityDelegate) applies to every assessment. */
class SeverityTest {

  @ParameterizedTest(name = "{0} assessed as {1}: {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "HOT, IMPORTANT, HOT",
        "HOT, GENERAL, HOT",
        "MAJOR, HOT, MAJOR",
        "IMPORTANT, HOT, HOT",
        "GENERAL, MAJOR, MAJOR",
        "HOT, HOT, HOT",
        "null, GENERAL, GENERAL",
        "HOT, null, HOT"
      })
  @DisplayName("R-SEV-UP a complaint keeps the higher of its severity and a new assessment")
  void keepsTheHigherSeverity(Severity current, Severity assessed, Severity kept) {
    assertThat(Severity.higherOf(current, assessed)).isEqualTo(kept);
  }
}
