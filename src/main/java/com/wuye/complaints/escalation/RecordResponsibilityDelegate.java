package com.wuye.complaints.escalation;

import com.wuye.complaints.complaint.ComplaintService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

/**
 * ServiceTask_RecordResponsibility: R-RESP, takes the groups decided by complaint-responsibility,
 * writes them to the complaint and keeps them as plain variables the tasks are assigned by.
 */
@Component
class RecordResponsibilityDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordResponsibilityDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(COMPLAINT_ID);
    Map<String, Object> decided = (Map<String, Object>) execution.getVariable(RESPONSIBILITY);
    String handlerGroup = (String) decided.get(HANDLER_GROUP);
    String supervisorGroup = (String) decided.get(SUPERVISOR_GROUP);

    complaints.assignResponsibility(complaintId, handlerGroup, supervisorGroup);

    execution.setVariable(HANDLER_GROUP, handlerGroup);
    execution.setVariable(SUPERVISOR_GROUP, supervisorGroup);
    execution.setVariable(VERIFIER_GROUP, decided.get(VERIFIER_GROUP));
    execution.removeVariable(RESPONSIBILITY);
  }
}
