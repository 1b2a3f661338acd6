package com.wuye.complaints.support;

import com.wuye.complaints.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Issue 16: community staff (officers, customer-service supervisors, project managers) see only the
 * communities whose tenant they are a member of. The scenarios' test staff of those groups work in
 * every community the test has set up, as the demo's own officer does: this makes them members of
 * every tenant there is (idempotent, cheap).
 */
public final class CommunityMembers {

  private CommunityMembers() {}

  public static void ofEveryCommunity(IdentityService identity, String user, String group) {
    if (!Groups.COMMUNITY_STAFF.contains(group)) {
      return;
    }
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      for (Tenant tenant : identity.createTenantQuery().list()) {
        if (identity.createTenantQuery().tenantId(tenant.getId()).userMember(user).count() == 0) {
          identity.createTenantUserMembership(tenant.getId(), user);
        }
      }
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
