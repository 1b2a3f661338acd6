package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.TaskActor;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_ConfirmSeverity, on complete: R-SEV-HOT, R-SEV-UP the supervisor confirms or corrects
 * the severity with a reason; lowering follows the same rule as everywhere
 * (SeverityGovernance#mayLower). What they chose goes on to ServiceTask_RecordPersonsSeverity.
 */
@Component
class ConfirmSeverityListener implements TaskListener {

  /**
   * With RecordPersonsSeverityDelegate's prefix and a reason of at most 400, within the history's
   * 500 characters.
   */
  static final String CONFIRMATION_PREFIX = "R-SEV-HOT 关联撤销后确认 confirmed after unlinking: ";

  private final ComplaintService complaints;

  ConfirmSeverityListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = TaskActor.required(task);
    Severity chosen = StepInput.requiredEnum(task, CONFIRMED_SEVERITY, "投诉等级", Severity.class);
    String reason =
        SeverityGovernance.requiredReason(StepInput.optionalText(task, CONFIRMATION_REASON, "原因"));
    Complaint complaint = complaints.get((Long) task.getVariable(COMPLAINT_ID));
    Set<String> groups =
        task
            .getProcessEngineServices()
            .getIdentityService()
            .createGroupQuery()
            .groupMember(user)
            .list()
            .stream()
            .map(org.camunda.bpm.engine.identity.Group::getId)
            .collect(Collectors.toSet());
    if (complaint.getSeverity().isHigherThan(chosen)
        && !SeverityGovernance.mayLower(complaint, groups)) {
      throw new InvalidInputException(
          FieldError.of(
              CONFIRMED_SEVERITY,
              "invalid.classification.only-supervising-group-current-class-may",
              complaint.getSupervisorGroup()));
    }

    task.setVariable(REQUESTED_SEVERITY, chosen.name());
    task.setVariable(REQUESTED_SEVERITY_REASON, CONFIRMATION_PREFIX + reason);
    task.setVariable(REQUESTED_SEVERITY_BY, user);
  }
}
