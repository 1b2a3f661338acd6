package com.wuye.complaints.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.wuye.complaints.repair.RepairDeadlinesListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
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
 * The deadlines come from the real repair-sla table through the real RepairDeadlinesListener.
 */
@Deployment(resources = {"bpmn/repair-order.bpmn", "bpmn/repair-sla.dmn"})
class RepairOrderProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml").build();

  private static final Instant REQUESTED = Instant.parse("2026-11-29T02:00:00Z"); // 10:00 in Shanghai
  private static final AtomicInteger SLIPS = new AtomicInteger();

  ProcessEngine processEngine;
  private ManagementService management;
  private ProcessInstance order;

  @BeforeEach
  void standIns() {
    StandIns.register();
    Mocks.register("recordRepairRequestDelegate", (JavaDelegate) execution -> {
      String no = String.format("PG-20261129-%04d", SLIPS.incrementAndGet());
      execution.setProcessBusinessKey(no);
      execution.setVariable("repairNo", no);
    });
    Mocks.register("repairDeadlinesListener", new RepairDeadlinesListener());
    management = processEngine.getManagementService();
    at(REQUESTED);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  @DisplayName("R-REP-1 R-REP-5 a household repair: slip PG-..., issued to engineering, arrived, fixed, signed off, visited, closed")
  void runsARepairFromRequestToClosing() {
    request(Map.of());

    Assertions.assertThat(order.getBusinessKey()).matches("PG-20261129-\\d{4}");
    assertThat(order).isWaitingAt("UserTask_ArriveOnSite").variables().containsEntry("fixWithin", "PT8H")
        .doesNotContainKey("repairSlaRows");
    Assertions.assertThat(open().getPriority()).isEqualTo(50);
    assertThat(open()).hasCandidateGroup("engineering");
    workAs("engineer", Map.of());

    assertThat(order).isWaitingAt("UserTask_FixFault");
    workAs("engineer", Map.of());
    assertThat(order).isWaitingAt("UserTask_SignOffRepair");
    workAs("engineer", Map.of("signedOff", true));

    assertThat(order).isWaitingAt("UserTask_MakeRepairReturnVisit");
    assertThat(open()).hasCandidateGroup("customer-relations");
    workAs("visitor", Map.of("satisfaction", "SATISFIED"));

    assertThat(order).isEnded().hasPassed("EndEvent_RepairClosed")
        .hasNotPassed("UserTask_BookVisitTime", "UserTask_ChaseOverdueFix", "UserTask_FollowUpLateReturnVisit");
  }

  @Test
  @DisplayName("R-REP-2 a technician not there within 15 minutes: the service centre books a time, which becomes the new arrival deadline")
  void booksATimeWhenTheTechnicianIsLate() {
    request(Map.of());
    Job arrival = timer("BoundaryEvent_ArrivalMissed");
    Assertions.assertThat(arrival.getDuedate()).isEqualTo(Date.from(REQUESTED.plus(Duration.ofMinutes(15))));
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
  @DisplayName("R-REP-2 an emergency call-out off site: the technician has 30 minutes")
  void givesAnEmergencyThirtyMinutes() {
    request(Map.of("emergency", true));

    Assertions.assertThat(timer("BoundaryEvent_ArrivalMissed").getDuedate())
        .isEqualTo(Date.from(REQUESTED.plus(Duration.ofMinutes(30))));
  }

  @ParameterizedTest(name = "R-REP-3 {0} {1}: fixed within {2} h of the request, reminded after {3} h")
  @CsvSource(nullValues = "null", value = {
      "HOUSEHOLD, null, 8, 8",
      "PUBLIC_FACILITY, SMALL, 24, 24",
      "PUBLIC_FACILITY, MEDIUM, 72, 24",
      "PUBLIC_FACILITY, LARGE, 120, 48"})
  @DisplayName("R-REP-3 the fix deadline counts from the request; when it passes the engineering supervisor chases the repair")
  void chasesARepairPastItsFixDeadline(String kind, String size, long hours, long reminderHours) {
    Map<String, Object> request = new HashMap<>();
    request.put("repairKind", kind);
    request.put("publicSize", size);
    request(request);
    at(REQUESTED.plus(Duration.ofMinutes(10)));
    workAs("engineer", Map.of());

    Date due = Date.from(REQUESTED.plus(Duration.ofHours(hours)));
    Task fix = open();
    Assertions.assertThat(fix.getDueDate()).isEqualTo(due);
    Assertions.assertThat(fix.getFollowUpDate()).isEqualTo(Date.from(REQUESTED.plus(Duration.ofMinutes(10)).plus(Duration.ofHours(reminderHours))));
    Job overdue = timer("BoundaryEvent_FixOverdue");
    Assertions.assertThat(overdue.getDuedate()).isEqualTo(due);

    at(REQUESTED.plus(Duration.ofHours(hours)).plusSeconds(60));
    management.executeJob(overdue.getId());

    Task chase = taskQuery().processInstanceId(order.getId()).taskDefinitionKey("UserTask_ChaseOverdueFix").singleResult();
    assertThat(chase).hasCandidateGroup("engineering-supervisor");
    assertThat(order).isWaitingAt("UserTask_FixFault", "UserTask_ChaseOverdueFix");
  }

  @Test
  @DisplayName("R-REP-5 a customer who refuses to sign off sends the slip back to the technician; the fix deadline stays the first one")
  void sendsARefusedSignOffBackToTheTechnician() {
    request(Map.of());
    workAs("engineer", Map.of());
    workAs("engineer", Map.of());
    workAs("engineer", Map.of("signedOff", false, "refusalReason", "still dripping"));

    assertThat(order).isWaitingAt("UserTask_FixFault").hasNotPassed("UserTask_MakeRepairReturnVisit");
    assertThat(open()).hasCandidateGroup("engineering");
    Assertions.assertThat(timer("BoundaryEvent_FixOverdue").getDuedate()).isEqualTo(Date.from(REQUESTED.plus(Duration.ofHours(8))));
  }

  @ParameterizedTest(name = "R-VISIT-4 a {0} repair is visited within {1} days of the sign-off; late, the supervisor is told")
  @CsvSource({"ORDINARY, 7", "SAFETY, 2", "LEAK, 3"})
  @DisplayName("R-VISIT-4 R-VISIT-5 return-visit deadlines per facility type; overdue tells the customer-service supervisor")
  void visitsWithinTheFacilitysDeadline(String facility, long days) {
    request(Map.of("facilityType", facility));
    workAs("engineer", Map.of());
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
    Task followUp = taskQuery().processInstanceId(order.getId()).taskDefinitionKey("UserTask_FollowUpLateReturnVisit").singleResult();
    assertThat(followUp).hasCandidateGroup("customer-supervisor");
    assertThat(order).isWaitingAt("UserTask_MakeRepairReturnVisit", "UserTask_FollowUpLateReturnVisit");
  }

  @Test
  @DisplayName("R-VISIT-2 an unsatisfied return visit reopens the repair: back to the technician")
  void reopensAnUnsatisfiedRepair() {
    request(Map.of());
    workAs("engineer", Map.of());
    workAs("engineer", Map.of());
    workAs("engineer", Map.of("signedOff", true));
    workAs("visitor", Map.of("satisfaction", "UNSATISFIED"));

    assertThat(order).isWaitingAt("UserTask_FixFault").isNotEnded();
  }

  @Test
  @DisplayName("R-CUST-4 a VIP's repair tasks come first")
  void putsVipRepairsFirst() {
    request(Map.of("vip", true));
    int vip = open().getPriority();
    request(Map.of());
    int ordinary = open().getPriority();

    Assertions.assertThat(vip).isEqualTo(100).isGreaterThan(ordinary);
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
    return management.createJobQuery().processInstanceId(order.getId()).activityId(activityId).singleResult();
  }

  /** The order's one open engineering/centre/visit task (not the supervisors' chase tasks). */
  private Task open() {
    return taskQuery().processInstanceId(order.getId()).taskDefinitionKeyIn("UserTask_ArriveOnSite", "UserTask_BookVisitTime",
        "UserTask_FixFault", "UserTask_SignOffRepair", "UserTask_MakeRepairReturnVisit").singleResult();
  }

  private void workAs(String user, Map<String, Object> form) {
    Task task = open();
    taskService().claim(task.getId(), user);
    taskService().complete(task.getId(), form);
  }
}
