package com.wuye.complaints.handling;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_AcknowledgeHandover, on complete: R-IN-4 the morning shift has it; it goes to the usual
 * verification.
 */
@Component
class RecordHandoverAcknowledgedListener implements TaskListener {

  private final ComplaintService complaints;

  RecordHandoverAcknowledgedListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    String note = StepInput.optionalText(task, HANDOVER_NOTE, "交接说明");

    complaints.recordHandoverAcknowledged(complaintId, TaskActor.required(task), note);

    task.setVariable(NIGHT_SHIFT_PENDING, false);
  }
}
