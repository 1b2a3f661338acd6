package com.wuye.complaints.forms;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Checks what a person entered on a task form before it is written anywhere. */
public final class StepInput {

  private static final int MAX_TEXT = 2000;

  private StepInput() {}

  public static String requiredText(VariableScope scope, String field, String zh) {
    String value = optionalText(scope, field, zh);
    if (value == null) {
      throw new InvalidInputException(FieldError.of(field, "invalid.named-required", zh, field));
    }
    return value;
  }

  public static String optionalText(VariableScope scope, String field, String zh) {
    Object raw = scope.getVariable(field);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    if (!(raw instanceof String s)) {
      throw new InvalidInputException(
          FieldError.of(field, "invalid.named-must-be-text", zh, field));
    }
    String value = s.strip();
    if (value.length() > MAX_TEXT) {
      throw new InvalidInputException(
          FieldError.of(field, "invalid.named-at-most-characters", zh, MAX_TEXT, field));
    }
    return value;
  }

  public static <E extends Enum<E>> E requiredEnum(
      VariableScope scope, String field, String zh, Class<E> type) {
    String code = requiredText(scope, field, zh);
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          FieldError.of(field, "invalid.forms.has-no-option", zh, code, field));
    }
  }

  /**
   * One of the given options (e.g. the specialist departments of R-RESP, R-VISIT-3), or null when
   * not given.
   */
  public static String optionalOneOf(
      VariableScope scope, String field, String zh, java.util.Collection<String> options) {
    String value = optionalText(scope, field, zh);
    if (value != null && !options.contains(value)) {
      throw new InvalidInputException(
          FieldError.of(field, "invalid.forms.has-no-option", zh, value, field));
    }
    return value;
  }
}
