package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The body-size filter's refusals (413, and 400 for bytes that are not UTF-8) in each language. */
class RequestSizeProblemsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode answer(
      byte[] body, String acceptLanguage, MockHttpServletResponse response) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/complaints");
    request.setContentType("application/json");
    request.setContent(body);
    if (acceptLanguage != null) {
      request.addHeader("Accept-Language", acceptLanguage);
    }
    MockFilterChain chain = new MockFilterChain();
    new RequestSizeLimitFilter.Limit().doFilter(request, response, chain);
    assertThat(chain.getRequest()).as("refused before anything read it").isNull();
    return JSON.readTree(response.getContentAsByteArray());
  }

  @Test
  @DisplayName("413: a body over 64 KB, in Chinese, in English, or in both")
  void tooLargeInEachLanguage() throws Exception {
    byte[] large = new byte[RequestSizeLimitFilter.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(large, (byte) 'a');

    MockHttpServletResponse response = new MockHttpServletResponse();
    JsonNode zh = answer(large, "zh-CN,zh;q=0.9", response);
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(zh.get("type").asText()).isEqualTo("about:blank");
    assertThat(zh.get("status").asInt()).isEqualTo(413);
    assertThat(zh.get("title").asText()).isEqualTo("请求体过大");
    assertThat(zh.get("detail").asText()).isEqualTo("请求体不能超过 64 KB");

    JsonNode en = answer(large, "en", new MockHttpServletResponse());
    assertThat(en.get("title").asText()).isEqualTo("Content too large");
    assertThat(en.get("detail").asText()).isEqualTo("the body must be at most 64 KB");

    JsonNode both = answer(large, null, new MockHttpServletResponse());
    assertThat(both.get("title").asText()).isEqualTo("请求体过大 Content too large");
    assertThat(both.get("detail").asText())
        .isEqualTo("请求体不能超过 64 KB / the body must be at most 64 KB");
  }

  @Test
  @DisplayName("400: bytes that are not UTF-8, in the language asked for")
  void notUtf8InEachLanguage() throws Exception {
    byte[] overlong = {'{', '"', (byte) 0xC0, (byte) 0xBC, '"', '}'};

    MockHttpServletResponse response = new MockHttpServletResponse();
    JsonNode en = answer(overlong, "en-US", response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(en.get("title").asText()).isEqualTo("Invalid input");
    assertThat(en.get("detail").asText()).isEqualTo("the body is not valid UTF-8");
    assertThat(answer(overlong, "zh", new MockHttpServletResponse()).get("detail").asText())
        .isEqualTo("请求体不是有效的 UTF-8 文本");
  }
}
