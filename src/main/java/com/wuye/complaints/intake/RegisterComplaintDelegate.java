package com.wuye.complaints.intake;

import com.wuye.complaints.complaint.NewComplaint;
import com.wuye.complaints.customer.PersonalData;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

/**
 * ServiceTask_RegisterComplaint: writes the complaint row; its number becomes the business key. R-LOOP
 * the complainant's acknowledgement is queued with it (same transaction).
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

  private final IntakeService intake;

  RegisterComplaintDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewComplaint record = IntakeRecordParser.parse(execution.getVariables(), (String) execution.getVariable(RECEIVED_BY));
    NoticeRequest notice = IntakeRecordParser.notice(execution.getVariables());
    Duration window = Duration.parse((String) execution.getVariable(SAME_ISSUE_WINDOW));

    Registration registration = intake.register(record, notice, execution.getProcessInstanceId(), window);

    execution.setProcessBusinessKey(registration.complaintNo());
    execution.setVariable(COMPLAINT_ID, registration.complaintId());
    execution.setVariable(COMPLAINT_NO, registration.complaintNo());
    execution.setVariable(COLLECTIVE_SIZE, record.collectiveSize());
    execution.setVariable(IN_LITIGATION, record.inLitigation());
    execution.setVariable(MEDIA_EXPOSED, record.mediaExposed());
    execution.setVariable(LITIGATION_OR_MEDIA_RISK, record.litigationOrMediaRisk());
    execution.setVariable(NEEDS_OTHER_DEPARTMENTS, record.needsOtherDepartments());
    execution.setVariable(SAME_ISSUE_COMPLAINANTS, registration.sameIssueComplainants());
    execution.setVariable(SAME_ISSUE_COMPLAINTS_TO_RAISE, String.join(",", registration.sameIssueComplaintsToRaise()));
    execution.setVariable(REPEAT_AFTER_HANDLING, registration.repeatAfterHandling());
    execution.setVariable(CUSTOMER_CATEGORY, record.customerCategory());
    // R-CUST-5: the full contact came in transient and lives in the complaint row only; the process
    // (and so engine history) keeps the masked one. A step that calls the complainant reads the full
    // one through the platform's logged contact endpoint.
    execution.setVariable(COMPLAINANT_NAME_MASKED, PersonalData.maskName(record.complainantName()));
    execution.setVariable(COMPLAINANT_PHONE_MASKED, PersonalData.maskPhone(record.complainantPhone()));
    execution.setVariable(DAYS_UNRESOLVED, 0);
    execution.setVariable(VERIFIED, false);
    execution.setVariable(CLASSIFICATION_TRIGGER, "INTAKE");
    execution.setVariable(RECEIVED_AT, Date.from(registration.receivedAt()));
  }
}
