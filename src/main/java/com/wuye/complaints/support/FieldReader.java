package com.wuye.complaints.support;

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
}
