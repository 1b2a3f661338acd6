package com.wuye.complaints.escalation;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Reassignment;
import com.wuye.complaints.notification.NotificationService;
import com.wuye.complaints.support.SystemWork;
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

  ResponsibilityService(ComplaintService complaints, NotificationService notifications, TaskService tasks) {
    this.complaints = complaints;
    this.notifications = notifications;
    this.tasks = tasks;
  }

  /** @param openWorkOf the process instance whose open work moves with the complaint, or null if none does */
  @Transactional
  Reassignment assign(long complaintId, String openWorkOf, String handlerGroup, String supervisorGroup,
      DeadlinePlan deadlines) {
    Reassignment change = complaints.assignResponsibility(complaintId, handlerGroup, supervisorGroup);
    complaints.recordResponseDue(complaintId, deadlines.responseDueAt());
    if (openWorkOf != null) {
      SystemWork.run(() -> {
        moveOpenWork(openWorkOf, change, deadlines.taskPriority());
        return null;
      });
    }
    if (change.previousHandlerGroup() == null) {
      notifications.notifyGroup(complaintId, handlerGroup, "新投诉 New complaint " + change.complaintNo(),
          "投诉 " + change.complaintNo() + " 已分派给您组处理 / has been given to your group to handle.");
    } else if (change.isEscalation()) {
      String text = "投诉 " + change.complaintNo() + " 已升级，由 " + handlerGroup + " 处理（原 " + change.previousHandlerGroup()
          + "） / escalated to " + handlerGroup + " (was " + change.previousHandlerGroup() + ").";
      notifications.notifyGroup(complaintId, handlerGroup, "投诉升级 Complaint escalated " + change.complaintNo(), text);
      notifications.notifyGroup(complaintId, supervisorGroup, "投诉升级 Complaint escalated " + change.complaintNo(), text);
    }
    return change;
  }

  private void moveOpenWork(String processInstanceId, Reassignment change, int priority) {
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (change.isEscalation() && HANDLE_TASK.equals(task.getTaskDefinitionKey())) {
        tasks.deleteCandidateGroup(task.getId(), change.previousHandlerGroup());
        tasks.addCandidateGroup(task.getId(), change.handlerGroup());
        if (task.getAssignee() != null) {
          tasks.setAssignee(task.getId(), null); // the new level claims it
        }
      }
      if (task.getPriority() != priority) {
        tasks.setPriority(task.getId(), priority);
      }
    }
  }
}
