package com.wuye.complaints.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/**
 * R-RESP: the group supervising a complaint may follow it (read its process instance in Cockpit).
 */
@Service
public class SupervisionAccess {

  private final AuthorizationService authorizations;

  private final TaskService tasks;

  SupervisionAccess(AuthorizationService authorizations, TaskService tasks) {
    this.authorizations = authorizations;
    this.tasks = tasks;
  }

  /**
   * The instance, and READ (nothing more) on its open tasks, so the supervising group's Tasklist
   * supervision filters show the work it supervises (R-RESP). Called whenever responsibility is
   * (re)assessed; tasks created later get theirs from {@link SupervisedTaskReadListener}.
   */
  public void grant(String processInstanceId, String supervisorGroup) {
    AuthorizationSetup.ensure(
        authorizations, supervisorGroup, PROCESS_INSTANCE, processInstanceId, READ);
    tasks
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .list()
        .forEach(task -> grantTask(task.getId(), supervisorGroup));
  }

  /** R-RESP the supervising group may read (not claim, not complete) the task. */
  public void grantTask(String taskId, String supervisorGroup) {
    AuthorizationSetup.ensure(authorizations, supervisorGroup, TASK, taskId, READ);
  }
}
