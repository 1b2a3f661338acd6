package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.household.VipCardRenewals;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16 over real HTTP with authorizations on: VIP card renewal (R-CUST-3) on the engine clock,
 * recognising the caller at intake (R-CUST-1, R-CUST-4), and a person's data rights — export,
 * erasure, the access log (R-CUST-5). Run on H2 and on MariaDB by the subclasses.
 */
abstract class CustomerScenario {

  static final String RENEWAL = "vip-card-renewal";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired CommunityService communities;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired VipCardRenewals renewals;

  ApiClient api;

  @BeforeEach
  void setUp() {
    communities.ensure("huayuan", "华苑小区");
    ApiUsers.ensure(identity);
    api = new ApiClient(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    // the renewal job, run with the clock years ahead, also started tasks for other tests' cards: none may linger
    runtime.createProcessInstanceQuery().processDefinitionKey(RENEWAL).list()
        .forEach(process -> runtime.deleteProcessInstance(process.getId(), "test clean-up"));
  }

  @Test
  @DisplayName("R-CUST-3 the renewal job gives customer relations one task per card and expiry, 30 days before it (vip-card-validity), however often it runs")
  void startsTheRenewalTaskOncePerCardAndExpiry() {
    long customer = newCustomer("A");
    JsonNode card = issueCard(customer, 1);
    long cardId = cardId(card);
    Instant validUntil = Instant.parse(card.get("validUntil").asText());

    at(validUntil.minus(31, ChronoUnit.DAYS));
    renewals.startDue();
    assertThat(renewalTasks(cardId)).as("31 days before expiry: not yet").isEmpty();

    at(validUntil.minus(29, ChronoUnit.DAYS));
    renewals.startDue();
    renewals.startDue(); // a second run, as on another node or at the next interval, starts nothing more
    List<Task> open = renewalTasks(cardId);
    assertThat(open).hasSize(1);
    Task task = open.get(0);
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(link -> "customer-relations".equals(link.getGroupId()));
    assertThat(task.getDueDate()).isEqualTo(Date.from(validUntil));
    assertThat(runtime.getVariables(task.getProcessInstanceId()).values()).map(String::valueOf)
        .as("ids and small values only").noneMatch(value -> value.contains("贵宾"));
    assertThat(jdbc.queryForObject("select count(*) from vip_card_renewal where card_id = ?", Long.class, cardId)).isEqualTo(1);
    assertThat(api.post(ApiUsers.OFFICER, "/api/tasks/" + task.getId() + "/claim", "", Map.of()).status())
        .as("customer relations' task, not the officers'").isIn(403, 404);
  }

  @Test
  @DisplayName("R-CUST-3 renewed after re-checking eligibility: the same number, valid three more years from its expiry, RENEWED in the trail; no second task for the old expiry")
  void renewsTheCardUnderItsNumber() {
    long customer = newCustomer("A");
    JsonNode card = issueCard(customer, 2);
    long cardId = cardId(card);
    Instant validUntil = Instant.parse(card.get("validUntil").asText());
    at(validUntil.minus(10, ChronoUnit.DAYS));
    renewals.startDue();
    Task task = renewalTasks(cardId).get(0);

    complete(ApiUsers.VISITOR, task.getId(), Map.of("renewalDecision", "RENEW"));

    JsonNode renewed = cards(customer).get(0);
    assertThat(renewed.get("cardNo").asText()).isEqualTo(card.get("cardNo").asText());
    assertThat(renewed.get("status").asText()).isEqualTo("VALID");
    assertThat(Instant.parse(renewed.get("validUntil").asText()))
        .isEqualTo(validUntil.atZone(java.time.ZoneId.of("Asia/Shanghai")).plusYears(3).toInstant());
    assertThat(renewed.get("events").findValuesAsText("event")).containsExactly("ISSUED", "RENEWED");
    assertThat(renewed.get("events").get(1).get("by").asText()).isEqualTo(ApiUsers.VISITOR);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .activityId("EndEvent_VipCardRenewed").count()).isEqualTo(1);
    renewals.startDue();
    assertThat(renewalTasks(cardId)).as("the new expiry is three years away").isEmpty();
  }

  @Test
  @DisplayName("R-CUST-3 not renewed: revoking or letting it expire needs a reason (400, nothing changes); revoked frees the number, let expire stays valid until its date")
  void endsACardThatIsNoLongerEligible() {
    long revoked = newCustomer("D");
    long lapsing = newCustomer("B");
    JsonNode first = issueCard(revoked, 2);
    JsonNode second = issueCard(lapsing, 2);
    Instant later = Instant.parse(first.get("validUntil").asText()).isAfter(Instant.parse(second.get("validUntil").asText()))
        ? Instant.parse(first.get("validUntil").asText()) : Instant.parse(second.get("validUntil").asText());
    at(later.minus(1, ChronoUnit.DAYS));
    renewals.startDue();
    Task revokeTask = renewalTasks(cardId(first)).get(0);
    Task lapseTask = renewalTasks(cardId(second)).get(0);

    assertThat(api.post(ApiUsers.VISITOR, "/api/tasks/" + revokeTask.getId() + "/claim", "", Map.of()).status()).isEqualTo(204);
    ApiClient.Reply refused = api.post(ApiUsers.VISITOR, "/api/tasks/" + revokeTask.getId() + "/complete",
        Map.of("variables", Map.of("renewalDecision", "REVOKE")), Map.of());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("理由").contains("R-CUST-3");
    assertThat(cards(revoked).get(0).get("status").asText()).isEqualTo("VALID");

    assertThat(api.post(ApiUsers.VISITOR, "/api/tasks/" + revokeTask.getId() + "/complete",
        Map.of("variables", Map.of("renewalDecision", "REVOKE", "renewalReason", "恶意拖欠物业费")), Map.of()).status()).isEqualTo(204);
    complete(ApiUsers.VISITOR, lapseTask.getId(), Map.of("renewalDecision", "LET_EXPIRE", "renewalReason", "已不在政府任职"));

    JsonNode revokedCard = cards(revoked).get(0);
    assertThat(revokedCard.get("status").asText()).isEqualTo("REVOKED");
    assertThat(revokedCard.get("events").get(1).get("reason").asText()).isEqualTo("恶意拖欠物业费");
    JsonNode lapsingCard = cards(lapsing).get(0);
    assertThat(lapsingCard.get("status").asText()).as("valid until its date").isEqualTo("VALID");
    assertThat(lapsingCard.get("events").findValuesAsText("event")).containsExactly("ISSUED", "NO_RENEWAL");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(lapseTask.getProcessInstanceId())
        .activityId("EndEvent_VipCardNotRenewed").count()).isEqualTo(1);
  }

  // --- helpers

  static String newPhone() {
    return "136" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
  }

  long newCustomer(String category) {
    return newCustomer(category, newPhone(), "V" + UUID.randomUUID().toString().substring(0, 6), "赵贵宾");
  }

  long newCustomer(String category, String phone, String building, String name) {
    ApiClient.Reply created = api.post(ApiUsers.SUPERVISOR, "/api/customers", Map.of("name", name, "phone", phone,
        "community", "huayuan", "building", building, "unit", "1", "room", "101", "category", category,
        "categoryReason", "测试"), Map.of());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  JsonNode issueCard(long customer, int level) {
    ApiClient.Reply issued = api.post(ApiUsers.VISITOR, "/api/customers/" + customer + "/vip-card",
        Map.of("level", level, "reason", "测试发卡"), Map.of());
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return issued.json();
  }

  long cardId(JsonNode card) {
    return jdbc.queryForObject("select id from vip_card where card_no = ? and status = 'VALID'", Long.class,
        card.get("cardNo").asText());
  }

  JsonNode cards(long customer) {
    ApiClient.Reply reply = api.get(ApiUsers.VISITOR, "/api/customers/" + customer + "/vip-cards");
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  List<Task> renewalTasks(long cardId) {
    return tasks.createTaskQuery().processDefinitionKey(RENEWAL).processVariableValueEquals("cardId", cardId).list();
  }

  static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  void complete(String user, String taskId, Map<String, Object> variables) {
    assertThat(api.post(user, "/api/tasks/" + taskId + "/claim", "", Map.of()).status()).isEqualTo(204);
    ApiClient.Reply done = api.post(user, "/api/tasks/" + taskId + "/complete", Map.of("variables", variables), Map.of());
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }
}
