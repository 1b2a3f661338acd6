package com.wuye.complaints.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Engine work done as a named user outside a web request (demo data, drivers): with authorizations
 * on, the engine checks the grants of the user's groups and shows only their tenants (communities),
 * so it must be told both.
 */
public final class EngineSignIn {

  private EngineSignIn() {}

  public static void as(IdentityService identity, String userId) {
    // asked with no one signed in, so the queries are not narrowed by the previous user's grants
    identity.clearAuthentication();
    java.util.List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    // issue 16: and the communities (tenants) they belong to, directly or through a group
    java.util.List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(org.camunda.bpm.engine.identity.Tenant::getId)
            .toList();
    identity.setAuthentication(userId, groups, tenants);
  }
}
