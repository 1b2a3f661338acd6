package com.wuye.complaints.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a person signed in to Tasklist read the platform's API with that sign-in — reads only (GET),
 * so the session cookie cannot be used to change anything from another site; changes keep needing
 * HTTP Basic. This is how Tasklist's contact tab reads {@code /api/tasks/{id}/contact}.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null
        && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications != null
          && authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            user.getIdentityId(), null, user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList()));
      }
    }
    chain.doFilter(request, response);
  }
}
