package com.wuye.complaints.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.DecisionTable;
import java.time.LocalTime;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-IN-3 the verification-deadline table on its own: the same working day, or noon the next day
 * after the cut-off.
 */
class VerificationDeadlineDecisionTest {

  private static final DecisionTable decision =
      DecisionTable.of("verification-deadline.dmn", "verification-deadline");
  private static final DecisionTable nightShift =
      DecisionTable.of("verification-deadline.dmn", "night-shift");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("R-IN-3 early morning, same day", "07:00", "18:30", 0),
        Arguments.of("R-IN-3 morning, same day", "10:00", "18:30", 0),
        Arguments.of("R-IN-3 a minute before the cut-off, same day", "16:59", "18:30", 0),
        Arguments.of("R-IN-3 at the cut-off, noon next day", "17:00", "12:00", 1),
        Arguments.of("R-IN-3 evening, noon next day", "21:30", "12:00", 1),
        Arguments.of("R-IN-3 just before midnight, noon next day", "23:59", "12:00", 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheDueTimeOfDayAndDay(String rule, String intake, String dueTime, int dayOffset) {
    DmnDecisionResultEntries result =
        decision.decide(Map.of("intakeTime", LocalTime.parse(intake))).getSingleResult();

    assertThat(result.<String>getEntry("dueTime")).isEqualTo(dueTime);
    assertThat(((Number) result.getEntry("dueDayOffset")).intValue()).isEqualTo(dayOffset);
  }

  static Stream<Arguments> shifts() {
    return Stream.of(
        Arguments.of(
            "R-IN-4 the monitoring room at 23:00: night log, handed over 08:30 next day",
            "NIGHT_SHIFT",
            "23:00",
            true,
            "08:30",
            1),
        Arguments.of("R-IN-4 at 18:30 the night begins", "NIGHT_SHIFT", "18:30", true, "08:30", 1),
        Arguments.of(
            "R-IN-4 at 02:00: handed over 08:30 the same day",
            "NIGHT_SHIFT",
            "02:00",
            true,
            "08:30",
            0),
        Arguments.of("R-IN-4 at 08:29 still the night", "NIGHT_SHIFT", "08:29", true, "08:30", 0),
        Arguments.of("R-IN-4 at 08:30 the day shift", "NIGHT_SHIFT", "08:30", false, null, null),
        Arguments.of("R-IN-4 at 18:29 the day shift", "NIGHT_SHIFT", "18:29", false, null, null),
        Arguments.of(
            "R-IN-4 another channel at night goes to verification",
            "APP",
            "23:00",
            false,
            null,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shifts")
  void tellsWhetherTakenAtNightAndWhenTheShiftEnds(
      String rule,
      String channel,
      String intake,
      boolean atNight,
      String shiftEnds,
      Integer dayOffset) {
    DmnDecisionResultEntries result =
        nightShift
            .decide(Map.of("channel", channel, "intakeTime", LocalTime.parse(intake)))
            .getSingleResult();

    assertThat(result.<Boolean>getEntry("takenAtNight")).isEqualTo(atNight);
    assertThat(result.<String>getEntry("shiftEnds")).isEqualTo(shiftEnds);
    assertThat(
            result.getEntry("shiftEndsDayOffset") == null
                ? null
                : ((Number) result.getEntry("shiftEndsDayOffset")).intValue())
        .isEqualTo(dayOffset);
  }
}
