package com.wuye.complaints.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.wuye.complaints.repair.RepairDeadlinesListener;
import com.wuye.complaints.repair.RepairVisitSampling;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.Deadlines;
import com.wuye.complaints.support.IdLists;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The repair-order model on the engine alone and on the engine clock: R-REP-1 slip, R-REP-2 arrival
 * and booking, R-REP-3 fix deadline, R-REP-5 sign-off, R-VISIT-4/5 return visit, R-CUST-4 priority.
 * The deadlines come from the real repair-sla table through the real RepairDeadlinesListener; the
 * other delegates and listeners are Mockito mocks (ProcessMocks) whose calls the tests check.
 */
@Deployment(
    resources = {
      "bpmn/repair-order.bpmn",
      "bpmn/repair-sla.dmn",
      "bpmn/repair-charges.dmn",
      "bpmn/repair-visit-sampling.dmn"
    })
class RepairOrderProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder()
          .configurationResource("process-test.camunda.cfg.xml")
          .build();

  private static final Instant REQUESTED =
      Instant.parse("2026-11-29T02:00:00Z"); // 10:00 in Shanghai
  private static final String RECORD_REQUEST = "recordRepairRequestDelegate";
  private static final String NOTIFY = "notifyDeadlineMissedDelegate";
  private static final String SAMPLE = "sampleReturnVisitsDelegate";

  ProcessEngine processEngine;
  private ManagementService management;
  private ProcessInstance order;
  private final ProcessMocks mocks = new ProcessMocks();

  /** What a notify step was asked to tell (its input variables). */
  record Notice(String notice, String ruleId, Date missedDeadline, String groups) {}

  @BeforeEach
  void mocks() {
    mocks
        .delegates(RECORD_REQUEST, NOTIFY, SAMPLE)
        // pricing and the records of decisions and visits are the services' (RepairOrderScenario);
        // here the diagnosis form gives chargeType and materialCost as the pricing would. R-KPI-1
        // the events the repair figures count are written by the services (RepairKpiScenario)
        .listeners(
            "assessRepairChargesListener",
            "recordChargeDecisionListener",
            "recordSampledVisitListener",
            "recordSignOffListener",
            "recordRepairReturnVisitListener")
        // the real deadlines from the real repair-sla table, and the real list helper
        .bean("repairDeadlinesListener", new RepairDeadlinesListener())
        .bean("deadlines", new Deadlines(new CompanySettings(ZoneId.of("Asia/Shanghai"))))
        .bean("idLists", new IdLists());
    mocks.executionListener("recordRepairClosedListener");
    management = processEngine.getManagementService();
    at(REQUESTED);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    mocks.reset();
  }

  /** The notices the notify step was asked to send, in order. */
  private List<Notice> notices() {
    return mocks.seen(NOTIFY).stream()
        .map(
            given ->
                new Notice(
                    (String) given.get("notice"),
                    (String) given.get("ruleId"),
                    (Date) given.get("missedDeadline"),
                    (String) given.get("noticeGroups")))
        .toList();
  }

  @Test
  @DisplayName(
      "R-REP-1 R-REP-5 a household repair: slip PG-..., issued to engineering, arrived, fixed, signed off, visited, closed")
  void runsARepairFromRequestToClosing() throws Exception {
    request(Map.of());

    verify(mocks.delegate(RECORD_REQUEST)).execute(any());
    assertThat(order)
        .isWaitingAt("UserTask_ArriveOnSite")
        .variables()
        .containsEntry("fixWithin", "PT8H")
        .doesNotContainKey("repairSlaRows");
    Assertions.assertThat(open().getPriority()).isEqualTo(50);
    assertThat(open()).hasCandidateGroup("engineering");
    workAs("engineer", Map.of());

    assertThat(order).isWaitingAt("UserTask_DiagnoseFault");
    diagnose("FREE", 0);
    assertThat(order).isWaitingAt("UserTask_FixFault");
    workAs("engineer", Map.of());
    assertThat(order).isWaitingAt("UserTask_SignOffRepair");
    workAs("engineer", Map.of("signedOff", true));

    assertThat(order).isWaitingAt("UserTask_MakeRepairReturnVisit");
    assertThat(open()).hasCandidateGroup("customer-relations");
    mocks.willSet(SAMPLE, Map.of("sampledBy", "")); // no group's sample (test data)
    workAs("visitor", Map.of("satisfaction", "SATISFIED"));
    makeSampledVisits();

    assertThat(order)
        .isEnded()
        .hasPassed("EndEvent_RepairClosed")
        .hasNotPassed(
            "UserTask_BookVisitTime",
            "UserTask_ChaseOverdueFix",
            "UserTask_FollowUpLateReturnVisit");
  }

  @Test
  @DisplayName(
      "R-REP-2 a technician not there within 15 minutes: the service centre books a time, which becomes the new arrival deadline")
  void booksATimeWhenTheTechnicianIsLate() throws Exception {
    request(Map.of());
    Job arrival = timer("BoundaryEvent_ArrivalMissed");
    Assertions.assertThat(arrival.getDuedate())
        .isEqualTo(Date.from(REQUESTED.plus(Duration.ofMinutes(15))));
    Assertions.assertThat(open().getDueDate()).isEqualTo(arrival.getDuedate());

    at(REQUESTED.plus(Duration.ofMinutes(16)));
    management.executeJob(arrival.getId());

    assertThat(order).isWaitingAt("UserTask_BookVisitTime");
    assertThat(open()).hasCandidateGroup("property-officer");
    Date booked = Date.from(REQUESTED.plus(Duration.ofHours(5)));
    workAs("officer", Map.of("bookedTime", booked));

    assertThat(order).isWaitingAt("UserTask_ArriveOnSite");
    Assertions.assertThat(open().getDueDate()).isEqualTo(booked);
    Assertions.assertThat(timer("BoundaryEvent_ArrivalMissed").getDuedate()).isEqualTo(booked);

    // the booked time missed too: the centre calls again
    at(REQUESTED.plus(Duration.ofHours(5)).plusSeconds(60));
    management.executeJob(timer("BoundaryEvent_ArrivalMissed").getId());
    assertThat(order).isWaitingAt("UserTask_BookVisitTime");
  }

  @Test
  @DisplayName(
      "R-REP-2 a missed arrival tells the customer and the engineering supervisor once the deadline passes, not before; a failed notice leaves the timer to be retried")
  void tellsTheCustomerAndTheEngineeringSupervisorOfAMissedArrival() throws Exception {
    request(Map.of());
    Date due = Date.from(REQUESTED.plus(Duration.ofMinutes(15)));

    at(REQUESTED.plus(Duration.ofMinutes(14)));
    Assertions.assertThat(
            management.createJobQuery().processInstanceId(order.getId()).executable().count())
        .isZero();
    verify(mocks.delegate(NOTIFY), never()).execute(any());

    at(REQUESTED.plus(Duration.ofMinutes(16)));
    Job arrival = timer("BoundaryEvent_ArrivalMissed");
    doThrow(new IllegalStateException("outbox unavailable"))
        .doAnswer(mocks.notingAndSetting(NOTIFY))
        .when(mocks.delegate(NOTIFY))
        .execute(any());
    Assertions.assertThatThrownBy(() -> management.executeJob(arrival.getId()))
        .hasMessageContaining("outbox unavailable");
    assertThat(order).isWaitingAt("UserTask_ArriveOnSite");
    Assertions.assertThat(timer("BoundaryEvent_ArrivalMissed")).isNotNull();

    management.executeJob(arrival.getId());

    verify(mocks.delegate(NOTIFY), times(2)).execute(any());
    Assertions.assertThat(notices())
        .containsExactly(new Notice("arrivalMissed", "R-REP-2", due, "engineering-supervisor"));
    assertThat(order)
        .hasPassed("ServiceTask_NotifyArrivalMissed")
        .isWaitingAt("UserTask_BookVisitTime");

    // the booked time missed too: a new notice, about the booked time
    Date booked = Date.from(REQUESTED.plus(Duration.ofHours(5)));
    workAs("officer", Map.of("bookedTime", booked));
    at(REQUESTED.plus(Duration.ofHours(5)).plusSeconds(60));
    management.executeJob(timer("BoundaryEvent_ArrivalMissed").getId());
    Assertions.assertThat(notices())
        .extracting(Notice::missedDeadline)
        .containsExactly(due, booked);
  }

  @Test
  @DisplayName(
      "R-REP-3 an overdue fix tells the customer and the service centre when the fix deadline passes, not before, and the engineering supervisor chases it")
  void tellsTheCustomerAndTheServiceCentreOfAnOverdueFix() throws Exception {
    request(Map.of());
    workAs("engineer", Map.of());
    diagnose("FREE", 0);
    Date due = Date.from(REQUESTED.plus(Duration.ofHours(8)));

    at(REQUESTED.plus(Duration.ofHours(8)).minusSeconds(60));
    Assertions.assertThat(
            management.createJobQuery().processInstanceId(order.getId()).executable().count())
        .isZero();
    verify(mocks.delegate(NOTIFY), never()).execute(any());

    at(REQUESTED.plus(Duration.ofHours(8)).plusSeconds(60));
    management.executeJob(timer("BoundaryEvent_FixOverdue").getId());

    verify(mocks.delegate(NOTIFY)).execute(any());
    Assertions.assertThat(notices())
        .containsExactly(new Notice("fixOverdue", "R-REP-3", due, "service-center-manager"));
    assertThat(order)
        .hasPassed("ServiceTask_NotifyFixOverdue")
        .isWaitingAt("UserTask_FixFault", "UserTask_ChaseOverdueFix");
  }

  @Test
  @DisplayName("R-REP-2 an emergency call-out off site: the technician has 30 minutes")
  void givesAnEmergencyThirtyMinutes() throws Exception {
    request(Map.of("emergency", true));

    Assertions.assertThat(timer("BoundaryEvent_ArrivalMissed").getDuedate())
        .isEqualTo(Date.from(REQUESTED.plus(Duration.ofMinutes(30))));
  }

  @ParameterizedTest(
      name = "R-REP-3 {0} {1}: fixed within {2} h of the request, reminded after {3} h")
  @CsvSource(
      nullValues = "null",
      value = {
        "HOUSEHOLD, null, 8, 8",
        "PUBLIC_FACILITY, SMALL, 24, 24",
        "PUBLIC_FACILITY, MEDIUM, 72, 24",
        "PUBLIC_FACILITY, LARGE, 120, 48"
      })
  @DisplayName(
      "R-REP-3 the fix deadline counts from the request; when it passes the engineering supervisor chases the repair")
  void chasesARepairPastItsFixDeadline(String kind, String size, long hours, long reminderHours)
      throws Exception {
    Map<String, Object> request = new HashMap<>();
    request.put("repairKind", kind);
    request.put("publicSize", size);
    request(request);
    at(REQUESTED.plus(Duration.ofMinutes(10)));
    workAs("engineer", Map.of());
    diagnose("FREE", 0);

    Date due = Date.from(REQUESTED.plus(Duration.ofHours(hours)));
    Task fix = open();
    Assertions.assertThat(fix.getDueDate()).isEqualTo(due);
    Assertions.assertThat(fix.getFollowUpDate())
        .isEqualTo(
            Date.from(
                REQUESTED.plus(Duration.ofMinutes(10)).plus(Duration.ofHours(reminderHours))));
    Job overdue = timer("BoundaryEvent_FixOverdue");
    Assertions.assertThat(overdue.getDuedate()).isEqualTo(due);

    at(REQUESTED.plus(Duration.ofHours(hours)).plusSeconds(60));
    management.executeJob(overdue.getId());

    Task chase =
        taskQuery()
            .processInstanceId(order.getId())
            .taskDefinitionKey("UserTask_ChaseOverdueFix")
            .singleResult();
    assertThat(chase).hasCandidateGroup("engineering-supervisor");
    assertThat(order).isWaitingAt("UserTask_FixFault", "UserTask_ChaseOverdueFix");
  }

  @Test
  @DisplayName(
      "R-REP-5 a customer who refuses to sign off sends the slip back to the technician; the fix deadline stays the first one")
  void sendsARefusedSignOffBackToTheTechnician() throws Exception {
    request(Map.of());
    workAs("engineer", Map.of());
    diagnose("FREE", 0);
    workAs("engineer", Map.of());
    workAs("engineer", Map.of("signedOff", false, "refusalReason", "still dripping"));

    assertThat(order)
        .isWaitingAt("UserTask_FixFault")
        .hasNotPassed("UserTask_MakeRepairReturnVisit");
    assertThat(open()).hasCandidateGroup("engineering");
    Assertions.assertThat(timer("BoundaryEvent_FixOverdue").getDuedate())
        .isEqualTo(Date.from(REQUESTED.plus(Duration.ofHours(8))));
  }

  @ParameterizedTest(
      name =
          "R-VISIT-4 a {0} repair is visited within {1} days of the sign-off; late, the supervisor is told")
  @CsvSource({"ORDINARY, 7", "SAFETY, 2", "LEAK, 3"})
  @DisplayName(
      "R-VISIT-4 R-VISIT-5 return-visit deadlines per facility type; overdue tells the customer-service supervisor")
  void visitsWithinTheFacilitysDeadline(String facility, long days) throws Exception {
    request(Map.of("facilityType", facility));
    workAs("engineer", Map.of());
    diagnose("FREE", 0);
    workAs("engineer", Map.of());
    Instant signedOff = REQUESTED.plus(Duration.ofHours(3));
    at(signedOff);
    workAs("engineer", Map.of("signedOff", true));

    Date due = Date.from(signedOff.plus(Duration.ofDays(days)));
    Assertions.assertThat(open().getDueDate()).isEqualTo(due);
    Job overdue = timer("BoundaryEvent_RepairReturnVisitOverdue");
    Assertions.assertThat(overdue.getDuedate()).isEqualTo(due);

    at(signedOff.plus(Duration.ofDays(days)).plusSeconds(60));
    management.executeJob(overdue.getId());
    Task followUp =
        taskQuery()
            .processInstanceId(order.getId())
            .taskDefinitionKey("UserTask_FollowUpLateReturnVisit")
            .singleResult();
    assertThat(followUp).hasCandidateGroup("customer-supervisor");
    assertThat(order)
        .isWaitingAt("UserTask_MakeRepairReturnVisit", "UserTask_FollowUpLateReturnVisit");
  }

  @Test
  @DisplayName("R-VISIT-2 an unsatisfied return visit reopens the repair: back to the technician")
  void reopensAnUnsatisfiedRepair() throws Exception {
    request(Map.of());
    workAs("engineer", Map.of());
    diagnose("FREE", 0);
    workAs("engineer", Map.of());
    workAs("engineer", Map.of("signedOff", true));
    workAs("visitor", Map.of("satisfaction", "UNSATISFIED"));

    assertThat(order).isWaitingAt("UserTask_FixFault").isNotEnded();
  }

  @Test
  @DisplayName("R-CUST-4 a VIP's repair tasks come first")
  void putsVipRepairsFirst() throws Exception {
    request(Map.of("vip", true));
    int vip = open().getPriority();
    request(Map.of());
    int ordinary = open().getPriority();

    Assertions.assertThat(vip).isEqualTo(100).isGreaterThan(ordinary);
  }

  // R-REP-4 paid work -----------------------------------------------------------------------------

  @ParameterizedTest(
      name = "R-REP-4 {0} work with {1} RMB of material: straight to the fix, nobody approves")
  @CsvSource({"FREE, 500", "LISTED, 0", "LISTED, 99.99"})
  @DisplayName(
      "R-REP-4 free work, and listed items (charged as listed) with material under 100 RMB, start without a review")
  void startsFreeAndSmallListedWorkWithoutApproval(String chargeType, double material)
      throws Exception {
    arriveAndDiagnose(chargeType, material);

    assertThat(order)
        .isWaitingAt("UserTask_FixFault")
        .hasNotPassed("UserTask_ReviewOffListWork", "UserTask_ApproveMaterialCost");
  }

  @Test
  @DisplayName(
      "R-REP-4 off-list work is reviewed by the engineering supervisor before the fix; approved under 100 RMB of material, the technician fixes it")
  void reviewsOffListWorkBeforeTheFix() throws Exception {
    arriveAndDiagnose("OFF_LIST", 30);

    assertThat(order).isWaitingAt("UserTask_ReviewOffListWork").hasNotPassed("UserTask_FixFault");
    assertThat(open()).hasCandidateGroup("engineering-supervisor");
    workAs("engsupervisor", Map.of("chargeDecision", "APPROVE"));

    assertThat(order).isWaitingAt("UserTask_FixFault").hasNotPassed("UserTask_ApproveMaterialCost");
  }

  @Test
  @DisplayName(
      "R-REP-4 off-list work the engineering supervisor refuses goes back to the technician's diagnosis")
  void sendsRefusedOffListWorkBackToDiagnosis() throws Exception {
    arriveAndDiagnose("OFF_LIST", 30);
    workAs("engsupervisor", Map.of("chargeDecision", "REDIAGNOSE", "chargeDecisionReason", "报价过高"));

    assertThat(order).isWaitingAt("UserTask_DiagnoseFault").hasNotPassed("UserTask_FixFault");
    diagnose("LISTED", 20);
    assertThat(order).isWaitingAt("UserTask_FixFault");
  }

  @ParameterizedTest(
      name =
          "R-REP-4 {0} work with {1} RMB of material: the service-centre manager approves before work starts")
  @CsvSource({"LISTED, 100", "LISTED, 165", "OFF_LIST, 100"})
  @DisplayName(
      "R-REP-4 material of 100 RMB or more: the service-centre manager approves (with the signed agreement) before the fix")
  void needsTheManagersApprovalFromOneHundredRmbOfMaterial(String chargeType, double material)
      throws Exception {
    arriveAndDiagnose(chargeType, material);
    if (chargeType.equals("OFF_LIST")) {
      workAs("engsupervisor", Map.of("chargeDecision", "APPROVE"));
    }

    assertThat(order).isWaitingAt("UserTask_ApproveMaterialCost").hasNotPassed("UserTask_FixFault");
    assertThat(open()).hasCandidateGroup("service-center-manager");
    workAs("scmanager", Map.of("chargeDecision", "APPROVE", "agreementSigned", true));

    assertThat(order).isWaitingAt("UserTask_FixFault");
  }

  @Test
  @DisplayName(
      "R-REP-4 a refused material cost goes back to diagnosis, or closes the order with the reason, never to the fix")
  void handlesARefusedMaterialCost() throws Exception {
    arriveAndDiagnose("LISTED", 120);
    workAs("scmanager", Map.of("chargeDecision", "REDIAGNOSE", "chargeDecisionReason", "请改用普通型号"));
    assertThat(order).isWaitingAt("UserTask_DiagnoseFault");

    diagnose("LISTED", 150);
    workAs("scmanager", Map.of("chargeDecision", "CLOSE", "chargeDecisionReason", "客户不同意收费"));

    assertThat(order)
        .isEnded()
        .hasPassed("EndEvent_RepairClosedUnapproved")
        .hasNotPassed("UserTask_FixFault");
  }

  // R-REP-6 sampled visits ------------------------------------------------------------------------

  @ParameterizedTest(name = "R-REP-6 sampled by [{0}]: {1} visit task(s)")
  @CsvSource(
      emptyValue = "",
      value = {
        "'', 0",
        "customer-supervisor, 1",
        "'service-center-manager,customer-supervisor,engineering-supervisor', 3"
      })
  @DisplayName(
      "R-REP-6 a closed repair becomes a visit task for each group whose sample it falls in, and closes when they are made")
  void givesEachSamplingGroupItsVisit(String sampledBy, int visitTasks) throws Exception {
    request(Map.of());
    workAs("engineer", Map.of());
    diagnose("FREE", 0);
    workAs("engineer", Map.of());
    workAs("engineer", Map.of("signedOff", true));
    // which groups chose the slip is RepairVisitSampling's (RepairVisitSamplingTest): test data
    // here
    mocks.willSet(SAMPLE, Map.of("sampledBy", sampledBy));
    workAs("visitor", Map.of("satisfaction", "SATISFIED"));

    verify(mocks.delegate(SAMPLE)).execute(any());
    Assertions.assertThat(mocks.seen(SAMPLE))
        .singleElement()
        .as("the rates of decision repair-visit-sampling")
        .satisfies(
            given ->
                Assertions.assertThat(RepairVisitSampling.rates(given.get("samplingRates")))
                    .containsExactlyInAnyOrder(
                        new RepairVisitSampling.Rate("service-center-manager", 10),
                        new RepairVisitSampling.Rate("customer-supervisor", 30),
                        new RepairVisitSampling.Rate("engineering-supervisor", 60)));
    java.util.List<Task> visits =
        taskQuery()
            .processInstanceId(order.getId())
            .taskDefinitionKey("UserTask_MakeSampledReturnVisit")
            .list();
    Assertions.assertThat(visits).hasSize(visitTasks);
    Assertions.assertThat(visits)
        .flatExtracting(visit -> taskService().getIdentityLinksForTask(visit.getId()))
        .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .containsExactlyInAnyOrderElementsOf(
            sampledBy.isEmpty() ? List.of() : List.of(sampledBy.split(",")));
    makeSampledVisits();
    assertThat(order).isEnded().hasPassed("EndEvent_RepairClosed");
  }

  private void arriveAndDiagnose(String chargeType, double material) {
    request(Map.of());
    workAs("engineer", Map.of());
    diagnose(chargeType, material);
  }

  private void diagnose(String chargeType, double material) {
    workAs("engineer", Map.of("chargeType", chargeType, "materialCost", material));
  }

  private void makeSampledVisits() {
    for (Task visit :
        taskQuery()
            .processInstanceId(order.getId())
            .taskDefinitionKey("UserTask_MakeSampledReturnVisit")
            .list()) {
      taskService().complete(visit.getId(), Map.of("sampledSatisfaction", "SATISFIED"));
    }
  }

  private void request(Map<String, Object> facts) {
    Map<String, Object> request = new HashMap<>();
    request.put("repairKind", "HOUSEHOLD");
    request.put("facilityType", "ORDINARY");
    request.put("emergency", false);
    request.put("vip", false);
    request.putAll(facts);
    order = runtimeService().startProcessInstanceByKey("repair-order", request);
  }

  private static void at(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private Job timer(String activityId) {
    return management
        .createJobQuery()
        .processInstanceId(order.getId())
        .activityId(activityId)
        .singleResult();
  }

  /** The order's one open engineering/centre/visit task (not the supervisors' chase tasks). */
  private Task open() {
    return taskQuery()
        .processInstanceId(order.getId())
        .taskDefinitionKeyIn(
            "UserTask_ArriveOnSite",
            "UserTask_BookVisitTime",
            "UserTask_DiagnoseFault",
            "UserTask_ReviewOffListWork",
            "UserTask_ApproveMaterialCost",
            "UserTask_FixFault",
            "UserTask_SignOffRepair",
            "UserTask_MakeRepairReturnVisit")
        .singleResult();
  }

  private void workAs(String user, Map<String, Object> form) {
    Task task = open();
    taskService().claim(task.getId(), user);
    taskService().complete(task.getId(), form);
  }
}
