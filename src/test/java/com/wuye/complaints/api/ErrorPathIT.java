package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Spring's error path answers RFC 9457 problems, not Spring Boot's error JSON: a status a filter
 * sends without a body (the shut Admin setup, refused by Spring Security's webapp chain) and the
 * error page itself, asked for directly (a failure's 500 is proven in
 * UnexpectedFailureProblemsTest).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPathIT {

  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  @Test
  @DisplayName("a filter's bare 403 is a problem in the language asked for")
  void filterStatusIsAProblem() {
    ApiClient.Reply reply =
        api.post(
            null,
            "/camunda/api/admin/setup/default/user/create",
            "{}",
            Map.of("Accept-Language", "en"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("title").asText()).isEqualTo("Forbidden");
    assertThat(reply.json().has("timestamp")).as("not Spring Boot's error JSON").isFalse();
  }

  @Test
  @DisplayName("the error page asked for directly is a 404 problem, not Spring Boot's error JSON")
  void errorPageIsAProblem() {
    ApiClient.Reply reply = api.get(null, "/error");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("title").asText()).isEqualTo("找不到 Not found");
    assertThat(reply.body()).doesNotContain("timestamp", "exception", "trace");
  }
}
