package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.support.RequestBodies;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, 管理处 as the unit of work: a one-community member of staff sees, claims and reads only
 * their community's complaints, repairs and customers — through Tasklist's own API (a real session
 * with its CSRF token), engine REST and {@code /api}; staff of both communities and the
 * company-wide groups see both. Run on H2 and MariaDB by {@link ScopeH2IT} and {@link
 * ScopeMariaDbIT}.
 */
abstract class ScopeScenario extends ApiScenario {

  static final String JINHU_OFFICER = "scope-jinhu-officer";
  static final String JINHU_SUPERVISOR = "scope-jinhu-supervisor";

  @BeforeEach
  void setUp() {
    communities.ensure("jinhu", "锦湖花园");
    ApiUsers.ensure(identity); // api-officer, api-supervisor: jinhu too, as the demo's officer
    oneCommunityStaff(JINHU_OFFICER, "property-officer", "jinhu");
    oneCommunityStaff(JINHU_SUPERVISOR, "customer-supervisor", "jinhu");
  }

  private ProcessInstance process(String complaintNo) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(complaintNo)
        .singleResult();
  }

  private Task openTaskOf(String complaintNo) {
    return tasks.createTaskQuery().processInstanceBusinessKey(complaintNo).singleResult();
  }

  private static List<String> ids(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    reply.json().forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  @Test
  @DisplayName(
      "issue 16 a complaint's and a repair's process instance, its tasks and its timers carry the community's tenant; a new community gets its tenant with the company-wide groups as members")
  void instancesCarryTheirCommunitysTenant() {
    String huayuan = complaintIn("huayuan");
    ProcessInstance process = process(huayuan);
    assertThat(process.getTenantId()).isEqualTo("huayuan");
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).list())
        .isNotEmpty()
        .allMatch(task -> "huayuan".equals(task.getTenantId()));
    assertThat(management.createJobQuery().processInstanceId(process.getId()).list())
        .allMatch(job -> "huayuan".equals(job.getTenantId()));

    ApiClient.Reply repair =
        api.as(ApiUsers.CLIENT).post("/api/repairs", ApiClient.validRepair()).expect(201);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(repair.json().get("orderNo").asText())
                .singleResult()
                .getTenantId())
        .isEqualTo("huayuan");

    String code = "scope" + Long.toString(System.nanoTime(), 36);
    ApiClient.Reply created =
        asAdmin("POST", "/api/communities", Map.of("code", code, "name", "新小区" + code));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Tenant tenant = identity.createTenantQuery().tenantId(code).singleResult();
    assertThat(tenant.getName()).isEqualTo("新小区" + code);
    assertThat(identity.createTenantQuery().tenantId(code).groupMember("general-manager").count())
        .isEqualTo(1);
    assertThat(
            identity.createTenantQuery().tenantId(code).groupMember("customer-relations").count())
        .isEqualTo(1);
    assertThat(identity.createTenantQuery().tenantId(code).groupMember("property-officer").count())
        .as("community staff are made members one by one")
        .isZero();
  }

  @Test
  @DisplayName(
      "issue 16 a one-community supervisor cannot see, claim or read another community's complaint through Tasklist's API, engine REST or /api; their own community's they can; a two-community supervisor and the GM see both")
  void oneCommunitySupervisorSeesOnlyTheirCommunity() {
    String huayuan = complaintIn("huayuan");
    String jinhu = complaintIn("jinhu");
    Task foreign = openTaskOf(huayuan);
    Task own = openTaskOf(jinhu);
    WebappSession tasklist = WebappSession.signIn(api, JINHU_SUPERVISOR);

    // Tasklist's own API (session + CSRF)
    assertThat(
            ids(tasklist.engine("POST", "/task", Map.of("candidateGroup", "customer-supervisor"))))
        .contains(own.getId())
        .doesNotContain(foreign.getId());
    assertThat(tasklist.engine("GET", "/task/" + foreign.getId(), null).status()).isEqualTo(404);
    assertThat(
            tasklist
                .engine(
                    "POST",
                    "/task/" + foreign.getId() + "/claim",
                    Map.of("userId", JINHU_SUPERVISOR))
                .status())
        .isIn(403, 404);
    assertThat(
            tasklist.engine("GET", "/process-instance/" + process(huayuan).getId(), null).status())
        .isIn(403, 404);
    // engine REST
    assertThat(
            ids(api.get(JINHU_SUPERVISOR, "/engine-rest/task?candidateGroup=customer-supervisor")))
        .contains(own.getId())
        .doesNotContain(foreign.getId());
    api.as(JINHU_SUPERVISOR).get("/engine-rest/task/" + foreign.getId()).expect(404);
    assertThat(
            api.post(
                    JINHU_SUPERVISOR,
                    "/engine-rest/task/" + foreign.getId() + "/claim",
                    Map.of("userId", JINHU_SUPERVISOR),
                    Map.of())
                .status())
        .isIn(403, 404);
    assertThat(
            api.get(
                    JINHU_SUPERVISOR,
                    "/engine-rest/history/task?processInstanceBusinessKey=" + huayuan)
                .body())
        .isEqualTo("[]");
    // /api
    api.as(JINHU_SUPERVISOR).get("/api/complaints/" + huayuan).expect(404);
    api.as(JINHU_SUPERVISOR).post("/api/tasks/" + foreign.getId() + "/claim", "").expect(404);
    api.as(JINHU_SUPERVISOR).get("/api/tasks/" + foreign.getId() + "/case-file").expect(404);
    api.as(JINHU_SUPERVISOR).get("/api/tasks/" + foreign.getId() + "/contact").expect(404);
    api.as(JINHU_SUPERVISOR)
        .post(
            "/api/complaints/" + huayuan + "/severity",
            Map.of("severity", "HOT", "reason", "试探 probing"))
        .expect(404);
    JsonNode listed = api.get(JINHU_SUPERVISOR, "/api/complaints?size=100").json().get("items");
    assertThat(listed.findValuesAsText("complaintNo")).doesNotContain(huayuan);
    assertThat(listed.findValuesAsText("community")).containsOnly("jinhu");
    assertThat(tasks.createTaskQuery().taskId(foreign.getId()).singleResult().getAssignee())
        .as("nothing claimed")
        .isNull();

    // their own community: all of it works
    api.as(JINHU_SUPERVISOR).get("/api/complaints/" + jinhu).expect(200);
    api.as(JINHU_SUPERVISOR).get("/api/tasks/" + own.getId() + "/case-file").expect(200);
    api.as(JINHU_SUPERVISOR).get("/api/tasks/" + own.getId() + "/contact").expect(200);
    assertThat(
            tasklist
                .engine(
                    "POST", "/task/" + own.getId() + "/claim", Map.of("userId", JINHU_SUPERVISOR))
                .status())
        .isEqualTo(204);

    // both communities, and company-wide
    api.as(ApiUsers.SUPERVISOR).get("/api/complaints/" + huayuan).expect(200);
    api.as(ApiUsers.SUPERVISOR).get("/api/tasks/" + foreign.getId() + "/case-file").expect(200);
    assertThat(
            ids(
                WebappSession.signIn(api, ApiUsers.SUPERVISOR)
                    .engine("POST", "/task", Map.of("candidateGroup", "customer-supervisor"))))
        .contains(foreign.getId());
    api.as(ApiUsers.GM).get("/api/complaints/" + huayuan).expect(200);
    api.as(ApiUsers.GM).get("/api/complaints/" + jinhu).expect(200);
    api.as(ApiUsers.SUPERVISOR).post("/api/tasks/" + foreign.getId() + "/claim", "").expect(204);
  }

  @Test
  @DisplayName(
      "issue 16 a one-community officer cannot see or claim another community's handling task in Tasklist, engine REST or /api, and does not find its complaint; a two-community officer claims it")
  void oneCommunityOfficerCannotTakeAnotherCommunitysWork() {
    String huayuan = complaintIn("huayuan");
    Task verify = openTaskOf(huayuan);
    completeUnclaimed(ApiUsers.SUPERVISOR, verify.getId(), Map.of("verificationNote", "已核实"));
    Task handle = openTaskOf(huayuan);
    assertThat(tasks.getIdentityLinksForTask(handle.getId()))
        .anyMatch(link -> "property-officer".equals(link.getGroupId()));

    WebappSession tasklist = WebappSession.signIn(api, JINHU_OFFICER);
    assertThat(ids(tasklist.engine("POST", "/task", Map.of("candidateGroup", "property-officer"))))
        .doesNotContain(handle.getId());
    assertThat(
            tasklist
                .engine(
                    "POST", "/task/" + handle.getId() + "/claim", Map.of("userId", JINHU_OFFICER))
                .status())
        .isIn(403, 404);
    assertThat(
            api.post(
                    JINHU_OFFICER,
                    "/engine-rest/task/" + handle.getId() + "/claim",
                    Map.of("userId", JINHU_OFFICER),
                    Map.of())
                .status())
        .isIn(403, 404);
    api.as(JINHU_OFFICER).post("/api/tasks/" + handle.getId() + "/claim", "").expect(404);
    api.as(JINHU_OFFICER).get("/api/tasks/" + handle.getId() + "/contact").expect(404);
    api.as(JINHU_OFFICER).get("/api/tasks/" + handle.getId() + "/case-file").expect(404);
    api.as(JINHU_OFFICER).get("/api/complaints/" + huayuan).expect(404);
    assertThat(tasks.createTaskQuery().taskId(handle.getId()).singleResult().getAssignee())
        .isNull();

    assertThat(
            ids(
                WebappSession.signIn(api, ApiUsers.OFFICER)
                    .engine("POST", "/task", Map.of("candidateGroup", "property-officer"))))
        .contains(handle.getId());
    api.as(ApiUsers.OFFICER).post("/api/tasks/" + handle.getId() + "/claim", "").expect(204);
    api.as(ApiUsers.OFFICER).get("/api/tasks/" + handle.getId() + "/contact").expect(200);
  }

  @Test
  @DisplayName(
      "issue 16 R-IN-1 an officer records a complaint for another community in Tasklist (one window) and then no longer sees it; its community's staff do")
  void aComplaintForAnotherCommunityIsRecordedAndHandedOver() {
    WebappSession tasklist = WebappSession.signIn(api, JINHU_OFFICER);
    String no = tasklist.recordComplaint(startForm("WALK_IN", "huayuan"));
    assertThat(process(no).getTenantId()).isEqualTo("huayuan");
    assertThat(tasklist.engine("GET", "/task?processInstanceBusinessKey=" + no, null).body())
        .isEqualTo("[]");
    api.as(JINHU_OFFICER).get("/api/complaints/" + no).expect(404);
    assertThat(
            ids(api.get(ApiUsers.SUPERVISOR, "/engine-rest/task?processInstanceBusinessKey=" + no)))
        .hasSize(1);
  }

  @Test
  @DisplayName(
      "issue 16 the Tasklist filters (my groups' tasks, supervised overdue) list only the user's communities' tasks")
  void filtersListOnlyTheUsersCommunities() {
    String huayuan = complaintIn("huayuan");
    String jinhu = complaintIn("jinhu");
    String foreign = openTaskOf(huayuan).getId();
    String own = openTaskOf(jinhu).getId();
    String groups = filterId("本组待办 My groups' tasks");
    String overdue = filterId("督办 已逾期 Supervised: overdue");

    WebappSession oneCommunity = WebappSession.signIn(api, JINHU_SUPERVISOR);
    WebappSession both = WebappSession.signIn(api, ApiUsers.SUPERVISOR);
    assertThat(filtered(oneCommunity, groups)).contains(own).doesNotContain(foreign);
    assertThat(filtered(both, groups)).contains(own, foreign);
    ClockUtil.setCurrentTime(
        new Date(System.currentTimeMillis() + 40L * 24 * 3600 * 1000)); // both verify tasks overdue
    try {
      assertThat(filtered(oneCommunity, overdue)).contains(own).doesNotContain(foreign);
      assertThat(filtered(both, overdue)).contains(own, foreign);
    } finally {
      ClockUtil.reset();
    }
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }

  private static List<String> filtered(WebappSession session, String filterId) {
    return ids(
        session.engine(
            "POST", "/filter/" + filterId + "/list?firstResult=0&maxResults=1000", "{}"));
  }

  @Test
  @DisplayName(
      "issue 16 R-CUST-5 the customer register and repair orders: a one-community supervisor reads, finds and keeps only their community's customers and repairs; a two-community supervisor both")
  void customersAndRepairsStayInTheirCommunity() {
    String phone =
        "135"
            + String.format(
                "%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    Map<String, Object> customer = RequestBodies.customer("钱多多", phone, "7", "1", "701", "C");
    ApiClient.Reply created =
        api.as(ApiUsers.SUPERVISOR).post("/api/customers", customer).expect(201);
    String id = created.json().get("id").asText();

    api.as(JINHU_SUPERVISOR).get("/api/customers/" + id).expect(404);
    assertThat(
            api.send(JINHU_SUPERVISOR, "PATCH", "/api/customers/" + id, Map.of("relation", "租户"))
                .status())
        .isEqualTo(404);
    assertThat(api.get(JINHU_SUPERVISOR, "/api/customers?phone=" + phone).body()).isEqualTo("[]");
    assertThat(
            api.get(JINHU_SUPERVISOR, "/api/customers?community=huayuan&building=7")
                .json()
                .findValuesAsText("id"))
        .doesNotContain(id);
    customer.put("phone", "135" + phone.substring(3, 10) + (phone.charAt(10) == '0' ? '1' : '0'));
    api.as(JINHU_SUPERVISOR).post("/api/customers", customer).expect(403);
    api.as(ApiUsers.SUPERVISOR).get("/api/customers/" + id).expect(200);
    assertThat(api.get(ApiUsers.SUPERVISOR, "/api/customers?phone=" + phone).json()).hasSize(1);

    String order = created("/api/repairs", ApiClient.validRepair(), "orderNo");
    api.as(JINHU_OFFICER).get("/api/repairs/" + order).expect(404);
    api.as(ApiUsers.OFFICER).get("/api/repairs/" + order).expect(200);
  }

  @Test
  @DisplayName(
      "issue 16 R-KPI-1 a one-community supervisor's figures count only their community's complaints; the GM's the company's")
  void figuresOfOneCommunity() {
    complaintIn("huayuan");
    complaintIn("jinhu");
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    String range =
        "from="
            + java.time.LocalDate.parse(today).minusDays(1)
            + "&to="
            + java.time.LocalDate.parse(today).plusDays(1);
    ApiClient.Reply one =
        api.as(JINHU_SUPERVISOR)
            .get("/api/reports/kpis/breakdown?by=community&" + range)
            .expect(200);
    assertThat(one.json().get("groups").findValuesAsText("key")).containsOnly("jinhu");
    ApiClient.Reply company =
        api.get(ApiUsers.GM, "/api/reports/kpis/breakdown?by=community&" + range);
    assertThat(company.json().get("groups").findValuesAsText("key")).contains("jinhu", "huayuan");
  }

  @Test
  @DisplayName(
      "issue 16 R-KPI-2 a one-community supervisor reads their community's monthly report, not another community's nor the company's")
  void monthlyReportsOfOneCommunity() {
    java.time.YearMonth lastMonth =
        java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);
    java.time.Instant mid =
        lastMonth.atDay(15).atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    for (String community : List.of("huayuan", "jinhu")) {
      jdbc.update(
          "update complaint set received_at = ?, made_at = ? where complaint_no = ?",
          java.sql.Timestamp.from(mid),
          java.sql.Timestamp.from(mid),
          complaintIn(community));
    }
    ApiClient.Reply run =
        api.as(ApiUsers.AFFAIRS).post("/api/reports/monthly/" + lastMonth + "/run", "").expect(200);

    ApiClient.Reply own =
        api.as(JINHU_SUPERVISOR).get("/api/reports/monthly?month=" + lastMonth).expect(200);
    assertThat(own.json().findValuesAsText("scope")).containsExactly("jinhu");
    String base = "/api/reports/monthly/" + lastMonth + "/";
    api.as(JINHU_SUPERVISOR).get(base + "jinhu.csv").expect(200);
    api.as(JINHU_SUPERVISOR).get(base + "huayuan.csv").expect(404);
    api.as(JINHU_SUPERVISOR).get(base + "company.xlsx").expect(404);
    assertThat(
            api.get(ApiUsers.GM, "/api/reports/monthly?month=" + lastMonth)
                .json()
                .findValuesAsText("scope"))
        .contains("company", "huayuan", "jinhu");
    api.as(ApiUsers.GM).get(base + "company.xlsx").expect(200);
  }
}
