package com.wuye.complaints.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The shapes of path and query parameters that several features' endpoints accept, each with the
 * catalogue key its refusal names (a 400 problem naming the parameter, ApiProblemHandler).
 */
public final class ApiParameters {

  /**
   * A record's id in a path (a register entry, a photo): a whole number as the database keeps it.
   */
  public static final String ID = "\\d{1,18}";

  public static final String ID_MESSAGE = "invalid.id";

  /** A day, YYYY-MM-DD. */
  public static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

  public static final String DAY_MESSAGE = "invalid.date";

  private ApiParameters() {}

  /**
   * The day parameter {@code field} names; a 400 naming {@code field} when it is missing or no day
   * of the calendar (2026-02-30).
   */
  public static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException(FieldError.of(field, DAY_MESSAGE));
    }
  }
}
