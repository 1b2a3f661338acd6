package com.wuye.complaints.handling;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

/**
 * UserTask_HandleComplaint, on complete: records the result and who handled it (R-VISIT-1 needs the
 * name), or, when the handler asks to escalate (R-ESC-4), the request and its reason.
 */
@Component
class RecordHandlingListener implements TaskListener {

  private final ComplaintService complaints;

  RecordHandlingListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    String handler = TaskActor.required(task);
    if (Boolean.TRUE.equals(task.getVariable(ESCALATE))) {
      // R-ESC-4: not handled here; the reason goes with the complaint to the next level
      String reason = StepInput.requiredText(task, ESCALATION_REASON, "升级原因");
      complaints.recordEscalationRequest(complaintId, handler, reason);
      task.setVariable(ESCALATION_REQUESTED_BY, handler);
      return;
    }
    String result = StepInput.requiredText(task, HANDLING_RESULT, "处理结果");

    complaints.recordHandling(complaintId, handler, result);

    task.setVariable(HANDLED_BY, handler);
  }
}
