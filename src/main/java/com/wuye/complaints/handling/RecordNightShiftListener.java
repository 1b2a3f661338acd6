package com.wuye.complaints.handling;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.VerificationOutcome;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_HandleAtNight, on complete: R-IN-4 the monitoring room either handled the complaint at
 * night — then what it did is the verification, and it goes to handling — or hands it to the
 * morning shift. What it did or found is required either way (400 without).
 */
@Component
class RecordNightShiftListener implements TaskListener {

  private final ComplaintService complaints;

  RecordNightShiftListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    String note = StepInput.requiredText(task, NIGHT_NOTE, "夜间处理情况");
    boolean handedOver = Boolean.TRUE.equals(task.getVariable(HANDED_OVER));
    String user = TaskActor.required(task);

    if (handedOver) {
      complaints.recordNightHandover(complaintId, user, note);
    } else {
      complaints.recordVerification(complaintId, user, note);
      task.setVariable(VERIFIED, true);
      task.setVariable(VERIFICATION_OUTCOME, VerificationOutcome.VALID.name());
      task.setVariable(NIGHT_SHIFT_PENDING, false);
    }
    task.setVariable(HANDED_OVER, handedOver);
  }
}
