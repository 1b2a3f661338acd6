package com.wuye.complaints.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/**
 * Camunda grants a task's candidate group and assignee access to it but never takes that back. When
 * escalation moves the work on (R-ESC-1), the level it leaves must lose it.
 */
@Service
public class TaskAccess {

  private final AuthorizationService authorizations;

  TaskAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void revokeGroup(String taskId, String group) {
    authorizations
        .createAuthorizationQuery()
        .groupIdIn(group)
        .resourceType(Resources.TASK)
        .resourceId(taskId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  public void revokeUser(String taskId, String user) {
    authorizations
        .createAuthorizationQuery()
        .userIdIn(user)
        .resourceType(Resources.TASK)
        .resourceId(taskId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }
}
