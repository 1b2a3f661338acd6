package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;
import static com.wuye.complaints.complaint.ComplaintProcess.RECTIFICATION_RESULT;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** UserTask_RectifyProblem, on complete: R-VISIT-3 tracked to completion. */
@Component
class RecordRectificationListener implements TaskListener {

  private final ComplaintService complaints;

  RecordRectificationListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    String result = StepInput.requiredText(task, RECTIFICATION_RESULT, "整改结果");

    complaints.recordRectification(
        (Long) task.getVariable(COMPLAINT_ID), TaskActor.required(task), result);
  }
}
