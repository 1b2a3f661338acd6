package com.wuye.complaints.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of one submitted record (a complaint's or a repair request's), adding every
 * problem to the record's list of errors so that all bad fields are answered at once.
 */
public final class FieldReader {

  private final Map<String, Object> values;
  private final List<FieldError> errors;

  public FieldReader(Map<String, Object> values, List<FieldError> errors) {
    this.values = values;
    this.errors = errors;
  }

  /**
   * The field's text, stripped; null (and an error when required) if blank, not text or too long.
   */
  public String text(String field, String zh, boolean required, int maxLength) {
    Object raw = values.get(field);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      if (required) {
        errors.add(FieldError.of(field, "invalid.named-required", zh, field));
      }
      return null;
    }
    if (!(raw instanceof String s)) {
      errors.add(FieldError.of(field, "invalid.named-must-be-text", zh, field));
      return null;
    }
    String trimmed = s.strip();
    if (trimmed.length() > maxLength) {
      errors.add(FieldError.of(field, "invalid.named-at-most-characters", zh, maxLength, field));
      return null;
    }
    return trimmed;
  }

  /**
   * The field's enum constant by its code; null (and an error) if missing when required or unknown.
   */
  public <E extends Enum<E>> E enumValue(String field, Class<E> type, String zh, boolean required) {
    String code = text(field, zh, required, 40);
    if (code == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      errors.add(
          FieldError.of(
              field,
              "invalid.bad-code",
              zh,
              code,
              field,
              Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  /** The field as a boolean: false when missing; an error unless it is true or false as given. */
  public boolean flag(String field) {
    Object raw = values.get(field);
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    errors.add(FieldError.of(field, "invalid.true-false", field));
    return false;
  }

  /** Adds a problem of the record as a whole or of a field read by other means. */
  public void reject(FieldError error) {
    errors.add(error);
  }
}
