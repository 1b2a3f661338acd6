package com.wuye.complaints.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path no page or API of the platform has — {@code //engine-rest}, {@code /engine-rest;x=1}, dot
 * segments, encoded slashes or percent signs, control characters — is the caller's mistake or a
 * probe: answered 400 with a problem body and logged once at WARN, before any security or routing
 * code has to make sense of it (they would otherwise fail with a stack trace and a 500).
 */
@Configuration
class MalformedPathFilter {

  private static final Logger LOG = LoggerFactory.getLogger(MalformedPathFilter.class);
  private static final Pattern MALFORMED =
      Pattern.compile(
          ".*(//|;|\\\\|/\\./|/\\.\\./|/\\.$|/\\.\\.$|%2f|%5c|%2e|%3b|%25|%00|[^\\x21-\\x7e]).*");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> malformedPaths() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                String uri = request.getRequestURI();
                if (uri != null && MALFORMED.matcher(uri.toLowerCase(Locale.ROOT)).matches()) {
                  LOG.warn(
                      "refused malformed path {} {}",
                      request.getMethod(),
                      uri.replaceAll("[^\\x20-\\x7e]", "?"));
                  Problems.write(
                      request, response, 400, "problem.title.bad-path", "problem.bad-path");
                  return;
                }
                chain.doFilter(request, response);
              }
            });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
