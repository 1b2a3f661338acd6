package com.wuye.complaints.community;

import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CommunityTenants;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Issue 16, 管理处 as the unit of work: who is a member of a community (its Camunda tenant, {@link
 * CommunityTenants}), kept by the administrator through {@code /api/communities/{code}/members}.
 * Adding and removing are idempotent and done as the caller, so the engine's user operation log
 * records each change (who, when, which tenant and user; Cockpit → 历史 / {@code
 * /engine-rest/history/user-operation?entityType=TenantMembership}). An unknown community or user
 * is a 404 and changes nothing.
 */
@Service
class CommunityMembers {

  /** One member (or would-be member) of a community. */
  record Member(
      String userId,
      String firstName,
      String lastName,
      Set<String> groups,
      boolean seesEveryCommunity) {}

  private final CommunityService communities;
  private final CommunityTenants tenants;
  private final CommunityScope scope;
  private final CurrentUser caller;

  CommunityMembers(
      CommunityService communities,
      CommunityTenants tenants,
      CommunityScope scope,
      CurrentUser caller) {
    this.communities = communities;
    this.tenants = tenants;
    this.scope = scope;
    this.caller = caller;
  }

  /** The users who are members themselves, by id. 404 for an unknown community. */
  List<Member> members(String code) {
    community(code);
    return tenants.members(code).stream().map(this::member).toList();
  }

  /** The groups that are members (the company-wide groups), by id. */
  List<String> memberGroups(String code) {
    community(code);
    return tenants.memberGroups(code);
  }

  /**
   * Makes the user a member; whether that changed anything comes back with them. 404 for an unknown
   * community or user.
   */
  Change add(String code, String userId) {
    Community community = community(code);
    User user = user(userId);
    // a community added before tenants existed has its tenant since start-up; made sure of anyway
    tenants.ensure(community.getCode(), community.getName());
    boolean changed;
    try {
      changed = caller.asCaller(() -> tenants.addMember(code, userId));
    } catch (ProcessEngineException e) {
      // a concurrent request made them a member first: the same end state
      if (!tenants.isMember(code, userId)) {
        throw e;
      }
      changed = false;
    }
    return new Change(member(user), changed);
  }

  /**
   * Ends the user's own membership; nothing when they are none. 404 for an unknown community or
   * user.
   */
  Change remove(String code, String userId) {
    community(code);
    User user = user(userId);
    boolean changed = caller.asCaller(() -> tenants.removeMember(code, userId));
    return new Change(member(user), changed);
  }

  record Change(Member member, boolean changed) {}

  private Community community(String code) {
    return communities.find(code).orElseThrow(() -> CommunityService.unknown(code));
  }

  private User user(String userId) {
    return tenants
        .user(userId)
        .orElseThrow(() -> ApiProblemException.notFound("community.no-user", userId));
  }

  private Member member(User user) {
    Set<String> groups = tenants.groupsOf(user.getId());
    return new Member(
        user.getId(),
        user.getFirstName(),
        user.getLastName(),
        groups,
        scope.of(user.getId(), groups).all());
  }

  /** The groups whose members see every community, for the answer's note. */
  static Set<String> companyWide(Set<String> groups) {
    return groups.stream()
        .filter(group -> Groups.COMPANY_WIDE.contains(group) || Groups.ADMIN.equals(group))
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }
}
