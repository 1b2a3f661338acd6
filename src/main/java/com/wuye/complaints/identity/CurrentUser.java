package com.wuye.complaints.identity;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The API caller, and engine work done as that caller so Camunda's authorizations apply. */
@Component
public class CurrentUser {

  private final IdentityService identity;
  private final TenantMemberships tenants;

  CurrentUser(IdentityService identity, TenantMemberships tenants) {
    this.identity = identity;
    this.tenants = tenants;
  }

  public String id() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? null : auth.getName();
  }

  public Set<String> groups() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return Set.of();
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
  }

  public boolean isAdmin() {
    return groups().contains(Groups.ADMIN);
  }

  /**
   * Runs engine work as the caller: the engine checks the caller's and their groups' grants, and
   * shows only the communities (tenants) they are a member of (issue 16, {@link CommunityScope}).
   */
  public <T> T asCaller(Supplier<T> work) {
    List<String> groups = List.copyOf(groups());
    identity.setAuthentication(id(), groups, List.copyOf(tenants.of(id(), groups)));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
