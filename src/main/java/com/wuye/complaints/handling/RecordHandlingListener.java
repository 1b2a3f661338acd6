package com.wuye.complaints.handling;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

/** UserTask_HandleComplaint, on complete: records the result and who handled it (R-VISIT-1 needs the name). */
@Component
class RecordHandlingListener implements TaskListener {

  private final ComplaintService complaints;

  RecordHandlingListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    String result = StepInput.requiredText(task, HANDLING_RESULT, "处理结果");
    String handler = TaskActor.required(task);

    complaints.recordHandling(complaintId, handler, result);

    task.setVariable(HANDLED_BY, handler);
  }
}
