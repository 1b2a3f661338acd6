package com.wuye.complaints.api;

import static com.wuye.complaints.api.ApiClient.copy;
import static com.wuye.complaints.api.ApiClient.key;
import static com.wuye.complaints.api.ApiClient.validIntake;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * docs/openapi.json promises, per operation, the status codes a caller can get. This drill provokes
 * each of them over HTTP — success, invalid input, no login, a role that may not, an unknown id, a
 * conflict, a body too large — and checks that every operation of the document answers exactly the
 * codes it lists: none listed that the API never answers, none answered that it does not list. A
 * new operation without probes here fails the check too.
 */
final class StatusCodeContract {

  static final String NOBODY = "api-no-group"; // signed in, in no group

  private final ApiClient api;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final String adminPassword;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;
  private final Map<String, TreeSet<String>> observed = new TreeMap<>();

  StatusCodeContract(
      ApiClient api,
      IdentityService identity,
      RuntimeService runtime,
      TaskService tasks,
      String adminPassword,
      org.springframework.jdbc.core.JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.api = api;
    this.identity = identity;
    this.runtime = runtime;
    this.tasks = tasks;
    this.adminPassword = adminPassword;
  }

  void run() throws Exception {
    if (identity.createUserQuery().userId(NOBODY).count() == 0) {
      var user = identity.newUser(NOBODY);
      user.setPassword(NOBODY);
      ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);
    }
    ApiUsers.ensure(identity, "api-supervisor2", "customer-supervisor");
    String tooLarge = "{\"description\":\"" + "长".repeat(400_000) + "\"}";
    String unknownTask = "0000000000-unknown";

    // --- intake
    String intake = "POST /api/complaints";
    Map<String, Object> body = validIntake();
    String idempotencyKey = UUID.randomUUID().toString();
    ApiClient.Reply created =
        expect(
            intake, 201, api.post(ApiUsers.CLIENT, "/api/complaints", body, key(idempotencyKey)));
    String no = created.json().get("complaintNo").asText();
    Map<String, Object> other = copy(body);
    other.put("description", "另一件事");
    expect(intake, 409, api.post(ApiUsers.CLIENT, "/api/complaints", other, key(idempotencyKey)));
    expect(intake, 400, api.post(ApiUsers.CLIENT, "/api/complaints", Map.of(), Map.of()));
    expect(intake, 401, api.post(null, "/api/complaints", body, Map.of()));
    expect(intake, 403, api.post(NOBODY, "/api/complaints", body, Map.of()));
    expect(intake, 413, api.post(ApiUsers.CLIENT, "/api/complaints", tooLarge, Map.of()));

    // --- repairs (R-REP-1)
    String repairIntake = "POST /api/repairs";
    ApiClient.Reply repair =
        expect(
            repairIntake,
            201,
            api.post(ApiUsers.CLIENT, "/api/repairs", ApiClient.validRepair(), Map.of()));
    String orderNo = repair.json().get("orderNo").asText();
    expect(repairIntake, 400, api.post(ApiUsers.CLIENT, "/api/repairs", Map.of(), Map.of()));
    expect(repairIntake, 401, api.post(null, "/api/repairs", ApiClient.validRepair(), Map.of()));
    expect(repairIntake, 403, api.post(NOBODY, "/api/repairs", ApiClient.validRepair(), Map.of()));
    expect(repairIntake, 413, api.post(ApiUsers.CLIENT, "/api/repairs", tooLarge, Map.of()));
    String repairKey = java.util.UUID.randomUUID().toString();
    api.post(ApiUsers.CLIENT, "/api/repairs", ApiClient.validRepair(), ApiClient.key(repairKey));
    expect(
        repairIntake,
        409,
        api.post(
            ApiUsers.CLIENT, "/api/repairs", ApiClient.validRepair(), ApiClient.key(repairKey)));
    // R-REP-4 the price list
    String priceList = "GET /api/repairs/price-list";
    expect(priceList, 200, api.get(ApiUsers.ENGINEER, "/api/repairs/price-list"));
    expect(priceList, 401, api.get(null, "/api/repairs/price-list"));
    expect(priceList, 403, api.get(NOBODY, "/api/repairs/price-list"));
    String addPrice = "POST /api/repairs/price-list";
    String priceCode = "ZY-" + (100 + Math.floorMod(java.util.UUID.randomUUID().hashCode(), 900));
    Map<String, Object> priceItem =
        Map.of("name", "更换门吸", "unit", "个", "labourFee", 10, "materialFee", 15);
    expect(
        addPrice,
        201,
        admin("POST", "/api/repairs/price-list", Map.of("code", priceCode, "item", priceItem)));
    expect(
        addPrice,
        409,
        admin("POST", "/api/repairs/price-list", Map.of("code", priceCode, "item", priceItem)));
    expect(
        addPrice,
        400,
        admin("POST", "/api/repairs/price-list", Map.of("code", "坏代码", "item", priceItem)));
    expect(
        addPrice,
        401,
        api.post(
            null,
            "/api/repairs/price-list",
            Map.of("code", priceCode, "item", priceItem),
            Map.of()));
    expect(
        addPrice,
        403,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/repairs/price-list",
            Map.of("code", priceCode, "item", priceItem),
            Map.of()));
    expect(addPrice, 413, admin("POST", "/api/repairs/price-list", tooLarge));
    String changePrice = "PUT /api/repairs/price-list/{code}";
    expect(changePrice, 200, admin("PUT", "/api/repairs/price-list/" + priceCode, priceItem));
    expect(
        changePrice, 400, admin("PUT", "/api/repairs/price-list/" + priceCode, Map.of("name", "")));
    expect(
        changePrice,
        401,
        api.send(null, null, "PUT", "/api/repairs/price-list/" + priceCode, priceItem));
    expect(
        changePrice,
        403,
        api.send(
            ApiUsers.ENGINEER,
            ApiUsers.ENGINEER,
            "PUT",
            "/api/repairs/price-list/" + priceCode,
            priceItem));
    expect(changePrice, 404, admin("PUT", "/api/repairs/price-list/QQ-00", priceItem));
    expect(changePrice, 413, admin("PUT", "/api/repairs/price-list/" + priceCode, tooLarge));
    String oneRepair = "GET /api/repairs/{orderNo}";
    expect(oneRepair, 200, api.get(ApiUsers.CLIENT, "/api/repairs/" + orderNo));
    expect(oneRepair, 400, api.get(ApiUsers.CLIENT, "/api/repairs/not-a-number"));
    expect(oneRepair, 401, api.get(null, "/api/repairs/" + orderNo));
    expect(oneRepair, 403, api.get(NOBODY, "/api/repairs/" + orderNo));
    expect(oneRepair, 404, api.get(ApiUsers.CLIENT, "/api/repairs/PG-20000101-9999"));

    // --- reading complaints
    String one = "GET /api/complaints/{complaintNo}";
    expect(one, 200, api.get(ApiUsers.CLIENT, "/api/complaints/" + no));
    expect(one, 400, api.get(ApiUsers.CLIENT, "/api/complaints/not-a-number"));
    expect(one, 401, api.get(null, "/api/complaints/" + no));
    expect(one, 403, api.get(NOBODY, "/api/complaints/" + no));
    expect(one, 404, api.get(ApiUsers.CLIENT, "/api/complaints/TS-20000101-9999"));
    String list = "GET /api/complaints";
    expect(list, 200, api.get(ApiUsers.CLIENT, "/api/complaints"));
    expect(list, 400, api.get(ApiUsers.CLIENT, "/api/complaints?size=0"));
    expect(list, 401, api.get(null, "/api/complaints"));
    expect(list, 403, api.get(NOBODY, "/api/complaints"));

    // --- the tasks of the complaint: verify it (customer-supervisor)
    String processId =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
    String verify = tasks.createTaskQuery().processInstanceId(processId).singleResult().getId();
    String claim = "POST /api/tasks/{taskId}/claim";
    expect(
        claim, 204, api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/claim", "", Map.of()));
    expect(
        claim, 409, api.post("api-supervisor2", "/api/tasks/" + verify + "/claim", "", Map.of()));
    expect(claim, 400, api.post(ApiUsers.SUPERVISOR, "/api/tasks/bad_id/claim", "", Map.of()));
    expect(claim, 401, api.post(null, "/api/tasks/" + verify + "/claim", "", Map.of()));
    expect(claim, 403, api.post(ApiUsers.CLIENT, "/api/tasks/" + verify + "/claim", "", Map.of()));
    expect(
        claim,
        404,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + unknownTask + "/claim", "", Map.of()));

    String contact = "GET /api/tasks/{taskId}/contact";
    expect(contact, 200, api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/contact"));
    expect(contact, 400, api.get(ApiUsers.SUPERVISOR, "/api/tasks/bad_id/contact"));
    expect(contact, 401, api.get(null, "/api/tasks/" + verify + "/contact"));
    expect(contact, 403, api.get(ApiUsers.CLIENT, "/api/tasks/" + verify + "/contact"));
    expect(contact, 404, api.get(ApiUsers.OFFICER, "/api/tasks/" + verify + "/contact"));
    String contacted = "POST /api/tasks/{taskId}/contacted";
    expect(
        contacted,
        204,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/contacted", "", Map.of()));
    expect(
        contacted, 400, api.post(ApiUsers.SUPERVISOR, "/api/tasks/bad_id/contacted", "", Map.of()));
    expect(contacted, 401, api.post(null, "/api/tasks/" + verify + "/contacted", "", Map.of()));
    expect(
        contacted,
        403,
        api.post(ApiUsers.CLIENT, "/api/tasks/" + verify + "/contacted", "", Map.of()));
    expect(
        contacted,
        404,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + verify + "/contacted", "", Map.of()));
    String caseFile = "GET /api/tasks/{taskId}/case-file";
    expect(caseFile, 200, api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/case-file"));
    expect(caseFile, 400, api.get(ApiUsers.SUPERVISOR, "/api/tasks/bad_id/case-file"));
    expect(caseFile, 401, api.get(null, "/api/tasks/" + verify + "/case-file"));
    expect(caseFile, 403, api.get(ApiUsers.CLIENT, "/api/tasks/" + verify + "/case-file"));
    expect(caseFile, 404, api.get(ApiUsers.OFFICER, "/api/tasks/" + verify + "/case-file"));

    String complete = "POST /api/tasks/{taskId}/complete";
    String path = "/api/tasks/" + verify + "/complete";
    expect(
        complete,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            path,
            Map.of("variables", Map.of("verificationNote", 7)),
            Map.of()));
    expect(complete, 401, api.post(null, path, Map.of("variables", Map.of()), Map.of()));
    expect(complete, 403, api.post(ApiUsers.CLIENT, path, Map.of("variables", Map.of()), Map.of()));
    expect(
        complete,
        404,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + unknownTask + "/complete",
            Map.of("variables", Map.of()),
            Map.of()));
    expect(complete, 413, api.post(ApiUsers.SUPERVISOR, path, tooLarge, Map.of()));
    expect(
        complete,
        204,
        api.post(
            ApiUsers.SUPERVISOR,
            path,
            Map.of("variables", Map.of("verificationNote", "属实")),
            Map.of()));
    expect(
        complete,
        409,
        api.post(
            ApiUsers.SUPERVISOR,
            path,
            Map.of("variables", Map.of("verificationNote", "属实")),
            Map.of()));
    // what became of the complaint of a task one has completed: only for the one who completed it
    String outcome = "GET /api/tasks/{taskId}/outcome";
    expect(outcome, 200, api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/outcome"));
    expect(outcome, 400, api.get(ApiUsers.SUPERVISOR, "/api/tasks/bad_id/outcome"));
    expect(outcome, 401, api.get(null, "/api/tasks/" + verify + "/outcome"));
    expect(outcome, 403, api.get(ApiUsers.CLIENT, "/api/tasks/" + verify + "/outcome"));
    expect(outcome, 404, api.get(ApiUsers.OFFICER, "/api/tasks/" + verify + "/outcome"));

    // --- new facts
    String facts = "POST /api/complaints/{complaintNo}/facts";
    expect(
        facts,
        200,
        api.post(
            ApiUsers.OFFICER,
            "/api/complaints/" + no + "/facts",
            Map.of("collectiveSize", 2),
            Map.of()));
    expect(
        facts,
        400,
        api.post(ApiUsers.OFFICER, "/api/complaints/" + no + "/facts", Map.of(), Map.of()));
    expect(
        facts,
        401,
        api.post(null, "/api/complaints/" + no + "/facts", Map.of("collectiveSize", 2), Map.of()));
    expect(
        facts,
        403,
        api.post(
            ApiUsers.CLIENT,
            "/api/complaints/" + no + "/facts",
            Map.of("collectiveSize", 2),
            Map.of()));
    expect(
        facts,
        404,
        api.post(
            ApiUsers.OFFICER,
            "/api/complaints/TS-20000101-9999/facts",
            Map.of("collectiveSize", 2),
            Map.of()));
    expect(
        facts,
        413,
        api.post(ApiUsers.OFFICER, "/api/complaints/" + no + "/facts", tooLarge, Map.of()));
    // --- waiting on the complainant or a third party (R-SEV-MAJOR/HOT), at the handling step
    String handle = tasks.createTaskQuery().processInstanceId(processId).singleResult().getId();
    Map<String, Object> waitOn = Map.of("on", "COMPLAINANT", "reason", "业主出差");
    String taskWait = "POST /api/tasks/{taskId}/waiting";
    String taskWaitEnd = "POST /api/tasks/{taskId}/waiting/end";
    String numberWait = "POST /api/complaints/{complaintNo}/waiting";
    String numberWaitEnd = "POST /api/complaints/{complaintNo}/waiting/end";
    expect(
        taskWait,
        400,
        api.post(
            ApiUsers.OFFICER,
            "/api/tasks/" + handle + "/waiting",
            Map.of("on", "COMPLAINANT"),
            Map.of()));
    expect(taskWait, 401, api.post(null, "/api/tasks/" + handle + "/waiting", waitOn, Map.of()));
    expect(
        taskWait,
        403,
        api.post(ApiUsers.CLIENT, "/api/tasks/" + handle + "/waiting", waitOn, Map.of()));
    expect(
        taskWait,
        404,
        api.post(ApiUsers.VISITOR, "/api/tasks/" + handle + "/waiting", waitOn, Map.of()));
    expect(
        taskWait,
        413,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + handle + "/waiting", tooLarge, Map.of()));
    expect(
        taskWaitEnd,
        409,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + handle + "/waiting/end", "", Map.of()));
    expect(
        taskWait,
        201,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + handle + "/waiting", waitOn, Map.of()));
    expect(
        taskWait,
        409,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + handle + "/waiting", waitOn, Map.of()));
    expect(
        taskWaitEnd,
        400,
        api.post(ApiUsers.OFFICER, "/api/tasks/bad_id/waiting/end", "", Map.of()));
    expect(taskWaitEnd, 401, api.post(null, "/api/tasks/" + handle + "/waiting/end", "", Map.of()));
    expect(
        taskWaitEnd,
        403,
        api.post(ApiUsers.CLIENT, "/api/tasks/" + handle + "/waiting/end", "", Map.of()));
    expect(
        taskWaitEnd,
        404,
        api.post(ApiUsers.VISITOR, "/api/tasks/" + handle + "/waiting/end", "", Map.of()));
    expect(
        taskWaitEnd,
        200,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + handle + "/waiting/end", "", Map.of()));
    expect(
        numberWait,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + no + "/waiting",
            Map.of("reason", "x"),
            Map.of()));
    expect(numberWait, 401, api.post(null, "/api/complaints/" + no + "/waiting", waitOn, Map.of()));
    expect(
        numberWait,
        403,
        api.post(ApiUsers.DEPTHEAD, "/api/complaints/" + no + "/waiting", waitOn, Map.of()));
    expect(
        numberWait,
        404,
        api.post(
            ApiUsers.SUPERVISOR, "/api/complaints/TS-20000101-9999/waiting", waitOn, Map.of()));
    expect(
        numberWait,
        413,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + no + "/waiting", tooLarge, Map.of()));
    expect(
        numberWaitEnd,
        409,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + no + "/waiting/end", "", Map.of()));
    expect(
        numberWait,
        201,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + no + "/waiting", waitOn, Map.of()));
    expect(
        numberWait,
        409,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + no + "/waiting", waitOn, Map.of()));
    expect(
        numberWaitEnd,
        400,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/not-a-number/waiting/end", "", Map.of()));
    expect(
        numberWaitEnd, 401, api.post(null, "/api/complaints/" + no + "/waiting/end", "", Map.of()));
    expect(
        numberWaitEnd,
        403,
        api.post(ApiUsers.DEPTHEAD, "/api/complaints/" + no + "/waiting/end", "", Map.of()));
    expect(
        numberWaitEnd,
        404,
        api.post(
            ApiUsers.SUPERVISOR, "/api/complaints/TS-20000101-9999/waiting/end", "", Map.of()));
    expect(
        numberWaitEnd,
        200,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + no + "/waiting/end", "", Map.of()));

    severityAndSameIssue(tooLarge, handle, processId);
    repeatProposal(tooLarge);

    runtime.deleteProcessInstance(
        processId, "status-code contract: a complaint no longer in handling");
    expect(
        facts,
        409,
        api.post(
            ApiUsers.OFFICER,
            "/api/complaints/" + no + "/facts",
            Map.of("collectiveSize", 2),
            Map.of()));

    // --- communities (the admin keeps them; staff and clients read them)
    String code = "sc" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String communities = "GET /api/communities";
    expect(communities, 200, api.get(ApiUsers.CLIENT, "/api/communities"));
    expect(communities, 400, api.get(ApiUsers.CLIENT, "/api/communities?all=perhaps"));
    expect(communities, 401, api.get(null, "/api/communities"));
    expect(communities, 403, api.get(NOBODY, "/api/communities"));
    String add = "POST /api/communities";
    Map<String, Object> community = Map.of("code", code, "name", "契约小区", "households", 100);
    expect(add, 201, admin("POST", "/api/communities", community));
    expect(add, 409, admin("POST", "/api/communities", community));
    expect(add, 400, admin("POST", "/api/communities", Map.of("code", "坏代码")));
    expect(add, 401, api.post(null, "/api/communities", community, Map.of()));
    expect(add, 403, api.post(ApiUsers.SUPERVISOR, "/api/communities", community, Map.of()));
    expect(add, 413, admin("POST", "/api/communities", tooLarge));
    String read = "GET /api/communities/{code}";
    expect(read, 200, api.get(ApiUsers.CLIENT, "/api/communities/" + code));
    expect(read, 401, api.get(null, "/api/communities/" + code));
    expect(read, 403, api.get(NOBODY, "/api/communities/" + code));
    expect(read, 404, api.get(ApiUsers.CLIENT, "/api/communities/nosuchplace"));
    String change = "PATCH /api/communities/{code}";
    expect(change, 200, admin("PATCH", "/api/communities/" + code, Map.of("households", 120)));
    expect(change, 400, admin("PATCH", "/api/communities/" + code, Map.of("households", -1)));
    expect(
        change,
        401,
        api.send(null, null, "PATCH", "/api/communities/" + code, Map.of("households", 120)));
    expect(
        change,
        403,
        api.send(
            ApiUsers.SUPERVISOR,
            ApiUsers.SUPERVISOR,
            "PATCH",
            "/api/communities/" + code,
            Map.of("households", 120)));
    expect(change, 404, admin("PATCH", "/api/communities/nosuchplace", Map.of("households", 120)));
    expect(change, 413, admin("PATCH", "/api/communities/" + code, tooLarge));
    // issue 16 a community's members: the company's managers read them, the admin keeps them
    String members = "GET /api/communities/{code}/members";
    expect(members, 200, api.get(ApiUsers.GM, "/api/communities/" + code + "/members"));
    expect(members, 401, api.get(null, "/api/communities/" + code + "/members"));
    expect(members, 403, api.get(ApiUsers.SUPERVISOR, "/api/communities/" + code + "/members"));
    expect(members, 404, api.get(ApiUsers.GM, "/api/communities/nosuchplace/members"));
    String join = "PUT /api/communities/{code}/members/{userId}";
    String membership = "/api/communities/" + code + "/members/" + ApiUsers.OFFICER_2;
    expect(join, 200, admin("PUT", membership, null));
    expect(join, 200, admin("PUT", membership, null));
    expect(join, 401, api.send(null, null, "PUT", membership, null));
    expect(join, 403, api.send(ApiUsers.SUPERVISOR, ApiUsers.SUPERVISOR, "PUT", membership, null));
    expect(join, 404, admin("PUT", "/api/communities/" + code + "/members/nosuchperson", null));
    expect(
        join,
        404,
        admin("PUT", "/api/communities/nosuchplace/members/" + ApiUsers.OFFICER_2, null));
    String leave = "DELETE /api/communities/{code}/members/{userId}";
    expect(leave, 401, api.send(null, null, "DELETE", membership, null));
    expect(leave, 403, api.send(ApiUsers.GM, ApiUsers.GM, "DELETE", membership, null));
    expect(leave, 204, admin("DELETE", membership, null));
    expect(leave, 204, admin("DELETE", membership, null));
    expect(leave, 404, admin("DELETE", "/api/communities/" + code + "/members/nosuchperson", null));

    // --- the customer register (issue 16): its keepers change it, staff read it masked, the intake
    // client not at all
    String customers = "POST /api/customers";
    Map<String, Object> customer =
        Map.of(
            "name",
            "契约客户",
            "phone",
            "13900000016",
            "community",
            "huayuan",
            "building",
            "SC" + code,
            "unit",
            "1",
            "room",
            "101",
            "category",
            "C",
            "householdType",
            "EMPTY_NEST");
    ApiClient.Reply registered =
        expect(customers, 201, api.post(ApiUsers.SUPERVISOR, "/api/customers", customer, Map.of()));
    String customerId = registered.json().get("id").asText();
    expect(
        customers,
        400,
        api.post(ApiUsers.SUPERVISOR, "/api/customers", Map.of("name", "x"), Map.of()));
    expect(customers, 401, api.post(null, "/api/customers", customer, Map.of()));
    expect(customers, 403, api.post(ApiUsers.OFFICER, "/api/customers", customer, Map.of()));
    expect(customers, 413, api.post(ApiUsers.SUPERVISOR, "/api/customers", tooLarge, Map.of()));
    String search = "GET /api/customers";
    expect(search, 200, api.get(ApiUsers.OFFICER, "/api/customers?phone=13900000016"));
    expect(search, 400, api.get(ApiUsers.OFFICER, "/api/customers"));
    expect(search, 401, api.get(null, "/api/customers?phone=13900000016"));
    expect(search, 403, api.get(ApiUsers.CLIENT, "/api/customers?phone=13900000016"));
    String person = "GET /api/customers/{id}";
    expect(person, 200, api.get(ApiUsers.OFFICER, "/api/customers/" + customerId));
    expect(person, 400, api.get(ApiUsers.OFFICER, "/api/customers/not-a-number"));
    expect(person, 401, api.get(null, "/api/customers/" + customerId));
    expect(person, 403, api.get(ApiUsers.CLIENT, "/api/customers/" + customerId));
    expect(person, 404, api.get(ApiUsers.OFFICER, "/api/customers/999999999"));
    String edit = "PATCH /api/customers/{id}";
    expect(
        edit,
        200,
        api.send(
            ApiUsers.VISITOR,
            ApiUsers.VISITOR,
            "PATCH",
            "/api/customers/" + customerId,
            Map.of("category", "B", "categoryReason", "集团员工")));
    expect(
        edit,
        400,
        api.send(
            ApiUsers.VISITOR,
            ApiUsers.VISITOR,
            "PATCH",
            "/api/customers/" + customerId,
            Map.of("category", "A")));
    expect(
        edit,
        401,
        api.send(null, null, "PATCH", "/api/customers/" + customerId, Map.of("relation", "户主")));
    expect(
        edit,
        403,
        api.send(
            ApiUsers.OFFICER,
            ApiUsers.OFFICER,
            "PATCH",
            "/api/customers/" + customerId,
            Map.of("relation", "户主")));
    expect(
        edit,
        404,
        api.send(
            ApiUsers.VISITOR,
            ApiUsers.VISITOR,
            "PATCH",
            "/api/customers/999999999",
            Map.of("relation", "户主")));
    expect(
        edit,
        413,
        api.send(
            ApiUsers.VISITOR, ApiUsers.VISITOR, "PATCH", "/api/customers/" + customerId, tooLarge));

    // --- VIP cards (R-CUST-3): customer relations and supervisors issue, revoke, replace; staff
    // read
    String vip = "POST /api/customers/{id}/vip-card";
    Map<String, Object> issue = Map.of("level", 2, "reason", "契约测试");
    expect(
        vip,
        201,
        api.post(ApiUsers.VISITOR, "/api/customers/" + customerId + "/vip-card", issue, Map.of()));
    expect(
        vip,
        409,
        api.post(ApiUsers.VISITOR, "/api/customers/" + customerId + "/vip-card", issue, Map.of()));
    expect(
        vip,
        400,
        api.post(
            ApiUsers.VISITOR,
            "/api/customers/" + customerId + "/vip-card",
            Map.of("level", 7),
            Map.of()));
    expect(vip, 401, api.post(null, "/api/customers/" + customerId + "/vip-card", issue, Map.of()));
    expect(
        vip,
        403,
        api.post(ApiUsers.OFFICER, "/api/customers/" + customerId + "/vip-card", issue, Map.of()));
    expect(
        vip, 404, api.post(ApiUsers.VISITOR, "/api/customers/999999999/vip-card", issue, Map.of()));
    expect(
        vip,
        413,
        api.post(
            ApiUsers.VISITOR, "/api/customers/" + customerId + "/vip-card", tooLarge, Map.of()));
    String cards = "GET /api/customers/{id}/vip-cards";
    expect(cards, 200, api.get(ApiUsers.OFFICER, "/api/customers/" + customerId + "/vip-cards"));
    expect(cards, 400, api.get(ApiUsers.OFFICER, "/api/customers/x/vip-cards"));
    expect(cards, 401, api.get(null, "/api/customers/" + customerId + "/vip-cards"));
    expect(cards, 403, api.get(ApiUsers.CLIENT, "/api/customers/" + customerId + "/vip-cards"));
    expect(cards, 404, api.get(ApiUsers.OFFICER, "/api/customers/999999999/vip-cards"));
    Map<String, Object> why = Map.of("reason", "契约测试");
    for (String step : java.util.List.of("replacement", "revocation")) {
      String op = "POST /api/customers/{id}/vip-card/" + step;
      String at = "/api/customers/" + customerId + "/vip-card/" + step;
      expect(op, 400, api.post(ApiUsers.VISITOR, at, Map.of(), Map.of()));
      expect(op, 401, api.post(null, at, why, Map.of()));
      expect(op, 403, api.post(ApiUsers.OFFICER, at, why, Map.of()));
      expect(op, 413, api.post(ApiUsers.VISITOR, at, tooLarge, Map.of()));
      expect(op, 200, api.post(ApiUsers.VISITOR, at, why, Map.of()));
    }
    // revoked now: neither replaced nor revoked again
    expect(
        "POST /api/customers/{id}/vip-card/replacement",
        404,
        api.post(
            ApiUsers.VISITOR,
            "/api/customers/" + customerId + "/vip-card/replacement",
            why,
            Map.of()));
    expect(
        "POST /api/customers/{id}/vip-card/revocation",
        404,
        api.post(
            ApiUsers.VISITOR,
            "/api/customers/" + customerId + "/vip-card/revocation",
            why,
            Map.of()));

    PhotoStatusCodes.provoke(api, runtime, tasks, this::expect); // issue 17 item 6: photos
    customerRights(customerId);

    assertThat(observed).as("status codes the API answered, per operation").isEqualTo(documented());
  }

  /**
   * Issue 16: recognising a caller at intake (R-CUST-1/4), a person's export and erasure, the
   * access log (R-CUST-5).
   */
  private void customerRights(String customerId) {
    String recognise = "GET /api/customers/recognise";
    expect(recognise, 200, api.get(ApiUsers.OFFICER, "/api/customers/recognise?phone=13900000016"));
    expect(recognise, 400, api.get(ApiUsers.OFFICER, "/api/customers/recognise?phone=12"));
    expect(recognise, 401, api.get(null, "/api/customers/recognise?phone=13900000016"));
    expect(recognise, 403, api.get(ApiUsers.CLIENT, "/api/customers/recognise?phone=13900000016"));
    String export = "GET /api/customers/{id}/export";
    expect(export, 200, api.get(ApiUsers.VISITOR, "/api/customers/" + customerId + "/export"));
    expect(export, 400, api.get(ApiUsers.VISITOR, "/api/customers/x/export"));
    expect(export, 401, api.get(null, "/api/customers/" + customerId + "/export"));
    expect(export, 403, api.get(ApiUsers.OFFICER, "/api/customers/" + customerId + "/export"));
    expect(export, 404, api.get(ApiUsers.VISITOR, "/api/customers/999999999/export"));
    String erase = "POST /api/customers/{id}/erase";
    expect(erase, 400, api.post(ApiUsers.VISITOR, "/api/customers/x/erase", "", Map.of()));
    expect(erase, 401, api.post(null, "/api/customers/" + customerId + "/erase", "", Map.of()));
    expect(
        erase,
        403,
        api.post(ApiUsers.OFFICER, "/api/customers/" + customerId + "/erase", "", Map.of()));
    expect(erase, 404, api.post(ApiUsers.VISITOR, "/api/customers/999999999/erase", "", Map.of()));
    expect(
        erase,
        200,
        api.post(ApiUsers.VISITOR, "/api/customers/" + customerId + "/erase", "", Map.of()));
    String log = "GET /api/access-log";
    expect(log, 200, admin("GET", "/api/access-log?subject=" + customerId, null));
    expect(log, 400, admin("GET", "/api/access-log?from=2026-1-1", null));
    expect(log, 401, api.get(null, "/api/access-log"));
    expect(log, 403, api.get(ApiUsers.VISITOR, "/api/access-log"));
  }

  /**
   * R-SEV-UP, R-SEV-HOT: a person's severity, fact corrections, same-issue links and the
   * suggestions list.
   */
  private void severityAndSameIssue(String tooLarge, String handleOfA, String processOfA) {
    String b = intake();
    String closed = intake();
    jdbc.update("update complaint set status = 'CLOSED' where complaint_no = ?", closed);

    String severity = "POST /api/complaints/{complaintNo}/severity";
    Map<String, Object> raise = Map.of("severity", "IMPORTANT", "reason", "影响整栋楼");
    expect(
        severity,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + b + "/severity",
            Map.of("severity", "HOT"),
            Map.of()));
    expect(severity, 401, api.post(null, "/api/complaints/" + b + "/severity", raise, Map.of()));
    expect(
        severity,
        403,
        api.post(ApiUsers.OFFICER, "/api/complaints/" + b + "/severity", raise, Map.of()));
    expect(
        severity,
        404,
        api.post(
            ApiUsers.SUPERVISOR, "/api/complaints/TS-20000101-9999/severity", raise, Map.of()));
    expect(
        severity,
        413,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + b + "/severity", tooLarge, Map.of()));
    expect(
        severity,
        200,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + b + "/severity", raise, Map.of()));
    expect(
        severity,
        409,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + b + "/severity", raise, Map.of()));

    String corrections = "POST /api/complaints/{complaintNo}/facts/corrections";
    Map<String, Object> correction =
        Map.of("fact", "inLitigation", "value", false, "reason", "受理时误勾选");
    expect(
        corrections,
        200,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + b + "/facts/corrections",
            correction,
            Map.of()));
    expect(
        corrections,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + b + "/facts/corrections",
            Map.of("fact", "weather", "value", true, "reason", "x"),
            Map.of()));
    expect(
        corrections,
        401,
        api.post(null, "/api/complaints/" + b + "/facts/corrections", correction, Map.of()));
    expect(
        corrections,
        403,
        api.post(
            ApiUsers.OFFICER, "/api/complaints/" + b + "/facts/corrections", correction, Map.of()));
    expect(
        corrections,
        404,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/TS-20000101-9999/facts/corrections",
            correction,
            Map.of()));
    expect(
        corrections,
        409,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + closed + "/facts/corrections",
            correction,
            Map.of()));
    expect(
        corrections,
        413,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + b + "/facts/corrections",
            tooLarge,
            Map.of()));

    String d = intake();
    String e = intake();
    String links = "POST /api/complaints/{complaintNo}/links";
    Map<String, Object> link = Map.of("other", e, "reason", "同一处漏水");
    expect(
        links,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + d + "/links",
            Map.of("other", "", "reason", "x"),
            Map.of()));
    expect(links, 401, api.post(null, "/api/complaints/" + d + "/links", link, Map.of()));
    expect(
        links, 403, api.post(ApiUsers.OFFICER, "/api/complaints/" + d + "/links", link, Map.of()));
    expect(
        links,
        404,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + d + "/links",
            Map.of("other", "TS-20000101-9999", "reason", "x"),
            Map.of()));
    expect(
        links,
        413,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + d + "/links", tooLarge, Map.of()));
    expect(
        links,
        200,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + d + "/links", link, Map.of()));
    expect(
        links,
        409,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + d + "/links", link, Map.of()));
    String unlink = "POST /api/complaints/{complaintNo}/unlink";
    Map<String, Object> apart = Map.of("other", e, "reason", "核实后不是同一问题");
    expect(
        unlink,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + d + "/unlink",
            Map.of("reason", "x"),
            Map.of()));
    expect(unlink, 401, api.post(null, "/api/complaints/" + d + "/unlink", apart, Map.of()));
    expect(
        unlink,
        403,
        api.post(ApiUsers.OFFICER, "/api/complaints/" + d + "/unlink", apart, Map.of()));
    expect(
        unlink,
        409,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + closed + "/unlink", apart, Map.of()));
    expect(
        unlink,
        413,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + d + "/unlink", tooLarge, Map.of()));
    expect(
        unlink,
        200,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + d + "/unlink", apart, Map.of()));
    expect(
        unlink,
        404,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/" + d + "/unlink", apart, Map.of()));

    // the verifier's word on a match, from the Verify task
    String f = intake();
    String g = intake();
    String h = intake();
    expect(
        links,
        200,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + f + "/links",
            Map.of("other", g, "reason", "同一问题"),
            Map.of()));
    String verifyF = openTask(f);
    String verifyH = openTask(h);
    String match = "POST /api/tasks/{taskId}/same-issue";
    Map<String, Object> confirmed = Map.of("decision", "CONFIRMED", "reason", "现场核实为同一问题");
    expect(
        match,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyF + "/same-issue",
            Map.of("decision", "MAYBE", "reason", "x"),
            Map.of()));
    expect(
        match, 401, api.post(null, "/api/tasks/" + verifyF + "/same-issue", confirmed, Map.of()));
    expect(
        match,
        403,
        api.post(ApiUsers.CLIENT, "/api/tasks/" + verifyF + "/same-issue", confirmed, Map.of()));
    expect(
        match,
        404,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + verifyF + "/same-issue", confirmed, Map.of()));
    expect(
        match,
        409,
        api.post(
            ApiUsers.SUPERVISOR, "/api/tasks/" + verifyH + "/same-issue", confirmed, Map.of()));
    expect(
        match,
        413,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verifyF + "/same-issue", tooLarge, Map.of()));
    expect(
        match,
        200,
        api.post(
            ApiUsers.SUPERVISOR, "/api/tasks/" + verifyF + "/same-issue", confirmed, Map.of()));

    // severity and facts from a task of one's own (Tasklist's case-file tab)
    String rights = "GET /api/tasks/{taskId}/severity";
    expect(rights, 200, api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verifyH + "/severity"));
    expect(rights, 400, api.get(ApiUsers.SUPERVISOR, "/api/tasks/bad_id/severity"));
    expect(rights, 401, api.get(null, "/api/tasks/" + verifyH + "/severity"));
    expect(rights, 403, api.get(ApiUsers.CLIENT, "/api/tasks/" + verifyH + "/severity"));
    expect(rights, 404, api.get(ApiUsers.OFFICER, "/api/tasks/" + verifyH + "/severity"));
    String taskSeverity = "POST /api/tasks/{taskId}/severity";
    expect(
        taskSeverity,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyH + "/severity",
            Map.of("severity", "HOT"),
            Map.of()));
    expect(
        taskSeverity, 401, api.post(null, "/api/tasks/" + verifyH + "/severity", raise, Map.of()));
    expect(
        taskSeverity,
        403,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + handleOfA + "/severity", raise, Map.of()));
    expect(
        taskSeverity,
        404,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + verifyH + "/severity", raise, Map.of()));
    expect(
        taskSeverity,
        413,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verifyH + "/severity", tooLarge, Map.of()));
    expect(
        taskSeverity,
        200,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verifyH + "/severity", raise, Map.of()));
    expect(
        taskSeverity,
        409,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verifyH + "/severity", raise, Map.of()));
    String taskFacts = "POST /api/tasks/{taskId}/facts";
    expect(
        taskFacts,
        200,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyH + "/facts",
            Map.of("collectiveSize", 2),
            Map.of()));
    expect(
        taskFacts,
        400,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verifyH + "/facts", Map.of(), Map.of()));
    expect(
        taskFacts,
        401,
        api.post(null, "/api/tasks/" + verifyH + "/facts", Map.of("collectiveSize", 2), Map.of()));
    expect(
        taskFacts,
        403,
        api.post(
            ApiUsers.CLIENT,
            "/api/tasks/" + verifyH + "/facts",
            Map.of("collectiveSize", 2),
            Map.of()));
    expect(
        taskFacts,
        404,
        api.post(
            ApiUsers.OFFICER,
            "/api/tasks/" + verifyH + "/facts",
            Map.of("collectiveSize", 2),
            Map.of()));
    expect(
        taskFacts,
        413,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verifyH + "/facts", tooLarge, Map.of()));
    // at the feedback step the complaint is no longer being resolved: new facts change nothing
    // (409)
    expect(
        "POST /api/tasks/{taskId}/claim",
        204,
        api.post(ApiUsers.OFFICER, "/api/tasks/" + handleOfA + "/claim", "", Map.of()));
    expect(
        "POST /api/tasks/{taskId}/complete",
        204,
        api.post(
            ApiUsers.OFFICER,
            "/api/tasks/" + handleOfA + "/complete",
            Map.of("variables", Map.of("handlingResult", "已清运")),
            Map.of()));
    String feedbackOfA =
        tasks.createTaskQuery().processInstanceId(processOfA).singleResult().getId();
    expect(
        taskFacts,
        409,
        api.post(
            ApiUsers.OFFICER,
            "/api/tasks/" + feedbackOfA + "/facts",
            Map.of("collectiveSize", 2),
            Map.of()));

    String suggestions = "GET /api/suggestions";
    expect(suggestions, 200, api.get(ApiUsers.SUPERVISOR, "/api/suggestions"));
    expect(suggestions, 400, api.get(ApiUsers.SUPERVISOR, "/api/suggestions?size=0"));
    expect(suggestions, 401, api.get(null, "/api/suggestions"));
    expect(suggestions, 403, api.get(ApiUsers.OFFICER, "/api/suggestions"));

    // R-KPI-1 the figures (managers company-wide, supervisors and project managers for their
    // groups)
    String kpis = "GET /api/reports/kpis";
    expect(kpis, 200, api.get(ApiUsers.GM, "/api/reports/kpis?from=2026-01-01&to=2026-01-31"));
    expect(kpis, 400, api.get(ApiUsers.GM, "/api/reports/kpis?from=2026-13-01&to=2026-01-31"));
    expect(kpis, 401, api.get(null, "/api/reports/kpis?from=2026-01-01&to=2026-01-31"));
    expect(kpis, 403, api.get(ApiUsers.OFFICER, "/api/reports/kpis?from=2026-01-01&to=2026-01-31"));
    String breakdown = "GET /api/reports/kpis/breakdown";
    expect(
        breakdown,
        200,
        api.get(
            ApiUsers.SUPERVISOR,
            "/api/reports/kpis/breakdown?by=community&from=2026-01-01&to=2026-01-31"));
    expect(
        breakdown,
        400,
        api.get(
            ApiUsers.SUPERVISOR,
            "/api/reports/kpis/breakdown?by=week&from=2026-01-01&to=2026-01-31"));
    expect(
        breakdown,
        401,
        api.get(null, "/api/reports/kpis/breakdown?by=month&from=2026-01-01&to=2026-01-31"));
    expect(
        breakdown,
        403,
        api.get(
            ApiUsers.VISITOR,
            "/api/reports/kpis/breakdown?by=month&from=2026-01-01&to=2026-01-31"));
    // R-KPI-1 the managers' dashboard and the complaints behind its numbers
    String dashboard = "GET /api/reports/dashboard";
    expect(dashboard, 200, api.get(ApiUsers.GM, "/api/reports/dashboard"));
    expect(dashboard, 401, api.get(null, "/api/reports/dashboard"));
    expect(dashboard, 403, api.get(ApiUsers.OFFICER, "/api/reports/dashboard"));
    String behind = "GET /api/reports/complaints";
    expect(behind, 200, api.get(ApiUsers.AFFAIRS, "/api/reports/complaints?filter=open"));
    expect(behind, 400, api.get(ApiUsers.AFFAIRS, "/api/reports/complaints?filter=received"));
    expect(behind, 401, api.get(null, "/api/reports/complaints?filter=open"));
    expect(behind, 403, api.get(ApiUsers.VISITOR, "/api/reports/complaints?filter=open"));

    monthlyAnalysis();
  }

  /**
   * R-KPI-2 the monthly analysis, its preventive actions and the case library
   * (MonthlyAnalysisScenario proves what they do).
   */
  private void monthlyAnalysis() {
    AnalysisMonth month = new AnalysisMonth(jdbc);
    month.seed();
    ApiUsers.inCommunities(identity, month.a, month.b); // issue 16
    String openComplaint = month.openComplaint();
    String m = month.month.toString();
    String run = "POST /api/reports/monthly/{month}/run";
    expect(
        run, 200, api.post(ApiUsers.AFFAIRS, "/api/reports/monthly/" + m + "/run", "", Map.of()));
    expect(run, 400, api.post(ApiUsers.AFFAIRS, "/api/reports/monthly/2026-13/run", "", Map.of()));
    expect(run, 401, api.post(null, "/api/reports/monthly/" + m + "/run", "", Map.of()));
    expect(run, 403, api.post(ApiUsers.GM, "/api/reports/monthly/" + m + "/run", "", Map.of()));
    expect(run, 404, api.post(ApiUsers.AFFAIRS, "/api/reports/monthly/1900-01/run", "", Map.of()));
    String reports = "GET /api/reports/monthly";
    expect(reports, 200, api.get(ApiUsers.GM, "/api/reports/monthly?month=" + m));
    expect(reports, 400, api.get(ApiUsers.GM, "/api/reports/monthly?month=2026-1"));
    expect(reports, 401, api.get(null, "/api/reports/monthly?month=" + m));
    expect(reports, 403, api.get(ApiUsers.OFFICER, "/api/reports/monthly?month=" + m));
    for (String type : new String[] {"csv", "xlsx"}) {
      String download = "GET /api/reports/monthly/{month}/{scope}." + type;
      expect(
          download,
          200,
          api.get(ApiUsers.VISITOR, "/api/reports/monthly/" + m + "/company." + type));
      expect(
          download, 400, api.get(ApiUsers.VISITOR, "/api/reports/monthly/2026-00/company." + type));
      expect(download, 401, api.get(null, "/api/reports/monthly/" + m + "/company." + type));
      expect(
          download,
          403,
          api.get(ApiUsers.OFFICER, "/api/reports/monthly/" + m + "/company." + type));
      expect(
          download, 404, api.get(ApiUsers.VISITOR, "/api/reports/monthly/1900-01/company." + type));
    }

    // the month's analysis task, completed with one preventive action for the customer-service
    // supervisors
    String analyse =
        tasks
            .createTaskQuery()
            .processDefinitionKey("monthly-analysis")
            .processInstanceBusinessKey(m)
            .singleResult()
            .getId();
    tasks.claim(analyse, ApiUsers.VISITOR);
    tasks.complete(
        analyse,
        Map.of(
            "causes",
            "噪音投诉反复",
            "action1Cause",
            "装修噪音",
            "action1Text",
            "装修登记时告知施工时间",
            "action1Owner",
            "customer-supervisor"));
    long id =
        jdbc.queryForObject(
            "select id from preventive_action where report_month = ?", Long.class, m);
    String actions = "GET /api/preventive-actions";
    expect(actions, 200, api.get(ApiUsers.SUPERVISOR, "/api/preventive-actions?open=true"));
    expect(actions, 400, api.get(ApiUsers.SUPERVISOR, "/api/preventive-actions?open=maybe"));
    expect(actions, 401, api.get(null, "/api/preventive-actions"));
    expect(actions, 403, api.get(ApiUsers.OFFICER, "/api/preventive-actions"));
    String done = "POST /api/preventive-actions/{id}/done";
    expect(
        done, 400, api.post(ApiUsers.SUPERVISOR, "/api/preventive-actions/x/done", "", Map.of()));
    expect(done, 401, api.post(null, "/api/preventive-actions/" + id + "/done", "", Map.of()));
    expect(
        done,
        403,
        api.post(ApiUsers.OFFICER, "/api/preventive-actions/" + id + "/done", "", Map.of()));
    expect(
        done,
        404,
        api.post(ApiUsers.SUPERVISOR, "/api/preventive-actions/999999999/done", "", Map.of()));
    expect(
        done,
        200,
        api.post(ApiUsers.SUPERVISOR, "/api/preventive-actions/" + id + "/done", "", Map.of()));
    expect(
        done,
        409,
        api.post(ApiUsers.SUPERVISOR, "/api/preventive-actions/" + id + "/done", "", Map.of()));

    // the case library: a supervisor marks an open complaint; closed, it is written up
    String mark = "POST /api/complaints/{complaintNo}/case-worthy";
    expect(
        mark,
        400,
        api.post(ApiUsers.SUPERVISOR, "/api/complaints/not-a-number/case-worthy", "", Map.of()));
    expect(
        mark,
        401,
        api.post(null, "/api/complaints/" + openComplaint + "/case-worthy", "", Map.of()));
    expect(
        mark,
        403,
        api.post(
            ApiUsers.OFFICER, "/api/complaints/" + openComplaint + "/case-worthy", "", Map.of()));
    expect(
        mark,
        404,
        api.post(
            ApiUsers.SUPERVISOR, "/api/complaints/TS-20000101-9999/case-worthy", "", Map.of()));
    expect(
        mark,
        200,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + openComplaint + "/case-worthy",
            "",
            Map.of()));
    expect(
        mark,
        409,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + openComplaint + "/case-worthy",
            "",
            Map.of()));
    long complaintId =
        jdbc.queryForObject(
            "select id from complaint where complaint_no = ?", Long.class, openComplaint);
    runtime
        .createProcessInstanceByKey("complaint-handling")
        .businessKey(openComplaint)
        .startBeforeActivity("ServiceTask_CloseComplaint")
        .setVariable("complaintId", complaintId)
        .execute();
    String writeUp =
        tasks
            .createTaskQuery()
            .processDefinitionKey("case-write-up")
            .processInstanceBusinessKey(openComplaint)
            .singleResult()
            .getId();
    tasks.claim(writeUp, ApiUsers.VISITOR);
    tasks.complete(
        writeUp,
        Map.of("caseTitle", "契约测试", "caseCause", "原因", "caseHandling", "处理", "caseLessons", "教训"));
    long caseId =
        jdbc.queryForObject(
            "select id from complaint_case where complaint_no = ?", Long.class, openComplaint);
    String cases = "GET /api/cases";
    expect(cases, 200, api.get(ApiUsers.GM, "/api/cases?q=契约测试"));
    expect(cases, 400, api.get(ApiUsers.GM, "/api/cases?category=cleaning"));
    expect(cases, 401, api.get(null, "/api/cases"));
    expect(cases, 403, api.get(ApiUsers.OFFICER, "/api/cases"));
    String oneCase = "GET /api/cases/{id}";
    expect(oneCase, 200, api.get(ApiUsers.VISITOR, "/api/cases/" + caseId));
    expect(oneCase, 400, api.get(ApiUsers.VISITOR, "/api/cases/x"));
    expect(oneCase, 401, api.get(null, "/api/cases/" + caseId));
    expect(oneCase, 403, api.get(ApiUsers.CLIENT, "/api/cases/" + caseId));
    expect(oneCase, 404, api.get(ApiUsers.VISITOR, "/api/cases/999999999"));
  }

  /**
   * A new complaint of its own (a building of its own, so no same-issue match), by the intake
   * client.
   */
  /**
   * R-SEV-IMPORTANT: the verifier's word on the intake's repeat proposal, from the Verify task. The
   * earlier complaint's handling is seeded two days back (inside the repeat window).
   */
  private void repeatProposal(String tooLarge) {
    Map<String, Object> first = validIntake();
    ApiClient.Reply created = api.post(ApiUsers.CLIENT, "/api/complaints", first, Map.of());
    assertThat(created.status()).isEqualTo(201);
    String earlier = created.json().get("complaintNo").asText();
    jdbc.update(
        "update complaint set handled_at = ? where complaint_no = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))),
        earlier);
    Map<String, Object> again = validIntake();
    again.put("location", first.get("location"));
    ApiClient.Reply repeated = api.post(ApiUsers.CLIENT, "/api/complaints", again, Map.of());
    assertThat(repeated.status()).isEqualTo(201);
    String verifyProposed = openTask(repeated.json().get("complaintNo").asText());
    String verifyNone = openTask(intake());

    String repeat = "POST /api/tasks/{taskId}/repeat";
    Map<String, Object> confirmed = Map.of("decision", "CONFIRMED", "reason", "同一房屋再次投诉");
    expect(
        repeat,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyProposed + "/repeat",
            Map.of("decision", "MAYBE", "reason", "x"),
            Map.of()));
    expect(
        repeat,
        400,
        api.post(
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyProposed + "/repeat",
            Map.of("decision", "CONFIRMED"),
            Map.of()));
    expect(
        repeat,
        401,
        api.post(null, "/api/tasks/" + verifyProposed + "/repeat", confirmed, Map.of()));
    expect(
        repeat,
        403,
        api.post(ApiUsers.CLIENT, "/api/tasks/" + verifyProposed + "/repeat", confirmed, Map.of()));
    expect(
        repeat,
        404,
        api.post(
            ApiUsers.OFFICER, "/api/tasks/" + verifyProposed + "/repeat", confirmed, Map.of()));
    expect(
        repeat,
        409,
        api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verifyNone + "/repeat", confirmed, Map.of()));
    expect(
        repeat,
        413,
        api.post(
            ApiUsers.SUPERVISOR, "/api/tasks/" + verifyProposed + "/repeat", tooLarge, Map.of()));
    ApiClient.Reply decided =
        expect(
            repeat,
            200,
            api.post(
                ApiUsers.SUPERVISOR,
                "/api/tasks/" + verifyProposed + "/repeat",
                confirmed,
                Map.of()));
    assertThat(decided.json().get("repeatOf").asText()).isEqualTo(earlier);
    assertThat(decided.json().get("severity").asText()).isEqualTo("IMPORTANT");
    expect(
        repeat,
        409,
        api.post(
            ApiUsers.SUPERVISOR, "/api/tasks/" + verifyProposed + "/repeat", confirmed, Map.of()));
  }

  private String intake() {
    ApiClient.Reply created = api.post(ApiUsers.CLIENT, "/api/complaints", validIntake(), Map.of());
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("complaintNo").asText();
  }

  private String openTask(String complaintNo) {
    String processId =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(complaintNo)
            .singleResult()
            .getId();
    return tasks.createTaskQuery().processInstanceId(processId).singleResult().getId();
  }

  private ApiClient.Reply admin(String method, String path, Object body) {
    return api.send(IntakeApiScenario.ADMIN, adminPassword, method, path, body);
  }

  private ApiClient.Reply expect(String operation, int status, ApiClient.Reply reply) {
    assertThat(reply.status()).as(operation + " answered " + reply.body()).isEqualTo(status);
    if (status >= 400) {
      assertThat(reply.contentType())
          .as(operation + " " + status + " is a problem")
          .startsWith("application/problem+json");
    }
    observed.computeIfAbsent(operation, op -> new TreeSet<>()).add(String.valueOf(status));
    return reply;
  }

  private static Map<String, TreeSet<String>> documented() throws Exception {
    JsonNode paths =
        ApiClient.JSON.readTree(Files.readString(Path.of("docs/openapi.json"))).get("paths");
    Map<String, TreeSet<String>> documented = new TreeMap<>();
    paths
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          TreeSet<String> codes = new TreeSet<>();
                          operation
                              .getValue()
                              .get("responses")
                              .fieldNames()
                              .forEachRemaining(codes::add);
                          documented.put(
                              operation.getKey().toUpperCase() + " " + path.getKey(), codes);
                        }));
    return documented;
  }
}
