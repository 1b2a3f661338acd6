package com.wuye.complaints.handling;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.VerificationOutcome;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_VerifyComplaint, on complete: R-IN-3 the complaint is verified, with its outcome (VALID
 * when none is given). Anything else needs a reason, and a DUPLICATE the number of its original
 * (which must exist); refused with 400 otherwise, and nothing is recorded.
 */
@Component
class RecordVerificationListener implements TaskListener {

  /** The column's length (complaint.outcome_reason). */
  private static final int MAX_REASON = 500;

  private final ComplaintService complaints;

  RecordVerificationListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    String note = StepInput.requiredText(task, VERIFICATION_NOTE, "核实情况");
    VerificationOutcome outcome =
        StepInput.optionalText(task, VERIFICATION_OUTCOME, "核实结论") == null
            ? VerificationOutcome.VALID
            : StepInput.requiredEnum(task, VERIFICATION_OUTCOME, "核实结论", VerificationOutcome.class);
    String reason = StepInput.optionalText(task, OUTCOME_REASON, "结论理由");
    if (outcome != VerificationOutcome.VALID && reason == null) {
      throw new InvalidInputException(
          FieldError.of(
              OUTCOME_REASON,
              "invalid.handling.reason-required-outcome",
              outcome.label(),
              outcome));
    }
    if (reason != null && reason.length() > MAX_REASON) {
      throw new InvalidInputException(
          FieldError.of(
              OUTCOME_REASON, "invalid.handling.outcomereason-most-characters", MAX_REASON));
    }
    String duplicateOf =
        outcome == VerificationOutcome.DUPLICATE
            ? StepInput.requiredText(task, DUPLICATE_OF, "原投诉编号")
            : null;
    String user = TaskActor.required(task);

    complaints.recordVerification(complaintId, user, note);
    complaints.concludeVerification(complaintId, user, outcome, reason, duplicateOf);

    task.setVariable(VERIFIED, true);
    task.setVariable(VERIFICATION_OUTCOME, outcome.name());
  }
}
