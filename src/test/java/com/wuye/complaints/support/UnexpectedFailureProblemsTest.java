package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A failure nobody foresaw answers a 500 RFC 9457 problem in the caller's language with a
 * correlation id, never the exception's class, message or stack trace; the log has the exception
 * under the same id. Both ways in: an exception out of a controller (the MVC advice) and Spring's
 * error path, which a filter's exception or a bare {@code sendError} reaches.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureProblemsTest {

  private static final String SECRET = "SELECT secret_column FROM internal_table";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RestController
  static class Broken {
    @GetMapping("/api/broken")
    String broken() {
      throw new IllegalStateException(SECRET);
    }

    @GetMapping("/api/denied")
    String denied() {
      throw new AccessDeniedException("role");
    }
  }

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.standaloneSetup(new Broken())
            .setControllerAdvice(new ApiProblemHandler())
            .build();
  }

  private JsonNode fromController(String acceptLanguage) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/api/broken").header("Accept-Language", acceptLanguage))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    return body(response.getContentAsByteArray());
  }

  private static JsonNode body(byte[] bytes) throws Exception {
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .as("nothing internal")
        .doesNotContain("IllegalStateException", "secret_column", "trace", "exception", "at com.");
    return JSON.readTree(text);
  }

  @Test
  @DisplayName("an exception out of a controller: 500 problem in Chinese, with the correlation id")
  void controllerFailureInChinese(CapturedOutput log) throws Exception {
    JsonNode problem = fromController("zh-CN,zh;q=0.9");

    String id = problem.get("correlationId").asText();
    assertThat(id).matches("[0-9a-f-]{36}");
    assertThat(problem.get("status").asInt()).isEqualTo(500);
    assertThat(problem.get("title").asText()).isEqualTo("系统内部错误");
    assertThat(problem.get("detail").asText()).startsWith("系统出现意外错误").contains(id);
    assertThat(log.getAll())
        .as("the log has the exception under the same id")
        .contains("unexpected failure " + id + " answering GET /api/broken")
        .contains("IllegalStateException: " + SECRET);
  }

  @Test
  @DisplayName("an exception out of a controller: in English when asked, a fresh id each time")
  void controllerFailureInEnglish() throws Exception {
    JsonNode first = fromController("en-US,en;q=0.9");
    JsonNode second = fromController("en-US,en;q=0.9");

    assertThat(first.get("title").asText()).isEqualTo("Internal error");
    assertThat(first.get("detail").asText())
        .isEqualTo(
            "an unexpected error occurred and the request may not have been completed; quote "
                + first.get("correlationId").asText()
                + " when you report it");
    assertThat(second.get("correlationId").asText())
        .isNotEqualTo(first.get("correlationId").asText());
  }

  @Test
  @DisplayName("Spring Security's refusal is not an unexpected failure: it goes on to its handler")
  void securityRefusalsPassOn() {
    assertThatThrownBy(() -> mvc.perform(get("/api/denied")))
        .hasRootCauseInstanceOf(AccessDeniedException.class);
  }

  private static MockHttpServletRequest errorDispatch(int status, Throwable failure) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/complaints");
    if (failure != null) {
      request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
    }
    return request;
  }

  @Test
  @DisplayName("a filter's exception on Spring's error path: 500 problem, logged with its id")
  void filterFailureOnTheErrorPath(CapturedOutput log) throws Exception {
    MockHttpServletRequest request =
        errorDispatch(500, new jakarta.servlet.ServletException(new IllegalStateException(SECRET)));
    request.addHeader("Accept-Language", "en");

    ResponseEntity<ProblemDetail> answer =
        new ProblemErrorController(new DefaultErrorAttributes()).error(request);

    ProblemDetail problem = answer.getBody();
    assertThat(answer.getStatusCode().value()).isEqualTo(500);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(problem.getTitle()).isEqualTo("Internal error");
    String id = (String) problem.getProperties().get("correlationId");
    assertThat(problem.getDetail()).contains(id);
    MockHttpServletResponse written = new MockHttpServletResponse();
    Problems.write(written, problem);
    body(written.getContentAsByteArray());
    assertThat(log.getAll())
        .contains("unexpected failure " + id + " answering GET /api/complaints")
        .contains(SECRET);
  }

  @Test
  @DisplayName("a 500 sent without an exception on Spring's error path is a logged 500 problem")
  void sentServerErrorOnTheErrorPath(CapturedOutput log) {
    ProblemDetail problem =
        new ProblemErrorController(new DefaultErrorAttributes())
            .error(errorDispatch(500, null))
            .getBody();

    assertThat(problem.getStatus()).isEqualTo(500);
    String id = (String) problem.getProperties().get("correlationId");
    assertThat(log.getAll())
        .contains("unexpected failure " + id + " answering GET /api/complaints");
  }

  @Test
  @DisplayName("a bare sendError on Spring's error path keeps its status, worded by the catalogue")
  void sentStatusOnTheErrorPath() {
    MockHttpServletRequest request = errorDispatch(403, null);

    ProblemDetail problem =
        new ProblemErrorController(new DefaultErrorAttributes()).error(request).getBody();

    assertThat(problem.getStatus()).isEqualTo(403);
    assertThat(problem.getTitle()).isEqualTo("无权访问 Forbidden");
    assertThat(problem.getDetail())
        .isEqualTo("请求未能完成（HTTP 403） / the request could not be completed (HTTP 403)");
    assertThat(problem.getProperties()).isNull();
  }
}
