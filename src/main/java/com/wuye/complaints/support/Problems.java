package com.wuye.complaints.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The one shape of a refusal written outside Spring MVC (servlet filters, the security entry
 * points, the engine-surface guard): RFC 9457 problem details, title and detail in Chinese and
 * English, and one entry per bad field with {@code field}, {@code message} (Chinese) and {@code
 * messageEn} — the same body ApiProblemHandler writes for the platform's own controllers.
 */
public final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static ObjectNode body(int status, String title, String detail, List<FieldError> errors) {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (!errors.isEmpty()) {
      ArrayNode list = body.putArray("errors");
      errors.forEach(
          error ->
              list.addObject()
                  .put("field", error.field())
                  .put("message", error.messageZh())
                  .put("messageEn", error.messageEn()));
    }
    return body;
  }

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    write(response, body(status, title, detail, List.of()));
  }

  public static void write(HttpServletResponse response, ObjectNode body) throws IOException {
    response.setStatus(body.path("status").asInt(500));
    response.setContentType("application/problem+json;charset=UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
