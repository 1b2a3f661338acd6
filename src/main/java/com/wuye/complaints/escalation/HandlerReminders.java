package com.wuye.complaints.escalation;

import com.wuye.complaints.notification.MessageTemplates;
import com.wuye.complaints.notification.NotificationService;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.SystemWork;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-ESC-3, R-LOOP reminds the handling group of a handling or feedback deadline before it passes,
 * through the outbox; the text is a template of notification/messages.properties.
 */
@Service
class HandlerReminders {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Which deadline, with the task that carries it and the template that announces it. */
  enum Reminder {
    HANDLE("UserTask_HandleComplaint", "handler.reminder.handle"),
    FEEDBACK("UserTask_GiveFeedback", "handler.reminder.feedback");

    private final String taskKey;
    private final String template;

    Reminder(String taskKey, String template) {
      this.taskKey = taskKey;
      this.template = template;
    }
  }

  private final NotificationService notifications;
  private final MessageTemplates templates;
  private final TaskService tasks;
  private final CompanySettings settings;

  HandlerReminders(
      NotificationService notifications,
      MessageTemplates templates,
      TaskService tasks,
      CompanySettings settings) {
    this.notifications = notifications;
    this.templates = templates;
    this.tasks = tasks;
    this.settings = settings;
  }

  @Transactional
  void remind(
      long complaintId,
      String complaintNo,
      String handlerGroup,
      String processInstanceId,
      Reminder reminder) {
    Task open =
        SystemWork.tasksOf(tasks, processInstanceId).stream()
            .filter(task -> reminder.taskKey.equals(task.getTaskDefinitionKey()))
            .findFirst()
            .orElse(null);
    Date due = open == null ? null : open.getDueDate();
    Map<String, String> values =
        Map.of(
            "complaintNo",
            complaintNo,
            "dueAt",
            due == null ? "-" : DUE.format(due.toInstant().atZone(settings.timeZone())));
    notifications.notifyGroup(
        complaintId,
        handlerGroup,
        templates.render(reminder.template + ".subject", values),
        templates.render(reminder.template + ".text", values));
  }
}
