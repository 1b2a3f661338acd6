package com.wuye.complaints.identity;

import com.wuye.complaints.openwork.OpenWork;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
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
        .forEach(this::delete);
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
        .forEach(this::delete);
    openWork.userMayNoLongerRead(taskId, user);
  }

  /**
   * Issue 18: inside a running command, deletes the grant just read as the engine's own
   * deleteAuthorization does (its check that the current user may delete it, the authorizations on
   * the authorization itself, the user operation log entry), but without reading it again by id
   * first: one round trip less per grant revoked. Outside a command, through the service.
   */
  private void delete(Authorization grant) {
    CommandContext context = Context.getCommandContext();
    if (context == null || !(grant instanceof AuthorizationEntity entity)) {
      authorizations.deleteAuthorization(grant.getId());
      return;
    }
    context.getAuthorizationManager().delete(entity);
    context
        .getOperationLogManager()
        .logAuthorizationOperation(UserOperationLogEntry.OPERATION_TYPE_DELETE, entity, null);
  }
}
