package com.wuye.complaints.identity;

import com.wuye.complaints.complaint.ComplaintProcess;
import com.wuye.complaints.support.SystemWork;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R-RESP every new task of a complaint may be read by the group supervising the complaint (variable
 * supervisorGroup, from complaint-responsibility), so its Tasklist supervision filters show the
 * overdue and due-soon work of the groups it supervises. Read only: claiming and completing stay
 * with the candidate group. (Camunda's Spring eventing publishes each task event.)
 */
@Component
class SupervisedTaskReadListener {

  private final SupervisionAccess supervision;

  SupervisedTaskReadListener(SupervisionAccess supervision) {
    this.supervision = supervision;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void created(DelegateTask task) {
    // issue 18: read from the task's execution: a task being created holds no variables of its
    // own yet, and asking the task would query the database for them first
    Object group =
        task.getExecution() != null
            ? task.getExecution().getVariable(ComplaintProcess.SUPERVISOR_GROUP)
            : task.getVariable(ComplaintProcess.SUPERVISOR_GROUP);
    // a candidate group already holds Camunda's own grant on the task (written in this same
    // command)
    if (group instanceof String supervisorGroup
        && !supervisorGroup.isBlank()
        && task.getCandidates().stream()
            .noneMatch(link -> supervisorGroup.equals(link.getGroupId()))) {
      SystemWork.run(
          () -> {
            supervision.grantTask(task.getId(), supervisorGroup);
            return null;
          });
    }
  }
}
