package com.wuye.complaints.escalation;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Reassignment;
import com.wuye.complaints.identity.SupervisionAccess;
import com.wuye.complaints.identity.TaskAccess;
import com.wuye.complaints.notification.NotificationService;
import com.wuye.complaints.support.SystemWork;
import com.wuye.complaints.tasklist.TaskTitles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-RESP, R-ESC-1: gives a complaint to the groups decided for it. At intake the handling group is
 * told; when the handling group changes later, the open handling work moves to the new group and
 * both it and the supervisor are told.
 */
@Service
class ResponsibilityService {

  static final String HANDLE_TASK = "UserTask_HandleComplaint";

  private final ComplaintService complaints;
  private final NotificationService notifications;
  private final TaskService tasks;
  private final TaskAccess taskAccess;
  private final SupervisionAccess supervision;

  ResponsibilityService(
      ComplaintService complaints,
      NotificationService notifications,
      TaskService tasks,
      TaskAccess taskAccess,
      SupervisionAccess supervision) {
    this.complaints = complaints;
    this.notifications = notifications;
    this.tasks = tasks;
    this.taskAccess = taskAccess;
    this.supervision = supervision;
  }

  /**
   * @param moveOpenWork whether the process's open handling work moves with the complaint (not at
   *     intake)
   */
  @Transactional
  Reassignment assign(
      long complaintId,
      String processInstanceId,
      boolean moveOpenWork,
      String handlerGroup,
      String supervisorGroup,
      DeadlinePlan deadlines) {
    Reassignment change =
        complaints.assignResponsibility(complaintId, handlerGroup, supervisorGroup);
    complaints.recordResponseDue(complaintId, deadlines.responseDueAt());
    SystemWork.run(
        () -> {
          if (!supervisionStands(change)) {
            supervision.grant(processInstanceId, supervisorGroup);
          }
          if (moveOpenWork) {
            moveOpenWork(
                processInstanceId, change, deadlines.taskPriority(), complaints.get(complaintId));
          }
          return null;
        });
    if (change.previousHandlerGroup() == null) {
      notifications.notifyGroup(
          complaintId,
          handlerGroup,
          "新投诉 New complaint " + change.complaintNo(),
          "投诉 " + change.complaintNo() + " 已分派给您组处理 / has been given to your group to handle.");
    } else if (change.isEscalation()) {
      String text =
          "投诉 "
              + change.complaintNo()
              + " 已升级，由 "
              + handlerGroup
              + " 处理（原 "
              + change.previousHandlerGroup()
              + "） / escalated to "
              + handlerGroup
              + " (was "
              + change.previousHandlerGroup()
              + ").";
      notifications.notifyGroup(
          complaintId, handlerGroup, "投诉升级 Complaint escalated " + change.complaintNo(), text);
      notifications.notifyGroup(
          complaintId, supervisorGroup, "投诉升级 Complaint escalated " + change.complaintNo(), text);
    }
    return change;
  }

  /**
   * Issue 18: a reassessment that keeps the supervising group needs no new grants: the group was
   * given the instance and its open tasks when it became the supervisor, and every task created
   * since got its own (SupervisedTaskReadListener) — asking again cost an authorization query per
   * instance and per task. Unless the work leaves that very group now (it handled the work too):
   * then it is granted again as before.
   */
  private static boolean supervisionStands(Reassignment change) {
    return change.keepsSupervisor()
        && !(change.isEscalation()
            && change.supervisorGroup().equals(change.previousHandlerGroup()));
  }

  private void moveOpenWork(
      String processInstanceId, Reassignment change, int priority, Complaint complaint) {
    // every open task of the instance, whichever user's command reassesses it (SystemWork)
    for (Task task : SystemWork.tasksOf(tasks, processInstanceId)) {
      if (task instanceof org.camunda.bpm.engine.impl.persistence.entity.TaskEntity entity
          && entity.isDeleted()) {
        continue; // completed in this very transaction (a work-contact order raised from the
        // handling step)
      }
      if (change.isEscalation() && HANDLE_TASK.equals(task.getTaskDefinitionKey())) {
        tasks.deleteCandidateGroup(task.getId(), change.previousHandlerGroup());
        taskAccess.revokeGroup(task.getId(), change.previousHandlerGroup());
        tasks.addCandidateGroup(task.getId(), change.handlerGroup());
        String assignee = task.getAssignee();
        if (assignee != null) {
          // the new level claims it; the one who had claimed it loses it (the task object is the
          // engine's own entity of this command: after setAssignee it no longer names them)
          tasks.setAssignee(task.getId(), null);
          taskAccess.revokeUser(task.getId(), assignee);
        }
      }
      // the title carries the severity: keep it true (R-SEV-UP)
      String title =
          TaskTitles.title(
              task.getName(),
              complaint.getComplaintNo(),
              complaint.getSeverity().name(),
              complaint.getBuilding(),
              complaint.getUnit(),
              complaint.getRoom());
      if (task.getPriority() != priority || !title.equals(task.getName())) {
        task.setPriority(priority);
        task.setName(title);
        tasks.saveTask(task);
      }
    }
  }
}
