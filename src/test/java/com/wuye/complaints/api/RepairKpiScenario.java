package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.identity.CommunityTenants;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-KPI-1 (issue 17) the managers' figures count repair orders too: every repair figure of GET
 * /api/reports/kpis matches a month of seeded orders with known outcomes (RepairKpiMonth;
 * docs/reports.md "Repairs"), R-REP-6 sampled visits per sampler group, and community staff count
 * only their communities' repairs. Run on H2 and MariaDB by the subclasses.
 */
abstract class RepairKpiScenario extends ApiScenario {

  @Autowired CommunityTenants tenants;

  @Test
  @DisplayName(
      "R-KPI-1 R-REP-6 the repair figures of a known month: received, closed, visits, satisfaction, return-visit and on-time rates, sampled visits per group, with the repair targets")
  void countsTheRepairsOfAKnownMonth() {
    RepairKpiMonth month = seededMonth();

    JsonNode figures =
        api.get(ApiUsers.GM, "/api/reports/kpis?from=2019-03-01&to=2019-03-31&community=" + month.a)
            .json()
            .get("figures");
    JsonNode repairs = figures.get("repairs");
    assertThat(repairs.get("received").asInt()).as("R1-R4, R6").isEqualTo(5);
    assertThat(repairs.get("closed").asInt()).as("R1, R2, R3, R5").isEqualTo(4);
    assertThat(repairs.get("returnVisits").asInt())
        .as("R1, R2 twice, R5 (1 March local time) and two sampled visits of R1")
        .isEqualTo(6);
    assertThat(repairs.get("satisfactionRate").asDouble()).as("4 of 6").isEqualTo(0.6667);
    assertThat(repairs.get("returnVisitRate").asDouble())
        .as("R3 closed without a visit")
        .isEqualTo(0.75);
    assertThat(repairs.get("onTimeRate").asDouble())
        .as("R2 arrived late (R-REP-2), R3 fixed late (R-REP-3)")
        .isEqualTo(0.5);
    JsonNode sampling = repairs.get("sampling");
    assertThat(sampling.get("customer-supervisor").get("chosen").asInt()).isEqualTo(1);
    assertThat(sampling.get("customer-supervisor").get("visited").asInt()).isEqualTo(1);
    assertThat(sampling.get("customer-supervisor").get("satisfactionRate").asDouble())
        .isEqualTo(1.0);
    assertThat(sampling.get("engineering-supervisor").get("chosen").asInt())
        .as("R1 and R5, closed in March")
        .isEqualTo(2);
    assertThat(sampling.get("engineering-supervisor").get("visited").asInt())
        .as("R5's visit is in April")
        .isEqualTo(1);
    assertThat(sampling.get("engineering-supervisor").get("satisfactionRate").asDouble())
        .isEqualTo(0.0);
    assertThat(sampling.get("service-center-manager").get("chosen").asInt()).isZero();
    assertThat(sampling.get("service-center-manager").get("satisfactionRate").isNull()).isTrue();
    JsonNode targets = repairs.get("targets");
    assertThat(targets.get("satisfactionRate").get("target").asDouble()).isEqualTo(0.85);
    assertThat(targets.get("satisfactionRate").get("met").asBoolean()).isFalse();
    assertThat(targets.get("returnVisitRate").get("met").asBoolean()).isFalse();
    assertThat(targets.get("onTimeRate").get("target").asDouble()).isEqualTo(1.0);
    assertThat(targets.get("onTimeRate").get("met").asBoolean()).isFalse();
    // the complaint figures keep their meaning: no complaints here, and no repair target among
    // theirs
    assertThat(figures.get("received").asInt()).isZero();
    assertThat(figures.get("targets").has("repairs.onTimeRate")).isFalse();
    assertThat(figures.get("targets").has("satisfactionRate")).isTrue();

    // community b alone: R8, its visit satisfied and a sampled visit basically satisfied
    JsonNode b =
        api.get(ApiUsers.GM, "/api/reports/kpis?from=2019-03-01&to=2019-03-31&community=" + month.b)
            .json()
            .get("figures")
            .get("repairs");
    assertThat(b.get("received").asInt()).isEqualTo(1);
    assertThat(b.get("closed").asInt()).isEqualTo(1);
    assertThat(b.get("returnVisits").asInt()).isEqualTo(2);
    assertThat(b.get("satisfactionRate").asDouble()).isEqualTo(1.0);
    assertThat(b.get("returnVisitRate").asDouble()).isEqualTo(1.0);
    assertThat(b.get("onTimeRate").asDouble()).isEqualTo(1.0);
    assertThat(b.get("targets").get("onTimeRate").get("met").asBoolean()).isTrue();

    // a day with no repairs: counts 0, rates null (nothing to count)
    JsonNode none =
        api.get(ApiUsers.GM, "/api/reports/kpis?from=2019-03-25&to=2019-03-25&community=" + month.a)
            .json()
            .get("figures")
            .get("repairs");
    assertThat(none.get("received").asInt()).isZero();
    assertThat(none.get("closed").asInt()).isZero();
    assertThat(none.get("onTimeRate").isNull()).isTrue();
    assertThat(none.get("targets").get("onTimeRate").get("met").isNull()).isTrue();

    // a breakdown's groups carry no repair figures
    JsonNode groups =
        api.get(
                ApiUsers.GM,
                "/api/reports/kpis/breakdown?by=month&from=2019-03-01&to=2019-03-31&community="
                    + month.a)
            .json()
            .get("groups");
    groups.forEach(group -> assertThat(group.get("figures").get("repairs").isNull()).isTrue());
  }

  @Test
  @DisplayName(
      "R-KPI-1 community staff count only their communities' repairs (issue 16); staff without the figures get 403")
  void communityStaffCountOnlyTheirCommunitiesRepairs() {
    RepairKpiMonth month = seededMonth();
    String supervisor = "rkpi-sup-" + month.run();
    var user = identity.newUser(supervisor);
    user.setPassword(supervisor);
    ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity)
        .saveUser(user, true); // test users keep weak passwords
    identity.createMembership(supervisor, "customer-supervisor");
    tenants.addMember(month.b, supervisor);

    JsonNode repairs =
        api.get(supervisor, "/api/reports/kpis?from=2019-03-01&to=2019-03-31")
            .json()
            .get("figures")
            .get("repairs");
    assertThat(repairs.get("received").asInt()).as("R8 only").isEqualTo(1);
    assertThat(repairs.get("closed").asInt()).isEqualTo(1);
    assertThat(repairs.get("returnVisits").asInt()).isEqualTo(2);
    assertThat(repairs.get("sampling").has("engineering-supervisor")).isFalse();
    assertThat(
            api.get(
                    supervisor,
                    "/api/reports/kpis?from=2019-03-01&to=2019-03-31&community=" + month.a)
                .json()
                .get("figures")
                .get("repairs")
                .get("received")
                .asInt())
        .as("another community's repairs are not theirs")
        .isZero();

    api.as(ApiUsers.OFFICER).get("/api/reports/kpis?from=2019-03-01&to=2019-03-31").expect(403);
  }

  @Test
  @DisplayName(
      "R-KPI-1 R-REP-4 an order closed because its material cost was refused is recorded as closed CHARGE_REFUSED, without a return visit, and counted so")
  void recordsAnOrderClosedForARefusedCharge() {
    communities.ensure("huayuan", "华苑小区");
    ApiUsers.ensure(identity); // the officer and the engineer work in huayuan
    ApiUsers.ensure(identity, "api-scmanager", "service-center-manager");
    String no =
        api.post(ApiUsers.OFFICER, "/api/repairs", ApiClient.validRepair(), java.util.Map.of())
            .json()
            .get("orderNo")
            .asText();
    String process = processOf(no);
    complete(process, "UserTask_ArriveOnSite", ApiUsers.ENGINEER, java.util.Map.of());
    complete(process, "UserTask_DiagnoseFault", ApiUsers.ENGINEER, SHOWER_LEAK_NOT_AGREED);
    complete(
        process,
        "UserTask_ApproveMaterialCost",
        "api-scmanager",
        java.util.Map.of("chargeDecision", "CLOSE", "chargeDecisionReason", "客户不同意收费"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
    assertThat(
            jdbc.queryForList(
                "select event_type, detail from repair_event where order_no = ? order by id", no))
        .extracting(row -> row.get("event_type") + "/" + row.get("detail"))
        .containsExactly("CLOSED/CHARGE_REFUSED");
  }

  private void complete(
      String process, String step, String user, java.util.Map<String, Object> form) {
    org.camunda.bpm.engine.task.Task task =
        tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    assertThat(task).as(step).isNotNull();
    tasks.claim(task.getId(), user);
    tasks.complete(task.getId(), form);
  }

  /** R-KPI-1 the known month of repairs written, in two new communities the test staff work in. */
  private RepairKpiMonth seededMonth() {
    RepairKpiMonth month = new RepairKpiMonth(jdbc);
    communities.ensure(month.a, "报修指标甲小区");
    communities.ensure(month.b, "报修指标乙小区");
    ApiUsers.inCommunities(identity, month.a, month.b);
    month.seed();
    return month;
  }
}
