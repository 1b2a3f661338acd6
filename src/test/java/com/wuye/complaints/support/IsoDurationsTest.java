package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IsoDurationsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void addsMonthsAndDaysByTheCalendarAndHoursByTheClock() {
    Instant start = Instant.parse("2026-01-30T20:00:00Z"); // 31 January 04:00 in Shanghai
    assertThat(IsoDurations.addTo(start, "P1M", SHANGHAI))
        .isEqualTo(Instant.parse("2026-02-27T20:00:00Z")); // 28 February, the month's last day
    assertThat(IsoDurations.addTo(start, "P1DT2H", SHANGHAI))
        .isEqualTo(Instant.parse("2026-01-31T22:00:00Z"));
    assertThat(IsoDurations.addTo(start, "PT24H", SHANGHAI))
        .isEqualTo(Instant.parse("2026-01-31T20:00:00Z"));
  }

  @Test
  void subtractsTheClockPartFirstThenTheCalendarPart() {
    Instant end = Instant.parse("2026-03-30T17:00:00Z"); // 31 March 01:00 in Shanghai
    // two hours back is 30 March 23:00; a month before that is 28 February 23:00 (28 days)
    assertThat(IsoDurations.subtractFrom(end, "P1MT2H", SHANGHAI))
        .isEqualTo(Instant.parse("2026-02-28T15:00:00Z"));
    assertThat(IsoDurations.subtractFrom(end, "PT30M", SHANGHAI))
        .isEqualTo(Instant.parse("2026-03-30T16:30:00Z"));
  }

  @Test
  void refusesWhatIsNotAnIsoDuration() {
    assertThatThrownBy(() -> IsoDurations.addTo(Instant.EPOCH, "7D", SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsoDurations.subtractFrom(Instant.EPOCH, "P1DT", SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsoDurations.addTo(Instant.EPOCH, null, SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
