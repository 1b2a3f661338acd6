package com.wuye.complaints.demo;

import com.wuye.complaints.identity.EngineSignIn;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * How the demo data acts in the processes: as a demo user signed in to the engine, so the
 * listeners, guards and history see who did it, as they would in Tasklist.
 */
@Component
class DemoWork {

  private final IdentityService identity;
  private final TaskService tasks;

  DemoWork(IdentityService identity, TaskService tasks) {
    this.identity = identity;
    this.tasks = tasks;
  }

  /** {@code work} done by {@code user}, signed in to the engine meanwhile. */
  <T> T as(String user, Supplier<T> work) {
    EngineSignIn.as(identity, user);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The user claims the task and completes it with the variables, as in Tasklist. */
  void complete(Task task, String user, Map<String, Object> variables) {
    as(
        user,
        () -> {
          tasks.claim(task.getId(), user);
          tasks.complete(task.getId(), variables);
          return null;
        });
  }
}
