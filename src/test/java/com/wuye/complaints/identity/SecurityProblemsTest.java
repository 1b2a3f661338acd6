package com.wuye.complaints.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

/** The security chain's 401 and 403 as problems in the language the client asks for. */
class SecurityProblemsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static MockHttpServletRequest request(String acceptLanguage) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/complaints");
    if (acceptLanguage != null) {
      request.addHeader("Accept-Language", acceptLanguage);
    }
    return request;
  }

  private static JsonNode signInAnswer(String acceptLanguage, MockHttpServletResponse response)
      throws Exception {
    SecurityConfiguration.signInRequired()
        .commence(request(acceptLanguage), response, new InsufficientAuthenticationException("x"));
    return JSON.readTree(response.getContentAsByteArray());
  }

  private static JsonNode refusal(String acceptLanguage, MockHttpServletResponse response)
      throws Exception {
    SecurityConfiguration.roleRefused()
        .handle(request(acceptLanguage), response, new AccessDeniedException("x"));
    return JSON.readTree(response.getContentAsByteArray());
  }

  @Test
  @DisplayName("401: asks for HTTP Basic, in Chinese, in English, or in both")
  void unauthenticatedInEachLanguage() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    JsonNode zh = signInAnswer("zh-CN", response);
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=\"complaints\"");
    assertThat(zh.get("type").asText()).isEqualTo("about:blank");
    assertThat(zh.get("status").asInt()).isEqualTo(401);
    assertThat(zh.get("title").asText()).isEqualTo("需要登录");
    assertThat(zh.get("detail").asText()).isEqualTo("请用平台账号以 HTTP Basic 方式登录");

    JsonNode en = signInAnswer("en-US,en;q=0.9", new MockHttpServletResponse());
    assertThat(en.get("title").asText()).isEqualTo("Authentication required");
    assertThat(en.get("detail").asText())
        .isEqualTo("sign in with HTTP Basic using a platform account");

    JsonNode both = signInAnswer(null, new MockHttpServletResponse());
    assertThat(both.get("title").asText()).isEqualTo("需要登录 Authentication required");
    assertThat(both.get("detail").asText())
        .isEqualTo("请用平台账号以 HTTP Basic 方式登录 / sign in with HTTP Basic using a platform account");
  }

  @Test
  @DisplayName("403: the role may not, in Chinese, in English, or in both")
  void forbiddenInEachLanguage() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    JsonNode zh = refusal("zh", response);
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(zh.get("title").asText()).isEqualTo("无权访问");
    assertThat(zh.get("detail").asText()).isEqualTo("您的角色不能执行此操作");

    JsonNode en = refusal("en", new MockHttpServletResponse());
    assertThat(en.get("title").asText()).isEqualTo("Forbidden");
    assertThat(en.get("detail").asText()).isEqualTo("your role may not do this");

    JsonNode both = refusal("*", new MockHttpServletResponse());
    assertThat(both.get("title").asText()).isEqualTo("无权访问 Forbidden");
    assertThat(both.get("detail").asText()).isEqualTo("您的角色不能执行此操作 / your role may not do this");
  }
}
