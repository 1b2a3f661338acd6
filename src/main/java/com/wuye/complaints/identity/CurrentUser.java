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

  CurrentUser(IdentityService identity) {
    this.identity = identity;
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
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
  }

  public boolean isAdmin() {
    return groups().contains(Groups.ADMIN);
  }

  /** Runs engine work as the caller: the engine checks the caller's and their groups' grants. */
  public <T> T asCaller(Supplier<T> work) {
    identity.setAuthentication(id(), List.copyOf(groups()));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
