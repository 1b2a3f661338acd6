package com.wuye.complaints.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import com.wuye.complaints.openwork.OpenWork;
import com.wuye.complaints.support.SystemWork;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Service;

/**
 * R-RESP: the group supervising a complaint may follow it (read its process instance in Cockpit).
 */
@Service
public class SupervisionAccess {

  private final AuthorizationService authorizations;

  private final TaskService tasks;

  private final OpenWork openWork;

  SupervisionAccess(AuthorizationService authorizations, TaskService tasks, OpenWork openWork) {
    this.authorizations = authorizations;
    this.tasks = tasks;
    this.openWork = openWork;
  }

  /**
   * The instance, and READ (nothing more) on its open tasks, so the supervising group's Tasklist
   * supervision filters show the work it supervises (R-RESP). Called whenever responsibility is
   * (re)assessed; tasks created later get theirs from {@link SupervisedTaskReadListener}.
   */
  public void grant(String processInstanceId, String supervisorGroup) {
    if (createdInThisCommand(ExecutionEntity.class, processInstanceId)) {
      // at intake: neither a grant on the instance nor a task of it can be in the database yet (a
      // query sees only what earlier commands wrote), so both queries would answer nothing
      AuthorizationSetup.grantNew(
          authorizations, supervisorGroup, PROCESS_INSTANCE, processInstanceId, READ);
      return;
    }
    AuthorizationSetup.ensure(
        authorizations, supervisorGroup, PROCESS_INSTANCE, processInstanceId, READ);
    SystemWork.tasksOf(tasks, processInstanceId)
        .forEach(task -> grantTask(task.getId(), supervisorGroup));
  }

  /** R-RESP the supervising group may read (not claim, not complete) the task. */
  public void grantTask(String taskId, String supervisorGroup) {
    if (createdInThisCommand(TaskEntity.class, taskId)) {
      AuthorizationSetup.grantNew(authorizations, supervisorGroup, TASK, taskId, READ);
    } else {
      AuthorizationSetup.ensure(authorizations, supervisorGroup, TASK, taskId, READ);
    }
    openWork.groupMayRead(taskId, supervisorGroup); // issue 18: the read model of open work
  }

  /**
   * Issue 18: the engine writes what a command creates when the command ends; until then the entity
   * is "transient" in the command's cache, and nothing in the database can refer to it.
   */
  private static boolean createdInThisCommand(Class<? extends DbEntity> type, String id) {
    CommandContext context = Context.getCommandContext();
    if (context == null || id == null) {
      return false;
    }
    DbEntity entity = context.getDbEntityManager().getDbEntityCache().get(type, id);
    return entity != null && context.getDbEntityManager().getDbEntityCache().isTransient(entity);
  }
}
