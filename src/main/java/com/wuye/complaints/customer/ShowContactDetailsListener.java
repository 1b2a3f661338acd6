package com.wuye.complaints.customer;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINANT_NAME;
import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINANT_PHONE;
import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * R-CUST-5: the process keeps only the masked name and phone; a step that must talk to the
 * complainant gets the full ones as task-local variables, which vanish when the task ends.
 */
@Component
class ShowContactDetailsListener implements TaskListener {

  private final ContactDetailsService contacts;

  ShowContactDetailsListener(ContactDetailsService contacts) {
    this.contacts = contacts;
  }

  @Override
  public void notify(DelegateTask task) {
    String offeredTo = task.getCandidates().stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).collect(Collectors.joining(","));
    ContactDetails full = contacts.disclose((Long) task.getVariable(COMPLAINT_ID),
        offeredTo.isEmpty() ? "task" : offeredTo.substring(0, Math.min(64, offeredTo.length())), task.getTaskDefinitionKey());
    task.setVariableLocal(COMPLAINANT_NAME, full.name());
    task.setVariableLocal(COMPLAINANT_PHONE, full.phone());
  }
}
