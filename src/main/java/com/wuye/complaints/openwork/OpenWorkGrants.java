package com.wuye.complaints.openwork;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
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
