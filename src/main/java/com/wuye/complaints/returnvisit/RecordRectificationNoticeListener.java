package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_IssueRectificationNotice, on complete: R-VISIT-3 the supervising group's written notice
 * is recorded and sent to the department responsible (the visitor's choice unless the notice
 * changes it); the department's deadline to rectify (decision rectification-deadline) goes to
 * UserTask_RectifyProblem.
 */
@Component
class RecordRectificationNoticeListener implements TaskListener {

  /** the notice goes on the timeline with its department, in one 2,000-character entry */
  private static final int MAX_NOTICE = 1900;

  private final RectificationService rectification;

  RecordRectificationNoticeListener(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  public void notify(DelegateTask task) {
    String notice = StepInput.requiredText(task, RECTIFICATION_NOTICE, "整改要求");
    if (notice.length() > MAX_NOTICE) {
      throw new InvalidInputException(
          FieldError.of(
              RECTIFICATION_NOTICE,
              "invalid.returnvisit.most-characters",
              MAX_NOTICE,
              RECTIFICATION_NOTICE));
    }
    String department =
        StepInput.optionalOneOf(
            task, RESPONSIBLE_DEPARTMENT, "责任部门", Groups.SPECIALIST_DEPARTMENTS);
    if (department == null) {
      throw new InvalidInputException(
          FieldError.of(
              RESPONSIBLE_DEPARTMENT,
              "invalid.returnvisit.name-department-responsible-rectification"));
    }

    String rectifyWithin =
        rectification.issueNotice(
            (Long) task.getVariable(COMPLAINT_ID), TaskActor.required(task), department, notice);

    task.getExecution().setVariable(RESPONSIBLE_DEPARTMENT, department);
    task.getExecution().setVariable(RECTIFY_WITHIN, rectifyWithin);
  }
}
