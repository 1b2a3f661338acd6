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
      throw new InvalidInputException(new FieldError(field, zh + "必填", field + " is required"));
    }
    return value;
  }

  public static String optionalText(VariableScope scope, String field, String zh) {
    Object raw = scope.getVariable(field);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    if (!(raw instanceof String s)) {
      throw new InvalidInputException(new FieldError(field, zh + "应为文字", field + " must be text"));
    }
    String value = s.strip();
    if (value.length() > MAX_TEXT) {
      throw new InvalidInputException(
          new FieldError(
              field,
              zh + "不能超过" + MAX_TEXT + "个字",
              field + " must be at most " + MAX_TEXT + " characters"));
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
          new FieldError(field, zh + "选项无效：" + code, field + " has no option " + code));
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
          new FieldError(field, zh + "选项无效：" + value, field + " has no option " + value));
    }
    return value;
  }
}
