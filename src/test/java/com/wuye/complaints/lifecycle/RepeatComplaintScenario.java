package com.wuye.complaints.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.complaints.classification.RepeatComplaints;
import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintEvent;
import com.wuye.complaints.complaint.ComplaintEventType;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.RepeatProposal;
import com.wuye.complaints.complaint.RepeatProposals;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineResets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-SEV-IMPORTANT 二次投诉 and R-CUST-1's unit: a complaint from a unit with an earlier complaint of
 * the same category handled within the repeat window (decision repeat-window, 90 days) is proposed
 * to the verifier as a repeat; only the verifier's confirmation makes it one (repeat_of, IMPORTANT
 * by complaint-severity's Rule_RepeatAfterHandling). On the engine clock (ClockUtil), through the
 * real delegates and database; run on H2 and on MariaDB by the subclasses.
 */
@ExtendWith(EngineResets.class)
abstract class RepeatComplaintScenario {

  private static final Instant T0 = Instant.parse("2026-09-01T02:00:00Z"); // 10:00 in Shanghai

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired ComplaintService complaints;
  @Autowired CommunityService communities;
  @Autowired RepeatComplaints repeats;
  @Autowired RepeatProposals proposals;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private ProcessDriver driver;
  private String building;

  @BeforeEach
  void setUp() {
    communities.ensure("huayuan", "华苑小区");
    driver = new ProcessDriver(runtime, tasks, identity, management);
    building = "RP-" + ProcessDriver.randomPhone().substring(5);
    at(T0);
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT the repeat window is a model: decision repeat-window gives 90 days by default")
  void takesTheRepeatWindowFromTheModel() {
    assertThat(repeats.window(com.wuye.complaints.complaint.Category.CLEANING))
        .isEqualTo(Duration.ofDays(90));
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT R-CUST-1 same unit and category, the earlier one handled within the window: proposed to the verifier, not yet a repeat")
  void proposesARepeatOfTheSameUnitAndCategoryWithinTheWindow() {
    ProcessInstance first = handled(intake("CLEANING", "101"));
    at(T0.plus(Duration.ofDays(89)));

    ProcessInstance second = driver.receive("it-officer", intake("CLEANING", "101"));

    Complaint complaint = complaintOf(second);
    assertThat(runtime.getVariable(second.getId(), "repeatProposedOf"))
        .as("the Verify form shows the number")
        .isEqualTo(first.getBusinessKey());
    assertThat(runtime.getVariable(second.getId(), "repeatProposal")).isEqualTo("PROPOSED");
    RepeatProposal proposal = proposals.of(complaint.getId()).orElseThrow();
    assertThat(proposal.getProposedOfNo()).isEqualTo(first.getBusinessKey());
    assertThat(proposal.getMatchedBy()).isEqualTo(RepeatProposal.MatchedBy.UNIT);
    assertThat(proposal.getStatus()).isEqualTo(RepeatProposal.Status.PROPOSED);
    assertThat(complaint.getRepeatOf()).as("only a confirmation makes it a repeat").isNull();
    assertThat(complaint.getSeverity()).isEqualTo(Severity.GENERAL);
    assertThat(complaints.timeline(complaint.getId()))
        .extracting(ComplaintEvent::getType)
        .contains(ComplaintEventType.REPEAT_PROPOSED);
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT R-CUST-1 a caller of the register: the household links complaints whose unit was written differently")
  void proposesARepeatOfTheSameHousehold() {
    String phone = ProcessDriver.randomPhone();
    registerCustomer(phone, "1", "101");
    Map<String, Object> before = intake("CLEANING", "101");
    before.put("complainantPhone", phone);
    ProcessInstance first = handled(before);
    at(T0.plus(Duration.ofDays(20)));
    Map<String, Object> written = intake("CLEANING", "0101"); // the same flat, typed otherwise
    written.put("complainantPhone", phone);

    ProcessInstance second = driver.receive("it-officer", written);

    RepeatProposal proposal = proposals.of(complaintOf(second).getId()).orElseThrow();
    assertThat(proposal.getProposedOfNo()).isEqualTo(first.getBusinessKey());
    assertThat(proposal.getMatchedBy()).isEqualTo(RepeatProposal.MatchedBy.HOUSEHOLD);
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT the earlier complaint handled longer ago than the window: no proposal")
  void proposesNothingOutsideTheWindow() {
    handled(intake("CLEANING", "101"));
    at(T0.plus(Duration.ofDays(91)));

    ProcessInstance later = driver.receive("it-officer", intake("CLEANING", "101"));

    assertThat(proposals.of(complaintOf(later).getId())).isEmpty();
    assertThat(runtime.getVariable(later.getId(), "repeatProposedOf")).isNull();
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT R-CUST-1 another category, another room, or an earlier complaint not yet handled: no proposal")
  void proposesNothingForAnotherCategoryOrUnitOrAnUnhandledOne() {
    handled(intake("CLEANING", "101"));
    ProcessInstance open = driver.receive("it-officer", intake("NOISE", "102"));
    at(T0.plus(Duration.ofDays(10)));

    ProcessInstance otherCategory = driver.receive("it-officer", intake("NOISE", "101"));
    ProcessInstance otherRoom = driver.receive("it-officer", intake("CLEANING", "201"));
    ProcessInstance afterAnOpenOne = driver.receive("it-officer", intake("NOISE", "102"));

    assertThat(proposals.of(complaintOf(otherCategory).getId())).isEmpty();
    assertThat(proposals.of(complaintOf(otherRoom).getId())).isEmpty();
    assertThat(proposals.of(complaintOf(afterAnOpenOne).getId()))
        .as("%s is not handled yet", open.getBusinessKey())
        .isEmpty();
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT the verifier confirms the proposal: a repeat (repeat_of), IMPORTANT by complaint-severity, handled by the project manager; recorded")
  void confirmedProposalMakesARepeatAndImportant() {
    ProcessInstance first = handled(intake("CLEANING", "101"));
    at(T0.plus(Duration.ofDays(30)));
    ProcessInstance second = driver.receive("it-officer", intake("CLEANING", "101"));
    long id = complaintOf(second).getId();

    RepeatProposal decided = decide(second, "CONFIRMED", "同一楼道垃圾再次未清运");

    assertThat(decided.getStatus()).isEqualTo(RepeatProposal.Status.CONFIRMED);
    Complaint complaint = complaints.get(id);
    assertThat(complaint.getRepeatOf()).isEqualTo(first.getBusinessKey());
    assertThat(complaint.getSeverity()).isEqualTo(Severity.IMPORTANT);
    assertThat(complaints.severityHistory(id))
        .last()
        .extracting(change -> change.getChange().note())
        .asString()
        .startsWith("R-SEV-IMPORTANT 二次投诉");
    assertThat(complaints.timeline(id))
        .extracting(ComplaintEvent::getType)
        .contains(ComplaintEventType.REPEAT_PROPOSED, ComplaintEventType.REPEAT_CONFIRMED);
    assertThat(runtime.getVariable(second.getId(), "repeatProposal")).isEqualTo("CONFIRMED");

    driver.work(second, "it-supervisor", Map.of("verificationNote", "属实"));
    Task handling = driver.openTask(second);
    assertThat(handling.getTaskDefinitionKey()).isEqualTo("UserTask_HandleComplaint");
    assertThat(driver.candidateGroups(handling)).containsExactly("project-manager");
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT the verifier rejects the proposal: not a repeat, the severity stays; decided once, and only at verification")
  void rejectedProposalLeavesTheComplaintAsItWas() {
    handled(intake("CLEANING", "101"));
    at(T0.plus(Duration.ofDays(30)));
    ProcessInstance second = driver.receive("it-officer", intake("CLEANING", "101"));
    long id = complaintOf(second).getId();

    decide(second, "REJECTED", "业主说明是另一处垃圾点");

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getRepeatOf()).isNull();
    assertThat(complaint.getSeverity()).isEqualTo(Severity.GENERAL);
    assertThat(proposals.of(id).orElseThrow().getStatus())
        .isEqualTo(RepeatProposal.Status.REJECTED);
    assertThat(complaints.timeline(id))
        .extracting(ComplaintEvent::getType)
        .contains(ComplaintEventType.REPEAT_REJECTED)
        .doesNotContain(ComplaintEventType.REPEAT_CONFIRMED);
    assertThatThrownBy(() -> decide(second, "CONFIRMED", "改主意"))
        .as("decided once")
        .isInstanceOf(ApiProblemException.class);

    driver.work(second, "it-supervisor", Map.of("verificationNote", "属实"));
    Task handling = driver.openTask(second);
    assertThat(driver.candidateGroups(handling)).containsExactly("property-officer");
    assertThatThrownBy(
            () ->
                repeats.decide(
                    complaints.get(id),
                    handling.getTaskDefinitionKey(),
                    "CONFIRMED",
                    "x",
                    "it-officer"))
        .as("only at the Verify task")
        .isInstanceOf(ApiProblemException.class);
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT a typed earlier number still makes a repeat at intake, with no proposal")
  void aTypedEarlierNumberStillWorks() {
    ProcessInstance first = handled(intake("CLEANING", "101"));
    at(T0.plus(Duration.ofDays(5)));
    Map<String, Object> typed = intake("CLEANING", "101");
    typed.put("repeatOf", first.getBusinessKey());

    ProcessInstance second = driver.receive("it-officer", typed);

    Complaint complaint = complaintOf(second);
    assertThat(complaint.getRepeatOf()).isEqualTo(first.getBusinessKey());
    assertThat(complaint.getSeverity()).isEqualTo(Severity.IMPORTANT);
    assertThat(proposals.of(complaint.getId())).isEmpty();
  }

  /** One person of the register, alone with the phone, living in this test's building. */
  private void registerCustomer(String phone, String unit, String room) {
    jdbc.update("insert into building (community_code, name) values ('huayuan', ?)", building);
    long buildingId =
        jdbc.queryForObject(
            "select id from building where community_code = 'huayuan' and name = ?",
            Long.class,
            building);
    jdbc.update(
        "insert into dwelling (building_id, unit, room) values (?, ?, ?)", buildingId, unit, room);
    long dwellingId =
        jdbc.queryForObject(
            "select id from dwelling where building_id = ? and unit = ? and room = ?",
            Long.class,
            buildingId,
            unit,
            room);
    jdbc.update("insert into household (dwelling_id) values (?)", dwellingId);
    long householdId =
        jdbc.queryForObject(
            "select id from household where dwelling_id = ?", Long.class, dwellingId);
    jdbc.update(
        "insert into customer (household_id, name, phone, category, category_set_by,"
            + " category_set_at) values (?, '测试业主', ?, 'C', 'it-test', ?)",
        householdId,
        phone,
        java.sql.Timestamp.from(T0));
  }

  private RepeatProposal decide(ProcessInstance process, String decision, String reason) {
    Task verify = driver.openTask(process);
    assertThat(verify.getTaskDefinitionKey()).isEqualTo("UserTask_VerifyComplaint");
    return repeats.decide(
        complaintOf(process), verify.getTaskDefinitionKey(), decision, reason, "it-supervisor");
  }

  /** A complaint of this test's building, verified and handled at the current engine time. */
  private ProcessInstance handled(Map<String, Object> intake) {
    ProcessInstance process = driver.receive("it-officer", intake);
    driver.work(process, "it-supervisor", Map.of("verificationNote", "属实"));
    driver.work(process, "it-officer", Map.of("handlingResult", "已处理"));
    assertThat(complaintOf(process).wasHandled()).isTrue();
    return process;
  }

  private Map<String, Object> intake(String category, String room) {
    Map<String, Object> intake = ProcessDriver.intake(ProcessDriver.randomPhone(), building);
    intake.put("category", category);
    intake.put("room", room);
    return intake;
  }

  private Complaint complaintOf(ProcessInstance process) {
    return complaints.findByNumber(process.getBusinessKey()).orElseThrow();
  }

  private static void at(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }
}
