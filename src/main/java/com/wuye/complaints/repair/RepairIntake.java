package com.wuye.complaints.repair;

import com.wuye.complaints.customer.PersonalData;
import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.IdempotentRequests;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REP-1 records a repair request from another system: starts process repair-order with the same
 * variables as the Tasklist start form (name and phone transient); its first step parses and
 * records them (RecordRepairRequestDelegate), numbers the slip and the model decides its deadlines.
 */
@Service
class RepairIntake {

  static final String PROCESS = "repair-order";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;
  private final CurrentUser caller;
  private final IdempotentRequests idempotent;

  private final CommunityScope scope;

  RepairIntake(
      RuntimeService runtime,
      TaskService tasks,
      JdbcTemplate jdbc,
      CurrentUser caller,
      IdempotentRequests idempotent,
      CommunityScope scope) {
    this.idempotent = idempotent;
    this.scope = scope;
    this.runtime = runtime;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.caller = caller;
  }

  /** R-REP-1 once per Idempotency-Key (support.IdempotentRequests, as complaint intake). */
  IdempotentRequests.Outcome<RepairViews.RepairCreated> receive(
      RepairRequest request, String idempotencyKey) {
    return idempotent.once(
        "repair",
        caller.id(),
        idempotencyKey,
        request,
        RepairViews.RepairCreated.class,
        RepairViews.RepairCreated::orderNo,
        () -> start(request));
  }

  /** The same variables the Tasklist start form submits; name and phone transient (R-CUST-5). */
  private RepairViews.RepairCreated start(RepairRequest request) {
    return start(variables(request, caller.id()));
  }

  /**
   * Starts process repair-order with the start variables (RepairIntake#variables, or
   * ComplaintRepairs's from a complaint): the one way a repair order comes to be besides the
   * Tasklist start form.
   */
  RepairViews.RepairCreated start(VariableMap variables) {
    VariableMap result =
        runtime
            .createProcessInstanceByKey(RepairProcess.KEY)
            .setVariables(variables)
            .executeWithVariablesInReturn()
            .getVariables();
    return new RepairViews.RepairCreated(
        result.getValue(RepairProcess.REPAIR_NO, String.class),
        Groups.ENGINEERING,
        result.getValue("arrivalWithin", String.class),
        result.getValue("fixWithin", String.class),
        result.getValue("returnVisitWithin", String.class),
        result.getValue("taskPriority", Integer.class));
  }

  static VariableMap variables(RepairRequest request, String recordedBy) {
    VariableMap variables = Variables.createVariables();
    variables.put(RepairProcess.CHANNEL, request.channel().name());
    variables.putValueTyped(
        RepairProcess.REQUESTER_NAME, Variables.stringValue(request.requester().name(), true));
    variables.putValueTyped(
        RepairProcess.REQUESTER_PHONE, Variables.stringValue(request.requester().phone(), true));
    variables.put(RepairProcess.COMMUNITY, request.location().community());
    variables.put(RepairProcess.BUILDING, request.location().building());
    variables.put(RepairProcess.UNIT, request.location().unit());
    variables.put(RepairProcess.ROOM, request.location().room());
    variables.put(RepairProcess.KIND, request.kind().name());
    variables.put(RepairProcess.PUBLIC_SIZE, request.size() == null ? null : request.size().name());
    variables.put(
        RepairProcess.FACILITY_TYPE, request.facility() == null ? null : request.facility().name());
    variables.put(RepairProcess.DESCRIPTION, request.description());
    variables.put(RepairProcess.EMERGENCY, Boolean.TRUE.equals(request.emergency()));
    variables.put(RepairProcess.RECORDED_BY, recordedBy);
    return variables;
  }

  @Transactional(readOnly = true)
  RepairViews.RepairDetail detail(String orderNo) {
    List<RepairViews.RepairDetail> found =
        jdbc.query(
            "select * from repair_order where order_no = ?",
            (rs, n) -> {
              RepairProgress progress =
                  RepairProgress.of(runtime, tasks, rs.getString("process_instance_id"));
              return new RepairViews.RepairDetail(
                  rs.getString("order_no"),
                  progress.state(),
                  rs.getString("channel"),
                  rs.getString("kind"),
                  rs.getString("facility_type"),
                  rs.getString("public_size"),
                  rs.getBoolean("emergency"),
                  rs.getString("community_code"),
                  rs.getString("building"),
                  rs.getString("unit"),
                  rs.getString("room"),
                  rs.getString("description"),
                  PersonalData.maskName(rs.getString("requester_name")),
                  PersonalData.maskPhone(rs.getString("requester_phone")),
                  rs.getTimestamp("requested_at").toInstant(),
                  progress.openStep(),
                  // R-REP-1 issued from a complaint's handling step (ComplaintRepairs)
                  jdbc
                      .queryForList(
                          "select complaint_no from complaint_repair_order where order_no = ?",
                          String.class,
                          rs.getString("order_no"))
                      .stream()
                      .findFirst()
                      .orElse(null));
            },
            orderNo);
    // issue 16: another community's repair order is "not found", as an unknown number is
    if (found.isEmpty() || !scope.ofCaller().includes(found.get(0).community())) {
      throw ApiProblemException.notFound("repair.no-repair-order", orderNo);
    }
    return found.get(0);
  }
}
