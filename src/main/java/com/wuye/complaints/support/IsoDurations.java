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
    if (iso == null || !iso.startsWith("P")) {
      throw invalid(iso);
    }
    int t = iso.indexOf('T');
    String datePart = t < 0 ? iso : iso.substring(0, t);
    String timePart = t < 0 ? null : "P" + iso.substring(t);
    try {
      Instant result = start;
      if (datePart.length() > 1) {
        result = result.atZone(zone).plus(Period.parse(datePart)).toInstant();
      }
      if (timePart != null) {
        result = result.plus(Duration.parse(timePart));
      }
      return result;
    } catch (DateTimeParseException e) {
      throw invalid(iso);
    }
  }

  /** The moment that long before {@code end} (e.g. a reminder's lead time before a deadline). */
  public static Instant subtractFrom(Instant end, String iso, ZoneId zone) {
    if (iso == null || !iso.startsWith("P")) {
      throw invalid(iso);
    }
    int t = iso.indexOf('T');
    String datePart = t < 0 ? iso : iso.substring(0, t);
    String timePart = t < 0 ? null : "P" + iso.substring(t);
    try {
      Instant result = end;
      if (timePart != null) {
        result = result.minus(Duration.parse(timePart));
      }
      if (datePart.length() > 1) {
        result = result.atZone(zone).minus(Period.parse(datePart)).toInstant();
      }
      return result;
    } catch (DateTimeParseException e) {
      throw invalid(iso);
    }
  }

  private static IllegalArgumentException invalid(String iso) {
    return new IllegalArgumentException("not an ISO-8601 duration such as P7D or PT24H: " + iso);
  }
}
