package com.wuye.complaints.handling;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.VerificationOutcome;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.suggestion.SuggestionService;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_ConfirmClosing, on complete: R-LOOP the supervisor confirms closing a complaint that is
 * not one to handle, or sends it to handling with a reason (400 without one). A confirmed
 * consultation or suggestion goes on the suggestions list.
 */
@Component
class RecordClosingDecisionListener implements TaskListener {

  enum ClosingDecision {
    CONFIRM,
    SEND_BACK
  }

  private final ComplaintService complaints;
  private final SuggestionService suggestions;

  RecordClosingDecisionListener(ComplaintService complaints, SuggestionService suggestions) {
    this.complaints = complaints;
    this.suggestions = suggestions;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    ClosingDecision decision =
        StepInput.requiredEnum(task, CLOSING_DECISION, "决定", ClosingDecision.class);
    String note = StepInput.optionalText(task, CLOSING_NOTE, "说明");
    String user = TaskActor.required(task);

    if (decision == ClosingDecision.SEND_BACK) {
      if (note == null) {
        throw new InvalidInputException(
            FieldError.of(CLOSING_NOTE, "invalid.handling.say-why-goes-handling"));
      }
      complaints.sendBackToHandling(complaintId, user, note);
      task.setVariable(VERIFICATION_OUTCOME, VerificationOutcome.VALID.name());
    } else {
      Complaint complaint = complaints.confirmClosing(complaintId, user, note);
      if (complaint.getVerificationOutcome() == VerificationOutcome.CONSULTATION) {
        suggestions.record(complaint, user);
      }
    }
    task.setVariable(CLOSING_CONFIRMED, decision == ClosingDecision.CONFIRM);
  }
}
