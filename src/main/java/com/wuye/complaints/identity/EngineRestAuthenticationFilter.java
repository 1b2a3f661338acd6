package com.wuye.complaints.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the user Spring Security authenticated to the engine for one engine-REST request, so every
 * engine call in it is checked against that user's and groups' authorizations and tenants.
 */
class EngineRestAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final TenantMemberships tenants;

  EngineRestAuthenticationFilter(IdentityService identity, TenantMemberships tenants) {
    this.identity = identity;
    this.tenants = tenants;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    // the engine the REST API itself looks up: with one engine per JVM (production) that is ours;
    // should
    // a JVM ever hold more than one (as a test JVM with several application contexts does), the
    // authentication still lands where the request is served, never leaving it unchecked
    IdentityService served = servedEngineIdentity();
    // with the user's tenants (one per community, issue 16): the engine's tenant check shows only
    // those
    List<String> groups =
        auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    served.setAuthentication(
        auth.getName(), groups, List.copyOf(tenants.of(auth.getName(), groups)));
    try {
      chain.doFilter(request, response);
    } finally {
      served.clearAuthentication();
    }
  }

  private IdentityService servedEngineIdentity() {
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    return engine == null ? identity : engine.getIdentityService();
  }

  static List<String> urlPatterns() {
    return List.of("/engine-rest/*");
  }
}
