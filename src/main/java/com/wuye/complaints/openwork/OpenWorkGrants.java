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
      session().readerAdded(task.getId(), OpenWorkTables.USER, newAssignee);
    }
    return grants;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    AuthorizationEntity[] grants = super.newTaskOwner(task, oldOwner, newOwner);
    if (grants != null && newOwner != null) {
      session().readerAdded(task.getId(), OpenWorkTables.USER, newOwner);
    }
    return grants;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    AuthorizationEntity[] grants = super.newTaskUserIdentityLink(task, userId, type);
    session().readerAdded(task.getId(), OpenWorkTables.USER, userId);
    return grants;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, groupId, type);
    OpenWorkSession session = session();
    session.readerAdded(task.getId(), OpenWorkTables.GROUP, groupId);
    if (IdentityLinkType.CANDIDATE.equals(type)) {
      session.readerAdded(task.getId(), OpenWorkTables.CANDIDATE_GROUP, groupId);
    }
    return grants;
  }

  /** The link goes; Camunda keeps the group's grant (so does the read model's G row). */
  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] grants = super.deleteTaskGroupIdentityLink(task, groupId, type);
    if (IdentityLinkType.CANDIDATE.equals(type)) {
      session().readerRemoved(task.getId(), OpenWorkTables.CANDIDATE_GROUP, groupId);
    }
    return grants;
  }

  private static OpenWorkSession session() {
    return OpenWorkSession.current();
  }
}
