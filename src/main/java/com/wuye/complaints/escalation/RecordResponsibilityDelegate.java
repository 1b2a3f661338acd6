package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.waiting.WaitingService;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordResponsibility and ServiceTask_MoveOpenWork: R-RESP, R-ESC-1. Takes the groups
 * from complaint-responsibility and the deadlines from complaint-sla (the age thresholds of R-ESC-2
 * from complaint-escalation, the decision complaint-severity reads too), gives the complaint (and
 * its open handling work) to those groups — the handler no lower than the complaint's escalation
 * level (R-ESC-4) —, and keeps both as plain variables the tasks and timers use. R-ESC-3, R-LOOP
 * the lead times of the handler's reminders (decision complaint-reminders) go with them.
 */
@Component
class RecordResponsibilityDelegate implements JavaDelegate {

  private final ResponsibilityService responsibility;
  private final CompanySettings settings;
  private final ReminderLeadTimes reminderLeadTimes;
  private final EscalationChain chain;
  private final WaitingService waiting;
  private final AgeThresholds ageThresholds;

  RecordResponsibilityDelegate(
      ResponsibilityService responsibility,
      CompanySettings settings,
      ReminderLeadTimes reminderLeadTimes,
      EscalationChain chain,
      WaitingService waiting,
      AgeThresholds ageThresholds) {
    this.responsibility = responsibility;
    this.settings = settings;
    this.reminderLeadTimes = reminderLeadTimes;
    this.chain = chain;
    this.waiting = waiting;
    this.ageThresholds = ageThresholds;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(COMPLAINT_ID);
    Map<String, Object> groups = (Map<String, Object>) execution.getVariable(RESPONSIBILITY);
    Map<String, Object> sla = (Map<String, Object>) execution.getVariable(SLA);
    // R-IN-2, R-ESC-2, R-ESC-3: the age and response clocks start when the complaint was made
    Date madeAt = (Date) execution.getVariable(MADE_AT);
    Date clockStart = madeAt != null ? madeAt : (Date) execution.getVariable(RECEIVED_AT);
    // R-ESC-1: the higher of the severity's handler and the level the complaint was escalated to
    String handlerGroup =
        chain.higherOf(
            (String) groups.get(HANDLER_GROUP), (String) execution.getVariable(ESCALATION_LEVEL));
    String supervisorGroup = (String) groups.get(SUPERVISOR_GROUP);
    DeadlinePlan deadlines =
        DeadlinePlan.of(
            sla,
            ageThresholds.decided(),
            clockStart.toInstant(),
            settings.timeZone(),
            waiting.endedWaiting(complaintId));
    // only where the model says so (ServiceTask_MoveOpenWork) is there open work to move
    boolean moveOpenWork = Boolean.TRUE.equals(execution.getVariableLocal(MOVE_OPEN_WORK));

    responsibility.assign(
        complaintId,
        execution.getProcessInstanceId(),
        moveOpenWork,
        handlerGroup,
        supervisorGroup,
        deadlines);

    // issue 18: a reassessment (R-ESC-2) mostly recomputes the same values; writing an unchanged
    // variable still costs a round trip for its history row, so only changes are written
    setIfChanged(execution, HANDLER_GROUP, handlerGroup);
    setIfChanged(execution, SUPERVISOR_GROUP, supervisorGroup);
    setIfChanged(execution, VERIFIER_GROUP, groups.get(VERIFIER_GROUP));
    deadlines.durations().forEach((name, value) -> setIfChanged(execution, name, value));
    setIfChanged(execution, TASK_PRIORITY, deadlines.taskPriority());
    setIfChanged(execution, RESPONSE_DUE_AT, Date.from(deadlines.responseDueAt()));
    setIfChanged(execution, HANDLE_DUE_AT, Date.from(deadlines.handleDueAt()));
    setIfChanged(execution, ESCALATE_TO_HOT_AT, Date.from(deadlines.escalateToHotAt()));
    setIfChanged(execution, ESCALATE_TO_MAJOR_AT, Date.from(deadlines.escalateToMajorAt()));
    reminderLeadTimes
        .of((String) execution.getVariable(SEVERITY))
        .forEach((name, value) -> setIfChanged(execution, name, value));
    execution.removeVariable(RESPONSIBILITY);
    execution.removeVariable(SLA);
  }

  /** Sets the variable unless it already holds an equal value. */
  private static void setIfChanged(DelegateExecution execution, String name, Object value) {
    if (execution.hasVariable(name)
        && java.util.Objects.equals(execution.getVariable(name), value)) {
      return;
    }
    execution.setVariable(name, value);
  }
}
