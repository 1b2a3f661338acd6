package com.wuye.complaints.complaint;

import com.wuye.complaints.identity.CommunityScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Issue 16: every {@code /api/complaints/{complaintNo}…} operation (read, new facts, severity, fact
 * corrections, same-issue links, waiting) reaches only a complaint of the caller's communities
 * ({@link CommunityScope}); another community's complaint is "not found", as an unknown number is.
 * One check in front of all of them, so an operation added later is covered too.
 */
@Configuration
public class ComplaintReach implements WebMvcConfigurer, HandlerInterceptor {

  private final ComplaintRepository complaints;
  private final CommunityScope communities;

  ComplaintReach(ComplaintRepository complaints, CommunityScope communities) {
    this.complaints = complaints;
    this.communities = communities;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/complaints/*", "/api/complaints/*/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables
        && variables.get("complaintNo") instanceof String complaintNo) {
      requireVisible(complaintNo);
    }
    return true;
  }

  /**
   * A 404 when the complaint exists but belongs to a community the caller may not see; nothing
   * otherwise.
   */
  public void requireVisible(String complaintNo) {
    if (complaintNo == null || complaintNo.isBlank()) {
      return;
    }
    complaints
        .findByComplaintNo(complaintNo)
        .ifPresent(
            complaint ->
                communities.requireVisible(
                    complaint.getCommunityCode(), "complaint.no-complaint-numbered", complaintNo));
  }
}
