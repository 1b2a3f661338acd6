package com.wuye.complaints.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic, checked against Camunda's identity service: the same users and passwords as Tasklist.
 * Each Camunda group the user belongs to becomes an authority named after it.
 *
 * <p>Wrong passwords: a person's account is held back by Camunda's growing delay (up to {@code
 * loginDelayMaxTime}, never for good). A machine client (group {@code intake-api}) is not: whoever
 * knows only its name must not stop every other channel's intake. Its password is checked without
 * the account delay; wrong guesses are answered slowly instead ({@link LoginThrottle}).
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final MachineClientPasswords machineClients;
  private final LoginThrottle throttle;
  private final TenantMemberships memberships;

  CamundaUserAuthenticationProvider(
      IdentityService identity,
      MachineClientPasswords machineClients,
      LoginThrottle throttle,
      TenantMemberships memberships) {
    this.identity = identity;
    this.machineClients = machineClients;
    this.throttle = throttle;
    this.memberships = memberships;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || !(credentials instanceof String password)) {
      throw bad();
    }
    // issue 18: groups and communities in one read (before: a membership count, then the groups,
    // and the communities again later in the request)
    TenantMemberships.Signed memberships = this.memberships.signIn(userId);
    boolean machine = memberships.groups().contains(Groups.INTAKE_API);
    if (machine) {
      String source = source(authentication);
      if (!machineClients.matches(userId, password)) {
        throttle.failed(source);
        throw bad();
      }
      throttle.succeeded(source);
    } else if (!identity.checkPassword(userId, password)) {
      throw bad();
    }
    return new SignedIn(userId, memberships.groups(), memberships.tenants());
  }

  private static BadCredentialsException bad() {
    return new BadCredentialsException("用户名或密码错误 Bad user name or password");
  }

  private static String source(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
