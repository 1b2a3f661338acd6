package com.wuye.complaints.openwork;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Issue 18: Camunda's own per-task grants, and the candidate groups, as the read model sees them.
 * The engine calls its authorization provider whenever a task gets an assignee, an owner or an
 * identity link, and when a link is deleted — from the BPMN model, {@code TaskService}, Tasklist or
 * the REST API alike — so this is the one place that hears every such change (identity-link changes
 * raise no task event in 7.24). The grants themselves stay Camunda's: this only notes them.
 */
class OpenWorkGrants extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    AuthorizationEntity[] grants = super.newTaskAssignee(task, oldAssignee, newAssignee);
    if (grants != null && newAssignee != null) {
      note(task, OpenWorkTables.USER, newAssignee, true);
    }
    return grants;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    AuthorizationEntity[] grants = super.newTaskOwner(task, oldOwner, newOwner);
    if (grants != null && newOwner != null) {
      note(task, OpenWorkTables.USER, newOwner, true);
    }
    return grants;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    AuthorizationEntity[] grants = super.newTaskUserIdentityLink(task, userId, type);
    note(task, OpenWorkTables.USER, userId, true);
    return grants;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, groupId, type);
    note(task, OpenWorkTables.GROUP, groupId, true);
    if (IdentityLinkType.CANDIDATE.equals(type)) {
      note(task, OpenWorkTables.CANDIDATE_GROUP, groupId, true);
    }
    return grants;
  }

  /** The link goes; Camunda keeps the group's grant (so does the read model's G row). */
  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] grants = super.deleteTaskGroupIdentityLink(task, groupId, type);
    if (IdentityLinkType.CANDIDATE.equals(type)) {
      note(task, OpenWorkTables.CANDIDATE_GROUP, groupId, false);
    }
    return grants;
  }

  /**
   * Issue 18: before it grants, the engine asks the database for the user's grant on the task; a
   * task created in the running command has none there (a query sees only what earlier commands
   * wrote — a grant of this command is found in the command's cache by the engine itself).
   */
  @Override
  protected AuthorizationEntity getGrantAuthorizationByUserId(
      String userId, Resource resource, String resourceId) {
    return isNewTask(resource, resourceId)
        ? null
        : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
  }

  /** Issue 18: as {@link #getGrantAuthorizationByUserId}, for a group's grant. */
  @Override
  protected AuthorizationEntity getGrantAuthorizationByGroupId(
      String groupId, Resource resource, String resourceId) {
    return isNewTask(resource, resourceId)
        ? null
        : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
  }

  /** A task the running command created: the engine writes it when the command ends. */
  private static boolean isNewTask(Resource resource, String taskId) {
    CommandContext context = Context.getCommandContext();
    if (context == null
        || taskId == null
        || resource.resourceType() != Resources.TASK.resourceType()) {
      return false;
    }
    DbEntityCache cache = context.getDbEntityManager().getDbEntityCache();
    TaskEntity task = cache.get(TaskEntity.class, taskId);
    return task != null && cache.isTransient(task);
  }

  private static void note(Task task, String kind, String reader, boolean added) {
    OpenWorkSession session = OpenWorkSession.current();
    if (session == null) {
      return; // the engine calls its provider inside a command only
    }
    if (added) {
      session.readerAdded(task.getId(), kind, reader);
    } else {
      session.readerRemoved(task.getId(), kind, reader);
    }
  }
}
