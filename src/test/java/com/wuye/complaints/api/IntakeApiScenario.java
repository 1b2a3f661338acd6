package com.wuye.complaints.api;

import static com.wuye.complaints.api.ApiClient.copy;
import static com.wuye.complaints.api.ApiClient.key;
import static com.wuye.complaints.api.ApiClient.validIntake;
import static com.wuye.complaints.support.StepForms.visitFindingAProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.support.RequestBodies;
import com.wuye.complaints.support.StepForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake API over real HTTP with authorizations on: intake, idempotency, scope, masking and new
 * facts. Run on H2 and on MariaDB by the subclasses.
 */
abstract class IntakeApiScenario extends ApiScenario {

  @Autowired DatabaseWork database;

  @Test
  @DisplayName(
      "R-SEV-HOT storm drill: 240 same-issue complaints, 200 of them 32 at once: every answer 201, the 3rd on HOT at intake, the first two raised exactly once, the 221st to 240th intakes cost the database no more round trips, statements or rows than the 4th to 20th; a retried burst with Idempotency-Keys creates no duplicates")
  void survivesASameIssueStorm() throws Exception {
    new SameIssueStormDrill(this, database).run(); // docs/reliability.md
  }

  @Test
  @DisplayName(
      "docs/openapi.json lists, per operation, exactly the status codes the API answers: each provoked over HTTP")
  void openApiDocumentListsTheStatusCodesTheApiAnswers() throws Exception {
    new StatusCodeContract(this).run();
  }

  @Test
  @SuppressWarnings("unchecked")
  @DisplayName(
      "R-REP-1 R-CUST-5 a repair request gets its slip number PG-..., the repair-sla deadlines and engineering; name and phone only in repair_order, masked on reading; who may not gets 403")
  void recordsARepairRequestAndIssuesTheSlip() {
    Map<String, Object> request = ApiClient.validRepair();
    String phone = (String) ((Map<String, Object>) request.get("requester")).get("phone");
    ApiClient.Reply reply = api.as(ApiUsers.OFFICER).post("/api/repairs", request).expect(201);
    JsonNode body = reply.json();
    String no = body.get("orderNo").asText();
    assertThat(no).matches("PG-\\d{8}-\\d{4}");
    assertThat(reply.headers().firstValue("Location")).hasValue("/api/repairs/" + no);
    assertThat(body.get("assignedGroup").asText()).isEqualTo("engineering");
    assertThat(body.get("arrivalWithin").asText()).isEqualTo("PT15M");
    assertThat(body.get("fixWithin").asText()).isEqualTo("PT8H");
    assertThat(body.get("returnVisitWithin").asText()).isEqualTo("P3D");
    var process =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult();
    assertThat(runtime.getVariables(process.getId()).values())
        .map(String::valueOf)
        .noneMatch(value -> value.contains("王芳") || value.contains(phone.substring(3)));
    assertThat(
            jdbc.queryForObject(
                "select requester_phone from repair_order where order_no = ?", String.class, no))
        .isEqualTo(phone);

    JsonNode read = api.get(ApiUsers.ENGINEER, "/api/repairs/" + no).json();
    assertThat(read.get("openStep").asText()).isEqualTo("UserTask_ArriveOnSite");
    assertThat(read.get("requesterPhone").asText())
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(read.get("requesterName").asText()).isNotEqualTo("王芳");

    api.as(ApiUsers.VISITOR).get("/api/repairs/" + no).expect(403);
    api.as(ApiUsers.VISITOR).post("/api/repairs", ApiClient.validRepair()).expect(403);
    Map<String, Object> publicWithoutSize = ApiClient.validRepair();
    publicWithoutSize.put("kind", "PUBLIC_FACILITY");
    ApiClient.Reply refused =
        api.as(ApiUsers.CLIENT).post("/api/repairs", publicWithoutSize).expect(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("规模").contains("size");
  }

  @Test
  @DisplayName(
      "R-IN-1 a channel's complaint is registered, classified and handed to its first step")
  void registersComplaintAndStartsTheProcess() {
    ApiClient.Reply reply =
        api.as(ApiUsers.CLIENT).post("/api/complaints", validIntake()).expect(201);
    JsonNode body = reply.json();
    String no = body.get("complaintNo").asText();
    assertThat(no).matches("TS-\\d{8}-\\d{4}");
    assertThat(reply.headers().firstValue("Location")).hasValue("/api/complaints/" + no);
    assertThat(body.get("severity").asText()).isEqualTo("GENERAL");
    assertThat(body.get("handlerGroup").asText()).isEqualTo("property-officer");
    assertThat(body.get("status").asText()).isEqualTo("AWAITING_VERIFICATION");
    assertThat(body.get("responseDueAt").asText()).isNotBlank();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).count())
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select received_by from complaint where complaint_no = ?", String.class, no))
        .isEqualTo(ApiUsers.CLIENT);
  }

  @Test
  @SuppressWarnings("unchecked")
  @DisplayName(
      "R-IN-2 a phone said with +86 and spaces is taken and stored in its one form, so lookups by phone find it")
  void takesAPhoneWrittenTheUsualWays() {
    Map<String, Object> body = validIntake();
    String phone = (String) ((Map<?, ?>) body.get("complainant")).get("phone");
    ((Map<String, Object>) body.get("complainant")).put("phone", withCountryCode(phone));

    ApiClient.Reply reply = api.as(ApiUsers.CLIENT).post("/api/complaints", body).expect(201);
    assertThat(
            jdbc.queryForObject(
                "select complainant_phone from complaint where complaint_no = ?",
                String.class,
                reply.json().get("complaintNo").asText()))
        .isEqualTo(phone);
  }

  @Test
  @DisplayName(
      "R-LOOP a channel's complaint says how the complainant is told: WeChat, or not at all (acknowledgement recorded as skipped); SMS when not said")
  void recordsHowTheComplainantIsTold() {
    Map<String, Object> wechat = validIntake();
    wechat.put("noticeChannel", "WECHAT");
    Map<String, Object> optedOut = validIntake();
    optedOut.put("notifyOptOut", true);

    String wechatNo = receive(wechat);
    String optedOutNo = receive(optedOut);
    String plainNo = receive(validIntake());

    assertThat(acknowledgement(wechatNo)).containsExactly("WECHAT", "PENDING");
    assertThat(acknowledgement(optedOutNo)).containsExactly("SMS", "SKIPPED");
    assertThat(acknowledgement(plainNo)).containsExactly("SMS", "PENDING");
  }

  private List<String> acknowledgement(String complaintNo) {
    return jdbc
        .queryForList(
            "select n.channel, n.status from notification n join complaint c on c.id = n.complaint_id"
                + " where c.complaint_no = ? and n.recipient_group = 'complainant'",
            complaintNo)
        .stream()
        .flatMap(row -> row.values().stream().map(String::valueOf))
        .toList();
  }

  @Test
  @DisplayName(
      "Tasklist: a task's title names the complaint, its severity and unit and follows an escalation; its description says by when")
  void tasksCarryTheComplaintInTheirTitle() {
    Map<String, Object> body = validIntake();
    String no = receive(body);
    String processId = processOf(no);
    String place = ((Map<?, ?>) body.get("location")).get("building") + "-2-1502";

    Task verify = tasks.createTaskQuery().processInstanceId(processId).singleResult();
    assertThat(verify.getName())
        .isEqualTo("Verify complaint 核实投诉 · " + no + " · 一般 GENERAL · " + place);
    assertThat(verify.getDescription())
        .startsWith("Verify complaint 核实投诉：请于 ")
        .contains("complete by");

    complete(ApiUsers.SUPERVISOR, verify.getId(), Map.of("verificationNote", "属实"));
    api.post(
        ApiUsers.OFFICER,
        "/api/complaints/" + no + "/facts",
        Map.of("inLitigation", true),
        Map.of());

    assertThat(tasks.createTaskQuery().processInstanceId(processId).singleResult().getName())
        .isEqualTo("Handle complaint 处理投诉 · " + no + " · 重大 MAJOR · " + place);
  }

  @Test
  @DisplayName(
      "R-SEV-MAJOR/HOT waiting on the complainant: recorded with a reason from the handling task by its handler group, or by number by the supervisor; others 403, no reason 400, another step or twice 409; the case file shows it")
  void recordsWaitingFromTheHandlingStepForHandlerAndSupervisorOnly() {
    String no = receive(validIntake());
    String processId = processOf(no);
    Map<String, Object> waitOnOwner = Map.of("on", "COMPLAINANT", "reason", "业主出差，约定周五上门");
    api.as(ApiUsers.SUPERVISOR)
        .post("/api/complaints/" + no + "/waiting", waitOnOwner)
        .expect(409, "not at the handling step yet");
    complete(ApiUsers.SUPERVISOR, openTask(processId), Map.of("verificationNote", "属实"));
    String handle = openTask(processId);

    api.as(ApiUsers.OFFICER)
        .post("/api/tasks/" + handle + "/waiting", Map.of("on", "COMPLAINANT"))
        .expect(400, "the reason is required");
    api.as(ApiUsers.DEPTHEAD)
        .post("/api/complaints/" + no + "/waiting", waitOnOwner)
        .expect(403, "neither handler nor supervisor");
    api.as(ApiUsers.VISITOR)
        .post("/api/tasks/" + handle + "/waiting", waitOnOwner)
        .expect(404, "not a task the visitor can see");
    api.as(ApiUsers.CLIENT)
        .post("/api/complaints/" + no + "/waiting", waitOnOwner)
        .expect(403, "the intake client is no staff");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from complaint_waiting w join complaint c on c.id = w.complaint_id "
                    + "where c.complaint_no = ?",
                Long.class,
                no))
        .as("refusals change nothing")
        .isZero();

    ApiClient.Reply started =
        api.as(ApiUsers.OFFICER).post("/api/tasks/" + handle + "/waiting", waitOnOwner).expect(201);
    assertThat(started.json().get("reason").asText()).isEqualTo("业主出差，约定周五上门");
    assertThat(started.json().get("startedBy").asText()).isEqualTo(ApiUsers.OFFICER);
    api.as(ApiUsers.SUPERVISOR)
        .post("/api/complaints/" + no + "/waiting", waitOnOwner)
        .expect(409, "already waiting");
    JsonNode caseFile = api.get(ApiUsers.OFFICER, "/api/tasks/" + handle + "/case-file").json();
    assertThat(caseFile.get("waitingPeriods"))
        .singleElement()
        .satisfies(
            period -> {
              assertThat(period.get("on").asText()).isEqualTo("COMPLAINANT");
              assertThat(period.get("endedAt").isNull()).isTrue();
            });

    ApiClient.Reply ended =
        api.as(ApiUsers.SUPERVISOR).post("/api/complaints/" + no + "/waiting/end", "").expect(200);
    assertThat(ended.json().get("endedBy").asText()).isEqualTo(ApiUsers.SUPERVISOR);
    api.as(ApiUsers.OFFICER)
        .post("/api/tasks/" + handle + "/waiting/end", "")
        .expect(409, "not waiting any more");
    assertThat(
            api.get(ApiUsers.OFFICER, "/api/tasks/" + handle + "/case-file")
                .json()
                .get("waitingPeriods")
                .get(0)
                .get("endedAt")
                .isNull())
        .isFalse();
  }

  @Test
  @DisplayName("R-CUST-4 Tasklist filters per role exist, VIP first among them")
  void tasklistFiltersExist() {
    assertThat(filters.createFilterQuery().list())
        .extracting(org.camunda.bpm.engine.filter.Filter::getName)
        .contains(
            "我的待办 My tasks",
            "本组待办 My groups' tasks",
            "即将逾期 Due within 4 h",
            "已逾期 Overdue",
            "VIP 优先 VIP first",
            "回访 Return visits",
            "督办 已逾期 Supervised: overdue",
            "督办 即将逾期 Supervised: due within 4 h");
  }

  @Test
  @DisplayName(
      "R-CUST-4 the shared filter VIP 优先 lists a VIP complaint's task before ordinary work that came in earlier")
  void vipFilterListsVipWorkFirst() {
    String ordinaryNo = receive(validIntake());
    Map<String, Object> vip = validIntake();
    vip.put("customerCategory", "A"); // an unknown caller who says so: the register knows no one
    String vipNo = receive(vip);
    String filterId =
        filters.createFilterQuery().filterName("VIP 优先 VIP first").singleResult().getId();
    ApiClient.Reply listed =
        api.as(ApiUsers.SUPERVISOR)
            .post(
                "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=5000", Map.of())
            .expect(200);
    List<String> processes = new ArrayList<>();
    listed.json().forEach(task -> processes.add(task.get("processInstanceId").asText()));
    String vipProcess = processOf(vipNo);
    String ordinaryProcess = processOf(ordinaryNo);
    assertThat(processes).contains(vipProcess, ordinaryProcess);
    assertThat(processes.indexOf(vipProcess))
        .as("the VIP's task first, though it came in later")
        .isLessThan(processes.indexOf(ordinaryProcess));
  }

  @Test
  @DisplayName(
      "R-RESP the supervision filters show a supervisor the overdue and due-soon work of the groups they supervise, read only; another supervising group does not see it")
  void supervisorsSeeTheLateWorkOfTheGroupsTheySupervise() {
    String no = receive(validIntake());
    String processId = verified(no);
    Task handle = tasks.createTaskQuery().processInstanceId(processId).singleResult();
    assertThat(tasks.getIdentityLinksForTask(handle.getId()))
        .extracting(link -> link.getGroupId())
        .as(
            "a GENERAL complaint is the officers' to handle, the customer-service supervisors' to supervise")
        .containsExactly("property-officer");
    String overdue =
        filters.createFilterQuery().filterName("督办 已逾期 Supervised: overdue").singleResult().getId();
    String dueSoon =
        filters
            .createFilterQuery()
            .filterName("督办 即将逾期 Supervised: due within 4 h")
            .singleResult()
            .getId();
    String ownOverdue =
        filters.createFilterQuery().filterName("已逾期 Overdue").singleResult().getId();

    handle.setDueDate(
        java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofHours(2))));
    tasks.saveTask(handle);
    assertThat(filtered(ApiUsers.SUPERVISOR, "customer-supervisor", dueSoon))
        .contains(handle.getId());
    assertThat(filtered(ApiUsers.SUPERVISOR, "customer-supervisor", overdue))
        .doesNotContain(handle.getId());

    handle.setDueDate(
        java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
    tasks.saveTask(handle);
    assertThat(filtered(ApiUsers.SUPERVISOR, "customer-supervisor", overdue))
        .contains(handle.getId());
    assertThat(filtered(ApiUsers.SUPERVISOR, "customer-supervisor", ownOverdue))
        .as("the own-groups filter stays as it was")
        .doesNotContain(handle.getId());
    assertThat(filtered(ApiUsers.OFFICER, "property-officer", overdue))
        .as("the officers' own task")
        .contains(handle.getId());
    assertThat(filtered(ApiUsers.AFFAIRS, "general-affairs-manager", overdue))
        .as("general affairs supervise HOT and MAJOR, not this")
        .doesNotContain(handle.getId());
    assertThat(filtered(ApiUsers.DEPTHEAD, "department-heads", overdue))
        .doesNotContain(handle.getId());

    assertThat(
            api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + handle.getId() + "/claim", "", Map.of())
                .status())
        .as("read only: the supervisor may not claim the officers' task")
        .isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(handle.getId()).singleResult().getAssignee())
        .isNull();
  }

  private List<String> filtered(String user, String group, String filterId) {
    identity.setAuthentication(
        user,
        List.of(group),
        identity.createTenantQuery().userMember(user).list().stream()
            .map(org.camunda.bpm.engine.identity.Tenant::getId)
            .toList()); // issue 16: and their communities
    try {
      return filters.<Task>list(filterId).stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName(
      "a retried request with the same Idempotency-Key gets the first answer and creates nothing; another body is 409")
  void replaysTheSameKeyAndRefusesItForAnotherBody() {
    Map<String, Object> body = validIntake();
    String idempotencyKey = UUID.randomUUID().toString();
    ApiClient.Reply first = api.post(ApiUsers.CLIENT, "/api/complaints", body, key(idempotencyKey));
    long complaints = count("complaint");

    ApiClient.Reply again = api.post(ApiUsers.CLIENT, "/api/complaints", body, key(idempotencyKey));
    Map<String, Object> other = copy(body);
    other.put("description", "另一件事");
    ApiClient.Reply conflicting =
        api.post(ApiUsers.CLIENT, "/api/complaints", other, key(idempotencyKey));

    assertReplayed(first, again);
    assertThat(conflicting.status()).isEqualTo(409);
    assertThat(conflicting.contentType()).startsWith("application/problem+json");
    assertThat(count("complaint")).isEqualTo(complaints);
  }

  @Test
  @DisplayName("the same Idempotency-Key sent by several clients at once registers one complaint")
  void concurrentRetriesWithOneKeyCreateOneComplaint() throws Exception {
    Map<String, Object> body = validIntake();
    String idempotencyKey = UUID.randomUUID().toString();
    long before = count("complaint");
    List<ApiClient.Reply> replies =
        atOnce(6, () -> api.post(ApiUsers.CLIENT, "/api/complaints", body, key(idempotencyKey)));
    assertOneCreated(replies, "complaintNo");
    assertThat(count("complaint")).isEqualTo(before + 1);
  }

  @Test
  @DisplayName(
      "R-CUST-5 lists are masked; the handling group sees the full contact, logged; others see it masked")
  void masksContactDetailsForWorkThatDoesNotNeedThem() {
    String no = receive(validIntake());

    JsonNode forHandler =
        api.get(ApiUsers.OFFICER, "/api/complaints/" + no).json().get("complainant");
    JsonNode forSupervisor =
        api.get(ApiUsers.SUPERVISOR, "/api/complaints/" + no).json().get("complainant");
    JsonNode forClient =
        api.get(ApiUsers.CLIENT, "/api/complaints/" + no).json().get("complainant");
    JsonNode listed = api.get(ApiUsers.OFFICER, "/api/complaints?size=100").json().get("items");

    assertThat(forHandler.get("name").asText()).isEqualTo("张伟");
    assertThat(forHandler.get("masked").asBoolean()).isFalse();
    assertThat(forSupervisor.get("name").asText()).isEqualTo("张*");
    assertThat(forSupervisor.get("phone").asText()).matches("137\\*{4}\\d{4}");
    assertThat(forClient.get("masked").asBoolean()).isTrue();
    assertThat(listed)
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.get("complainant").get("masked").asBoolean()).isTrue());
    assertThat(
            jdbc.queryForList(
                """
        select a.accessed_by from personal_data_access a join complaint c on c.id = a.complaint_id
        where c.complaint_no = ?""",
                String.class,
                no))
        .containsExactly(ApiUsers.OFFICER);
    api.as(ApiUsers.VISITOR)
        .get("/api/complaints/" + no)
        .expect(404, "customer relations has no business with it before the return visit");
  }

  @Test
  @DisplayName(
      "R-CUST-5 the process holds the masked contact; the steps that call the complainant read it in full, each reading logged")
  void fullContactOnlyThroughTheLoggedContactEndpoint() {
    String no = receive(validIntake());
    String processId = processOf(no);
    Task verify = tasks.createTaskQuery().processInstanceId(processId).singleResult();

    assertThat(runtime.getVariable(processId, "complainantNameMasked")).isEqualTo("张*");
    assertThat(runtime.getVariables(processId))
        .doesNotContainKeys("complainantName", "complainantPhone");
    // R-ESC-3: the verifier calls the complainant back
    ApiClient.Reply forVerifier =
        api.as(ApiUsers.SUPERVISOR).get("/api/tasks/" + verify.getId() + "/contact").expect(200);
    assertThat(forVerifier.json().get("name").asText()).isEqualTo("张伟");
    assertThat(forVerifier.json().get("phone").asText()).matches("137\\d{8}");
    assertThat(forVerifier.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    api.as(ApiUsers.OFFICER)
        .get("/api/tasks/" + verify.getId() + "/contact")
        .expect(404, "not the officer's task");

    complete(ApiUsers.SUPERVISOR, verify.getId(), Map.of("verificationNote", "属实"));
    Task handle = tasks.createTaskQuery().processInstanceId(processId).singleResult();

    assertThat(handle.getTaskDefinitionKey()).isEqualTo("UserTask_HandleComplaint");
    assertThat(tasks.getVariables(handle.getId()))
        .doesNotContainKeys("complainantName", "complainantPhone");
    assertThat(
            api.get(ApiUsers.OFFICER, "/api/tasks/" + handle.getId() + "/contact")
                .json()
                .get("name")
                .asText())
        .isEqualTo("张伟");
    assertThat(
            jdbc.queryForList(
                """
        select concat(a.accessed_by, ':', a.purpose) from personal_data_access a join complaint c on c.id = a.complaint_id
        where c.complaint_no = ? order by a.id""",
                String.class,
                no))
        .containsExactly(
            ApiUsers.SUPERVISOR + ":UserTask_VerifyComplaint",
            ApiUsers.OFFICER + ":UserTask_HandleComplaint");
  }

  @Test
  @DisplayName(
      "R-CUST-5 after intake, verification, handling, feedback, return visit, rectification notice and rectification no engine table holds the full phone")
  void noEngineTableHoldsTheFullPhone() throws Exception {
    Map<String, Object> intake = validIntake();
    String phone = (String) ((Map<?, ?>) intake.get("complainant")).get("phone");
    String no = receive(intake);
    String processId = verified(no);
    handledAndToldTheComplainant(processId);
    String visit = openTask(processId);
    api.as(ApiUsers.VISITOR).get("/api/tasks/" + visit + "/contact").expect(200);
    complete(ApiUsers.VISITOR, visit, visitFindingAProblem("楼道灯仍不亮", "engineering"));
    // R-VISIT-3: the supervising group issues the written notice first
    complete(
        ApiUsers.SUPERVISOR,
        openTask(processId),
        Map.of("rectificationNotice", "更换楼道灯具", "responsibleDepartment", "engineering"));
    String rectify = openTask(processId);
    api.as(ApiUsers.ENGINEER)
        .get("/api/tasks/" + rectify + "/contact")
        .expect(403, "rectification does not call the complainant");
    complete(ApiUsers.ENGINEER, rectify, Map.of("rectificationResult", "已更换灯具"));
    assertThat(
            jdbc.queryForObject(
                "select status from complaint where complaint_no = ?", String.class, no))
        .isEqualTo("CLOSED");

    assertThat(tablesHolding(phone)).filteredOn(table -> table.startsWith("ACT_")).isEmpty();
    assertThat(api.get(ApiUsers.GM, "/engine-rest/history/detail?maxResults=5000").body())
        .doesNotContain(phone);
  }

  @Test
  @DisplayName(
      "R-VISIT-2 the clerk who completed a return visit is told the complaint reopened as a repeat complaint, though it is out of their reach now; no one else may ask, nor of an open task")
  void theClerkIsToldTheVisitReopenedTheComplaint() {
    ApiUsers.ensure(identity, "api-visitor2", "customer-relations");
    String no = receive(validIntake());
    String processId = verified(no);
    complete(
        ApiUsers.OFFICER, openTask(processId), Map.of("handlingResult", "已处理", "escalate", false));
    String feedback = openTask(processId);
    complete(ApiUsers.OFFICER, feedback, Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知"));
    String visit = openTask(processId);
    api.as(ApiUsers.VISITOR).get("/api/tasks/" + visit + "/outcome").expect(404, "still open");

    complete(
        ApiUsers.VISITOR, visit, Map.of("satisfaction", "UNSATISFIED", "visitComment", "问题依旧"));

    assertThat(api.get(ApiUsers.VISITOR, "/api/complaints/" + no).status())
        .as("customer relations no longer reaches the reopened complaint")
        .isNotEqualTo(200);
    ApiClient.Reply outcome =
        api.as(ApiUsers.VISITOR).get("/api/tasks/" + visit + "/outcome").expect(200);
    assertThat(outcome.json().get("complaintNo").asText()).isEqualTo(no);
    assertThat(outcome.json().get("outcome").asText()).isEqualTo("REOPENED");
    assertThat(outcome.json().get("taskDefinitionKey").asText())
        .isEqualTo("UserTask_MakeReturnVisit");
    api.as("api-visitor2").get("/api/tasks/" + visit + "/outcome").expect(404, "another clerk");
    api.as(ApiUsers.OFFICER).get("/api/tasks/" + visit + "/outcome").expect(404, "the handler");
    ApiClient.Reply earlier = api.get(ApiUsers.OFFICER, "/api/tasks/" + feedback + "/outcome");
    assertThat(earlier.json().get("outcome").asText())
        .as("the feedback began before the reopen")
        .isEqualTo("REOPENED");
  }

  @Test
  @DisplayName(
      "R-LOOP R-SEV-HOT R-CUST-5 a task's case file: timeline, severity change with its reason, the issue's other complaints and its 3 complainants, earlier complaints of the unit and of the phone, every name and phone masked; not for another group's user")
  @SuppressWarnings("unchecked")
  void caseFileOfATaskTellsTheComplaintsStoryMasked() {
    ApiUsers.ensure(
        identity,
        "api-gm-assistant",
        "gm-assistant"); // R-SEV-HOT: HOT is handled by the GM's assistant
    Map<String, Object> first = validIntake();
    String building = "C" + phoneOf(first).substring(5);
    place(first).put("building", building);
    Map<String, Object> second = validIntake();
    place(second).put("building", building);
    place(second).put("room", "1601"); // the same issue, another unit
    Map<String, Object> elsewhere =
        validIntake(); // the third complainant's earlier complaint, at another place
    elsewhere.put("category", "NOISE");
    Map<String, Object> third = validIntake();
    place(third).put("building", building);
    ((Map<String, Object>) third.get("complainant")).put("phone", phoneOf(elsewhere));
    List<String> numbers = new ArrayList<>();
    for (Map<String, Object> intake : List.of(first, second, elsewhere, third)) {
      ApiClient.Reply created = api.as(ApiUsers.CLIENT).post("/api/complaints", intake).expect(201);
      numbers.add(created.json().get("complaintNo").asText());
    }
    String processId = processOf(numbers.get(3));
    complete(ApiUsers.SUPERVISOR, openTask(processId), Map.of("verificationNote", "属实，已到现场查看"));
    String handle = openTask(processId);

    ApiClient.Reply reply =
        api.as("api-gm-assistant").get("/api/tasks/" + handle + "/case-file").expect(200);
    assertThat(reply.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    JsonNode caseFile = reply.json();
    assertThat(caseFile.get("complaintNo").asText()).isEqualTo(numbers.get(3));
    assertThat(caseFile.get("severity").asText()).isEqualTo("HOT");
    assertThat(caseFile.get("timeline"))
        .extracting(step -> step.get("type").asText())
        .contains("RECEIVED", "VERIFIED");
    assertThat(caseFile.get("timeline"))
        .anySatisfy(
            step -> {
              assertThat(step.get("type").asText()).isEqualTo("VERIFIED");
              assertThat(step.get("actor").asText()).isEqualTo(ApiUsers.SUPERVISOR);
              assertThat(step.get("detail").asText()).isEqualTo("属实，已到现场查看");
              assertThat(step.get("at").asText()).isNotBlank();
            });
    assertThat(caseFile.get("severityHistory"))
        .anySatisfy(
            change -> {
              assertThat(change.get("to").asText()).isEqualTo("HOT");
              assertThat(change.get("reason").asText()).isEqualTo("受理定级 classified at intake");
            });
    assertThat(caseFile.get("sameIssue").get("complainants").asLong()).isEqualTo(3);
    assertThat(caseFile.get("sameIssue").get("complaints"))
        .extracting(other -> other.get("complaintNo").asText())
        .containsExactlyInAnyOrder(numbers.get(0), numbers.get(1));
    assertThat(caseFile.get("earlierOfUnit"))
        .extracting(other -> other.get("complaintNo").asText())
        .containsExactly(numbers.get(0));
    assertThat(caseFile.get("earlierOfPhone"))
        .extracting(other -> other.get("complaintNo").asText())
        .containsExactly(numbers.get(2));
    // R-CUST-5: masked, whoever reads the case file; the full contact stays behind the logged
    // contact endpoint
    assertThat(caseFile.get("complainant").get("name").asText()).isEqualTo("张*");
    assertThat(caseFile.get("complainant").get("phone").asText()).matches("137\\*{4}\\d{4}");
    assertThat(caseFile.findValues("complainant"))
        .hasSize(5)
        .allSatisfy(
            person -> {
              assertThat(person.get("name").asText()).isEqualTo("张*");
              assertThat(person.get("phone").asText()).matches("137\\*{4}\\d{4}");
            });
    for (Map<String, Object> intake : List.of(first, second, elsewhere, third)) {
      assertThat(reply.body()).doesNotContain(phoneOf(intake)).doesNotContain("张伟");
    }
    api.as(ApiUsers.OFFICER)
        .get("/api/tasks/" + handle + "/case-file")
        .expect(404, "not the officer's task");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> place(Map<String, Object> intake) {
    return (Map<String, Object>) intake.get("location");
  }

  private static String phoneOf(Map<String, Object> intake) {
    return (String) ((Map<?, ?>) intake.get("complainant")).get("phone");
  }

  @Test
  @DisplayName(
      "a property officer can neither see nor complete the general manager's task, through the API or engine REST")
  void officerCannotReachTheGeneralManagersTask() {
    Map<String, Object> major = validIntake();
    major.put("inLitigation", true); // R-SEV-MAJOR
    String no = receive(major);
    String processId = verified(no);
    String gmTask = openTask(processId);

    api.as(ApiUsers.GM).get("/engine-rest/task/" + gmTask).expect(200);
    // the task list runs the query-side authorization check (authorization-check-revokes: always)
    assertThat(api.get(ApiUsers.GM, "/engine-rest/task?processInstanceId=" + processId).json())
        .hasSize(1);
    api.as(ApiUsers.OFFICER).get("/engine-rest/task/" + gmTask).expect(404);
    assertThat(api.get(ApiUsers.OFFICER, "/engine-rest/task?processInstanceId=" + processId).json())
        .isEmpty();
    api.as(ApiUsers.OFFICER).post("/engine-rest/task/" + gmTask + "/complete", "{}").expect(403);
    ApiClient.Reply viaApi =
        api.as(ApiUsers.OFFICER).post("/api/tasks/" + gmTask + "/complete", "{}").expect(403);
    assertThat(viaApi.contentType()).startsWith("application/problem+json");
    api.as(ApiUsers.OFFICER).get("/api/complaints/" + no).expect(404);
    assertThat(tasks.createTaskQuery().taskId(gmTask).count()).as("still open").isEqualTo(1);
  }

  @Test
  @DisplayName(
      "R-SEV-UP POST /severity: 403 for an officer, 400 without a reason, 404 unknown, 200 raised at once, 403 lowering by the wrong supervisor, 409 closed; fact corrections keep the severity")
  void severityChangesNeedAReasonAndTheRightRole() {
    String no = receive(validIntake());
    String path = "/api/complaints/" + no + "/severity";

    ApiClient.Reply byOfficer =
        api.post(ApiUsers.OFFICER, path, Map.of("severity", "HOT", "reason", "升级"), Map.of());
    ApiClient.Reply noReason =
        api.post(ApiUsers.SUPERVISOR, path, Map.of("severity", "HOT"), Map.of());
    ApiClient.Reply unknown =
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/TS-20000101-9999/severity",
            Map.of("severity", "HOT", "reason", "升级"),
            Map.of());
    ApiClient.Reply raised =
        api.post(
            ApiUsers.SUPERVISOR, path, Map.of("severity", "HOT", "reason", "业主扬言联系媒体"), Map.of());
    String titleWhenRaised = titleOfOpenTask(no);
    ApiClient.Reply wrongLowering =
        api.post(
            ApiUsers.SUPERVISOR, path, Map.of("severity", "GENERAL", "reason", "个别问题"), Map.of());
    ApiClient.Reply correctionByOfficer =
        api.post(
            ApiUsers.OFFICER,
            "/api/complaints/" + no + "/facts/corrections",
            Map.of("fact", "mediaExposed", "value", false, "reason", "误报"),
            Map.of());
    ApiClient.Reply correction =
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + no + "/facts/corrections",
            Map.of("fact", "mediaExposed", "value", false, "reason", "媒体曝光系误勾选"),
            Map.of());
    ApiClient.Reply lowered =
        api.post(
            ApiUsers.AFFAIRS, path, Map.of("severity", "GENERAL", "reason", "核实后为个别问题"), Map.of());

    assertThat(byOfficer.status()).isEqualTo(403);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason").contains("原因");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(raised.status()).isEqualTo(200);
    assertThat(raised.json().get("severity").asText()).isEqualTo("HOT");
    assertThat(raised.json().get("handlerGroup").asText()).isEqualTo("gm-assistant");
    assertThat(titleWhenRaised)
        .as("the open task's title says the severity a person set")
        .contains("热点 HOT");
    assertThat(wrongLowering.status()).isEqualTo(403);
    assertThat(wrongLowering.body()).contains("general-affairs-manager");
    assertThat(correctionByOfficer.status()).isEqualTo(403);
    assertThat(correction.status()).isEqualTo(200);
    assertThat(correction.json().get("severity").asText()).isEqualTo("HOT");
    assertThat(correction.json().get("note").asText()).contains("/severity");
    assertThat(lowered.status()).isEqualTo(200);
    assertThat(lowered.json().get("handlerGroup").asText()).isEqualTo("property-officer");
    assertThat(titleOfOpenTask(no)).contains("一般 GENERAL");
    JsonNode history = api.get(ApiUsers.GM, "/api/complaints/" + no).json().get("severityHistory");
    assertThat(history.get(history.size() - 1).toString())
        .contains("核实后为个别问题")
        .contains(ApiUsers.AFFAIRS);

    String processId = verified(no);
    handledAndToldTheComplainant(processId);
    complete(
        ApiUsers.VISITOR,
        openTask(processId),
        Map.of("satisfaction", "SATISFIED", "problemFound", false));
    api.as(ApiUsers.AFFAIRS)
        .post(path, Map.of("severity", "HOT", "reason", "再升级"))
        .expect(409, "closed");
  }

  @Test
  @DisplayName(
      "R-SEV-UP from a task of one's own in Tasklist: new facts are reported, and the case file is told who may change the severity")
  void factsAndSeverityFromATaskOfOnesOwn() {
    String no = receive(validIntake());
    String processId = verified(no);
    String handle = openTask(processId);

    JsonNode rights = api.get(ApiUsers.OFFICER, "/api/tasks/" + handle + "/severity").json();
    ApiClient.Reply officersChange =
        api.post(
            ApiUsers.OFFICER,
            "/api/tasks/" + handle + "/severity",
            Map.of("severity", "HOT", "reason", "升级"),
            Map.of());
    ApiClient.Reply othersTask =
        api.post(
            ApiUsers.DEPTHEAD,
            "/api/tasks/" + handle + "/facts",
            Map.of("litigationOrMediaRisk", true),
            Map.of());
    ApiClient.Reply facts =
        api.post(
            ApiUsers.OFFICER,
            "/api/tasks/" + handle + "/facts",
            Map.of("litigationOrMediaRisk", true, "note", "业主称将起诉"),
            Map.of());

    assertThat(rights.get("mayRaise").asBoolean()).isFalse();
    assertThat(rights.get("mayLower").asBoolean()).isFalse();
    assertThat(officersChange.status()).isEqualTo(403);
    assertThat(othersTask.status()).isEqualTo(404);
    assertThat(facts.status()).isEqualTo(200);
    assertThat(facts.json().get("severity").asText()).isEqualTo("HOT");
  }

  @Test
  @DisplayName(
      "R-SEV-HOT over HTTP: officers may not link (403), a link needs a reason (400), supervisors link (200); the verifier rejects the match from the Verify task")
  void peopleDecideTheSameIssueOverHttp() {
    // two buildings of their own: the intake does not match them (CLEANING is matched by building)
    String first = receive(validIntake());
    String second = receive(validIntake());
    String path = "/api/complaints/" + second + "/links";

    ApiClient.Reply byOfficer =
        api.post(ApiUsers.OFFICER, path, Map.of("other", first, "reason", "同一问题"), Map.of());
    ApiClient.Reply noReason =
        api.post(ApiUsers.SUPERVISOR, path, Map.of("other", first), Map.of());
    ApiClient.Reply linked =
        api.post(ApiUsers.SUPERVISOR, path, Map.of("other", first, "reason", "同一垃圾站"), Map.of());
    String verify = openTask(processOf(second));
    JsonNode rights = api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/severity").json();
    ApiClient.Reply rejected =
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verify + "/same-issue",
            Map.of("decision", "REJECTED", "reason", "两栋楼各自的垃圾站"),
            Map.of());

    assertThat(byOfficer.status()).isEqualTo(403);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(linked.status()).isEqualTo(200);
    assertThat(linked.json().get("complainants").asInt()).isEqualTo(2);
    assertThat(rights.get("decidesSameIssue").asBoolean()).isTrue();
    assertThat(rights.get("mayRaise").asBoolean()).isTrue();
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.json().get("decision").asText()).isEqualTo("REJECTED");
    assertThat(
            jdbc.queryForObject(
                "select issue_id from complaint where complaint_no = ?", Long.class, second))
        .isNull();
  }

  @Test
  @DisplayName(
      "R-SEV-HOT R-SEV-UP the third caller is HOT; the verifier rejects the match; the general-affairs manager completes 'Confirm severity' in Tasklist: a reason is required, then the severity is corrected")
  void confirmSeverityTaskAfterARejectedMatch() {
    Map<String, Object> intake = validIntake();
    String third = null;
    for (int i = 0; i < 3; i++) {
      Map<String, Object> next = copy(intake);
      ((Map<String, Object>) next.get("complainant"))
          .put(
              "phone",
              "136"
                  + String.format(
                      "%08d",
                      java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000)));
      ApiClient.Reply reply = api.post(ApiUsers.CLIENT, "/api/complaints", next, Map.of());
      third = reply.json().get("complaintNo").asText();
      if (i == 2) {
        assertThat(reply.json().get("severity").asText())
            .as("the third caller's answer")
            .isEqualTo("HOT");
      }
    }
    String processId = processOf(third);
    String verify = openTask(processId);
    api.as(ApiUsers.SUPERVISOR)
        .post(
            "/api/tasks/" + verify + "/same-issue",
            Map.of("decision", "REJECTED", "reason", "是另一单元的问题"))
        .expect(200);
    String confirm =
        tasks
            .createTaskQuery()
            .processInstanceId(processId)
            .taskDefinitionKey("UserTask_ConfirmSeverity")
            .singleResult()
            .getId();

    api.as(ApiUsers.AFFAIRS).post("/api/tasks/" + confirm + "/claim", "").expect(204);
    ApiClient.Reply noReason =
        api.post(
            ApiUsers.AFFAIRS,
            "/api/tasks/" + confirm + "/complete",
            Map.of("variables", Map.of("confirmedSeverity", "GENERAL")),
            Map.of());
    ApiClient.Reply done =
        api.post(
            ApiUsers.AFFAIRS,
            "/api/tasks/" + confirm + "/complete",
            Map.of(
                "variables",
                Map.of("confirmedSeverity", "GENERAL", "confirmationReason", "单独一户，非热点")),
            Map.of());

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(done.status()).isEqualTo(204);
    JsonNode detail = api.get(ApiUsers.GM, "/api/complaints/" + third).json();
    assertThat(detail.get("severity").asText()).isEqualTo("GENERAL");
    JsonNode history = detail.get("severityHistory");
    assertThat(history.get(history.size() - 1).toString())
        .contains("单独一户，非热点")
        .contains(ApiUsers.AFFAIRS);
  }

  @Test
  @DisplayName(
      "R-SEV-UP new facts through the API raise the severity and move the work up; they never lower it")
  void newFactsRaiseTheSeverity() {
    String no = receive(validIntake());

    ApiClient.Reply raised =
        api.post(
            ApiUsers.OFFICER,
            "/api/complaints/" + no + "/facts",
            Map.of("mediaExposed", true, "note", "业主已联系电视台"),
            Map.of());
    ApiClient.Reply lowered =
        api.post(
            ApiUsers.GM,
            "/api/complaints/" + no + "/facts",
            Map.of("mediaExposed", false),
            Map.of());

    assertThat(raised.status()).isEqualTo(200);
    assertThat(raised.json().get("severity").asText()).isEqualTo("MAJOR");
    assertThat(raised.json().get("handlerGroup").asText()).isEqualTo("general-manager");
    assertThat(lowered.json().get("severity").asText()).isEqualTo("MAJOR");
    JsonNode detail = api.get(ApiUsers.GM, "/api/complaints/" + no).json();
    assertThat(detail.get("severityHistory")).hasSize(2);
    assertThat(detail.get("mediaExposed").asBoolean()).isTrue();
  }

  @Test
  @DisplayName(
      "two people completing the same task at once: exactly one succeeds, the other gets a clear 409")
  void concurrentCompletionHasOneWinner() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String no = receive(validIntake());
        String processId = verified(no);
        String handle = openTask(processId);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (String user : List.of(ApiUsers.OFFICER, ApiUsers.OFFICER_2)) {
          replies.add(
              pool.submit(
                  () -> {
                    go.await();
                    return api.post(
                        user,
                        "/api/tasks/" + handle + "/complete",
                        Map.of("variables", Map.of("handlingResult", "由 " + user + " 处理")),
                        Map.of());
                  }));
        }
        go.countDown();
        List<ApiClient.Reply> done = List.of(replies.get(0).get(), replies.get(1).get());

        assertThat(done).extracting(ApiClient.Reply::status).containsExactlyInAnyOrder(204, 409);
        ApiClient.Reply loser =
            done.stream().filter(reply -> reply.status() == 409).findFirst().orElseThrow();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        assertThat(loser.json().get("detail").asText()).contains(handle);
        assertThat(
                jdbc.queryForObject(
                    "select count(*) from complaint_event e join complaint c on c.id = e.complaint_id "
                        + "where c.complaint_no = ? and e.event_type = 'HANDLED'",
                    Long.class,
                    no))
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName(
      "R-CUST-1 R-CUST-2 R-CUST-5 the customer register: a supervisor adds a person (201 + id, phone normalised); a new category needs a reason and keeps its history with who and when; an unknown household type or community is 400 in Chinese and English writing nothing; found by phone and by unit; officers read it masked, the intake client and the GM's writes are 403")
  void theCustomerRegisterKeepsCategoriesAndMasksForOtherStaff() {
    String building = "R" + UUID.randomUUID().toString().substring(0, 6);
    String mobile =
        "139"
            + String.format(
                "%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    Map<String, Object> body =
        RequestBodies.customer(
            "王建国",
            withCountryCode(mobile),
            building,
            "2",
            "501",
            "B",
            "categoryReason",
            "购买两套物业",
            "householdType",
            "COUPLE_WITH_CHILDREN");

    ApiClient.Reply created = api.as(ApiUsers.SUPERVISOR).post("/api/customers", body).expect(201);
    long id = created.json().get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/customers/" + id);
    assertThat(created.json().get("phone").asText()).isEqualTo(mobile);
    assertThat(created.json().get("categorySetBy").asText()).isEqualTo(ApiUsers.SUPERVISOR);
    assertThat(jdbc.queryForObject("select phone from customer where id = ?", String.class, id))
        .isEqualTo(mobile);

    // R-CUST-1: a change of category needs a reason; with one it is recorded, the old setting stays
    // in the history
    ApiClient.Reply noReason =
        api.send(ApiUsers.VISITOR, "PATCH", "/api/customers/" + id, Map.of("category", "D"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").get(0).get("field").asText())
        .isEqualTo("categoryReason");
    assertThat(jdbc.queryForObject("select category from customer where id = ?", String.class, id))
        .isEqualTo("B");
    ApiClient.Reply changed =
        api.send(
            ApiUsers.VISITOR,
            "PATCH",
            "/api/customers/" + id,
            Map.of("category", "D", "categoryReason", "多次恶意拖欠物业费"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode full = api.get(ApiUsers.SUPERVISOR, "/api/customers/" + id).json();
    assertThat(full.get("category").asText()).isEqualTo("D");
    assertThat(full.get("categorySetBy").asText()).isEqualTo(ApiUsers.VISITOR);
    assertThat(full.get("categoryHistory"))
        .extracting(h -> h.get("category").asText() + ":" + h.get("setBy").asText())
        .containsExactly("B:" + ApiUsers.SUPERVISOR, "D:" + ApiUsers.VISITOR);

    // R-CUST-2: the household type is one of the code list; a bad one (or an unknown community)
    // writes nothing
    Map<String, Object> bad = new java.util.HashMap<>(body);
    bad.put("householdType", "BIG_FAMILY");
    bad.put("community", "no-such-place");
    bad.put("room", "502");
    ApiClient.Reply refused = api.as(ApiUsers.SUPERVISOR).post("/api/customers", bad).expect(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("errors"))
        .extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("householdType", "community");
    assertThat(refused.body()).contains("住户类型", "household");
    assertThat(
            count(
                "dwelling d join building b on b.id = d.building_id where b.name = '"
                    + building
                    + "' and d.room = '502'"))
        .isZero();

    // search by phone (as typed) and by unit; an officer reads it masked, without the reason or
    // history
    assertThat(
            api.get(
                    ApiUsers.SUPERVISOR,
                    "/api/customers?phone=" + mobile.substring(0, 3) + "-" + mobile.substring(3))
                .json())
        .extracting(c -> c.get("id").asLong())
        .containsExactly(id);
    JsonNode masked =
        api.get(
                ApiUsers.OFFICER,
                "/api/customers?community=huayuan&building=" + building + "&unit=2")
            .json();
    assertThat(masked).hasSize(1);
    assertThat(masked.get(0).get("name").asText()).isEqualTo("王**");
    assertThat(masked.get(0).get("phone").asText())
        .isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
    assertThat(masked.get(0).get("masked").asBoolean()).isTrue();
    assertThat(masked.get(0).get("categoryReason").isNull()).isTrue();
    assertThat(masked.get(0).get("categoryHistory")).isEmpty();
    assertThat(masked.get(0).get("category").asText())
        .as("R-CUST-1 the D flag informs staff")
        .isEqualTo("D");
    assertThat(api.get(ApiUsers.OFFICER, "/api/customers/" + id).body())
        .doesNotContain(mobile, "王建国", "恶意拖欠");

    // who may: the intake client reads nothing, other staff write nothing
    api.as(ApiUsers.CLIENT).get("/api/customers/" + id).expect(403);
    api.as(ApiUsers.CLIENT).get("/api/customers?phone=" + mobile).expect(403);
    api.as(ApiUsers.GM).post("/api/customers", body).expect(403);
    assertThat(
            api.send(ApiUsers.OFFICER, "PATCH", "/api/customers/" + id, Map.of("name", "李四"))
                .status())
        .isEqualTo(403);
    api.as(ApiUsers.OFFICER).get("/api/customers").expect(400);
    api.as(ApiUsers.OFFICER).get("/api/customers/999999999").expect(404);
  }

  @Test
  @DisplayName(
      "R-CUST-3 VIP cards: JK + level + sequence, valid three years; a second card while one is valid is 409; eight issues of one level at once get eight different numbers; revocation needs a reason and frees the number, a lost card is replaced under the same number; all in the audit trail; officers may not issue (403)")
  void issuesVipCardsWithUniqueNumbersAndKeepsTheirTrail() throws Exception {
    List<Long> people = new ArrayList<>();
    String building = "V" + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < 8; i++) {
      ApiClient.Reply created =
          api.as(ApiUsers.SUPERVISOR)
              .post(
                  "/api/customers",
                  RequestBodies.customer(
                      "贵宾" + i,
                      "1370000" + String.format("%04d", i),
                      building,
                      "1",
                      String.valueOf(101 + i),
                      "A",
                      "categoryReason",
                      "重大贡献"))
              .expect(201);
      people.add(created.json().get("id").asLong());
    }
    Map<String, Object> issue = Map.of("level", 2, "reason", "对公司发展有重大贡献");

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ApiClient.Reply>> replies = new ArrayList<>();
    try {
      for (long person : people) {
        replies.add(
            pool.submit(
                () ->
                    api.post(
                        ApiUsers.VISITOR,
                        "/api/customers/" + person + "/vip-card",
                        issue,
                        Map.of())));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<ApiClient.Reply> reply : replies) {
        ApiClient.Reply card = reply.get();
        assertThat(card.status()).as(card.body()).isEqualTo(201);
        numbers.add(card.json().get("cardNo").asText());
      }
      assertThat(numbers).allMatch(no -> no.matches("JK2\\d{3}")).doesNotHaveDuplicates();
    } finally {
      pool.shutdown();
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) - count(distinct held_sequence) from vip_card where card_level = 2 "
                    + "and held_sequence is not null",
                Long.class))
        .isZero();

    long first = people.get(0);
    JsonNode card =
        api.get(ApiUsers.OFFICER, "/api/customers/" + first + "/vip-cards").json().get(0);
    assertThat(
            java.time.Duration.between(
                    java.time.Instant.parse(card.get("issuedAt").asText()),
                    java.time.Instant.parse(card.get("validUntil").asText()))
                .toDays())
        .isBetween(365L * 3, 365L * 3 + 1);
    api.as(ApiUsers.VISITOR).post("/api/customers/" + first + "/vip-card", issue).expect(409);
    api.as(ApiUsers.OFFICER).post("/api/customers/" + first + "/vip-card", issue).expect(403);
    api.as(ApiUsers.VISITOR)
        .post("/api/customers/" + first + "/vip-card", Map.of("level", 3, "reason", "x"))
        .expect(400);

    String number = card.get("cardNo").asText();
    ApiClient.Reply replaced =
        api.as(ApiUsers.VISITOR)
            .post("/api/customers/" + first + "/vip-card/replacement", Map.of("reason", "客户遗失"))
            .expect(200);
    assertThat(replaced.json().get("cardNo").asText()).isEqualTo(number);
    assertThat(replaced.json().get("replacements").asInt()).isEqualTo(1);
    api.as(ApiUsers.VISITOR)
        .post("/api/customers/" + first + "/vip-card/revocation", Map.of())
        .expect(400);
    ApiClient.Reply revoked =
        api.as(ApiUsers.VISITOR)
            .post("/api/customers/" + first + "/vip-card/revocation", Map.of("reason", "恶意拖欠物业费"))
            .expect(200);
    assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");
    assertThat(revoked.json().get("events"))
        .extracting(e -> e.get("event").asText() + ":" + e.get("by").asText())
        .containsExactly(
            "ISSUED:" + ApiUsers.VISITOR,
            "REPLACED:" + ApiUsers.VISITOR,
            "REVOKED:" + ApiUsers.VISITOR);
    assertThat(revoked.json().get("events").get(2).get("reason").asText()).isEqualTo("恶意拖欠物业费");
    assertThat(
            jdbc.queryForObject(
                "select held_sequence from vip_card where card_no = ? and customer_id = ?",
                Integer.class,
                number,
                first))
        .as("a revoked card lets its number go")
        .isNull();
    api.as(ApiUsers.VISITOR)
        .post("/api/customers/" + first + "/vip-card/revocation", Map.of("reason", "再次"))
        .expect(404, "no valid card left");
    // R-CUST-3 renewal re-checks eligibility: a new card after revocation is a new issue with its
    // own reason
    ApiClient.Reply renewed =
        api.as(ApiUsers.VISITOR)
            .post("/api/customers/" + first + "/vip-card", Map.of("level", 2, "reason", "重新审核符合条件"))
            .expect(201);
    api.as(ApiUsers.CLIENT).get("/api/customers/" + first + "/vip-cards").expect(403);
  }

  @Test
  @SuppressWarnings("unchecked")
  @DisplayName(
      "R-CUST-4 R-CUST-1 the intake recognises a caller of the register by phone and links the complaint to them: a VIP of the register is handled first whatever the intake says, a D customer claiming VIP is not (and D changes no service); an unknown caller keeps the declared category")
  void priorityFollowsTheRegisterForAKnownCaller() {
    String building = "K" + UUID.randomUUID().toString().substring(0, 6);
    String vipPhone =
        "139"
            + String.format(
                "%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    String difficultPhone =
        "139"
            + String.format(
                "%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    long vip =
        api.post(
                ApiUsers.SUPERVISOR,
                "/api/customers",
                RequestBodies.customer(
                    "赵贵宾", vipPhone, building, "1", "101", "A", "categoryReason", "集团领导"),
                Map.of())
            .json()
            .get("id")
            .asLong();
    api.post(
        ApiUsers.SUPERVISOR,
        "/api/customers",
        RequestBodies.customer(
            "钱某", difficultPhone, building, "1", "102", "D", "categoryReason", "多次无效投诉"),
        Map.of());

    Map<String, Object> fromVip = validIntake();
    ((Map<String, Object>) fromVip.get("complainant"))
        .put("phone", vipPhone.substring(0, 3) + " " + vipPhone.substring(3));
    fromVip.put("customerCategory", "C");
    Map<String, Object> fromDifficult = validIntake();
    ((Map<String, Object>) fromDifficult.get("complainant")).put("phone", difficultPhone);
    fromDifficult.put("customerCategory", "A");
    Map<String, Object> unknownVip = validIntake();
    unknownVip.put("customerCategory", "A");
    Map<String, Object> unknown = validIntake();

    String vipNo = receive(fromVip);
    String difficultNo = receive(fromDifficult);
    String unknownVipNo = receive(unknownVip);
    String unknownNo = receive(unknown);

    int ordinary = priority(unknownNo);
    assertThat(priority(vipNo))
        .as("a VIP of the register, though the intake said C")
        .isGreaterThan(ordinary)
        .isEqualTo(priority(unknownVipNo));
    assertThat(priority(difficultNo))
        .as("D claiming A: the register's D, served like anyone")
        .isEqualTo(ordinary);
    assertThat(
            jdbc.queryForObject(
                "select cc.customer_id from complaint_customer cc join complaint c on c.id = cc.complaint_id "
                    + "where c.complaint_no = ?",
                Long.class,
                vipNo))
        .isEqualTo(vip);
    assertThat(
            count(
                "complaint_customer cc join complaint c on c.id = cc.complaint_id where c.complaint_no = '"
                    + unknownVipNo
                    + "'"))
        .as("an unknown caller is linked to no one")
        .isZero();
    // R-CUST-1 the complaint row records the register's category for a known caller, the intake's
    // only for an unknown one
    String category = "select customer_category from complaint where complaint_no = ?";
    assertThat(jdbc.queryForObject(category, String.class, vipNo)).isEqualTo("A");
    assertThat(jdbc.queryForObject(category, String.class, difficultNo)).isEqualTo("D");
    assertThat(jdbc.queryForObject(category, String.class, unknownVipNo)).isEqualTo("A");
  }

  /** The figures with the repair figures null, as a breakdown's group has them. */
  private static JsonNode complaintFigures(JsonNode figures) {
    com.fasterxml.jackson.databind.node.ObjectNode copy =
        ((com.fasterxml.jackson.databind.node.ObjectNode) figures).deepCopy();
    copy.putNull("repairs");
    return copy;
  }

  private int priority(String complaintNo) {
    String process = processOf(complaintNo);
    return tasks.createTaskQuery().processInstanceId(process).singleResult().getPriority();
  }

  @Test
  @DisplayName(
      "issue 14: the admin adds a community (201 + Location); staff may not; a taken code is 409, a bad one 400 naming the field; staff and the intake client list it")
  void theAdminKeepsTheCommunities() {
    String code = "t" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body =
        Map.of("code", code, "name", "测试花园", "address", "测试路1号", "households", 300);

    ApiClient.Reply byStaff = api.send(ApiUsers.GM, "POST", "/api/communities", body);
    ApiClient.Reply created = asAdmin("POST", "/api/communities", body);
    ApiClient.Reply again =
        asAdmin("POST", "/api/communities", Map.of("code", code, "name", "另一个"));
    ApiClient.Reply badCode =
        asAdmin(
            "POST",
            "/api/communities",
            Map.of("code", "Bad_Code", "name", "坏代码", "households", -1));
    ApiClient.Reply noName = asAdmin("POST", "/api/communities", Map.of("code", code + "x"));

    assertThat(byStaff.status()).isEqualTo(403);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/communities/" + code);
    assertThat(created.json().get("households").asInt()).isEqualTo(300);
    assertThat(created.json().get("active").asBoolean()).isTrue();
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(jdbc.queryForObject("select name from community where code = ?", String.class, code))
        .isEqualTo("测试花园");
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(badCode.contentType()).startsWith("application/problem+json");
    assertThat(badCode.json().get("errors"))
        .extracting(error -> error.get("field").asText())
        .containsExactlyInAnyOrder("code", "households");
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
    assertThat(count("community where code = '" + code + "x'")).isZero();
    for (String reader : List.of(ApiUsers.OFFICER, ApiUsers.CLIENT)) {
      JsonNode listed = api.get(reader, "/api/communities").json();
      assertThat(listed).extracting(c -> c.get("code").asText()).contains(code, "huayuan");
      assertThat(api.get(reader, "/api/communities/" + code).json().get("address").asText())
          .isEqualTo("测试路1号");
    }
    api.as(ApiUsers.OFFICER).get("/api/communities/no-such-place").expect(404);
    assertThat(asAdmin("PATCH", "/api/communities/no-such-place", Map.of("active", false)).status())
        .isEqualTo(404);
  }

  @Test
  @SuppressWarnings("unchecked")
  @DisplayName(
      "issue 14: a deactivated community is refused at intake like an unknown one and nothing is written; reactivated, it takes complaints again")
  void anInactiveCommunityTakesNoComplaints() {
    String code = "t" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(asAdmin("POST", "/api/communities", Map.of("code", code, "name", "停用花园")).status())
        .isEqualTo(201);
    Map<String, Object> intake = validIntake();
    ((Map<String, Object>) intake.get("location")).put("community", code);

    assertThat(
            api.send(ApiUsers.OFFICER, "PATCH", "/api/communities/" + code, Map.of("active", false))
                .status())
        .isEqualTo(403);
    ApiClient.Reply deactivated =
        asAdmin("PATCH", "/api/communities/" + code, Map.of("active", false, "households", 120));
    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.json().get("active").asBoolean()).isFalse();
    assertThat(deactivated.json().get("name").asText()).as("left out, unchanged").isEqualTo("停用花园");
    assertThat(api.get(ApiUsers.CLIENT, "/api/communities").json())
        .extracting(c -> c.get("code").asText())
        .doesNotContain(code);
    assertThat(api.get(ApiUsers.CLIENT, "/api/communities?all=true").json())
        .extracting(c -> c.get("code").asText())
        .contains(code);

    long complaints = count("complaint");
    long processes = runtime.createProcessInstanceQuery().count();
    long keys = count("intake_request");
    ApiClient.Reply refused =
        api.post(ApiUsers.CLIENT, "/api/complaints", intake, key(UUID.randomUUID().toString()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("field").asText())
        .isEqualTo("location.community");
    assertThat(refused.json().get("errors").get(0).get("messageEn").asText())
        .contains("unknown community code");
    assertThat(count("complaint")).isEqualTo(complaints);
    assertThat(count("intake_request")).as("the Idempotency-Key is not spent").isEqualTo(keys);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
    // the Tasklist intake form: its record is checked by the same rule when the process starts
    com.wuye.complaints.identity.EngineSignIn.as(identity, ApiUsers.OFFICER);
    try {
      assertThatThrownBy(
              () -> runtime.startProcessInstanceByKey("complaint-handling", tasklistIntake(code)))
          .hasMessageContaining("unknown community code: " + code);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(count("complaint")).isEqualTo(complaints);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);

    assertThat(
            asAdmin("PATCH", "/api/communities/" + code, Map.of("active", true))
                .json()
                .get("active")
                .asBoolean())
        .isTrue();
    ApiClient.Reply accepted = api.as(ApiUsers.CLIENT).post("/api/complaints", intake).expect(201);
    assertThat(
            jdbc.queryForObject(
                "select community_code from complaint where complaint_no = ?",
                String.class,
                accepted.json().get("complaintNo").asText()))
        .isEqualTo(code);
  }

  @Test
  @DisplayName(
      "R-IN-2 madeAt: when the complaint was made is kept apart from when it was recorded; in the future it is 400 and nothing is written")
  void recordsWhenTheComplaintWasMade() {
    Map<String, Object> earlier = validIntake();
    java.time.Instant madeAt =
        java.time.Instant.now()
            .minus(java.time.Duration.ofHours(3))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    earlier.put("madeAt", madeAt.atOffset(java.time.ZoneOffset.ofHours(8)).toString());
    ApiClient.Reply accepted = api.as(ApiUsers.CLIENT).post("/api/complaints", earlier).expect(201);
    String no = accepted.json().get("complaintNo").asText();
    JsonNode detail = api.get(ApiUsers.SUPERVISOR, "/api/complaints/" + no).json();
    assertThat(java.time.Instant.parse(detail.get("madeAt").asText())).isEqualTo(madeAt);
    assertThat(java.time.Instant.parse(detail.get("receivedAt").asText())).isAfter(madeAt);
    assertThat(java.time.Instant.parse(accepted.json().get("responseDueAt").asText()))
        .as("R-ESC-3 the response clock counts from when it was made")
        .isEqualTo(madeAt.plus(java.time.Duration.ofHours(24)));

    Map<String, Object> future = validIntake();
    future.put("madeAt", java.time.OffsetDateTime.now().plusHours(2).toString());
    long complaints = count("complaint");
    ApiClient.Reply refused = api.as(ApiUsers.CLIENT).post("/api/complaints", future).expect(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("madeAt");
    assertThat(refused.json().get("errors").get(0).get("messageEn").asText())
        .contains("may not be in the future");
    assertThat(count("complaint")).isEqualTo(complaints);
  }

  @Test
  @DisplayName(
      "R-RESP R-VISIT-1 a complaint about a staff member: an unknown user id is 400 and nothing is written, from the API and the Tasklist form; one about an officer goes to the project manager; the named supervisor's claim over HTTP is 400 in Chinese and English; the case file names them")
  void aComplaintAboutAStaffMemberIsNotTheirsToWork() {
    Map<String, Object> unknown = validIntake();
    unknown.put("namedStaff", "no-such-staff-member");
    long complaints = count("complaint");
    long named = count("complaint_named_staff");
    long processes = runtime.createProcessInstanceQuery().count();
    ApiClient.Reply refused = api.as(ApiUsers.CLIENT).post("/api/complaints", unknown).expect(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("namedStaff");
    assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("被投诉员工账号不存在");
    assertThat(refused.json().get("errors").get(0).get("messageEn").asText())
        .contains("there is no user");
    Map<String, Object> form = tasklistIntake("huayuan");
    form.put("namedStaff", "no-such-staff-member");
    com.wuye.complaints.identity.EngineSignIn.as(identity, ApiUsers.OFFICER);
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("complaint-handling", form))
          .hasMessageContaining("there is no user no-such-staff-member");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(count("complaint")).isEqualTo(complaints);
    assertThat(count("complaint_named_staff")).isEqualTo(named);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);

    Map<String, Object> aboutOfficer = validIntake();
    aboutOfficer.put("category", "SERVICE_ATTITUDE");
    aboutOfficer.put("namedStaff", ApiUsers.OFFICER);
    ApiClient.Reply routed =
        api.as(ApiUsers.CLIENT).post("/api/complaints", aboutOfficer).expect(201);
    assertThat(routed.json().get("handlerGroup").asText()).isEqualTo("project-manager");

    Map<String, Object> aboutSupervisor = validIntake();
    aboutSupervisor.put("category", "SERVICE_ATTITUDE");
    aboutSupervisor.put("namedStaff", ApiUsers.SUPERVISOR);
    String no = receive(aboutSupervisor);
    String processId = processOf(no);
    String verify = openTask(processId);
    ApiClient.Reply claim =
        api.as(ApiUsers.SUPERVISOR).post("/api/tasks/" + verify + "/claim", "").expect(400);
    assertThat(claim.contentType()).startsWith("application/problem+json");
    assertThat(claim.body())
        .contains("不得认领或办理")
        .contains("may not claim or complete")
        .doesNotContain("Exception");
    assertThat(tasks.createTaskQuery().taskId(verify).singleResult().getAssignee()).isNull();
    ApiClient.Reply complete =
        api.as(ApiUsers.SUPERVISOR)
            .post(
                "/api/tasks/" + verify + "/complete",
                Map.of("variables", Map.of("verificationNote", "属实")))
            .expect(400);
    assertThat(complete.body()).contains("may not claim or complete");
    JsonNode caseFile = api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/case-file").json();
    assertThat(caseFile.get("namedStaff").asText()).isEqualTo(ApiUsers.SUPERVISOR);
  }

  @Test
  @DisplayName(
      "R-LOOP a consultation closed at verification is on the managers' suggestions list; an outcome without a reason is 400 from the task; other staff get 403")
  void consultationsReachTheManagersSuggestionsList() {
    String no = receive(validIntake());
    String processId = processOf(no);
    String verify = openTask(processId);
    api.as(ApiUsers.SUPERVISOR).post("/api/tasks/" + verify + "/claim", "").expect(204);
    ApiClient.Reply noReason =
        api.as(ApiUsers.SUPERVISOR)
            .post(
                "/api/tasks/" + verify + "/complete",
                Map.of(
                    "variables",
                    Map.of("verificationNote", "业主建议", "verificationOutcome", "CONSULTATION")))
            .expect(400);
    assertThat(noReason.body()).contains("outcomeReason");
    api.as(ApiUsers.SUPERVISOR)
        .post(
            "/api/tasks/" + verify + "/complete",
            Map.of(
                "variables",
                Map.of(
                    "verificationNote",
                    "业主建议增设路灯",
                    "verificationOutcome",
                    "CONSULTATION",
                    "outcomeReason",
                    "属建议")))
        .expect(204);
    String confirm = openTask(processId);
    complete(ApiUsers.SUPERVISOR, confirm, Map.of("closingDecision", "CONFIRM"));

    ApiClient.Reply list = api.as(ApiUsers.SUPERVISOR).get("/api/suggestions?size=100").expect(200);
    assertThat(list.json().get("items"))
        .extracting(item -> item.get("complaintNo").asText())
        .contains(no);
    assertThat(list.body())
        .as("no name or phone on the list")
        .doesNotContain("张伟")
        .doesNotContainPattern("1[3-9]\\d{9}");
    api.as(ApiUsers.GM).get("/api/suggestions").expect(200);
    for (String other :
        List.of(
            ApiUsers.OFFICER,
            ApiUsers.VISITOR,
            ApiUsers.DEPTHEAD,
            ApiUsers.MONITOR,
            ApiUsers.CLIENT)) {
      assertThat(api.get(other, "/api/suggestions").status()).as(other).isEqualTo(403);
    }
  }

  @Test
  @DisplayName(
      "R-IN-4 the monitoring room 监控室 takes complaints on the night shift like any staff (R-IN-1) and reads the ones it took")
  void monitoringRoomTakesComplaints() {
    Map<String, Object> intake = validIntake();
    intake.put("channel", "NIGHT_SHIFT");
    ApiClient.Reply taken = api.as(ApiUsers.MONITOR).post("/api/complaints", intake).expect(201);
    String no = taken.json().get("complaintNo").asText();
    assertThat(
            jdbc.queryForObject(
                "select received_by from complaint where complaint_no = ?", String.class, no))
        .isEqualTo(ApiUsers.MONITOR);
    api.as(ApiUsers.MONITOR).get("/api/complaints/" + no).expect(200);
    com.wuye.complaints.identity.EngineSignIn.as(identity, ApiUsers.MONITOR);
    try {
      assertThat(
              runtime
                  .startProcessInstanceByKey("complaint-handling", tasklistIntake("huayuan"))
                  .getBusinessKey())
          .as("and through Tasklist's intake form")
          .startsWith("TS-");
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName(
      "R-KPI-1 a month of complaints in two communities: every figure of GET /api/reports/kpis and its breakdowns matches the rows, targets from decision kpi-targets, scope per role")
  void kpiFiguresMatchTheRows() {
    KpiMonth month = seededKpiMonth();
    ApiUsers.ensure(identity, "api-gmassistant", "gm-assistant");
    String period = "from=2019-03-01&to=2019-03-31";

    JsonNode a =
        api.get(ApiUsers.GM, "/api/reports/kpis?" + period + "&community=" + month.a).json();
    assertThat(a.get("scope").asText()).isEqualTo("company");
    JsonNode fa = a.get("figures");
    assertThat(fa.get("received").asInt())
        .as("A1-A4, A6: not the consultation, not the April one")
        .isEqualTo(5);
    assertThat(fa.get("closed").asInt()).isEqualTo(3);
    assertThat(fa.get("returnVisits").asInt()).isEqualTo(4);
    assertThat(fa.get("satisfactionRate").asDouble())
        .as("3 of 4 visits satisfied or basically")
        .isEqualTo(0.75);
    assertThat(fa.get("handledOnTimeRate").asDouble())
        .as("only A1 without a breach")
        .isEqualTo(0.3333);
    assertThat(fa.get("returnVisitRate").asDouble()).isEqualTo(1.0);
    assertThat(fa.get("households").asInt()).isEqualTo(200);
    assertThat(fa.get("complaintRate").asDouble()).isEqualTo(0.025);
    assertThat(fa.get("averageFirstResponseHours").asDouble())
        .as("(2 + 30 + 4 + 10) / 4")
        .isEqualTo(11.5);
    assertThat(fa.get("repeatRate").asDouble()).isEqualTo(0.2);
    assertThat(fa.get("openBySeverity").toString())
        .isEqualTo("{\"MAJOR\":1,\"HOT\":1,\"IMPORTANT\":0,\"GENERAL\":0}");
    assertThat(fa.get("overdue").toString())
        .isEqualTo("{\"response\":2,\"handling\":0,\"returnVisit\":1}");
    JsonNode targets = fa.get("targets");
    assertThat(targets.get("satisfactionRate").toString())
        .isEqualTo("{\"comparison\":\">=\",\"target\":0.85,\"met\":false}");
    assertThat(targets.get("handledOnTimeRate").get("target").asDouble()).isEqualTo(1.0);
    assertThat(targets.get("handledOnTimeRate").get("met").asBoolean()).isFalse();
    assertThat(targets.get("returnVisitRate").get("met").asBoolean()).isTrue();
    assertThat(targets.get("complaintRate").toString())
        .isEqualTo("{\"comparison\":\"<\",\"target\":0.01,\"met\":false}");
    assertThat(targets.get("averageFirstResponseHours").toString())
        .isEqualTo("{\"comparison\":\"<=\",\"target\":24.0,\"met\":true}");

    JsonNode fb =
        api.get(ApiUsers.AFFAIRS, "/api/reports/kpis?" + period + "&community=" + month.b)
            .json()
            .get("figures");
    assertThat(fb.get("received").asInt()).isEqualTo(2);
    assertThat(fb.get("closed").asInt()).as("B1 and B3, received in February").isEqualTo(2);
    assertThat(fb.get("returnVisits").asInt()).isEqualTo(1);
    assertThat(fb.get("satisfactionRate").asDouble()).isEqualTo(1.0);
    assertThat(fb.get("handledOnTimeRate").asDouble())
        .as("B1 handled late, B3's rectification notice late")
        .isEqualTo(0.0);
    assertThat(fb.get("returnVisitRate").asDouble()).as("B1 closed without a visit").isEqualTo(0.5);
    assertThat(fb.get("complaintRate").asDouble()).isEqualTo(0.02);
    assertThat(fb.get("averageFirstResponseHours").asDouble()).isEqualTo(6.0);
    assertThat(fb.get("repeatRate").asDouble()).isEqualTo(0.0);
    assertThat(fb.get("openBySeverity").get("GENERAL").asInt()).isEqualTo(1);
    assertThat(fb.get("overdue").toString())
        .isEqualTo("{\"response\":0,\"handling\":1,\"returnVisit\":0}");
    assertThat(fb.get("targets").get("satisfactionRate").get("met").asBoolean()).isTrue();

    // company-wide breakdown by community: the same figures per community
    JsonNode byCommunity =
        api.get("api-gmassistant", "/api/reports/kpis/breakdown?by=community&" + period).json();
    // (a breakdown's groups carry the complaint figures; the repair figures are the whole scope's
    // only, null in each group)
    assertThat(group(byCommunity, month.a)).isEqualTo(complaintFigures(fa));
    assertThat(group(byCommunity, month.b)).isEqualTo(complaintFigures(fb));
    // by month in the company's time zone: A1 (28 Feb in UTC) is March, A7 (31 March in UTC) is not
    JsonNode byMonth = breakdown("month", period + "&community=" + month.a);
    assertThat(byMonth.get("groups")).hasSize(1);
    assertThat(byMonth.get("groups").get(0).get("key").asText()).isEqualTo("2019-03");
    assertThat(byMonth.get("groups").get(0).get("figures").get("received").asInt()).isEqualTo(5);
    assertThat(byMonth.get("groups").get(0).get("figures").get("households").isNull()).isTrue();
    // over three months each complaint lands in its local month: A1 (28 Feb in UTC) in March, A7
    // (31 March in UTC) in April; B3 received in February, closed and visited in March
    JsonNode threeMonths =
        api.get(
                ApiUsers.GM,
                "/api/reports/kpis/breakdown?by=month&from=2019-02-01&to=2019-04-30&community="
                    + month.a)
            .json();
    assertThat(threeMonths.get("groups").findValuesAsText("key"))
        .containsExactly("2019-03", "2019-04");
    assertThat(threeMonths.get("groups").get(0).get("figures").get("received").asInt())
        .isEqualTo(5);
    assertThat(threeMonths.get("groups").get(1).get("figures").get("received").asInt())
        .isEqualTo(1);
    JsonNode threeMonthsB =
        api.get(
                ApiUsers.GM,
                "/api/reports/kpis/breakdown?by=month&from=2019-02-01&to=2019-04-30&community="
                    + month.b)
            .json();
    assertThat(threeMonthsB.get("groups").findValuesAsText("key"))
        .containsExactly("2019-02", "2019-03");
    JsonNode february = threeMonthsB.get("groups").get(0).get("figures");
    JsonNode march = threeMonthsB.get("groups").get(1).get("figures");
    assertThat(february.get("received").asInt()).isEqualTo(1);
    assertThat(february.get("closed").asInt()).isZero();
    assertThat(march.get("received").asInt()).isEqualTo(2);
    assertThat(march.get("closed").asInt()).isEqualTo(2);
    assertThat(march.get("returnVisits").asInt()).isEqualTo(1);
    JsonNode bySeverity = breakdown("severity", period + "&community=" + month.a);
    assertThat(group(bySeverity, "GENERAL").get("received").asInt()).isEqualTo(2);
    assertThat(group(bySeverity, "GENERAL").get("satisfactionRate").asDouble()).isEqualTo(1.0);
    assertThat(group(bySeverity, "IMPORTANT").get("satisfactionRate").asDouble()).isEqualTo(0.5);
    JsonNode byHandler = breakdown("handlerGroup", period + "&community=" + month.a);
    assertThat(group(byHandler, "property-officer").get("closed").asInt()).isEqualTo(2);
    assertThat(group(byHandler, "project-manager").get("repeatRate").asDouble()).isEqualTo(1.0);
    JsonNode byBuilding = breakdown("building", period + "&community=" + month.b);
    assertThat(group(byBuilding, month.b + "/1").get("closed").asInt()).isEqualTo(2);
    JsonNode byCategory = breakdown("category", period + "&community=" + month.b);
    assertThat(group(byCategory, "CLEANING").get("received").asInt()).isEqualTo(2);

    // scope: the customer-service supervisors' groups handle or supervise A1-A3, project managers
    // A3
    JsonNode supervisor =
        api.get(ApiUsers.SUPERVISOR, "/api/reports/kpis?" + period + "&community=" + month.a)
            .json();
    assertThat(supervisor.get("scope").asText()).isEqualTo("customer-supervisor");
    assertThat(supervisor.get("figures").get("received").asInt()).isEqualTo(3);
    assertThat(supervisor.get("figures").get("closed").asInt()).isEqualTo(3);
    assertThat(supervisor.get("figures").get("openBySeverity").get("HOT").asInt()).isZero();
    assertThat(supervisor.get("figures").get("complaintRate").isNull())
        .as("their scope is not a set of households")
        .isTrue();
    JsonNode pm =
        api.get("api-pm", "/api/reports/kpis?" + period + "&community=" + month.a)
            .json()
            .get("figures");
    assertThat(pm.get("received").asInt()).isEqualTo(1);
    assertThat(pm.get("repeatRate").asDouble()).isEqualTo(1.0);
    assertThat(pm.get("returnVisits").asInt()).isEqualTo(2);

    for (String nobody :
        List.of(ApiUsers.OFFICER, ApiUsers.VISITOR, ApiUsers.CLIENT, ApiUsers.DEPTHEAD)) {
      assertThat(api.get(nobody, "/api/reports/kpis?" + period).status()).as(nobody).isEqualTo(403);
      assertThat(api.get(nobody, "/api/reports/kpis/breakdown?by=month&" + period).status())
          .as(nobody)
          .isEqualTo(403);
    }
    api.as(ApiUsers.GM).get("/api/reports/kpis?from=2019-03-31&to=2019-03-01").expect(400);
    api.as(ApiUsers.GM).get("/api/reports/kpis/breakdown?by=week&" + period).expect(400);
  }

  /** The mobile number as written with the country code: +86 138 1234 5678. */
  private static String withCountryCode(String mobile) {
    return "+86 %s %s %s"
        .formatted(mobile.substring(0, 3), mobile.substring(3, 7), mobile.substring(7));
  }

  /** GET /api/reports/kpis/breakdown by a dimension, as the general manager. */
  private JsonNode breakdown(String by, String query) {
    return api.get(ApiUsers.GM, "/api/reports/kpis/breakdown?by=" + by + "&" + query).json();
  }

  private static JsonNode group(JsonNode breakdown, String key) {
    for (JsonNode group : breakdown.get("groups")) {
      if (group.get("key").asText().equals(key)) {
        return group.get("figures");
      }
    }
    throw new AssertionError("no group " + key + " in " + breakdown);
  }

  /** What Tasklist's intake (start) form submits. */
  private static Map<String, Object> tasklistIntake(String community) {
    return StepForms.intake("13912345678", community, "9");
  }

  private String titleOfOpenTask(String complaintNo) {
    String processId = processOf(complaintNo);
    return tasks
        .createTaskQuery()
        .processInstanceId(processId)
        .taskDefinitionKey("UserTask_VerifyComplaint")
        .singleResult()
        .getName();
  }

  long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  /** The officer handles the verified complaint (已处理) and tells the complainant by phone. */
  private void handledAndToldTheComplainant(String processId) {
    complete(
        ApiUsers.OFFICER, openTask(processId), Map.of("handlingResult", "已处理", "escalate", false));
    complete(
        ApiUsers.OFFICER,
        openTask(processId),
        Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知"));
  }
}
