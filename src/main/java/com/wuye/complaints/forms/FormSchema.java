package com.wuye.complaints.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a Camunda Form (a {@code .form} file in {@code forms/}) asks a person for: its enabled input
 * fields. Disabled fields only show the case and are never taken back; text blocks take nothing.
 * The form is the one definition of what a step may change, used by Tasklist, the engine REST API
 * and the platform's own task API alike.
 */
public record FormSchema(String formId, Map<String, FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUTS =
      Set.of("textfield", "textarea", "number", "checkbox", "select", "radio", "datetime");

  public static FormSchema parse(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(root.path("components"), fields);
    return new FormSchema(root.path("id").asText(), Map.copyOf(fields));
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String key = component.path("key").asText(null);
      if (INPUTS.contains(type)
          && key != null
          && !component.path("disabled").asBoolean(false)
          && !component.path("readonly").asBoolean(false)) {
        fields.put(key, field(type, key, component));
      }
      collect(component.path("components"), fields);
    }
  }

  private static FormField field(String type, String key, JsonNode component) {
    FormField.Kind kind =
        switch (type) {
          case "number" -> FormField.Kind.NUMBER;
          case "checkbox" -> FormField.Kind.YES_NO;
          case "select", "radio" -> FormField.Kind.CHOICE;
          default -> FormField.Kind.TEXT;
        };
    Set<String> options = new LinkedHashSet<>();
    component.path("values").forEach(value -> options.add(value.path("value").asText()));
    JsonNode maxLength = component.path("validate").path("maxLength");
    boolean personal = component.path("properties").path("personalData").asText("").equals("true");
    return new FormField(
        key, kind, Set.copyOf(options), maxLength.isNumber() ? maxLength.asInt() : null, personal);
  }
}
