package com.wuye.complaints.intake;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.classification.RepeatComplaints;
import com.wuye.complaints.complaint.NewComplaint;
import com.wuye.complaints.customer.PersonalData;
import com.wuye.complaints.handling.NightShift;
import com.wuye.complaints.household.CallerLookup;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RegisterComplaint: writes the complaint row; its number becomes the business key.
 * R-LOOP the complainant's acknowledgement is queued with it (same transaction).
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final NightShift nightShift;
  private final CallerLookup callers;
  private final RepeatComplaints repeats;

  RegisterComplaintDelegate(
      IntakeService intake, NightShift nightShift, CallerLookup callers, RepeatComplaints repeats) {
    this.intake = intake;
    this.nightShift = nightShift;
    this.callers = callers;
    this.repeats = repeats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewComplaint record =
        IntakeRecordParser.parse(
            execution.getVariables(),
            (String) execution.getVariable(RECEIVED_BY),
            ClockUtil.getCurrentTime().toInstant());
    NoticeRequest notice = IntakeRecordParser.notice(execution.getVariables());
    String namedStaff = IntakeRecordParser.namedStaff(execution.getVariables());
    Duration window = Duration.parse((String) execution.getVariable(SAME_ISSUE_WINDOW));

    Registration registration =
        intake.register(record, notice, execution.getProcessInstanceId(), window, namedStaff);

    execution.setProcessBusinessKey(registration.complaintNo());
    execution.setVariable(COMPLAINT_ID, registration.complaintId());
    execution.setVariable(COMPLAINT_NO, registration.complaintNo());
    execution.setVariable(COLLECTIVE_SIZE, record.collectiveSize());
    execution.setVariable(IN_LITIGATION, record.inLitigation());
    execution.setVariable(MEDIA_EXPOSED, record.mediaExposed());
    execution.setVariable(LITIGATION_OR_MEDIA_RISK, record.litigationOrMediaRisk());
    execution.setVariable(NEEDS_OTHER_DEPARTMENTS, record.needsOtherDepartments());
    execution.setVariable(SAME_ISSUE_COMPLAINANTS, registration.sameIssueComplainants());
    execution.setVariable(
        SAME_ISSUE_COMPLAINTS_TO_RAISE,
        String.join(",", registration.sameIssueComplaintsToRaise()));
    execution.setVariable(REPEAT_AFTER_HANDLING, registration.repeatAfterHandling());
    // R-CUST-1, R-CUST-4: a caller the register knows gets the register's category (and the
    // complaint is
    // linked to them); the intake's self-declared category stands only for an unknown caller
    Optional<String> registered =
        callers.recognise(
            registration.complaintId(),
            record.complainantPhone(),
            record.community(),
            record.building(),
            record.unit(),
            record.room());
    registered.ifPresent(
        category -> intake.takeRegisterCategory(registration.complaintId(), category));
    execution.setVariable(CUSTOMER_CATEGORY, registered.orElse(record.customerCategory()));
    // R-SEV-IMPORTANT, R-CUST-1: after the register's link (the household counts too), the most
    // recent earlier complaint of the unit and category handled within the window of decision
    // repeat-window is proposed as repeated; the verifier confirms or rejects it (Verify task)
    repeats
        .propose(registration.complaintId(), record.category())
        .ifPresent(
            earlier -> {
              execution.setVariable(REPEAT_PROPOSED_OF, earlier);
              execution.setVariable(REPEAT_PROPOSAL, "PROPOSED");
            });
    // R-RESP, R-VISIT-1 only the user id: the guard on every task reads it, the escalation level
    // routes past it
    execution.setVariable(NAMED_STAFF, registration.namedStaff());
    if (registration.escalationLevel() != null) {
      execution.setVariable(ESCALATION_LEVEL, registration.escalationLevel());
    }
    // R-CUST-5: the full contact came in transient and lives in the complaint row only; the process
    // (and so engine history) keeps the masked one. A step that calls the complainant reads the
    // full
    // one through the platform's logged contact endpoint.
    execution.setVariable(COMPLAINANT_NAME_MASKED, PersonalData.maskName(record.complainantName()));
    execution.setVariable(
        COMPLAINANT_PHONE_MASKED, PersonalData.maskPhone(record.complainantPhone()));
    execution.setVariable(DAYS_UNRESOLVED, 0);
    execution.setVariable(VERIFIED, false);
    execution.setVariable(CLASSIFICATION_TRIGGER, "INTAKE");
    execution.setVariable(RECEIVED_AT, Date.from(registration.receivedAt()));
    execution.setVariable(MADE_AT, Date.from(registration.madeAt()));
    // R-IN-4 the night log of the monitoring room, and when the morning shift takes over
    NightShift.Plan night = nightShift.plan(record.channel().name(), registration.receivedAt());
    execution.setVariable(NIGHT_SHIFT_PENDING, night.takenAtNight());
    execution.setVariable(MORNING_SHIFT_STARTS_AT, night.morningShiftStartsAt());
  }
}
