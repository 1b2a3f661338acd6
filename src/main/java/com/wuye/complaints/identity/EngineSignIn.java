package com.wuye.complaints.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Engine work done as a named user outside a web request (demo data, drivers): with authorizations
 * on, the engine checks the grants of the user's groups, so it must be told them.
 */
public final class EngineSignIn {

  private EngineSignIn() {
  }

  public static void as(IdentityService identity, String userId) {
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }
}
