package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.repair.ComplaintRepairs;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 item 5, R-REP-1: a complaint whose handling needs a repair issues a linked repair order
 * from the handling form, and the complaint's case file shows it. Over real HTTP with
 * authorizations on; run on H2 and MariaDB.
 */
abstract class ComplaintRepairScenario extends ApiScenario {

  @Autowired ComplaintRepairs complaintRepairs;
  @Autowired AuthorizationService authorizations;

  @Test
  @DisplayName(
      "R-REP-1 a handler who ticks 'repair needed' issues exactly one repair order for the complaint's requester and place, linked both ways, in the case file and on the timeline; a retried completion issues none again")
  void issuesOneLinkedRepairOrderFromTheHandlingStep() {
    Map<String, Object> intake = ApiClient.validIntake();
    String phone = (String) ((Map<?, ?>) intake.get("complainant")).get("phone");
    Map<?, ?> location = (Map<?, ?>) intake.get("location");
    String no = receive(intake);
    String processId = processOf(no);
    long ordersBefore = repairOrders();
    complete(ApiUsers.SUPERVISOR, openTask(processId), Map.of("verificationNote", "属实"));
    String handle = openTask(processId);

    Map<String, Object> handling = new HashMap<>();
    handling.put("handlingResult", "已派工程部维修 sent engineering");
    handling.put("escalate", false);
    handling.put("repairNeeded", true);
    handling.put("repairKind", "HOUSEHOLD");
    handling.put("repairFacility", "LEAK");
    handling.put("repairEmergency", false);
    complete(ApiUsers.OFFICER, handle, handling);

    // exactly one repair order, for the complaint's place and requester, recorded by the handler
    List<String> linked =
        jdbc.queryForList(
            "select order_no from complaint_repair_order where complaint_no = ?", String.class, no);
    assertThat(linked).hasSize(1);
    assertThat(repairOrders()).isEqualTo(ordersBefore + 1);
    String orderNo = linked.get(0);
    assertThat(orderNo).matches("PG-\\d{8}-\\d{4,6}");
    assertThat(
            jdbc.queryForMap(
                "select community_code, building, unit, room, requester_phone, requester_name,"
                    + " description, kind, facility_type, channel, recorded_by from repair_order where order_no = ?",
                orderNo))
        .containsEntry("community_code", "huayuan")
        .containsEntry("building", location.get("building"))
        .containsEntry("unit", location.get("unit"))
        .containsEntry("room", location.get("room"))
        .containsEntry("requester_phone", phone)
        .containsEntry("requester_name", "张伟")
        .containsEntry("description", intake.get("description"))
        .containsEntry("kind", "HOUSEHOLD")
        .containsEntry("facility_type", "LEAK")
        .containsEntry("channel", "APP")
        .containsEntry("recorded_by", ApiUsers.OFFICER);
    List<ProcessInstance> repairProcesses =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("repair-order")
            .processInstanceBusinessKey(orderNo)
            .list();
    assertThat(repairProcesses).hasSize(1);
    assertThat(repairProcesses.get(0).getTenantId()).isEqualTo("huayuan");
    // R-CUST-5: no personal data in either process's variables; the form's repair fields are gone
    assertThat(runtime.getVariables(repairProcesses.get(0).getId()).values())
        .map(String::valueOf)
        .noneMatch(value -> value.contains("张伟") || value.contains(phone.substring(3)));
    assertThat(runtime.getVariables(processId))
        .doesNotContainKeys("repairNeeded", "repairKind", "repairFacility", "repairDescription");

    // the repair order names its complaint
    ApiClient.Reply order = api.as(ApiUsers.OFFICER).get("/api/repairs/" + orderNo).expect(200);
    assertThat(order.json().get("complaintNo").asText()).isEqualTo(no);
    assertThat(order.json().get("status").asText()).isEqualTo("OPEN");

    // the complaint's case file lists it with its deadlines, and the timeline says who issued it
    String feedback = openTask(processId);
    ApiClient.Reply caseFile =
        api.as(ApiUsers.OFFICER).get("/api/tasks/" + feedback + "/case-file").expect(200);
    JsonNode repairs = caseFile.json().get("repairOrders");
    assertThat(repairs).hasSize(1);
    assertThat(repairs.get(0).get("orderNo").asText()).isEqualTo(orderNo);
    assertThat(repairs.get(0).get("status").asText()).isEqualTo("OPEN");
    assertThat(repairs.get(0).get("issuedBy").asText()).isEqualTo(ApiUsers.OFFICER);
    assertThat(Instant.parse(repairs.get(0).get("arrivalDue").asText()))
        .isAfter(Instant.parse(repairs.get(0).get("issuedAt").asText()));
    assertThat(repairs.get(0).get("fixDue").isNull()).isFalse();
    assertThat(caseFile.json().get("timeline").findValuesAsText("detail"))
        .contains("报修单已派 " + orderNo + " Repair order issued");
    assertThat(caseFile.json().get("timeline").findValuesAsText("type"))
        .containsOnlyOnce("REPAIR_ORDER_ISSUED");

    // a retried completion: the task is done (409), and nothing is issued again
    ApiClient.Reply again =
        api.as(ApiUsers.OFFICER)
            .post("/api/tasks/" + handle + "/complete", Map.of("variables", handling))
            .expect(409);
    assertThat(repairOrders()).isEqualTo(ordersBefore + 1);
    // and the service itself issues one order per handling task, whoever asks again
    ComplaintRepairs.Issued retried =
        complaintRepairs.issue(
            new ComplaintRepairs.ForComplaint(
                complaintId(no),
                no,
                com.wuye.complaints.complaint.Channel.APP,
                "张伟",
                phone,
                "huayuan",
                (String) location.get("building"),
                null,
                null,
                "x"),
            new ComplaintRepairs.Ask("HOUSEHOLD", null, null, false, null),
            handle,
            ApiUsers.OFFICER,
            Instant.now());
    assertThat(retried.again()).isTrue();
    assertThat(retried.orderNo()).isEqualTo(orderNo);
    assertThat(repairOrders()).isEqualTo(ordersBefore + 1);
    assertThat(linkedOrders(no)).isEqualTo(1L);
  }

  @Test
  @DisplayName(
      "R-REP-1 R-REP-2 R-REP-3 in Tasklist the general manager, handling a MAJOR complaint without any grant to start repair orders, issues a public-facility repair with its size, as an emergency and in their own words")
  void issuesAPublicFacilityRepairFromTasklist() {
    Map<String, Object> major = ApiClient.validIntake();
    major.put("inLitigation", true); // R-SEV-MAJOR: the general manager handles it
    String no = receive(major);
    String processId = verified(no);
    Task handling = tasks.createTaskQuery().processInstanceId(processId).singleResult();
    assertThat(handling.getTaskDefinitionKey()).isEqualTo("UserTask_HandleComplaint");
    String handle = handling.getId();
    assertThat(
            authorizations.isUserAuthorized(
                ApiUsers.GM,
                List.of("general-manager"),
                Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION,
                "repair-order"))
        .as("the general manager may not start repair orders themselves")
        .isFalse();
    WebappSession manager = WebappSession.signIn(api, ApiUsers.GM);
    Map<String, Object> form = new HashMap<>();
    form.put("handlingResult", Map.of("value", "已派修楼道灯", "type", "String"));
    form.put("escalate", Map.of("value", false, "type", "Boolean"));
    form.put("repairNeeded", Map.of("value", true, "type", "Boolean"));
    form.put("repairKind", Map.of("value", "PUBLIC_FACILITY", "type", "String"));
    form.put("repairSize", Map.of("value", "MEDIUM", "type", "String"));
    form.put("repairFacility", Map.of("value", "SAFETY", "type", "String"));
    form.put("repairEmergency", Map.of("value", true, "type", "Boolean"));
    form.put("repairDescription", Map.of("value", "楼道应急灯损坏", "type", "String"));

    ApiClient.Reply submitted =
        manager.engine("POST", "/task/" + handle + "/submit-form", Map.of("variables", form));

    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    String orderNo =
        jdbc.queryForObject(
            "select order_no from complaint_repair_order where complaint_no = ?", String.class, no);
    assertThat(
            jdbc.queryForMap(
                "select kind, public_size, facility_type, emergency, description, recorded_by"
                    + " from repair_order where order_no = ?",
                orderNo))
        .containsEntry("kind", "PUBLIC_FACILITY")
        .containsEntry("public_size", "MEDIUM")
        .containsEntry("facility_type", "SAFETY")
        .containsEntry("description", "楼道应急灯损坏")
        .containsEntry("recorded_by", ApiUsers.GM);
    assertThat(
            jdbc.queryForObject(
                "select emergency from repair_order where order_no = ?", Boolean.class, orderNo))
        .isTrue();
    assertThat(
            jdbc.queryForObject(
                "select handling_task_id from complaint_repair_order where order_no = ?",
                String.class,
                orderNo))
        .isEqualTo(handle);
  }

  @Test
  @DisplayName(
      "R-REP-1 a handler who does not tick 'repair needed' issues no repair order, whatever repair fields come with it")
  void issuesNoRepairOrderWithoutTheTick() {
    String no = receive(ApiClient.validIntake());
    String processId = verified(no);
    long ordersBefore = repairOrders();

    complete(
        ApiUsers.OFFICER,
        openTask(processId),
        Map.of(
            "handlingResult",
            "已清运",
            "escalate",
            false,
            "repairNeeded",
            false,
            "repairKind",
            "HOUSEHOLD"));

    assertThat(repairOrders()).isEqualTo(ordersBefore);
    assertThat(linkedOrders(no)).isZero();
    ApiClient.Reply caseFile =
        api.get(ApiUsers.OFFICER, "/api/tasks/" + openTask(processId) + "/case-file");
    assertThat(caseFile.json().get("repairOrders")).isEmpty();
  }

  @Test
  @DisplayName(
      "R-REP-1 R-REP-3 bad repair fields on the handling form are a 400 problem in Chinese and English naming the form's fields; nothing is issued and the task stays open")
  void refusesBadRepairFieldsChangingNothing() {
    String no = receive(ApiClient.validIntake());
    String processId = verified(no);
    String handle = openTask(processId);
    api.as(ApiUsers.OFFICER).post("/api/tasks/" + handle + "/claim", "").expect(204);
    long ordersBefore = repairOrders();
    long eventsBefore = events(no);
    long repairProcessesBefore = repairProcesses();

    Map<String, Object> noSize = new HashMap<>();
    noSize.put("handlingResult", "已派修");
    noSize.put("escalate", false);
    noSize.put("repairNeeded", true);
    noSize.put("repairKind", "PUBLIC_FACILITY");
    ApiClient.Reply refused = completeAsOfficer(handle, noSize);
    Map<String, Object> noKind = new HashMap<>(noSize);
    noKind.remove("repairKind");
    ApiClient.Reply noKindRefused = completeAsOfficer(handle, noKind);
    Map<String, Object> tooLong = new HashMap<>(noSize);
    tooLong.put("repairKind", "HOUSEHOLD");
    tooLong.put("repairDescription", "漏".repeat(2001));
    ApiClient.Reply tooLongRefused = completeAsOfficer(handle, tooLong);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body())
        .contains("repairSize")
        .contains("规模")
        .contains("public-facility")
        .doesNotContain("Exception")
        .doesNotContain("ENGINE-");
    assertThat(noKindRefused.status()).as(noKindRefused.body()).isEqualTo(400);
    assertThat(noKindRefused.body()).contains("repairKind").doesNotContain("Exception");
    assertThat(tooLongRefused.status()).as(tooLongRefused.body()).isEqualTo(400);
    assertThat(tooLongRefused.body()).contains("repairDescription");
    assertThat(repairOrders()).isEqualTo(ordersBefore);
    assertThat(events(no)).isEqualTo(eventsBefore);
    assertThat(linkedOrders(no)).isZero();
    assertThat(openTask(processId)).isEqualTo(handle);
    assertThat(repairProcesses()).isEqualTo(repairProcessesBefore);
  }

  private ApiClient.Reply completeAsOfficer(String taskId, Map<String, Object> variables) {
    return api.post(
        ApiUsers.OFFICER,
        "/api/tasks/" + taskId + "/complete",
        Map.of("variables", variables),
        Map.of());
  }

  /** How many repair orders the complaint issued. */
  private long linkedOrders(String no) {
    return jdbc.queryForObject(
        "select count(*) from complaint_repair_order where complaint_no = ?", Long.class, no);
  }

  private long repairProcesses() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("repair-order").count();
  }

  private long repairOrders() {
    return jdbc.queryForObject("select count(*) from repair_order", Long.class);
  }

  private long complaintId(String complaintNo) {
    return jdbc.queryForObject(
        "select id from complaint where complaint_no = ?", Long.class, complaintNo);
  }

  private long events(String complaintNo) {
    return jdbc.queryForObject(
        "select count(*) from complaint_event e join complaint c on c.id = e.complaint_id"
            + " where c.complaint_no = ?",
        Long.class,
        complaintNo);
  }
}
