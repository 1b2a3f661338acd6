package com.wuye.complaints.support;

import static com.wuye.complaints.support.ProblemAnswers.assertAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.ProblemAnswers.Expected;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;

/** The body-size filter's refusals (413, and 400 for bytes that are not UTF-8) in each language. */
class RequestSizeProblemsTest {

  private static MockHttpServletRequest intake(byte[] body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/complaints");
    request.setContentType("application/json");
    request.setContent(body);
    return request;
  }

  private static void refuse(
      MockHttpServletRequest request, org.springframework.mock.web.MockHttpServletResponse response)
      throws Exception {
    MockFilterChain chain = new MockFilterChain();
    new RequestSizeLimitFilter.Limit().doFilter(request, response, chain);
    assertThat(chain.getRequest()).as("refused before anything read it").isNull();
  }

  @Test
  @DisplayName("413: a body over 64 KB, in Chinese, in English, or in both")
  void tooLargeInEachLanguage() throws Exception {
    byte[] large = new byte[RequestSizeLimitFilter.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(large, (byte) 'a');

    assertAnswers(
        RequestSizeProblemsTest::refuse,
        intake(large),
        413,
        new Expected("请求体过大", "请求体不能超过 64 KB"),
        new Expected("Content too large", "the body must be at most 64 KB"),
        new Expected("请求体过大 Content too large", "请求体不能超过 64 KB / the body must be at most 64 KB"));
  }

  @Test
  @DisplayName("400: bytes that are not UTF-8, in the language asked for")
  void notUtf8InEachLanguage() throws Exception {
    byte[] overlong = {'{', '"', (byte) 0xC0, (byte) 0xBC, '"', '}'};

    assertAnswers(
        RequestSizeProblemsTest::refuse,
        intake(overlong),
        400,
        new Expected("输入有误", "请求体不是有效的 UTF-8 文本"),
        new Expected("Invalid input", "the body is not valid UTF-8"),
        new Expected("输入有误 Invalid input", "请求体不是有效的 UTF-8 文本 / the body is not valid UTF-8"));
  }
}
