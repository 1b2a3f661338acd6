package com.wuye.complaints.handling;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Checks what a person entered on a task form before it is written anywhere. */
public final class StepInput {

  private static final int MAX_TEXT = 2000;

  private StepInput() {
  }

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
      throw new InvalidInputException(new FieldError(field, zh + "不能超过" + MAX_TEXT + "个字",
          field + " must be at most " + MAX_TEXT + " characters"));
    }
    return value;
  }

  public static <E extends Enum<E>> E requiredEnum(VariableScope scope, String field, String zh, Class<E> type) {
    String code = requiredText(scope, field, zh);
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(new FieldError(field, zh + "选项无效：" + code, field + " has no option " + code));
    }
  }

  /** R-RESP, R-VISIT-3: one of the specialist departments (a group id), or null when not given. */
  public static String optionalDepartment(VariableScope scope, String field, String zh) {
    String department = optionalText(scope, field, zh);
    if (department != null && !com.wuye.complaints.identity.Groups.SPECIALIST_DEPARTMENTS.contains(department)) {
      throw new InvalidInputException(new FieldError(field, zh + "选项无效：" + department, field + " has no option " + department));
    }
    return department;
  }
}
