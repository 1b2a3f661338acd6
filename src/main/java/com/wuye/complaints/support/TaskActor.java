package com.wuye.complaints.support;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is working a task: its assignee, or else the user logged in to the engine. */
public final class TaskActor {

  private TaskActor() {}

  public static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication auth =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  /**
   * For steps whose rules depend on the person (R-VISIT-1): refuse to complete them anonymously.
   */
  public static String required(DelegateTask task) {
    String user = of(task);
    if (user == null) {
      throw new InvalidInputException(
          FieldError.of("assignee", "invalid.support.claim-task-before-completing"));
    }
    return user;
  }
}
