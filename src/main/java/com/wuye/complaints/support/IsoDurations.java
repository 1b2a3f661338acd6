package com.wuye.complaints.support;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Adds an ISO-8601 duration from a model (e.g. {@code P7D}, {@code PT24H}, {@code P1M}) to a
 * moment, months and days by the company's calendar, hours and minutes by the clock.
 */
public final class IsoDurations {

  private IsoDurations() {}

  public static Instant addTo(Instant start, String iso, ZoneId zone) {
    Parts parts = Parts.of(iso);
    return start.atZone(zone).plus(parts.date()).toInstant().plus(parts.time());
  }

  /** The moment that long before {@code end} (e.g. a reminder's lead time before a deadline). */
  public static Instant subtractFrom(Instant end, String iso, ZoneId zone) {
    Parts parts = Parts.of(iso);
    return end.minus(parts.time()).atZone(zone).minus(parts.date()).toInstant();
  }

  /** A duration's calendar part (years, months, days) and its clock part (hours, minutes, …). */
  private record Parts(Period date, Duration time) {

    static Parts of(String iso) {
      if (iso == null || !iso.startsWith("P")) {
        throw invalid(iso);
      }
      int t = iso.indexOf('T');
      String datePart = t < 0 ? iso : iso.substring(0, t);
      try {
        return new Parts(
            datePart.length() > 1 ? Period.parse(datePart) : Period.ZERO,
            t < 0 ? Duration.ZERO : Duration.parse("P" + iso.substring(t)));
      } catch (DateTimeParseException e) {
        throw invalid(iso);
      }
    }
  }

  private static IllegalArgumentException invalid(String iso) {
    return new IllegalArgumentException("not an ISO-8601 duration such as P7D or PT24H: " + iso);
  }
}
