package com.wuye.complaints.repair;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Where a repair order's process stands: OPEN while it runs, with the step most urgently due (the
 * open task of the highest priority), or CLOSED.
 */
record RepairProgress(String state, String openStep) {

  static RepairProgress of(RuntimeService runtime, TaskService tasks, String processId) {
    boolean running = runtime.createProcessInstanceQuery().processInstanceId(processId).count() > 0;
    if (!running) {
      return new RepairProgress("CLOSED", null);
    }
    String step =
        tasks
            .createTaskQuery()
            .processInstanceId(processId)
            .orderByTaskPriority()
            .desc()
            .list()
            .stream()
            .findFirst()
            .map(Task::getTaskDefinitionKey)
            .orElse(null);
    return new RepairProgress("OPEN", step);
  }
}
