package com.wuye.complaints.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API request body is larger than a complaint can be, and every one is real UTF-8: the body is
 * read whole before anything parses it, so one over the limit is refused with 413 whether it
 * declares its length or streams it in chunks, and one with invalid bytes (an overlong form such as
 * {@code C0 BC}, a lone continuation byte) with 400. Either way nothing is written.
 */
@Configuration
class RequestSizeLimitFilter {

  static final int MAX_BODY_BYTES = 64 * 1024;

  /**
   * Photo uploads (package photo) are binary multipart bodies of up to a few MB: their limit is the
   * multipart parser's ({@code complaints.photos.max-request-size}), which also refuses them
   * streaming.
   */
  private static final java.util.regex.Pattern PHOTO_UPLOAD =
      java.util.regex.Pattern.compile("/api/(complaints|repairs)/[^/]+/photos");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiBodyLimit() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Limit());
    registration.addUrlPatterns("/api/*");
    registration.setOrder(1);
    return registration;
  }

  static final class Limit extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if ("GET".equals(request.getMethod())
          || "HEAD".equals(request.getMethod())
          || isPhotoUpload(request)) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = BufferedRequest.read(request, MAX_BODY_BYTES);
      if (body == null) {
        Problems.write(
            request,
            response,
            413,
            "problem.title.413",
            "problem.body-too-large",
            MAX_BODY_BYTES / 1024);
        return;
      }
      if (!isUtf8(body)) {
        Problems.write(request, response, 400, "problem.title.400", "problem.not-utf8");
        return;
      }
      chain.doFilter(BufferedRequest.withBody(request, body), response);
    }

    private static boolean isPhotoUpload(HttpServletRequest request) {
      String type = request.getContentType();
      return "POST".equals(request.getMethod())
          && type != null
          && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
          && PHOTO_UPLOAD
              .matcher(request.getRequestURI().substring(request.getContextPath().length()))
              .matches();
    }

    private static boolean isUtf8(byte[] body) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body));
        return true;
      } catch (CharacterCodingException invalid) {
        return false;
      }
    }
  }
}
