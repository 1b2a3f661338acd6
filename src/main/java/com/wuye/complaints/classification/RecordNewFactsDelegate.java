package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintFacts;
import com.wuye.complaints.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordNewFacts: R-SEV-UP the facts the message ComplaintFactsChanged carried are
 * added to the complaint's (never taking one away), and the merged facts are what gets reassessed.
 */
@Component
class RecordNewFactsDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordNewFactsDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(COMPLAINT_ID);
    ComplaintFacts reported =
        new ComplaintFacts(
            flag(execution, IN_LITIGATION),
            flag(execution, MEDIA_EXPOSED),
            flag(execution, LITIGATION_OR_MEDIA_RISK),
            flag(execution, NEEDS_OTHER_DEPARTMENTS),
            ((Number) execution.getVariable(COLLECTIVE_SIZE)).intValue());
    String reportedBy = (String) execution.getVariable(FACTS_REPORTED_BY);
    String note = (String) execution.getVariable(FACTS_NOTE);

    ComplaintFacts facts = complaints.addFacts(complaintId, reported, reportedBy, note);

    execution.setVariable(IN_LITIGATION, facts.inLitigation());
    execution.setVariable(MEDIA_EXPOSED, facts.mediaExposed());
    execution.setVariable(LITIGATION_OR_MEDIA_RISK, facts.litigationOrMediaRisk());
    execution.setVariable(NEEDS_OTHER_DEPARTMENTS, facts.needsOtherDepartments());
    execution.setVariable(COLLECTIVE_SIZE, facts.collectiveSize());
    execution.setVariable(CLASSIFICATION_TRIGGER, "FACTS");
    execution.setVariable(SEVERITY_CHANGED_BY, reportedBy);
    execution.removeVariable(FACTS_NOTE);
    execution.removeVariable(FACTS_REPORTED_BY);
  }

  private static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }
}
