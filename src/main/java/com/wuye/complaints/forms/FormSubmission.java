package com.wuye.complaints.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.PlainText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A step's submitted values, checked against its form: exactly the form's enabled fields, each of
 * its kind (text, whole number, yes/no, one of the listed choices), texts within their length and
 * free of control characters. Anything else — another variable, a serialized object, a date where a
 * number belongs — is refused as a whole, so nothing is written. Personal fields come out as
 * transient values: the process can use them in this transaction, engine history never holds them.
 */
public final class FormSubmission {

  private FormSubmission() {}

  /**
   * Values as plain JSON: {@code {"handlingResult": "…", "escalate": false}} (the platform's task
   * API).
   */
  public static VariableMap fromPlain(FormSchema form, Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>();
    VariableMap accepted = Variables.createVariables();
    values.forEach((key, value) -> accept(form, key, value, accepted, errors));
    return checked(accepted, errors);
  }

  /**
   * Values as the engine REST API sends them: {@code {"name": {"value": …, "type": "String"}}}; a
   * value's declared type must fit the field, and only String, Boolean, Long, Integer, Short,
   * Double and Null are taken.
   */
  public static VariableMap fromTyped(FormSchema form, JsonNode variables) {
    List<FieldError> errors = new ArrayList<>();
    VariableMap accepted = Variables.createVariables();
    if (variables != null && !variables.isNull() && !variables.isObject()) {
      throw new InvalidInputException(FieldError.of("variables", "invalid.forms.object"));
    }
    if (variables != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode typed = entry.getValue();
        String type = typed.path("type").asText("");
        JsonNode value = typed.path("value");
        Object plain =
            switch (type) {
              case "String" ->
                  value.isTextual() || value.isNull() || value.isMissingNode()
                      ? value.textValue()
                      : Wrong.TYPE;
              case "Boolean" ->
                  value.isBoolean() || value.isNull() || value.isMissingNode()
                      ? (value.isBoolean() ? value.booleanValue() : null)
                      : Wrong.TYPE;
              case "Long", "Integer", "Short", "Double" ->
                  value.isNumber()
                      ? value.decimalValue()
                      : value.isNull() || value.isMissingNode() ? null : Wrong.TYPE;
              case "Null", "" ->
                  value.isNull() || value.isMissingNode()
                      ? null
                      : value.isTextual()
                          ? value.textValue()
                          : value.isBoolean()
                              ? value.booleanValue()
                              : value.isNumber() ? value.decimalValue() : Wrong.TYPE;
              default -> Wrong.TYPE;
            };
        if (plain == Wrong.TYPE) {
          errors.add(
              FieldError.of(entry.getKey(), "invalid.forms.value-type-not-accepted-here", type));
          continue;
        }
        accept(form, entry.getKey(), plain, accepted, errors);
      }
    }
    return checked(accepted, errors);
  }

  /**
   * The accepted values as the engine REST API's JSON ({@code name → {value, type, valueInfo}}).
   */
  public static Map<String, Object> toEngineJson(VariableMap values) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (String name : values.keySet()) {
      TypedValue typed = values.getValueTyped(name);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("value", typed.getValue());
      entry.put("type", typed.getType() == null ? "Null" : capitalised(typed.getType().getName()));
      if (typed.isTransient()) {
        entry.put("valueInfo", Map.of("transient", true));
      }
      json.put(name, entry);
    }
    return json;
  }

  private enum Wrong {
    TYPE
  }

  private static void accept(
      FormSchema form, String key, Object value, VariableMap accepted, List<FieldError> errors) {
    FormField field = form.fields().get(key);
    if (field == null) {
      errors.add(FieldError.of(key, "invalid.forms.not-on-this-form"));
      return;
    }
    boolean transientValue = field.personal();
    switch (field.kind()) {
      case TEXT, CHOICE -> {
        if (value != null && !(value instanceof String)) {
          errors.add(FieldError.of(key, "invalid.forms.text"));
        } else if (!PlainText.isPlain((String) value)) {
          errors.add(PlainText.error(key));
        } else if (value != null
            && field.maxLength() != null
            && ((String) value).length() > field.maxLength()) {
          errors.add(FieldError.of(key, "invalid.forms.most-characters", field.maxLength()));
        } else if (value != null
            && field.kind() == FormField.Kind.CHOICE
            && !field.options().isEmpty()
            && !field.options().contains(value)) {
          errors.add(FieldError.of(key, "invalid.forms.not-an-option", field.options()));
        } else {
          accepted.putValueTyped(key, Variables.stringValue((String) value, transientValue));
        }
      }
      case NUMBER -> {
        Long whole = wholeNumber(value);
        if (value != null && whole == null) {
          errors.add(FieldError.of(key, "invalid.forms.whole-number"));
        } else {
          accepted.putValueTyped(key, Variables.longValue(whole, transientValue));
        }
      }
      case YES_NO -> {
        if (value != null && !(value instanceof Boolean)) {
          errors.add(FieldError.of(key, "invalid.forms.true-false"));
        } else {
          accepted.putValueTyped(key, Variables.booleanValue((Boolean) value, transientValue));
        }
      }
    }
  }

  private static Long wholeNumber(Object value) {
    BigDecimal number =
        value instanceof BigDecimal d
            ? d
            : value instanceof Number n && !(value instanceof Double || value instanceof Float)
                ? new BigDecimal(n.toString())
                : value instanceof Double || value instanceof Float
                    ? BigDecimal.valueOf(((Number) value).doubleValue())
                    : null;
    if (number == null) {
      return null;
    }
    try {
      return number.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException notWhole) {
      return null;
    }
  }

  private static VariableMap checked(VariableMap accepted, List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return accepted;
  }

  private static String capitalised(String typeName) {
    return Character.toUpperCase(typeName.charAt(0)) + typeName.substring(1);
  }
}
