package com.wuye.complaints.repair;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.customer.PersonalData;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REP-1 records a repair request: starts process repair-order (which numbers the slip and decides
 * its deadlines) with the facts the model needs and no personal data, then keeps the requester's
 * name and phone in table repair_order only.
 */
@Service
class RepairIntake {

  static final String PROCESS = "repair-order";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;
  private final CommunityService communities;
  private final CurrentUser caller;

  private final com.wuye.complaints.identity.CommunityScope scope;

  RepairIntake(RuntimeService runtime, TaskService tasks, JdbcTemplate jdbc, CommunityService communities, CurrentUser caller,
      com.wuye.complaints.identity.CommunityScope scope) {
    this.scope = scope;
    this.runtime = runtime;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.communities = communities;
    this.caller = caller;
  }

  @Transactional
  RepairViews.RepairCreated receive(RepairRequest request) {
    check(request);
    RepairRequest.FacilityType facility = request.facility() == null ? RepairRequest.FacilityType.ORDINARY : request.facility();
    boolean emergency = Boolean.TRUE.equals(request.emergency());
    Map<String, Object> variables = new HashMap<>();
    variables.put("repairKind", request.kind().name());
    variables.put("publicSize", request.size() == null ? null : request.size().name());
    variables.put("facilityType", facility.name());
    variables.put("emergency", emergency);
    variables.put("vip", "A".equals(request.customerCategory()));
    variables.put("community", request.location().community());
    ProcessInstance order = runtime.startProcessInstanceByKey(PROCESS, variables);
    String no = order.getBusinessKey();
    RepairRequest.RepairLocation at = request.location();
    jdbc.update("insert into repair_order (order_no, process_instance_id, channel, kind, facility_type, public_size, emergency,"
        + " customer_category, community_code, building, unit, room, description, requester_name, requester_phone,"
        + " requested_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        no, order.getId(), request.channel().name(), request.kind().name(), facility.name(),
        request.size() == null ? null : request.size().name(), emergency, request.customerCategory(), at.community(),
        at.building(), at.unit(), at.room(), request.description(), request.requester().name(), request.requester().phone(),
        new Timestamp(ClockUtil.getCurrentTime().getTime()), caller.id());
    Map<String, Object> deadlines = runtime.getVariables(order.getId(),
        List.of("arrivalWithin", "fixWithin", "returnVisitWithin", "taskPriority"));
    return new RepairViews.RepairCreated(no, Groups.ENGINEERING, (String) deadlines.get("arrivalWithin"),
        (String) deadlines.get("fixWithin"), (String) deadlines.get("returnVisitWithin"), (Integer) deadlines.get("taskPriority"));
  }

  @Transactional(readOnly = true)
  RepairViews.RepairDetail detail(String orderNo) {
    List<RepairViews.RepairDetail> found = jdbc.query("select * from repair_order where order_no = ?", (rs, n) -> {
      String processId = rs.getString("process_instance_id");
      Task open = tasks.createTaskQuery().processInstanceId(processId).orderByTaskPriority().desc().list().stream()
          .findFirst().orElse(null);
      boolean running = runtime.createProcessInstanceQuery().processInstanceId(processId).count() > 0;
      return new RepairViews.RepairDetail(rs.getString("order_no"), running ? "OPEN" : "CLOSED", rs.getString("channel"),
          rs.getString("kind"), rs.getString("facility_type"), rs.getString("public_size"), rs.getBoolean("emergency"),
          rs.getString("community_code"), rs.getString("building"), rs.getString("unit"), rs.getString("room"),
          rs.getString("description"), PersonalData.maskName(rs.getString("requester_name")),
          PersonalData.maskPhone(rs.getString("requester_phone")), rs.getTimestamp("requested_at").toInstant(),
          open == null ? null : open.getTaskDefinitionKey());
    }, orderNo);
    // issue 16: another community's repair order is "not found", as an unknown number is
    if (found.isEmpty() || !scope.ofCaller().includes(found.get(0).community())) {
      throw ApiProblemException.notFound("没有这个派工单 no repair order " + orderNo);
    }
    return found.get(0);
  }

  private void check(RepairRequest request) {
    if (request.kind() == RepairRequest.RepairKind.PUBLIC_FACILITY && request.size() == null) {
      throw new InvalidInputException(new FieldError("size", "公共设施维修须填写规模（SMALL/MEDIUM/LARGE）",
          "a public-facility repair needs its size (SMALL, MEDIUM or LARGE)"));
    }
    if (request.kind() == RepairRequest.RepairKind.HOUSEHOLD && request.size() != null) {
      throw new InvalidInputException(new FieldError("size", "入户维修不填规模", "a household repair has no size"));
    }
    if (!communities.exists(request.location().community())) {
      throw new InvalidInputException(new FieldError("location.community", "没有这个小区", "no such community"));
    }
  }
}
