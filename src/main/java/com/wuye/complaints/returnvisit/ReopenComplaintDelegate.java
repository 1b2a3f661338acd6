package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** ServiceTask_ReopenComplaint: R-VISIT-2 the complaint comes back as a repeat complaint. */
@Component
class ReopenComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  ReopenComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(COMPLAINT_ID);

    complaints.reopen(complaintId);
    // R-ESC-2: a reopened complaint is unresolved since intake
    Date receivedAt = (Date) execution.getVariable(RECEIVED_AT);
    execution.setVariable(
        DAYS_UNRESOLVED,
        (int)
            Duration.between(receivedAt.toInstant(), ClockUtil.getCurrentTime().toInstant())
                .toDays());

    // R-SEV-IMPORTANT: a repeat after handling is at least important when classified again
    execution.setVariable(REPEAT_AFTER_HANDLING, true);
    execution.setVariable(CLASSIFICATION_TRIGGER, "REOPEN");
  }
}
