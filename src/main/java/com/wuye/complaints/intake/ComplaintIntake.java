package com.wuye.complaints.intake;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.namedstaff.NamedStaff;
import com.wuye.complaints.notification.NoticeChannel;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.IdempotentRequests;
import com.wuye.complaints.support.InvalidInputException;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Intake from other channels: starts the same complaint-handling process as the Tasklist start
 * form, as the calling client. With an Idempotency-Key, a retried request gets the first answer and
 * creates nothing (support.IdempotentRequests, shared with the repair intake).
 */
@Service
class ComplaintIntake {

  private final RuntimeService runtime;
  private final ComplaintService complaints;
  private final CommunityService communities;
  private final CurrentUser caller;
  private final IdempotentRequests idempotent;
  private final NamedStaff namedStaff;

  ComplaintIntake(
      RuntimeService runtime,
      ComplaintService complaints,
      CommunityService communities,
      CurrentUser caller,
      IdempotentRequests idempotent,
      NamedStaff namedStaff) {
    this.runtime = runtime;
    this.complaints = complaints;
    this.communities = communities;
    this.caller = caller;
    this.idempotent = idempotent;
    this.namedStaff = namedStaff;
  }

  /** R-IN-1 registers the complaint once per Idempotency-Key (support.IdempotentRequests). */
  IdempotentRequests.Outcome<IntakeResponse> receive(IntakeRequest request, String idempotencyKey) {
    checkReferences(request);
    return idempotent.once(
        "complaint",
        caller.id(),
        idempotencyKey,
        request,
        IntakeResponse.class,
        IntakeResponse::complaintNo,
        () -> start(request));
  }

  /** Unknown references are refused before anything is written (no complaint number is spent). */
  private void checkReferences(IntakeRequest request) {
    if (!communities.exists(request.location().community())) {
      throw new InvalidInputException(
          FieldError.of(
              "location.community",
              "invalid.unknown-community-code",
              request.location().community()));
    }
    if (request.repeatOf() != null && complaints.findByNumber(request.repeatOf()).isEmpty()) {
      throw new InvalidInputException(
          FieldError.of("repeatOf", "invalid.no-earlier-complaint-numbered", request.repeatOf()));
    }
    if (request.namedStaff() != null && !request.namedStaff().isBlank()) {
      namedStaff.known(request.namedStaff().strip());
    }
  }

  private IntakeResponse start(IntakeRequest request) {
    VariableMap result =
        caller.asCaller(
            () ->
                runtime
                    .createProcessInstanceByKey(KEY)
                    .setVariables(variables(request))
                    .executeWithVariablesInReturn()
                    .getVariables());
    String complaintNo = result.getValue(COMPLAINT_NO, String.class);
    // by id: the row is in this transaction's persistence context already (no query, no early
    // flush)
    String status = complaints.get(result.getValue(COMPLAINT_ID, Long.class)).getStatus().name();
    Date responseDue = result.getValue(RESPONSE_DUE_AT, Date.class);
    return new IntakeResponse(
        complaintNo,
        result.getValue(SEVERITY, String.class),
        result.getValue(HANDLER_GROUP, String.class),
        status,
        responseDue == null ? null : responseDue.toInstant());
  }

  /**
   * The same variables the Tasklist intake form submits. R-CUST-5: the name and phone are
   * transient, as the form marks them: the register step writes them to the complaint row, engine
   * history never holds them.
   */
  static VariableMap variables(IntakeRequest request) {
    VariableMap variables = Variables.createVariables();
    variables.put(CHANNEL, request.channel().name());
    variables.put(CATEGORY, request.category().name());
    variables.putValueTyped(
        COMPLAINANT_NAME, Variables.stringValue(request.complainant().name(), true));
    variables.putValueTyped(
        COMPLAINANT_PHONE, Variables.stringValue(request.complainant().phone(), true));
    variables.put(COMMUNITY, request.location().community());
    variables.put(BUILDING, request.location().building());
    variables.put(UNIT, request.location().unit());
    variables.put(ROOM, request.location().room());
    variables.put(DESCRIPTION, request.description());
    variables.put(COLLECTIVE_SIZE, request.collectiveSize() == null ? 1 : request.collectiveSize());
    variables.put(IN_LITIGATION, Boolean.TRUE.equals(request.inLitigation()));
    variables.put(MEDIA_EXPOSED, Boolean.TRUE.equals(request.mediaExposed()));
    variables.put(LITIGATION_OR_MEDIA_RISK, Boolean.TRUE.equals(request.litigationOrMediaRisk()));
    variables.put(NEEDS_OTHER_DEPARTMENTS, Boolean.TRUE.equals(request.needsOtherDepartments()));
    if (request.repeatOf() != null) {
      variables.put(REPEAT_OF, request.repeatOf());
    }
    if (request.customerCategory() != null) {
      variables.put(CUSTOMER_CATEGORY, request.customerCategory());
    }
    variables.put(
        NOTICE_CHANNEL,
        (request.noticeChannel() == null ? NoticeChannel.SMS : request.noticeChannel()).name());
    variables.put(NOTIFY_OPT_OUT, Boolean.TRUE.equals(request.notifyOptOut()));
    if (request.madeAt() != null) {
      variables.put(MADE_AT, request.madeAt().toString());
    }
    if (request.namedStaff() != null && !request.namedStaff().isBlank()) {
      variables.put(NAMED_STAFF, request.namedStaff());
    }
    return variables;
  }
}
