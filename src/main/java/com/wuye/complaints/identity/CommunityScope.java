package com.wuye.complaints.identity;

import com.wuye.complaints.support.ApiProblemException;
import java.util.Collection;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Issue 16, 管理处 as the unit of work: the one definition of "the communities this user may see",
 * used by every edge. The engine applies the same answer to Tasklist, Cockpit, engine REST and the
 * engine calls of {@code /api} through Camunda's tenant check (one tenant per community, the
 * community's code; {@link CommunityTenants}); the platform's own SQL reads ask {@link
 * #ofCaller()}.
 *
 * <ul>
 *   <li>{@code camunda-admin} and the {@link Groups#COMPANY_WIDE} groups: every community;
 *   <li>everyone else (the {@link Groups#COMMUNITY_STAFF}): the communities whose tenant they are a
 *       member of, directly or through a group (kept by the administrator in Admin → 租户 Tenants);
 *       none when they are a member of none.
 * </ul>
 */
@Component
public class CommunityScope {

  /**
   * What one user may see.
   *
   * @param all every community, also ones added later
   * @param codes the communities' codes when not {@code all}
   */
  public record Communities(boolean all, Set<String> codes) {

    public static final Communities ALL = new Communities(true, Set.of());

    /** Whether a complaint, repair or household of this community is within reach. */
    public boolean includes(String community) {
      return all || (community != null && codes.contains(community));
    }

    /** The codes to restrict an SQL read to, or null for no restriction. */
    public Set<String> restriction() {
      return all ? null : codes;
    }
  }

  private final CurrentUser caller;
  private final TenantMemberships memberships;
  private final TaskService tasks;

  CommunityScope(CurrentUser caller, TenantMemberships memberships, TaskService tasks) {
    this.caller = caller;
    this.memberships = memberships;
    this.tasks = tasks;
  }

  /** The communities the API's caller may see. */
  public Communities ofCaller() {
    return of(caller.id(), caller.groups());
  }

  public Communities of(String userId, Collection<String> groups) {
    if (groups.contains(Groups.ADMIN) || groups.stream().anyMatch(Groups.COMPANY_WIDE::contains)) {
      return Communities.ALL;
    }
    return new Communities(false, Set.copyOf(memberships.of(userId, groups)));
  }

  /**
   * Whether the caller may see an engine object (task, instance) of this tenant: one of their
   * communities, or no tenant at all (instances started before communities were tenants, which the
   * engine shows to everyone their grants allow).
   */
  public boolean seesTenant(String tenantId) {
    return tenantId == null || ofCaller().includes(tenantId);
  }

  /**
   * A 404 when the task exists but belongs to another community's tenant: called before working on
   * a task as the caller, where the engine's tenant check would refuse it with a 500. Called with
   * no engine authentication set (the lookup is the platform's own).
   */
  public void requireTaskVisible(String taskId, String notFoundKey, Object... args) {
    org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task != null && !seesTenant(task.getTenantId())) {
      throw ApiProblemException.notFound(notFoundKey, args);
    }
  }

  /**
   * A 404 unless the caller may see the community: another community's complaint, repair or
   * customer is "not found" (the edge's own not-found text), so its existence is not disclosed
   * either.
   */
  public void requireVisible(String community, String notFoundKey, Object... args) {
    if (!ofCaller().includes(community)) {
      throw ApiProblemException.notFound(notFoundKey, args);
    }
  }
}
