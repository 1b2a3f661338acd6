package com.wuye.complaints.support;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The web slices' table of bad request bodies and what they expect of the answer: a 400
 * application/problem+json of type about:blank naming exactly the bad field. The problem's texts
 * are left to the messages' own tests.
 */
public final class BadRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BadRequests() {}

  /**
   * A case: the valid body changed by {@code change}, expected to be refused naming {@code field}.
   */
  public static Arguments bad(
      String name,
      String field,
      Supplier<Map<String, Object>> valid,
      Consumer<Map<String, Object>> change) {
    Map<String, Object> body = valid.get();
    change.accept(body);
    return Arguments.of(name, field, json(body));
  }

  /** The nested object {@code key} of a body, to change one of its fields. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> part(Map<String, Object> body, String key) {
    return (Map<String, Object>) body.get(key);
  }

  public static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 400 problem whose one bad field is {@code field}. */
  public static ResultMatcher aProblemNaming(String field) {
    return ResultMatcher.matchAll(
        status().isBadRequest(),
        content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
        jsonPath("$.type").value("about:blank"),
        jsonPath("$.status").value(400),
        jsonPath("$.errors[*].field").value(contains(field)));
  }
}
