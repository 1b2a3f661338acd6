package com.wuye.complaints.identity;

import com.wuye.complaints.openwork.OpenWork;
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

  private final OpenWork openWork;

  TaskAccess(AuthorizationService authorizations, OpenWork openWork) {
    this.authorizations = authorizations;
    this.openWork = openWork;
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
    openWork.groupMayNoLongerRead(taskId, group); // issue 18: the read model of open work
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
    openWork.userMayNoLongerRead(taskId, user);
  }
}
