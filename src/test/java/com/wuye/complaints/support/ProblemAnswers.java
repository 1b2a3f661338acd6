package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Checks a servlet-level refusal (a filter, an entry point) the way a client sees it: asked in
 * Chinese, in English, and without Accept-Language.
 */
public final class ProblemAnswers {

  /** Writes its answer to {@code request} into {@code response}. */
  @FunctionalInterface
  public interface Refusal {
    void answer(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception;
  }

  /** The title and detail a client reads. */
  public record Expected(String title, String detail) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemAnswers() {}

  public static void assertAnswers(
      Refusal refusal,
      MockHttpServletRequest request,
      int status,
      Expected chinese,
      Expected english,
      Expected both)
      throws Exception {
    assertAnswer(refusal, request, "zh-CN,zh;q=0.9", status, chinese);
    assertAnswer(refusal, request, "en-US,en;q=0.9", status, english);
    assertAnswer(refusal, request, null, status, both);
  }

  private static void assertAnswer(
      Refusal refusal,
      MockHttpServletRequest template,
      String acceptLanguage,
      int status,
      Expected expected)
      throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest(template.getMethod(), template.getRequestURI());
    request.setContentType(template.getContentType());
    request.setContent(template.getContentAsByteArray());
    if (acceptLanguage != null) {
      request.addHeader("Accept-Language", acceptLanguage);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    refusal.answer(request, response);
    JsonNode body = JSON.readTree(response.getContentAsByteArray());
    String asked = acceptLanguage == null ? "no Accept-Language" : acceptLanguage;
    assertThat(response.getStatus()).as(asked).isEqualTo(status);
    assertThat(response.getContentType()).as(asked).startsWith("application/problem+json");
    assertThat(body.get("type").asText()).as(asked).isEqualTo("about:blank");
    assertThat(body.get("status").asInt()).as(asked).isEqualTo(status);
    assertThat(body.get("title").asText()).as(asked).isEqualTo(expected.title());
    assertThat(body.get("detail").asText()).as(asked).isEqualTo(expected.detail());
  }
}
