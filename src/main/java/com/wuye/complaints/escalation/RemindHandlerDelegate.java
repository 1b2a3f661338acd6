package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;
import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_NO;
import static com.wuye.complaints.complaint.ComplaintProcess.HANDLER_GROUP;
import static com.wuye.complaints.complaint.ComplaintProcess.REMINDER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RemindHandlerToHandle and ServiceTask_RemindHandlerToFeedBack: R-ESC-3, R-LOOP tells
 * the handling group that the open task (input {@code reminder}: handle or feedback) is due soon.
 */
@Component
class RemindHandlerDelegate implements JavaDelegate {

  private final HandlerReminders reminders;

  RemindHandlerDelegate(HandlerReminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminders.remind(
        (Long) execution.getVariable(COMPLAINT_ID),
        (String) execution.getVariable(COMPLAINT_NO),
        (String) execution.getVariable(HANDLER_GROUP),
        execution.getProcessInstanceId(),
        HandlerReminders.Reminder.valueOf(
            ((String) execution.getVariable(REMINDER)).toUpperCase(java.util.Locale.ROOT)));
  }
}
