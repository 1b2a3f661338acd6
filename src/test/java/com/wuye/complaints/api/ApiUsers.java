package com.wuye.complaints.api;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;

/** Test users of the API, one per role it distinguishes; password = user id. */
final class ApiUsers {

  static final String CLIENT = "api-client";
  static final String OFFICER = "api-officer";
  static final String OFFICER_2 = "api-officer2";
  static final String SUPERVISOR = "api-supervisor";
  static final String AFFAIRS = "api-affairs";
  static final String GM = "api-gm";
  static final String VISITOR = "api-visitor";
  static final String DEPTHEAD = "api-depthead";
  static final String MONITOR = "api-monitor";
  static final String ENGINEER = "api-engineer";

  private static final Map<String, String> GROUP_OF =
      Map.of(
          CLIENT, "intake-api",
          OFFICER, "property-officer",
          OFFICER_2, "property-officer",
          SUPERVISOR, "customer-supervisor",
          AFFAIRS, "general-affairs-manager",
          GM, "general-manager",
          VISITOR, "customer-relations",
          DEPTHEAD, "department-heads",
          MONITOR, "monitoring-room",
          ENGINEER, "engineering");

  private ApiUsers() {}

  /**
   * Issue 16: communities a test wrote with SQL get their tenant as the platform gives one
   * (identity.CommunityTenants: the company-wide groups are members), and the test staff work in
   * them.
   */
  static void inCommunities(IdentityService identity, String... codes) {
    for (String code : codes) {
      if (identity.createTenantQuery().tenantId(code).count() == 0) {
        identity.saveTenant(identity.newTenant(code));
      }
      for (String group : com.wuye.complaints.identity.Groups.COMPANY_WIDE) {
        if (identity.createGroupQuery().groupId(group).count() > 0
            && identity.createTenantQuery().tenantId(code).groupMember(group).count() == 0) {
          identity.createTenantGroupMembership(code, group);
        }
      }
    }
    ensure(identity);
  }

  /**
   * The user, if new, with its id as password (policy skipped) and in the group (null: none); in no
   * community.
   */
  static void create(IdentityService identity, String user, String group) {
    if (identity.createUserQuery().userId(user).count() == 0) {
      var created = identity.newUser(user);
      created.setPassword(user);
      ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(created, true);
      if (group != null) {
        identity.createMembership(user, group);
      }
    }
  }

  static void ensure(IdentityService identity) {
    GROUP_OF.forEach((user, group) -> ensure(identity, user, group));
  }

  /**
   * A user of the group whose password is its id; test users keep such weak passwords (policy
   * skipped).
   */
  static void ensure(IdentityService identity, String user, String group) {
    create(identity, user, group);
    // issue 16: the scenarios' community staff work in every community the tests set up
    com.wuye.complaints.support.CommunityMembers.ofEveryCommunity(identity, user, group);
  }
}
