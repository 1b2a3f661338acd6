package com.wuye.complaints.identity;

import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Issue 18: a caller signed in with HTTP Basic for this one request (the API is stateless), with
 * the communities (tenants) read together with their groups ({@link TenantMemberships#signIn}), so
 * the request does not ask for them again. Lives as long as the request: a membership an
 * administrator changes counts from the caller's next request on.
 */
final class SignedIn extends UsernamePasswordAuthenticationToken {

  private final Set<String> groups;
  private final Set<String> tenants;

  SignedIn(String userId, Set<String> groups, Set<String> tenants) {
    super(userId, null, groups.stream().map(SimpleGrantedAuthority::new).toList());
    this.groups = Set.copyOf(groups);
    this.tenants = Set.copyOf(tenants);
  }

  Set<String> groups() {
    return groups;
  }

  Set<String> tenants() {
    return tenants;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedIn signedIn
        && super.equals(other)
        && tenants.equals(signedIn.tenants);
  }

  @Override
  public int hashCode() {
    return super.hashCode() * 31 + tenants.hashCode();
  }
}
