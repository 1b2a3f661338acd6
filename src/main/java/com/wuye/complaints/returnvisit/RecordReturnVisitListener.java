package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Satisfaction;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_MakeReturnVisit, on complete: R-VISIT-1 records satisfaction and comments, R-VISIT-3 a
 * problem found.
 */
@Component
class RecordReturnVisitListener implements TaskListener {

  private final ComplaintService complaints;

  RecordReturnVisitListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    Satisfaction satisfaction =
        StepInput.requiredEnum(task, SATISFACTION, "满意度", Satisfaction.class);
    String comment = StepInput.optionalText(task, VISIT_COMMENT, "回访意见");
    if (satisfaction == Satisfaction.UNSATISFIED && comment == null) {
      // the reason is what the second round of handling works from
      throw new InvalidInputException(
          FieldError.of(VISIT_COMMENT, "invalid.returnvisit.say-why-complainant-not-satisfied"));
    }

    boolean problemFound = Boolean.TRUE.equals(task.getVariable(PROBLEM_FOUND));
    String problem =
        problemFound ? StepInput.requiredText(task, PROBLEM_DESCRIPTION, "发现的问题") : null;
    // R-VISIT-3: the notice goes to the department responsible, which the visitor names
    String department =
        StepInput.optionalOneOf(
            task, RESPONSIBLE_DEPARTMENT, "责任部门", Groups.SPECIALIST_DEPARTMENTS);
    if (problemFound && department == null) {
      throw new InvalidInputException(
          FieldError.of(
              RESPONSIBLE_DEPARTMENT,
              "invalid.returnvisit.name-department-responsible-problem-found"));
    }

    complaints.recordReturnVisit(
        complaintId, TaskActor.required(task), satisfaction, comment, problem, department);
  }
}
