package com.wuye.complaints.api;

import static com.wuye.complaints.api.ApiClient.copy;
import static com.wuye.complaints.api.ApiClient.key;
import static com.wuye.complaints.api.ApiClient.validIntake;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.support.RequestBodies;
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
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;
  private final Map<String, TreeSet<String>> observed = new TreeMap<>();

  /** The probes of the scenario's application, as its users, over its client. */
  StatusCodeContract(ApiScenario scenario) {
    api = scenario.api;
    identity = scenario.identity;
    runtime = scenario.runtime;
    tasks = scenario.tasks;
    jdbc = scenario.jdbc;
  }

  void run() throws Exception {
    ApiUsers.create(identity, NOBODY, null);
    ApiUsers.ensure(identity, "api-supervisor2", "customer-supervisor");
    String tooLarge = "{\"description\":\"" + "长".repeat(400_000) + "\"}";
    String unknownTask = "0000000000-unknown";

    // --- intake
    Map<String, Object> body = validIntake();
    String idempotencyKey = UUID.randomUUID().toString();
    Probe intake = probe("POST /api/complaints", ApiUsers.CLIENT, "/api/complaints", body);
    ApiClient.Reply created = intake.headers(key(idempotencyKey)).answers(201);
    String no = created.json().get("complaintNo").asText();
    Map<String, Object> other = copy(body);
    other.put("description", "另一件事");
    intake.with(other).headers(key(idempotencyKey)).answers(409);
    intake.with(Map.of()).answers(400);
    intake.refuses(NOBODY);
    intake.with(tooLarge).answers(413);

    // --- repairs (R-REP-1)
    Probe repairIntake =
        probe("POST /api/repairs", ApiUsers.CLIENT, "/api/repairs", ApiClient.validRepair());
    ApiClient.Reply repair = repairIntake.answers(201);
    String orderNo = repair.json().get("orderNo").asText();
    repairIntake.with(Map.of()).answers(400);
    repairIntake.refuses(NOBODY);
    repairIntake.with(tooLarge).answers(413);
    String repairKey = java.util.UUID.randomUUID().toString();
    api.post(ApiUsers.CLIENT, "/api/repairs", ApiClient.validRepair(), ApiClient.key(repairKey));
    repairIntake.headers(ApiClient.key(repairKey)).answers(409);
    // R-REP-4 the price list
    Probe priceList =
        probe("GET /api/repairs/price-list", ApiUsers.ENGINEER, "/api/repairs/price-list", null);
    priceList.answers(200);
    priceList.refuses(NOBODY);
    String priceCode = "ZY-" + (100 + Math.floorMod(java.util.UUID.randomUUID().hashCode(), 900));
    Map<String, Object> priceItem =
        Map.of("name", "更换门吸", "unit", "个", "labourFee", 10, "materialFee", 15);
    Probe addPrice =
        probe(
            "POST /api/repairs/price-list",
            ApiScenario.ADMIN,
            "/api/repairs/price-list",
            Map.of("code", priceCode, "item", priceItem));
    addPrice.answers(201);
    addPrice.answers(409);
    addPrice.with(Map.of("code", "坏代码", "item", priceItem)).answers(400);
    addPrice.refuses(ApiUsers.SUPERVISOR);
    addPrice.with(tooLarge).answers(413);
    Probe changePrice =
        probe(
            "PUT /api/repairs/price-list/{code}",
            ApiScenario.ADMIN,
            "/api/repairs/price-list/" + priceCode,
            priceItem);
    changePrice.answers(200);
    changePrice.with(Map.of("name", "")).answers(400);
    changePrice.refuses(ApiUsers.ENGINEER);
    changePrice.at("/api/repairs/price-list/QQ-00").answers(404);
    changePrice.with(tooLarge).answers(413);
    Probe oneRepair =
        probe("GET /api/repairs/{orderNo}", ApiUsers.CLIENT, "/api/repairs/" + orderNo, null);
    oneRepair.answers(200);
    oneRepair.at("/api/repairs/not-a-number").answers(400);
    oneRepair.refuses(NOBODY);
    oneRepair.at("/api/repairs/PG-20000101-9999").answers(404);

    // --- reading complaints
    Probe one =
        probe("GET /api/complaints/{complaintNo}", ApiUsers.CLIENT, "/api/complaints/" + no, null);
    one.answers(200);
    one.at("/api/complaints/not-a-number").answers(400);
    one.refuses(NOBODY);
    one.at("/api/complaints/TS-20000101-9999").answers(404);
    Probe list = probe("GET /api/complaints", ApiUsers.CLIENT, "/api/complaints", null);
    list.answers(200);
    list.at("/api/complaints?size=0").answers(400);
    list.refuses(NOBODY);

    // --- the tasks of the complaint: verify it (customer-supervisor)
    String processId =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
    String verify = tasks.createTaskQuery().processInstanceId(processId).singleResult().getId();
    Probe claim =
        probe(
            "POST /api/tasks/{taskId}/claim",
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verify + "/claim",
            "");
    claim.answers(204);
    claim.as("api-supervisor2").answers(409);
    claim.at("/api/tasks/bad_id/claim").answers(400);
    claim.refuses(ApiUsers.CLIENT);
    claim.at("/api/tasks/" + unknownTask + "/claim").answers(404);
    taskRead("contact", verify, ApiUsers.SUPERVISOR, ApiUsers.CLIENT, ApiUsers.OFFICER);
    Probe contacted =
        probe(
            "POST /api/tasks/{taskId}/contacted",
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verify + "/contacted",
            "");
    contacted.answers(204);
    contacted.at("/api/tasks/bad_id/contacted").answers(400);
    contacted.refuses(ApiUsers.CLIENT);
    contacted.as(ApiUsers.OFFICER).answers(404);
    taskRead("case-file", verify, ApiUsers.SUPERVISOR, ApiUsers.CLIENT, ApiUsers.OFFICER);
    String path = "/api/tasks/" + verify + "/complete";
    Probe complete =
        probe(
            "POST /api/tasks/{taskId}/complete",
            ApiUsers.SUPERVISOR,
            path,
            Map.of("variables", Map.of()));
    complete.with(Map.of("variables", Map.of("verificationNote", 7))).answers(400);
    complete.refuses(ApiUsers.CLIENT);
    complete.at("/api/tasks/" + unknownTask + "/complete").answers(404);
    complete.with(tooLarge).answers(413);
    complete.with(Map.of("variables", Map.of("verificationNote", "属实"))).answers(204);
    complete.with(Map.of("variables", Map.of("verificationNote", "属实"))).answers(409);
    // what became of the complaint of a task one has completed: only for the one who completed it
    taskRead("outcome", verify, ApiUsers.SUPERVISOR, ApiUsers.CLIENT, ApiUsers.OFFICER);

    // --- new facts
    Probe facts =
        probe(
            "POST /api/complaints/{complaintNo}/facts",
            ApiUsers.OFFICER,
            "/api/complaints/" + no + "/facts",
            Map.of("collectiveSize", 2));
    facts.answers(200);
    facts.with(Map.of()).answers(400);
    facts.refuses(ApiUsers.CLIENT);
    facts.at("/api/complaints/TS-20000101-9999/facts").answers(404);
    facts.with(tooLarge).answers(413);
    // --- waiting on the complainant or a third party (R-SEV-MAJOR/HOT), at the handling step
    String handle = tasks.createTaskQuery().processInstanceId(processId).singleResult().getId();
    Map<String, Object> waitOn = Map.of("on", "COMPLAINANT", "reason", "业主出差");
    Probe taskWait =
        probe(
            "POST /api/tasks/{taskId}/waiting",
            ApiUsers.OFFICER,
            "/api/tasks/" + handle + "/waiting",
            waitOn);
    taskWait.with(Map.of("on", "COMPLAINANT")).answers(400);
    taskWait.refuses(ApiUsers.CLIENT);
    taskWait.as(ApiUsers.VISITOR).answers(404);
    taskWait.with(tooLarge).answers(413);
    Probe taskWaitEnd =
        probe(
            "POST /api/tasks/{taskId}/waiting/end",
            ApiUsers.OFFICER,
            "/api/tasks/" + handle + "/waiting/end",
            "");
    taskWaitEnd.answers(409);
    taskWait.answers(201);
    taskWait.answers(409);
    taskWaitEnd.at("/api/tasks/bad_id/waiting/end").answers(400);
    taskWaitEnd.refuses(ApiUsers.CLIENT);
    taskWaitEnd.as(ApiUsers.VISITOR).answers(404);
    taskWaitEnd.answers(200);
    Probe numberWait =
        probe(
            "POST /api/complaints/{complaintNo}/waiting",
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + no + "/waiting",
            waitOn);
    numberWait.with(Map.of("reason", "x")).answers(400);
    numberWait.refuses(ApiUsers.DEPTHEAD);
    numberWait.at("/api/complaints/TS-20000101-9999/waiting").answers(404);
    numberWait.with(tooLarge).answers(413);
    Probe numberWaitEnd =
        probe(
            "POST /api/complaints/{complaintNo}/waiting/end",
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + no + "/waiting/end",
            "");
    numberWaitEnd.answers(409);
    numberWait.answers(201);
    numberWait.answers(409);
    numberWaitEnd.at("/api/complaints/not-a-number/waiting/end").answers(400);
    numberWaitEnd.refuses(ApiUsers.DEPTHEAD);
    numberWaitEnd.at("/api/complaints/TS-20000101-9999/waiting/end").answers(404);
    numberWaitEnd.answers(200);

    severityAndSameIssue(tooLarge, handle, processId);
    repeatProposal(tooLarge);

    runtime.deleteProcessInstance(
        processId, "status-code contract: a complaint no longer in handling");
    facts.answers(409);

    // --- communities (the admin keeps them; staff and clients read them)
    String code = "sc" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    Probe communities = probe("GET /api/communities", ApiUsers.CLIENT, "/api/communities", null);
    communities.answers(200);
    communities.at("/api/communities?all=perhaps").answers(400);
    communities.refuses(NOBODY);
    Map<String, Object> community = Map.of("code", code, "name", "契约小区", "households", 100);
    Probe add = probe("POST /api/communities", ApiScenario.ADMIN, "/api/communities", community);
    add.answers(201);
    add.answers(409);
    add.with(Map.of("code", "坏代码")).answers(400);
    add.refuses(ApiUsers.SUPERVISOR);
    add.with(tooLarge).answers(413);
    Probe read =
        probe("GET /api/communities/{code}", ApiUsers.CLIENT, "/api/communities/" + code, null);
    read.answers(200);
    read.refuses(NOBODY);
    read.at("/api/communities/nosuchplace").answers(404);
    Probe change =
        probe(
            "PATCH /api/communities/{code}",
            ApiScenario.ADMIN,
            "/api/communities/" + code,
            Map.of("households", 120));
    change.answers(200);
    change.with(Map.of("households", -1)).answers(400);
    change.refuses(ApiUsers.SUPERVISOR);
    change.at("/api/communities/nosuchplace").answers(404);
    change.with(tooLarge).answers(413);
    // issue 16 a community's members: the company's managers read them, the admin keeps them
    Probe members =
        probe(
            "GET /api/communities/{code}/members",
            ApiUsers.GM,
            "/api/communities/" + code + "/members",
            null);
    members.answers(200);
    members.refuses(ApiUsers.SUPERVISOR);
    members.at("/api/communities/nosuchplace/members").answers(404);
    String membership = "/api/communities/" + code + "/members/" + ApiUsers.OFFICER_2;
    Probe join =
        probe("PUT /api/communities/{code}/members/{userId}", ApiScenario.ADMIN, membership, null);
    join.answers(200);
    join.answers(200);
    join.refuses(ApiUsers.SUPERVISOR);
    join.at("/api/communities/" + code + "/members/nosuchperson").answers(404);
    join.at("/api/communities/nosuchplace/members/" + ApiUsers.OFFICER_2).answers(404);
    Probe leave =
        probe(
            "DELETE /api/communities/{code}/members/{userId}", ApiScenario.ADMIN, membership, null);
    leave.refuses(ApiUsers.GM);
    leave.answers(204);
    leave.answers(204);
    leave.at("/api/communities/" + code + "/members/nosuchperson").answers(404);

    // --- the customer register (issue 16): its keepers change it, staff read it masked, the intake
    // client not at all
    Map<String, Object> customer =
        RequestBodies.customer(
            "契约客户", "13900000016", "SC" + code, "1", "101", "C", "householdType", "EMPTY_NEST");
    Probe customers = probe("POST /api/customers", ApiUsers.SUPERVISOR, "/api/customers", customer);
    ApiClient.Reply registered = customers.answers(201);
    String customerId = registered.json().get("id").asText();
    customers.with(Map.of("name", "x")).answers(400);
    customers.refuses(ApiUsers.OFFICER);
    customers.with(tooLarge).answers(413);
    Probe search =
        probe("GET /api/customers", ApiUsers.OFFICER, "/api/customers?phone=13900000016", null);
    search.answers(200);
    search.at("/api/customers").answers(400);
    search.refuses(ApiUsers.CLIENT);
    Probe person =
        probe("GET /api/customers/{id}", ApiUsers.OFFICER, "/api/customers/" + customerId, null);
    person.answers(200);
    person.at("/api/customers/not-a-number").answers(400);
    person.refuses(ApiUsers.CLIENT);
    person.at("/api/customers/999999999").answers(404);
    Probe edit =
        probe(
            "PATCH /api/customers/{id}",
            ApiUsers.VISITOR,
            "/api/customers/" + customerId,
            Map.of("relation", "户主"));
    edit.with(Map.of("category", "B", "categoryReason", "集团员工")).answers(200);
    edit.with(Map.of("category", "A")).answers(400);
    edit.refuses(ApiUsers.OFFICER);
    edit.at("/api/customers/999999999").answers(404);
    edit.with(tooLarge).answers(413);

    // --- VIP cards (R-CUST-3): customer relations and supervisors issue, revoke, replace; staff
    // read
    Map<String, Object> issue = Map.of("level", 2, "reason", "契约测试");
    Probe vip =
        probe(
            "POST /api/customers/{id}/vip-card",
            ApiUsers.VISITOR,
            "/api/customers/" + customerId + "/vip-card",
            issue);
    vip.answers(201);
    vip.answers(409);
    vip.with(Map.of("level", 7)).answers(400);
    vip.refuses(ApiUsers.OFFICER);
    vip.at("/api/customers/999999999/vip-card").answers(404);
    vip.with(tooLarge).answers(413);
    Probe cards =
        probe(
            "GET /api/customers/{id}/vip-cards",
            ApiUsers.OFFICER,
            "/api/customers/" + customerId + "/vip-cards",
            null);
    cards.answers(200);
    cards.at("/api/customers/x/vip-cards").answers(400);
    cards.refuses(ApiUsers.CLIENT);
    cards.at("/api/customers/999999999/vip-cards").answers(404);
    Map<String, Object> why = Map.of("reason", "契约测试");
    for (String step : java.util.List.of("replacement", "revocation")) {
      Probe cardStep =
          probe(
              "POST /api/customers/{id}/vip-card/" + step,
              ApiUsers.VISITOR,
              "/api/customers/" + customerId + "/vip-card/" + step,
              why);
      cardStep.with(Map.of()).answers(400);
      cardStep.refuses(ApiUsers.OFFICER);
      cardStep.with(tooLarge).answers(413);
      cardStep.answers(200);
    }
    // revoked now: neither replaced nor revoked again
    Probe replacement =
        probe(
            "POST /api/customers/{id}/vip-card/replacement",
            ApiUsers.VISITOR,
            "/api/customers/" + customerId + "/vip-card/replacement",
            why);
    replacement.answers(404);
    Probe revocation =
        probe(
            "POST /api/customers/{id}/vip-card/revocation",
            ApiUsers.VISITOR,
            "/api/customers/" + customerId + "/vip-card/revocation",
            why);
    revocation.answers(404);

    PhotoStatusCodes.provoke(api, runtime, tasks, this::expect); // issue 17 item 6: photos
    customerRights(customerId);

    assertThat(observed).as("status codes the API answered, per operation").isEqualTo(documented());
  }

  /**
   * Issue 16: recognising a caller at intake (R-CUST-1/4), a person's export and erasure, the
   * access log (R-CUST-5).
   */
  private void customerRights(String customerId) {
    Probe recognise =
        probe(
            "GET /api/customers/recognise",
            ApiUsers.OFFICER,
            "/api/customers/recognise?phone=13900000016",
            null);
    recognise.answers(200);
    recognise.at("/api/customers/recognise?phone=12").answers(400);
    recognise.refuses(ApiUsers.CLIENT);
    Probe export =
        probe(
            "GET /api/customers/{id}/export",
            ApiUsers.VISITOR,
            "/api/customers/" + customerId + "/export",
            null);
    export.answers(200);
    export.at("/api/customers/x/export").answers(400);
    export.refuses(ApiUsers.OFFICER);
    export.at("/api/customers/999999999/export").answers(404);
    Probe erase =
        probe(
            "POST /api/customers/{id}/erase",
            ApiUsers.VISITOR,
            "/api/customers/" + customerId + "/erase",
            "");
    erase.at("/api/customers/x/erase").answers(400);
    erase.refuses(ApiUsers.OFFICER);
    erase.at("/api/customers/999999999/erase").answers(404);
    erase.answers(200);
    Probe log = probe("GET /api/access-log", ApiScenario.ADMIN, "/api/access-log", null);
    log.at("/api/access-log?subject=" + customerId).answers(200);
    log.at("/api/access-log?from=2026-1-1").answers(400);
    log.refuses(ApiUsers.VISITOR);
  }

  /**
   * R-SEV-UP, R-SEV-HOT: a person's severity, fact corrections, same-issue links and the
   * suggestions list.
   */
  private void severityAndSameIssue(String tooLarge, String handleOfA, String processOfA) {
    String b = intake();
    String closed = intake();
    jdbc.update("update complaint set status = 'CLOSED' where complaint_no = ?", closed);
    Map<String, Object> raise = Map.of("severity", "IMPORTANT", "reason", "影响整栋楼");
    Probe severity =
        probe(
            "POST /api/complaints/{complaintNo}/severity",
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + b + "/severity",
            raise);
    severity.with(Map.of("severity", "HOT")).answers(400);
    severity.refuses(ApiUsers.OFFICER);
    severity.at("/api/complaints/TS-20000101-9999/severity").answers(404);
    severity.with(tooLarge).answers(413);
    severity.answers(200);
    severity.answers(409);
    Map<String, Object> correction =
        Map.of("fact", "inLitigation", "value", false, "reason", "受理时误勾选");
    Probe corrections =
        probe(
            "POST /api/complaints/{complaintNo}/facts/corrections",
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + b + "/facts/corrections",
            correction);
    corrections.answers(200);
    corrections.with(Map.of("fact", "weather", "value", true, "reason", "x")).answers(400);
    corrections.refuses(ApiUsers.OFFICER);
    corrections.at("/api/complaints/TS-20000101-9999/facts/corrections").answers(404);
    corrections.at("/api/complaints/" + closed + "/facts/corrections").answers(409);
    corrections.with(tooLarge).answers(413);

    String d = intake();
    String e = intake();
    Map<String, Object> link = Map.of("other", e, "reason", "同一处漏水");
    Probe links =
        probe(
            "POST /api/complaints/{complaintNo}/links",
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + d + "/links",
            link);
    links.with(Map.of("other", "", "reason", "x")).answers(400);
    links.refuses(ApiUsers.OFFICER);
    links.with(Map.of("other", "TS-20000101-9999", "reason", "x")).answers(404);
    links.with(tooLarge).answers(413);
    links.answers(200);
    links.answers(409);
    Map<String, Object> apart = Map.of("other", e, "reason", "核实后不是同一问题");
    Probe unlink =
        probe(
            "POST /api/complaints/{complaintNo}/unlink",
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + d + "/unlink",
            apart);
    unlink.with(Map.of("reason", "x")).answers(400);
    unlink.refuses(ApiUsers.OFFICER);
    unlink.at("/api/complaints/" + closed + "/unlink").answers(409);
    unlink.with(tooLarge).answers(413);
    unlink.answers(200);
    unlink.answers(404);

    // the verifier's word on a match, from the Verify task
    String f = intake();
    String g = intake();
    String h = intake();
    links
        .at("/api/complaints/" + f + "/links")
        .with(Map.of("other", g, "reason", "同一问题"))
        .answers(200);
    String verifyF = openTask(f);
    String verifyH = openTask(h);
    Map<String, Object> confirmed = Map.of("decision", "CONFIRMED", "reason", "现场核实为同一问题");
    Probe match =
        probe(
            "POST /api/tasks/{taskId}/same-issue",
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyF + "/same-issue",
            confirmed);
    match.with(Map.of("decision", "MAYBE", "reason", "x")).answers(400);
    match.refuses(ApiUsers.CLIENT);
    match.as(ApiUsers.OFFICER).answers(404);
    match.at("/api/tasks/" + verifyH + "/same-issue").answers(409);
    match.with(tooLarge).answers(413);
    match.answers(200);

    // severity and facts from a task of one's own (Tasklist's case-file tab)
    taskRead("severity", verifyH, ApiUsers.SUPERVISOR, ApiUsers.CLIENT, ApiUsers.OFFICER);
    Probe taskSeverity =
        probe(
            "POST /api/tasks/{taskId}/severity",
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyH + "/severity",
            raise);
    taskSeverity.with(Map.of("severity", "HOT")).answers(400);
    taskSeverity.as(null).answers(401);
    taskSeverity.as(ApiUsers.OFFICER).at("/api/tasks/" + handleOfA + "/severity").answers(403);
    taskSeverity.as(ApiUsers.OFFICER).answers(404);
    taskSeverity.with(tooLarge).answers(413);
    taskSeverity.answers(200);
    taskSeverity.answers(409);
    Probe taskFacts =
        probe(
            "POST /api/tasks/{taskId}/facts",
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyH + "/facts",
            Map.of("collectiveSize", 2));
    taskFacts.answers(200);
    taskFacts.with(Map.of()).answers(400);
    taskFacts.refuses(ApiUsers.CLIENT);
    taskFacts.as(ApiUsers.OFFICER).answers(404);
    taskFacts.with(tooLarge).answers(413);
    // at the feedback step the complaint is no longer being resolved: new facts change nothing
    // (409)
    Probe claim =
        probe(
            "POST /api/tasks/{taskId}/claim",
            ApiUsers.OFFICER,
            "/api/tasks/" + handleOfA + "/claim",
            "");
    claim.answers(204);
    Probe complete =
        probe(
            "POST /api/tasks/{taskId}/complete",
            ApiUsers.OFFICER,
            "/api/tasks/" + handleOfA + "/complete",
            Map.of("variables", Map.of("handlingResult", "已清运")));
    complete.answers(204);
    String feedbackOfA =
        tasks.createTaskQuery().processInstanceId(processOfA).singleResult().getId();
    taskFacts.as(ApiUsers.OFFICER).at("/api/tasks/" + feedbackOfA + "/facts").answers(409);
    Probe suggestions =
        probe("GET /api/suggestions", ApiUsers.SUPERVISOR, "/api/suggestions", null);
    suggestions.answers(200);
    suggestions.at("/api/suggestions?size=0").answers(400);
    suggestions.refuses(ApiUsers.OFFICER);

    // R-KPI-1 the figures (managers company-wide, supervisors and project managers for their
    // groups)
    Probe kpis =
        probe(
            "GET /api/reports/kpis",
            ApiUsers.GM,
            "/api/reports/kpis?from=2026-01-01&to=2026-01-31",
            null);
    kpis.answers(200);
    kpis.at("/api/reports/kpis?from=2026-13-01&to=2026-01-31").answers(400);
    kpis.refuses(ApiUsers.OFFICER);
    Probe breakdown =
        probe(
            "GET /api/reports/kpis/breakdown",
            ApiUsers.SUPERVISOR,
            "/api/reports/kpis/breakdown?by=month&from=2026-01-01&to=2026-01-31",
            null);
    breakdown
        .at("/api/reports/kpis/breakdown?by=community&from=2026-01-01&to=2026-01-31")
        .answers(200);
    breakdown.at("/api/reports/kpis/breakdown?by=week&from=2026-01-01&to=2026-01-31").answers(400);
    breakdown.refuses(ApiUsers.VISITOR);
    // R-KPI-1 the managers' dashboard and the complaints behind its numbers
    Probe dashboard =
        probe("GET /api/reports/dashboard", ApiUsers.GM, "/api/reports/dashboard", null);
    dashboard.answers(200);
    dashboard.refuses(ApiUsers.OFFICER);
    Probe behind =
        probe(
            "GET /api/reports/complaints",
            ApiUsers.AFFAIRS,
            "/api/reports/complaints?filter=open",
            null);
    behind.answers(200);
    behind.at("/api/reports/complaints?filter=received").answers(400);
    behind.refuses(ApiUsers.VISITOR);

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
    Probe run =
        probe(
            "POST /api/reports/monthly/{month}/run",
            ApiUsers.AFFAIRS,
            "/api/reports/monthly/" + m + "/run",
            "");
    run.answers(200);
    run.at("/api/reports/monthly/2026-13/run").answers(400);
    run.refuses(ApiUsers.GM);
    run.at("/api/reports/monthly/1900-01/run").answers(404);
    Probe reports =
        probe("GET /api/reports/monthly", ApiUsers.GM, "/api/reports/monthly?month=" + m, null);
    reports.answers(200);
    reports.at("/api/reports/monthly?month=2026-1").answers(400);
    reports.refuses(ApiUsers.OFFICER);
    for (String type : new String[] {"csv", "xlsx"}) {
      Probe download =
          probe(
              "GET /api/reports/monthly/{month}/{scope}." + type,
              ApiUsers.VISITOR,
              "/api/reports/monthly/" + m + "/company." + type,
              null);
      download.answers(200);
      download.at("/api/reports/monthly/2026-00/company." + type).answers(400);
      download.refuses(ApiUsers.OFFICER);
      download.at("/api/reports/monthly/1900-01/company." + type).answers(404);
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
    Probe actions =
        probe("GET /api/preventive-actions", ApiUsers.SUPERVISOR, "/api/preventive-actions", null);
    actions.at("/api/preventive-actions?open=true").answers(200);
    actions.at("/api/preventive-actions?open=maybe").answers(400);
    actions.refuses(ApiUsers.OFFICER);
    Probe done =
        probe(
            "POST /api/preventive-actions/{id}/done",
            ApiUsers.SUPERVISOR,
            "/api/preventive-actions/" + id + "/done",
            "");
    done.at("/api/preventive-actions/x/done").answers(400);
    done.refuses(ApiUsers.OFFICER);
    done.at("/api/preventive-actions/999999999/done").answers(404);
    done.answers(200);
    done.answers(409);

    // the case library: a supervisor marks an open complaint; closed, it is written up
    Probe mark =
        probe(
            "POST /api/complaints/{complaintNo}/case-worthy",
            ApiUsers.SUPERVISOR,
            "/api/complaints/" + openComplaint + "/case-worthy",
            "");
    mark.at("/api/complaints/not-a-number/case-worthy").answers(400);
    mark.refuses(ApiUsers.OFFICER);
    mark.at("/api/complaints/TS-20000101-9999/case-worthy").answers(404);
    mark.answers(200);
    mark.answers(409);
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
    Probe cases = probe("GET /api/cases", ApiUsers.GM, "/api/cases", null);
    cases.at("/api/cases?q=契约测试").answers(200);
    cases.at("/api/cases?category=cleaning").answers(400);
    cases.refuses(ApiUsers.OFFICER);
    Probe oneCase = probe("GET /api/cases/{id}", ApiUsers.VISITOR, "/api/cases/" + caseId, null);
    oneCase.answers(200);
    oneCase.at("/api/cases/x").answers(400);
    oneCase.refuses(ApiUsers.CLIENT);
    oneCase.at("/api/cases/999999999").answers(404);
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
    ApiClient.Reply created = api.as(ApiUsers.CLIENT).post("/api/complaints", first).expect(201);
    String earlier = created.json().get("complaintNo").asText();
    jdbc.update(
        "update complaint set handled_at = ? where complaint_no = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))),
        earlier);
    Map<String, Object> again = validIntake();
    again.put("location", first.get("location"));
    ApiClient.Reply repeated = api.as(ApiUsers.CLIENT).post("/api/complaints", again).expect(201);
    String verifyProposed = openTask(repeated.json().get("complaintNo").asText());
    String verifyNone = openTask(intake());
    Map<String, Object> confirmed = Map.of("decision", "CONFIRMED", "reason", "同一房屋再次投诉");
    Probe repeat =
        probe(
            "POST /api/tasks/{taskId}/repeat",
            ApiUsers.SUPERVISOR,
            "/api/tasks/" + verifyProposed + "/repeat",
            confirmed);
    repeat.with(Map.of("decision", "MAYBE", "reason", "x")).answers(400);
    repeat.with(Map.of("decision", "CONFIRMED")).answers(400);
    repeat.refuses(ApiUsers.CLIENT);
    repeat.as(ApiUsers.OFFICER).answers(404);
    repeat.at("/api/tasks/" + verifyNone + "/repeat").answers(409);
    repeat.with(tooLarge).answers(413);
    ApiClient.Reply decided = repeat.answers(200);
    assertThat(decided.json().get("repeatOf").asText()).isEqualTo(earlier);
    assertThat(decided.json().get("severity").asText()).isEqualTo("IMPORTANT");
    repeat.answers(409);
  }

  private String intake() {
    ApiClient.Reply created =
        api.as(ApiUsers.CLIENT).post("/api/complaints", validIntake()).expect(201);
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

  /**
   * GET /api/tasks/{taskId}/{part}: 200 for the user, 400 for a malformed id, 401 for nobody, 403
   * for a stranger to tasks, 404 for an outsider to this task.
   */
  private void taskRead(String part, String taskId, String user, String stranger, String outsider) {
    Probe read =
        probe("GET /api/tasks/{taskId}/" + part, user, "/api/tasks/" + taskId + "/" + part, null);
    read.answers(200);
    read.at("/api/tasks/bad_id/" + part).answers(400);
    read.refuses(stranger);
    read.as(outsider).answers(404);
  }

  /**
   * The probes of one operation: a request (user, path, body; null user: nobody signed in), and the
   * same request changed in one or two respects, each expected to answer a status.
   */
  private Probe probe(String operation, String user, String path, Object body) {
    return probe(operation, user, path, body, Map.of());
  }

  private Probe probe(
      String operation, String user, String path, Object body, Map<String, String> headers) {
    return new Probe(operation, user, path, body, headers);
  }

  private final class Probe {

    private final String operation;
    private final String user;
    private final String path;
    private final Object body;
    private final Map<String, String> headers;

    private Probe(
        String operation, String user, String path, Object body, Map<String, String> headers) {
      this.operation = operation;
      this.user = user;
      this.path = path;
      this.body = body;
      this.headers = headers;
    }

    Probe as(String otherUser) {
      return new Probe(operation, otherUser, path, body, headers);
    }

    Probe at(String otherPath) {
      return new Probe(operation, user, otherPath, body, headers);
    }

    Probe with(Object otherBody) {
      return new Probe(operation, user, path, otherBody, headers);
    }

    /** Answers 401 to nobody signed in and 403 to {@code user}, who may not. */
    void refuses(String stranger) {
      as(null).answers(401);
      as(stranger).answers(403);
    }

    Probe headers(Map<String, String> otherHeaders) {
      return new Probe(operation, user, path, body, otherHeaders);
    }

    /** Sends the request: it must answer {@code status}; a 4xx or 5xx as a problem. */
    ApiClient.Reply answers(int status) {
      String method = operation.substring(0, operation.indexOf(' '));
      String password = ApiScenario.ADMIN.equals(user) ? ApiScenario.ADMIN_PASSWORD : user;
      return expect(operation, status, api.send(user, password, method, path, body, headers));
    }
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
