package com.wuye.complaints.identity;

import static com.wuye.complaints.support.ProblemAnswers.assertAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.ProblemAnswers.Expected;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

/** The security chain's 401 and 403 as problems in the language the client asks for. */
class SecurityProblemsTest {

  private static final MockHttpServletRequest LIST =
      new MockHttpServletRequest("GET", "/api/complaints");

  @Test
  @DisplayName("401: asks for HTTP Basic, in Chinese, in English, or in both")
  void unauthenticatedInEachLanguage() throws Exception {
    assertAnswers(
        (request, response) ->
            SecurityConfiguration.signInRequired()
                .commence(request, response, new InsufficientAuthenticationException("x")),
        LIST,
        401,
        new Expected("需要登录", "请用平台账号以 HTTP Basic 方式登录"),
        new Expected("Authentication required", "sign in with HTTP Basic using a platform account"),
        new Expected(
            "需要登录 Authentication required",
            "请用平台账号以 HTTP Basic 方式登录 / sign in with HTTP Basic using a platform account"));

    MockHttpServletResponse response = new MockHttpServletResponse();
    SecurityConfiguration.signInRequired()
        .commence(LIST, response, new InsufficientAuthenticationException("x"));
    assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=\"complaints\"");
  }

  @Test
  @DisplayName("403: the role may not, in Chinese, in English, or in both")
  void forbiddenInEachLanguage() throws Exception {
    assertAnswers(
        (request, response) ->
            SecurityConfiguration.roleRefused()
                .handle(request, response, new AccessDeniedException("x")),
        LIST,
        403,
        new Expected("无权访问", "您的角色不能执行此操作"),
        new Expected("Forbidden", "your role may not do this"),
        new Expected("无权访问 Forbidden", "您的角色不能执行此操作 / your role may not do this"));
  }
}
