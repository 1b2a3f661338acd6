package com.wuye.complaints.report;

import com.wuye.complaints.support.ApiParameters;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a figures or dashboard request covers, from its {@code from} and {@code to} parameters
 * (YYYY-MM-DD, {@code to} inclusive): 400 naming the field for a date that is not one, an end
 * before the start or more than {@link #MAX_DAYS} days.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

  /** The longest period one request covers. */
  static final long MAX_DAYS = 366;

  static ReportPeriod parse(String from, String to) {
    LocalDate start = ApiParameters.day("from", from);
    LocalDate end = ApiParameters.day("to", to);
    if (end.isBefore(start)) {
      throw new InvalidInputException(FieldError.of("to", "invalid.not-before-from"));
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new InvalidInputException(
          FieldError.of("to", "invalid.report.period-covers-most-366-days"));
    }
    return new ReportPeriod(start, end);
  }
}
