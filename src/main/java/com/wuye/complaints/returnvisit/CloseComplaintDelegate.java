package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;

import com.wuye.complaints.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CloseComplaint: the loop is closed, only after a satisfied return visit (R-VISIT-1).
 */
@Component
class CloseComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  CloseComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.close((Long) execution.getVariable(COMPLAINT_ID));
  }
}
