package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.identity.EngineSignIn;
import com.wuye.complaints.support.EngineResets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-KPI-1 the managers' dashboard: its counts and lists match the rows, the managers read every
 * complaint in Cockpit and change nothing, a handling step completed late is recorded, households
 * come from the register per building. Run on H2 and MariaDB by the subclasses.
 */
@ExtendWith(EngineResets.class)
abstract class DashboardScenario extends ApiScenario {

  @BeforeEach
  void setUp() {
    ApiUsers.ensure(identity, "api-gmassistant", "gm-assistant");
    ApiUsers.ensure(identity, "api-pm", "project-manager");
  }

  @Test
  @DisplayName(
      "R-KPI-1 the dashboard's lists behind each number match the rows of a known month, names masked, scope per role")
  void listsTheComplaintsBehindEveryNumber() {
    KpiMonth month = seededKpiMonth();
    String period = "&from=2019-03-01&to=2019-03-31&community=" + month.a;
    String periodOfB = "&from=2019-03-01&to=2019-03-31&community=" + month.b;

    assertThat(nos(list(ApiUsers.GM, "received" + period))).as("A1-A4, A6").hasSize(5);
    assertThat(list(ApiUsers.GM, "closed" + period).get("total").asInt()).isEqualTo(3);
    assertThat(nos(list(ApiUsers.GM, "closedLate" + period)))
        .as("A2 response late, A3 visit late")
        .containsExactlyInAnyOrder(no(month, 2), no(month, 3));
    assertThat(nos(list(ApiUsers.GM, "unsatisfied" + period))).containsExactly(no(month, 3));
    assertThat(nos(list(ApiUsers.GM, "repeat" + period))).containsExactly(no(month, 3));
    assertThat(nos(list(ApiUsers.GM, "responseLate" + period)))
        .containsExactlyInAnyOrder(no(month, 2), no(month, 4));
    assertThat(nos(list(ApiUsers.GM, "closedUnvisited" + periodOfB)))
        .as("B1 closed without a visit")
        .containsExactly(no(month, 8));
    assertThat(nos(list(ApiUsers.GM, "handlingLate" + periodOfB)))
        .as("B1 handled after its due date")
        .containsExactly(no(month, 8));
    assertThat(nos(list(ApiUsers.GM, "returnVisitLate" + period))).containsExactly(no(month, 3));
    // now: the open ones, whenever received
    JsonNode open = list(ApiUsers.AFFAIRS, "open&community=" + month.a);
    assertThat(nos(open))
        .as("A4 HOT, A6 MAJOR, A7 awaiting verification")
        .containsExactlyInAnyOrder(no(month, 4), no(month, 6), no(month, 7));
    assertThat(nos(list(ApiUsers.GM, "open&severity=MAJOR&community=" + month.a)))
        .containsExactly(no(month, 6));
    assertThat(nos(list(ApiUsers.GM, "breached&step=response&community=" + month.a)))
        .containsExactly(no(month, 4));
    JsonNode a6 = line(open, no(month, 6));
    assertThat(a6.get("severity").asText()).isEqualTo("MAJOR");
    assertThat(a6.get("handlerGroup").asText()).isEqualTo("general-manager");
    assertThat(a6.get("communityName").asText()).isEqualTo("指标甲小区");
    assertThat(a6.get("complainant").asText()).as("R-CUST-5 masked").isEqualTo("测***");
    assertThat(open.toString()).doesNotContain("13900000000").doesNotContain("测试业主");
    assertThat(a6.get("ageDays").asDouble()).isGreaterThan(365);

    JsonNode dashboard =
        api.get("api-gmassistant", "/api/reports/dashboard?community=" + month.a).json();
    assertThat(dashboard.get("scope").asText()).isEqualTo("company");
    JsonNode summary = dashboard.get("summary");
    // the dashboard's periods end today in the company's time zone, whatever the browser's zone
    assertThat(summary.get("today").asText())
        .isEqualTo(
            java.time.LocalDate.ofInstant(
                    java.time.Instant.parse(summary.get("asOf").asText()),
                    java.time.ZoneId.of("Asia/Shanghai"))
                .toString());
    int openCount = 0;
    for (JsonNode row : summary.get("openBySeverityAndCommunity")) {
      openCount += row.get("count").asInt();
    }
    assertThat(openCount)
        .as("the open table adds up to the open list")
        .isEqualTo(open.get("total").asInt());
    assertThat(summary.get("breachedOpen").get("response").asInt()).isEqualTo(1);
    assertThat(summary.get("breachedOpen").get("handling").asInt()).isZero();

    // supervisors: their groups' complaints only (A1-A3 closed, A7 open); project managers: A3 only
    JsonNode supervisor = list(ApiUsers.SUPERVISOR, "open&community=" + month.a);
    assertThat(supervisor.get("scope").asText()).isEqualTo("customer-supervisor");
    assertThat(nos(supervisor)).containsExactly(no(month, 7));
    assertThat(list("api-pm", "open&community=" + month.a).get("total").asInt()).isZero();

    for (String nobody :
        List.of(ApiUsers.OFFICER, ApiUsers.VISITOR, ApiUsers.CLIENT, ApiUsers.DEPTHEAD)) {
      assertThat(api.get(nobody, "/api/reports/complaints?filter=open").status())
          .as(nobody)
          .isEqualTo(403);
      assertThat(api.get(nobody, "/api/reports/dashboard").status()).as(nobody).isEqualTo(403);
    }
    api.as(ApiUsers.GM).get("/api/reports/complaints?filter=everything").expect(400);
    api.as(ApiUsers.GM).get("/api/reports/complaints?filter=received").expect(400, "no period");
    api.as(ApiUsers.GM).get("/api/reports/complaints?filter=breached").expect(400, "no step");
  }

  @Test
  @DisplayName(
      "R-KPI-1 a handling step completed after its due date is recorded on the complaint and shows on the dashboard; one in time is not")
  void recordsAHandlingStepCompletedLate() {
    ApiUsers.ensure(identity, "dash-officer", "property-officer");
    ApiUsers.ensure(identity, "dash-supervisor", "customer-supervisor");
    ProcessInstance late = receive();
    ProcessInstance inTime = receive();
    for (ProcessInstance process : List.of(late, inTime)) {
      work(process, "dash-supervisor", Map.of("verificationNote", "属实"));
    }
    Task lateTask = openTask(late);
    assertThat(lateTask.getTaskDefinitionKey()).isEqualTo("UserTask_HandleComplaint");
    assertThat(lateTask.getDueDate()).isNotNull();
    work(inTime, "dash-officer", Map.of("handlingResult", "已清理"));

    ClockUtil.setCurrentTime(
        new Date(lateTask.getDueDate().getTime() + Duration.ofHours(1).toMillis()));
    String lateNo = late.getBusinessKey();
    JsonNode overdue = list(ApiUsers.GM, "overdue&step=UserTask_HandleComplaint");
    assertThat(nos(overdue))
        .as("past its due date, still open")
        .contains(lateNo)
        .doesNotContain(inTime.getBusinessKey());
    JsonNode steps =
        api.get(ApiUsers.GM, "/api/reports/dashboard?community=huayuan")
            .json()
            .get("summary")
            .get("overdueOpenByStep");
    assertThat(steps.toString()).contains("UserTask_HandleComplaint").contains("处理投诉");
    work(late, "dash-officer", Map.of("handlingResult", "已清理"));

    assertThat(events(lateNo, "HANDLING_OVERDUE")).isEqualTo(1);
    assertThat(events(inTime.getBusinessKey(), "HANDLING_OVERDUE")).isZero();
    assertThat(nos(list(ApiUsers.GM, "breached&step=handling&community=huayuan")))
        .contains(lateNo)
        .doesNotContain(inTime.getBusinessKey());
  }

  @Test
  @DisplayName(
      "R-KPI-1 the general manager, GM's assistants and general-affairs managers read every complaint, its tasks and history, and change nothing")
  void managersReadEveryComplaintAndChangeNothing() {
    ApiUsers.ensure(identity, "dash-officer", "property-officer");
    ProcessInstance process = receive();
    for (String manager : List.of(ApiUsers.GM, "api-gmassistant", ApiUsers.AFFAIRS)) {
      EngineSignIn.as(identity, manager);
      try {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count())
            .as(manager)
            .isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count())
            .as(manager)
            .isEqualTo(1);
        assertThat(
                history
                    .createHistoricProcessInstanceQuery()
                    .processInstanceId(process.getId())
                    .count())
            .as(manager)
            .isEqualTo(1);
        assertThat(
                history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(process.getId())
                    .count())
            .as(manager)
            .isPositive();
        Task task = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
        assertThatThrownBy(() -> runtime.setVariable(process.getId(), "severity", "GENERAL"))
            .as(manager)
            .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtime.suspendProcessInstanceById(process.getId()))
            .as(manager)
            .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtime.deleteProcessInstance(process.getId(), "test"))
            .as(manager)
            .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.complete(task.getId()))
            .as(manager)
            .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.setAssignee(task.getId(), manager))
            .as(manager)
            .isInstanceOf(AuthorizationException.class);
      } finally {
        identity.clearAuthentication();
      }
    }
    EngineSignIn.as(identity, ApiUsers.OFFICER);
    try {
      assertThat(
              history
                  .createHistoricProcessInstanceQuery()
                  .processInstanceId(process.getId())
                  .count())
          .as("an officer who is not on it does not read its history")
          .isZero();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName(
      "R-KPI-1 households per building come from the customer register, so a breakdown by building has a complaint rate")
  void countsTheRegistersHouseholdsPerBuilding() {
    KpiMonth month = seededKpiMonth();
    jdbc.update("insert into building (community_code, name) values (?, '1')", month.b);
    long building =
        jdbc.queryForObject(
            "select id from building where community_code = ? and name = '1'", Long.class, month.b);
    for (int room = 1; room <= 40; room++) {
      jdbc.update(
          "insert into dwelling (building_id, unit, room) values (?, '1', ?)",
          building,
          String.valueOf(100 + room));
      long dwelling =
          jdbc.queryForObject(
              "select id from dwelling where building_id = ? and room = ?",
              Long.class,
              building,
              String.valueOf(100 + room));
      jdbc.update("insert into household (dwelling_id) values (?)", dwelling);
    }
    String period = "from=2019-03-01&to=2019-03-31&community=" + month.b;
    JsonNode byBuilding =
        api.get(ApiUsers.GM, "/api/reports/kpis/breakdown?by=building&" + period).json();
    JsonNode b1 = null;
    for (JsonNode group : byBuilding.get("groups")) {
      if (group.get("key").asText().equals(month.b + "/1")) {
        b1 = group.get("figures");
      }
    }
    assertThat(b1.get("households").asInt()).isEqualTo(40);
    assertThat(b1.get("complaintRate").asDouble()).as("2 received / 40 households").isEqualTo(0.05);
    JsonNode community = api.get(ApiUsers.GM, "/api/reports/kpis?" + period).json().get("figures");
    assertThat(community.get("households").asInt())
        .as("the register's 40, not the 100 kept on the community")
        .isEqualTo(40);
    JsonNode other =
        api.get(ApiUsers.GM, "/api/reports/kpis?from=2019-03-01&to=2019-03-31&community=" + month.a)
            .json()
            .get("figures");
    assertThat(other.get("households").asInt())
        .as("no register households: the community's count")
        .isEqualTo(200);
  }

  private ProcessInstance receive() {
    Map<String, Object> intake = new HashMap<>();
    String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000));
    intake.put("channel", "PHONE");
    intake.put("category", "CLEANING");
    intake.put("complainantName", Variables.stringValue("测试业主", true));
    intake.put("complainantPhone", Variables.stringValue(phone, true));
    intake.put("community", "huayuan");
    intake.put("building", "D-" + phone.substring(5));
    intake.put("unit", "1");
    intake.put("room", "101");
    intake.put("description", "垃圾未清运");
    intake.put("collectiveSize", 1L);
    EngineSignIn.as(identity, "dash-officer");
    try {
      return runtime.startProcessInstanceByKey("complaint-handling", intake);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task openTask(ProcessInstance process) {
    return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
  }

  private void work(ProcessInstance process, String user, Map<String, Object> form) {
    Task task = openTask(process);
    EngineSignIn.as(identity, user);
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  private int events(String complaintNo, String type) {
    return jdbc.queryForObject(
        "select count(*) from complaint_event e join complaint c on c.id = e.complaint_id"
            + " where c.complaint_no = ? and e.event_type = ?",
        Integer.class,
        complaintNo,
        type);
  }

  private JsonNode list(String user, String query) {
    ApiClient.Reply reply = api.as(user).get("/api/reports/complaints?filter=" + query).expect(200);
    return reply.json();
  }

  private static List<String> nos(JsonNode list) {
    List<String> nos = new ArrayList<>();
    list.get("complaints").forEach(c -> nos.add(c.get("complaintNo").asText()));
    return nos;
  }

  private static JsonNode line(JsonNode list, String no) {
    for (JsonNode c : list.get("complaints")) {
      if (c.get("complaintNo").asText().equals(no)) {
        return c;
      }
    }
    return null;
  }

  /** The number KpiMonth gave its n-th complaint (A1..A7 are 1..7, B1..B3 are 8..10). */
  private static String no(KpiMonth month, int n) {
    return month.no(n);
  }
}
