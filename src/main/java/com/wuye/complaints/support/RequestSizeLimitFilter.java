package com.wuye.complaints.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API request body is larger than a complaint can be: anything over the limit is refused with
 * 413 before it is parsed, whether it declares its length or streams it in chunks.
 */
@Configuration
class RequestSizeLimitFilter {

  static final int MAX_BODY_BYTES = 64 * 1024;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiBodyLimit() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit());
    registration.addUrlPatterns("/api/*");
    registration.setOrder(1);
    return registration;
  }

  static final class Limit extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > MAX_BODY_BYTES) {
        tooLarge(response);
        return;
      }
      Counted counted = new Counted(request);
      try {
        chain.doFilter(counted, response);
      } catch (Exception e) {
        if (!counted.exceeded || response.isCommitted()) {
          throw e;
        }
        response.reset();
        tooLarge(response);
        return;
      }
      if (counted.exceeded && !response.isCommitted()) {
        response.reset();
        tooLarge(response);
      }
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
      response.setStatus(413);
      response.setContentType("application/problem+json;charset=UTF-8");
      response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"请求体过大 Content too large\",\"status\":413,"
          + "\"detail\":\"请求体不能超过 " + MAX_BODY_BYTES / 1024 + " KB / the body must be at most "
          + MAX_BODY_BYTES / 1024 + " KB\"}").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Counts the bytes read and fails the read once the limit is passed. */
  private static final class Counted extends HttpServletRequestWrapper {

    private boolean exceeded;
    private ServletInputStream stream;

    Counted(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BODY_BYTES) {
              exceeded = true;
              throw new IOException("request body over " + MAX_BODY_BYTES + " bytes");
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
