package com.wuye.complaints.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Issue 16: one Camunda tenant per community, its id the community's code and its name the
 * community's name. Process instances of a community's complaints and repairs carry that tenant
 * ({@link CommunityTenantIdProvider}); with the engine's tenant check on, Tasklist, Cockpit and
 * engine REST show a user only the instances, tasks, jobs and history of the tenants they are a
 * member of. The {@link Groups#COMPANY_WIDE} groups are members of every tenant; community staff
 * are made members one by one by the administrator ({@code PUT
 * /api/communities/{code}/members/{userId}}, Admin webapp → 租户 Tenants, or {@link #addMember}).
 * Everything here is idempotent: running it again changes nothing.
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
   * already. Whether it was added. The engine writes the change to its user operation log (entity
   * type TenantMembership, category Admin) when an engine authentication is set.
   */
  public boolean addMember(String code, String userId) {
    if (isMember(code, userId)) {
      return false;
    }
    identity.createTenantUserMembership(code, userId);
    return true;
  }

  /**
   * Ends a user's own membership of the community's tenant; nothing when they are none. Whether it
   * was removed. Memberships through a group (the company-wide groups) stay.
   */
  public boolean removeMember(String code, String userId) {
    if (!isMember(code, userId)) {
      return false;
    }
    identity.deleteTenantUserMembership(code, userId);
    return true;
  }

  /** Whether the user is a member of the community's tenant themselves (not through a group). */
  public boolean isMember(String code, String userId) {
    return identity.createTenantQuery().tenantId(code).userMember(userId).count() > 0;
  }

  /** The users who are members of the community's tenant themselves, by id. */
  public List<User> members(String code) {
    return identity.createUserQuery().memberOfTenant(code).orderByUserId().asc().list();
  }

  /** The groups that are members of the community's tenant (everyone in them sees it), by id. */
  public List<String> memberGroups(String code) {
    return identity.createGroupQuery().memberOfTenant(code).orderByGroupId().asc().list().stream()
        .map(Group::getId)
        .toList();
  }

  /** A user of the identity service, or empty. */
  public Optional<User> user(String userId) {
    return userId == null
        ? Optional.empty()
        : Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult());
  }

  /** The ids of the user's groups. */
  public Set<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }
}
