package com.wuye.complaints.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Service;

/**
 * Issue 16: one Camunda tenant per community, its id the community's code and its name the
 * community's name. Process instances of a community's complaints and repairs carry that tenant
 * ({@link CommunityTenantIdProvider}); with the engine's tenant check on, Tasklist, Cockpit and
 * engine REST show a user only the instances, tasks, jobs and history of the tenants they are a
 * member of. The {@link Groups#COMPANY_WIDE} groups are members of every tenant; community staff
 * are made members one by one by the administrator (Admin webapp → 租户 Tenants, or {@link
 * #addMember}). Everything here is idempotent: running it again changes nothing.
 */
@Service
public class CommunityTenants {

  private final IdentityService identity;

  CommunityTenants(IdentityService identity) {
    this.identity = identity;
  }

  /** The community's tenant, with every company-wide group a member of it; created when missing. */
  public void ensure(String code, String name) {
    if (identity.createTenantQuery().tenantId(code).count() == 0) {
      Tenant tenant = identity.newTenant(code);
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
    for (String group : Groups.COMPANY_WIDE) {
      if (identity.createGroupQuery().groupId(group).count() > 0
          && identity.createTenantQuery().tenantId(code).groupMember(group).count() == 0) {
        identity.createTenantGroupMembership(code, group);
      }
    }
  }

  /**
   * Makes a user (community staff) a member of the community's tenant; nothing when they are
   * already.
   */
  public void addMember(String code, String userId) {
    if (identity.createTenantQuery().tenantId(code).userMember(userId).count() == 0) {
      identity.createTenantUserMembership(code, userId);
    }
  }
}
