package com.wuye.complaints.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Issue 16: one check in front of every operation on one kind of record of the API, so an operation
 * added later is covered too. It reads the record's path variable (e.g. {@code complaintNo} of
 * {@code /api/complaints/{complaintNo}…}) and hands it to {@link #requireReachable(String)}, which
 * throws the feature's "not found" for a record out of the caller's reach.
 */
public abstract class PathReach implements WebMvcConfigurer, HandlerInterceptor {

  private final String variable;
  private final String[] paths;

  /** {@code paths}: the patterns the check stands in front of. */
  protected PathReach(String variable, String... paths) {
    this.variable = variable;
    this.paths = paths.clone();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns(paths);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables
        && variables.get(variable) instanceof String value) {
      requireReachable(value);
    }
    return true;
  }

  /** Throws when the caller may not reach the record the path names; nothing otherwise. */
  protected abstract void requireReachable(String value);
}
