package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.household.VipCardRenewals;
import com.wuye.complaints.support.RequestBodies;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 over real HTTP with authorizations on: VIP card renewal (R-CUST-3) on the engine clock,
 * recognising the caller at intake (R-CUST-1, R-CUST-4), and a person's data rights — export,
 * erasure, the access log (R-CUST-5). Run on H2 and on MariaDB by the subclasses.
 */
abstract class CustomerScenario extends ApiScenario {

  static final String RENEWAL = "vip-card-renewal";

  @Autowired VipCardRenewals renewals;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    // the renewal job, run with the clock years ahead, also started tasks for other tests' cards:
    // none may linger
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(RENEWAL)
        .list()
        .forEach(process -> runtime.deleteProcessInstance(process.getId(), "test clean-up"));
  }

  @Test
  @DisplayName(
      "R-CUST-3 the renewal job gives customer relations one task per card and expiry, 30 days before it (vip-card-validity), however often it runs")
  void startsTheRenewalTaskOncePerCardAndExpiry() {
    JsonNode card = issueCard(newCustomer("A"), 1);
    long cardId = cardId(card);
    Instant validUntil = validUntil(card);

    at(validUntil.minus(31, ChronoUnit.DAYS));
    renewals.startDue();
    assertThat(renewalTasks(cardId)).as("31 days before expiry: not yet").isEmpty();

    at(validUntil.minus(29, ChronoUnit.DAYS));
    renewals.startDue();
    renewals.startDue(); // a second run, as on another node or at the next interval, starts nothing
    // more
    List<Task> open = renewalTasks(cardId);
    assertThat(open).hasSize(1);
    Task task = open.get(0);
    assertThat(tasks.getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> "customer-relations".equals(link.getGroupId()));
    assertThat(task.getDueDate()).isEqualTo(Date.from(validUntil));
    assertThat(runtime.getVariables(task.getProcessInstanceId()).values())
        .map(String::valueOf)
        .as("ids and small values only")
        .noneMatch(value -> value.contains("贵宾"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from vip_card_renewal where card_id = ?", Long.class, cardId))
        .isEqualTo(1);
    assertThat(
            api.post(ApiUsers.OFFICER, "/api/tasks/" + task.getId() + "/claim", "", Map.of())
                .status())
        .as("customer relations' task, not the officers'")
        .isIn(403, 404);
  }

  @Test
  @DisplayName(
      "R-CUST-3 renewed after re-checking eligibility: the same number, valid three more years from its expiry, RENEWED in the trail; no second task for the old expiry")
  void renewsTheCardUnderItsNumber() {
    long customer = newCustomer("A");
    JsonNode card = issueCard(customer, 2);
    Instant validUntil = validUntil(card);
    at(validUntil.minus(10, ChronoUnit.DAYS));
    long cardId = cardId(card);
    renewals.startDue();
    Task task = renewalTasks(cardId).get(0);

    complete(ApiUsers.VISITOR, task.getId(), Map.of("renewalDecision", "RENEW"));

    JsonNode renewed = cards(customer).get(0);
    assertThat(renewed.get("cardNo").asText()).isEqualTo(card.get("cardNo").asText());
    assertThat(renewed.get("status").asText()).isEqualTo("VALID");
    assertThat(validUntil(renewed))
        .isEqualTo(
            validUntil.atZone(java.time.ZoneId.of("Asia/Shanghai")).plusYears(3).toInstant());
    assertThat(renewed.get("events").findValuesAsText("event"))
        .containsExactly("ISSUED", "RENEWED");
    assertThat(renewed.get("events").get(1).get("by").asText()).isEqualTo(ApiUsers.VISITOR);
    assertThat(timesReached(task, "EndEvent_VipCardRenewed")).isEqualTo(1);
    renewals.startDue();
    assertThat(renewalTasks(cardId)).as("the new expiry is three years away").isEmpty();
  }

  @Test
  @DisplayName(
      "R-CUST-3 not renewed: revoking or letting it expire needs a reason (400, nothing changes); revoked frees the number, let expire stays valid until its date")
  void endsACardThatIsNoLongerEligible() {
    long revoked = newCustomer("D");
    long lapsing = newCustomer("B");
    JsonNode first = issueCard(revoked, 2);
    JsonNode second = issueCard(lapsing, 2);
    Instant later =
        validUntil(first).isAfter(validUntil(second)) ? validUntil(first) : validUntil(second);
    at(later.minus(1, ChronoUnit.DAYS));
    renewals.startDue();
    Task revokeTask = renewalTasks(cardId(first)).get(0);
    Task lapseTask = renewalTasks(cardId(second)).get(0);

    api.as(ApiUsers.VISITOR).post("/api/tasks/" + revokeTask.getId() + "/claim", "").expect(204);
    ApiClient.Reply refused =
        api.as(ApiUsers.VISITOR)
            .post(
                "/api/tasks/" + revokeTask.getId() + "/complete",
                Map.of("variables", Map.of("renewalDecision", "REVOKE")))
            .expect(400);
    assertThat(refused.body()).contains("理由").contains("R-CUST-3");
    assertThat(cards(revoked).get(0).get("status").asText()).isEqualTo("VALID");

    api.as(ApiUsers.VISITOR)
        .post(
            "/api/tasks/" + revokeTask.getId() + "/complete",
            Map.of("variables", Map.of("renewalDecision", "REVOKE", "renewalReason", "恶意拖欠物业费")))
        .expect(204);
    complete(
        ApiUsers.VISITOR,
        lapseTask.getId(),
        Map.of("renewalDecision", "LET_EXPIRE", "renewalReason", "已不在政府任职"));

    JsonNode revokedCard = cards(revoked).get(0);
    assertThat(revokedCard.get("status").asText()).isEqualTo("REVOKED");
    assertThat(revokedCard.get("events").get(1).get("reason").asText()).isEqualTo("恶意拖欠物业费");
    JsonNode lapsingCard = cards(lapsing).get(0);
    assertThat(lapsingCard.get("status").asText()).as("valid until its date").isEqualTo("VALID");
    assertThat(lapsingCard.get("events").findValuesAsText("event"))
        .containsExactly("ISSUED", "NO_RENEWAL");
    assertThat(timesReached(lapseTask, "EndEvent_VipCardNotRenewed")).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "R-CUST-1 R-CUST-4 the intake desk is told whether the caller is known: category, household, valid VIP card, masked name; unknown callers said so; not for machine clients or other staff")
  void recognisesAKnownCallerAtIntake() {
    String phone = newPhone();
    String building = "R" + UUID.randomUUID().toString().substring(0, 6);
    long customer = newCustomer("A", phone, building, "欧阳贵宾");
    JsonNode card = issueCard(customer, 1);
    String query =
        "/api/customers/recognise?phone="
            + phone.substring(0, 3)
            + "%20"
            + phone.substring(3)
            + "&community=huayuan&building="
            + building
            + "&unit=1&room=101";

    ApiClient.Reply known = api.as(ApiUsers.OFFICER).get(query).expect(200);
    JsonNode body = known.json();
    assertThat(body.get("known").asBoolean()).isTrue();
    assertThat(body.get("category").asText()).isEqualTo("A");
    assertThat(body.get("vipCardNo").asText())
        .isEqualTo(card.get("cardNo").asText())
        .startsWith("JK1");
    assertThat(body.get("vipLevel").asInt()).isEqualTo(1);
    assertThat(body.get("maskedName").asText()).isEqualTo("欧***");
    assertThat(body.get("unitMatches").asBoolean()).isTrue();
    assertThat(body.get("householdId").asLong()).isPositive();
    assertThat(known.body()).doesNotContain("欧阳贵宾").doesNotContain(phone);

    ApiClient.Reply elsewhere =
        api.get(
            ApiUsers.MONITOR,
            "/api/customers/recognise?phone="
                + phone
                + "&community=huayuan&building="
                + building
                + "&unit=1&room=909");
    assertThat(elsewhere.json().get("unitMatches").asBoolean())
        .as("the register has them at another room")
        .isFalse();
    ApiClient.Reply unknown =
        api.as(ApiUsers.OFFICER).get("/api/customers/recognise?phone=" + newPhone()).expect(200);
    assertThat(unknown.json().get("known").asBoolean()).isFalse();
    assertThat(unknown.json().get("category").isNull()).isTrue();
    api.as(ApiUsers.OFFICER).get("/api/customers/recognise?phone=12").expect(400);
    api.as(ApiUsers.CLIENT).get(query).expect(403, "machine clients");
    api.as(ApiUsers.ENGINEER).get(query).expect(403, "staff who take no complaints");
  }

  @Test
  @DisplayName(
      "R-CUST-5 PIPL export: everything held on the person — register, category history, VIP cards, complaints, repairs, the access log about them — for customer relations and admins only; the export is logged; admins query the log")
  @SuppressWarnings("unchecked")
  void exportsEverythingHeldOnThePerson() {
    String phone = newPhone();
    long customer =
        newCustomer("B", phone, "E" + UUID.randomUUID().toString().substring(0, 6), "钱导出");
    issueCard(customer, 2);
    String complaintNo = intakeFrom(phone, "钱导出");
    Map<String, Object> repair = ApiClient.validRepair();
    ((Map<String, Object>) repair.get("requester")).put("phone", phone);
    String orderNo = created("/api/repairs", repair, "orderNo");
    api.as(ApiUsers.SUPERVISOR)
        .get("/api/customers/" + customer)
        .expect(200); // a keeper's full reading

    ApiClient.Reply export =
        api.as(ApiUsers.VISITOR).get("/api/customers/" + customer + "/export").expect(200);
    JsonNode doc = export.json();
    assertThat(doc.get("person").get("phone").asText()).isEqualTo(phone);
    assertThat(doc.get("person").get("name").asText()).isEqualTo("钱导出");
    assertThat(doc.get("categoryHistory").get(0).get("category").asText()).isEqualTo("B");
    assertThat(doc.get("vipCards").get(0).get("cardNo").asText()).startsWith("JK2");
    assertThat(doc.get("complaints").findValuesAsText("complaintNo")).containsExactly(complaintNo);
    assertThat(doc.get("complaints").get(0).has("complainantPhone")).isFalse();
    assertThat(doc.get("repairs").findValuesAsText("orderNo")).containsExactly(orderNo);
    assertThat(doc.get("accessLog").findValuesAsText("by")).contains(ApiUsers.SUPERVISOR);
    assertThat(doc.get("accessLog").findValuesAsText("purpose")).contains("REGISTER");

    for (String refused :
        List.of(ApiUsers.OFFICER, ApiUsers.SUPERVISOR, ApiUsers.GM, ApiUsers.CLIENT)) {
      assertThat(api.get(refused, "/api/customers/" + customer + "/export").status())
          .as(refused)
          .isEqualTo(403);
    }
    ApiClient.Reply log = asAdmin("GET", "/api/access-log?subject=" + customer, null);
    assertThat(log.status()).as(log.body()).isEqualTo(200);
    assertThat(log.json().findValuesAsText("purpose")).contains("EXPORT", "REGISTER");
    assertThat(log.json().get(0).get("purpose").asText()).as("newest first").isEqualTo("EXPORT");
    assertThat(log.json().get(0).get("by").asText()).isEqualTo(ApiUsers.VISITOR);
    ApiClient.Reply byActor =
        asAdmin(
            "GET",
            "/api/access-log?actor=" + ApiUsers.VISITOR + "&from=2000-01-01&to=2999-12-31",
            null);
    assertThat(byActor.json().findValuesAsText("by")).isNotEmpty().containsOnly(ApiUsers.VISITOR);
    for (String refused : List.of(ApiUsers.VISITOR, ApiUsers.SUPERVISOR, ApiUsers.GM)) {
      assertThat(api.get(refused, "/api/access-log").status()).as(refused).isEqualTo(403);
    }
  }

  @Test
  @DisplayName(
      "R-CUST-5 PIPL erasure: name and phone gone from every table, engine ACT_* included; the complaint and its statistics stay; erased once (a repeat answers the first); audited; customer relations and admins only")
  @SuppressWarnings("unchecked")
  void erasesThePersonEverywhereKeepingTheStatistics() throws Exception {
    String phone = newPhone();
    String name = "孙" + "删除" + UUID.randomUUID().toString().substring(0, 4);
    long customer =
        newCustomer("C", phone, "X" + UUID.randomUUID().toString().substring(0, 6), name);
    String complaintNo = intakeFrom(phone, name);
    String processId = processOf(complaintNo);
    String verify = openTask(processId);
    assertThat(api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/contact").body())
        .contains(phone); // logged reading
    Map<String, Object> repair = ApiClient.validRepair();
    ((Map<String, Object>) repair.get("requester")).put("phone", phone);
    api.as(ApiUsers.CLIENT).post("/api/repairs", repair).expect(201);
    Map<String, Object> before =
        jdbc.queryForMap(
            "select category, severity, status, community_code, building from complaint "
                + "where complaint_no = ?",
            complaintNo);
    assertThat(tablesHolding(phone))
        .as("before erasure")
        .contains("COMPLAINT.COMPLAINANT_PHONE", "CUSTOMER.PHONE");

    api.as(ApiUsers.OFFICER).post("/api/customers/" + customer + "/erase", "").expect(403);
    api.as(ApiUsers.SUPERVISOR).post("/api/customers/" + customer + "/erase", "").expect(403);
    ApiClient.Reply erased =
        api.as(ApiUsers.VISITOR).post("/api/customers/" + customer + "/erase", "").expect(200);
    assertThat(erased.json().get("complaintsAnonymised").asInt()).isEqualTo(1);
    assertThat(erased.json().get("repairsAnonymised").asInt()).isEqualTo(1);
    assertThat(erased.json().get("alreadyErased").asBoolean()).isFalse();
    assertThat(tablesHolding(phone)).as("tables holding the old phone").isEmpty();
    assertThat(tablesHolding(name)).as("tables holding the old name").isEmpty();
    assertThat(
            jdbc.queryForMap(
                "select category, severity, status, community_code, building from complaint where complaint_no = ?",
                complaintNo))
        .as("the complaint's statistics")
        .isEqualTo(before);
    JsonNode register = api.get(ApiUsers.SUPERVISOR, "/api/customers/" + customer).json();
    assertThat(register.get("category").asText()).isEqualTo("C");
    assertThat(register.get("name").asText()).isNotEqualTo(name);
    assertThat(
            api.get(ApiUsers.OFFICER, "/api/customers/recognise?phone=" + phone)
                .json()
                .get("known")
                .asBoolean())
        .isFalse();

    ApiClient.Reply again =
        api.as(ApiUsers.VISITOR).post("/api/customers/" + customer + "/erase", "").expect(200);
    assertThat(again.json().get("alreadyErased").asBoolean()).isTrue();
    assertThat(again.json().get("erasedAt").asText())
        .isEqualTo(erased.json().get("erasedAt").asText());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from customer_erasure where customer_id = ?",
                Long.class,
                customer))
        .isEqualTo(1);
    ApiClient.Reply log = asAdmin("GET", "/api/access-log?subject=" + customer, null);
    assertThat(log.json().findValuesAsText("purpose"))
        .containsOnlyOnce("ERASURE")
        .contains("UserTask_VerifyComplaint");
    api.as(ApiUsers.VISITOR).post("/api/customers/999999999/erase", "").expect(404);
  }

  // --- helpers

  static String newPhone() {
    return "136"
        + String.format(
            "%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
  }

  long newCustomer(String category) {
    return newCustomer(
        category, newPhone(), "V" + UUID.randomUUID().toString().substring(0, 6), "赵贵宾");
  }

  long newCustomer(String category, String phone, String building, String name) {
    ApiClient.Reply created =
        api.as(ApiUsers.SUPERVISOR)
            .post(
                "/api/customers",
                RequestBodies.customer(
                    name, phone, building, "1", "101", category, "categoryReason", "测试"))
            .expect(201);
    return created.json().get("id").asLong();
  }

  JsonNode issueCard(long customer, int level) {
    ApiClient.Reply issued =
        api.as(ApiUsers.VISITOR)
            .post(
                "/api/customers/" + customer + "/vip-card",
                Map.of("level", level, "reason", "测试发卡"))
            .expect(201);
    return issued.json();
  }

  long cardId(JsonNode card) {
    return jdbc.queryForObject(
        "select id from vip_card where card_no = ? and status = 'VALID'",
        Long.class,
        card.get("cardNo").asText());
  }

  /** How often the task's process reached the activity. */
  long timesReached(Task task, String activityId) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(task.getProcessInstanceId())
        .activityId(activityId)
        .count();
  }

  static Instant validUntil(JsonNode card) {
    return Instant.parse(card.get("validUntil").asText());
  }

  JsonNode cards(long customer) {
    ApiClient.Reply reply =
        api.as(ApiUsers.VISITOR).get("/api/customers/" + customer + "/vip-cards").expect(200);
    return reply.json();
  }

  List<Task> renewalTasks(long cardId) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(RENEWAL)
        .processVariableValueEquals("cardId", cardId)
        .list();
  }

  /** A complaint by the intake client from this phone and name (a building of its own). */
  @SuppressWarnings("unchecked")
  String intakeFrom(String phone, String name) {
    Map<String, Object> intake = ApiClient.validIntake();
    ((Map<String, Object>) intake.get("complainant")).put("phone", phone);
    ((Map<String, Object>) intake.get("complainant")).put("name", name);
    return receive(intake);
  }

  static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
