package com.wuye.complaints.handling;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

/** UserTask_VerifyComplaint, on complete: R-IN-3 the complaint is verified. */
@Component
class RecordVerificationListener implements TaskListener {

  private final ComplaintService complaints;

  RecordVerificationListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    String note = StepInput.requiredText(task, VERIFICATION_NOTE, "核实情况");

    complaints.recordVerification(complaintId, TaskActor.required(task), note);

    task.setVariable(VERIFIED, true);
  }
}
