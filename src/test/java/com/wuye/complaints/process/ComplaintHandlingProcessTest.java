package com.wuye.complaints.process;

import static com.wuye.complaints.support.StepForms.visitFindingAProblem;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.wuye.complaints.handling.VerificationDeadlines;
import com.wuye.complaints.returnvisit.ReturnVisitRefusedException;
import com.wuye.complaints.returnvisit.ReturnVisitorCheckListener;
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
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The complaint-handling model on the engine alone: routing, assignment and the R-VISIT rules. The
 * model's own decisions (complaint-severity, -responsibility, -sla) run on the engine; each
 * delegate and listener is a Mockito mock (ProcessMocks) that sets only what the test's data says
 * the real one would, and the tests check what the model handed it. What the real delegates compute
 * (the higher severity of R-SEV-UP, deadlines, the handlers of a complaint) is proved by their unit
 * tests and by ComplaintRulesScenario, ComplaintLifecycleScenario and IntakeApiScenario on H2 and
 * MariaDB.
 */
@Deployment(
    resources = {
      "bpmn/complaint-handling.bpmn",
      "bpmn/complaint-severity.dmn",
      "bpmn/complaint-responsibility.dmn",
      "bpmn/complaint-sla.dmn",
      "bpmn/verification-deadline.dmn"
    })
class ComplaintHandlingProcessTest {

  // not the default camunda.cfg.xml: engine REST in the Spring tests would pick that up as its
  // default engine
  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder()
          .configurationResource("process-test.camunda.cfg.xml")
          .build();

  // the test's data: one complaint, received now, and what the decisions say for its severity
  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z"); // 10:00 in Shanghai
  private static final long COMPLAINT = 1001L;
  private static final String COMPLAINT_NO = "TS-20261122-1001";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  // the beans the model names
  private static final String REGISTER = "registerComplaintDelegate";
  private static final String RAISE_SAME_ISSUE = "raiseSameIssueComplaintDelegate";
  private static final String RECORD_SEVERITY = "recordSeverityDelegate";
  private static final String RECORD_RESPONSIBILITY = "recordResponsibilityDelegate";
  private static final String RECORD_VERIFICATION = "recordVerificationListener";
  private static final String RECORD_HANDLING = "recordHandlingListener";
  private static final String RECORD_CLOSING_DECISION = "recordClosingDecisionListener";
  private static final String RECORD_RECTIFICATION_NOTICE = "recordRectificationNoticeListener";
  private static final String NOTIFY_NOTICE_OVERDUE = "notifyRectificationNoticeOverdueDelegate";
  private static final String NOTIFY_VISIT_OVERDUE = "notifyReturnVisitOverdueDelegate";
  private static final String REOPEN = "reopenComplaintDelegate";
  private static final String CLOSE = "closeComplaintDelegate";

  ProcessEngine processEngine;
  private IdentityService identity;
  private ProcessInstance current;
  private final ProcessMocks mocks = new ProcessMocks();

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    identity = processEngine.getIdentityService();
    CompanySettings company = new CompanySettings(SHANGHAI);
    mocks
        .delegates(
            REGISTER,
            RAISE_SAME_ISSUE,
            RECORD_SEVERITY,
            RECORD_RESPONSIBILITY,
            "remindHandlerDelegate",
            "notifyResponseOverdueDelegate",
            NOTIFY_VISIT_OVERDUE,
            NOTIFY_NOTICE_OVERDUE,
            "countDaysUnresolvedDelegate",
            "recordNewFactsDelegate",
            "requestEscalationDelegate",
            REOPEN,
            CLOSE)
        .listeners(
            RECORD_RECTIFICATION_NOTICE,
            "recordRectificationListener",
            "recordWorkContactListener",
            RECORD_VERIFICATION,
            RECORD_CLOSING_DECISION,
            RECORD_HANDLING,
            "recordFeedbackListener",
            "recordReturnVisitListener")
        // the production helpers the model's expressions call
        .bean("idLists", new IdLists())
        .bean("deadlines", new Deadlines(company))
        .bean("verificationDeadlines", new VerificationDeadlines(company))
        // R-VISIT-1 the real check, told (test data) that "officer" handled the complaint
        .bean(
            "returnVisitorCheckListener",
            new ReturnVisitorCheckListener(
                id -> id == COMPLAINT ? Set.of("officer") : Set.<String>of()));
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    mocks.reset();
    ClockUtil.reset();
  }

  @Test
  @DisplayName("R-LOOP a general complaint goes verify, handle, feedback, return visit, closed")
  void closesGeneralComplaintAfterSatisfiedReturnVisit() throws Exception {
    ProcessInstance complaint = receive(Map.of(), "GENERAL", "property-officer");

    assertThat(complaint).isWaitingAt("UserTask_VerifyComplaint");
    verify(mocks.delegate(REGISTER)).execute(any());
    Assertions.assertThat(mocks.seen(RECORD_SEVERITY))
        .singleElement()
        .as("complaint-severity on the intake's facts")
        .satisfies(
            given -> Assertions.assertThat(given).containsEntry("assessedSeverity", "GENERAL"));
    Assertions.assertThat(mocks.seen(RECORD_RESPONSIBILITY))
        .singleElement()
        .as("complaint-responsibility and complaint-sla on the recorded severity")
        .satisfies(
            given -> {
              Assertions.assertThat(decided(given, "responsibility"))
                  .containsEntry("handlerGroup", "property-officer")
                  .containsEntry("verifierGroup", "customer-supervisor");
              Assertions.assertThat(decided(given, "sla")).containsKey("handleWithin");
            });
    assertThat(task(current)).hasCandidateGroup("customer-supervisor");
    workAs(
        "supervisor",
        Map.of("verificationNote", "checked on site", "verificationOutcome", "VALID"));
    verify(mocks.listener(RECORD_VERIFICATION)).notify(any());

    assertThat(complaint).isWaitingAt("UserTask_HandleComplaint");
    assertThat(task(current)).hasCandidateGroup("property-officer");
    workAs("officer", Map.of("handlingResult", "cleaned"));
    verify(mocks.listener(RECORD_HANDLING)).notify(any());

    assertThat(complaint).isWaitingAt("UserTask_GiveFeedback");
    assertThat(task(current)).hasCandidateGroup("property-officer");
    workAs("officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "told them"));

    assertThat(complaint).isWaitingAt("UserTask_MakeReturnVisit");
    assertThat(task(current)).hasCandidateGroup("customer-relations");
    workAs("visitor", Map.of("satisfaction", "SATISFIED"));

    assertThat(complaint)
        .isEnded()
        .hasPassed("ServiceTask_CloseComplaint", "EndEvent_ComplaintClosed")
        .hasNotPassed("ServiceTask_ReopenComplaint");
    verify(mocks.delegate(CLOSE)).execute(any());
    verify(mocks.delegate(REOPEN), never()).execute(any());
  }

  @Test
  @DisplayName(
      "R-LOOP R-VISIT-1 an unfounded complaint skips handling and feedback once its supervisor confirms, and is still visited before it closes")
  void closesUnfoundedComplaintWithoutHandlingButWithAVisit() throws Exception {
    ProcessInstance complaint = receive(Map.of(), "GENERAL", "property-officer");
    workAs(
        "supervisor",
        Map.of(
            "verificationNote",
            "checked",
            "verificationOutcome",
            "UNFOUNDED",
            "outcomeReason",
            "not so"));

    assertThat(complaint)
        .isWaitingAt("UserTask_ConfirmClosing")
        .hasPassed("EndEvent_NotAComplaint", "BoundaryEvent_NotAComplaint");
    assertThat(task(current)).hasCandidateGroup("customer-supervisor");
    mocks.willSet(RECORD_CLOSING_DECISION, Map.of("closingConfirmed", true));
    workAs("supervisor", Map.of("closingDecision", "CONFIRM"));

    assertThat(complaint).isWaitingAt("UserTask_MakeReturnVisit");
    workAs("visitor", Map.of("satisfaction", "SATISFIED"));
    assertThat(complaint)
        .isEnded()
        .hasPassed("EndEvent_ComplaintClosed")
        .hasNotPassed(
            "UserTask_HandleComplaint",
            "UserTask_GiveFeedback",
            "ServiceTask_CloseWithoutHandling");
    verify(mocks.listener(RECORD_CLOSING_DECISION)).notify(any());
    verify(mocks.listener(RECORD_HANDLING), never()).notify(any());
    verify(mocks.delegate(CLOSE)).execute(any());
  }

  @Test
  @DisplayName(
      "R-LOOP a consultation closes without a visit once confirmed; a complaint sent back goes to handling")
  void closesConsultationAtOnceAndSendsBackToHandling() throws Exception {
    ProcessInstance consultation = receive(Map.of(), "GENERAL", "property-officer");
    workAs(
        "supervisor",
        Map.of(
            "verificationNote",
            "a question",
            "verificationOutcome",
            "CONSULTATION",
            "outcomeReason",
            "asked"));
    mocks.willSet(RECORD_CLOSING_DECISION, Map.of("closingConfirmed", true));
    workAs("supervisor", Map.of("closingDecision", "CONFIRM"));
    assertThat(consultation)
        .isEnded()
        .hasPassed("ServiceTask_CloseWithoutHandling", "EndEvent_ClosedWithoutHandling")
        .hasNotPassed("UserTask_MakeReturnVisit", "UserTask_HandleComplaint");
    verify(mocks.delegate(CLOSE)).execute(any());

    ProcessInstance sentBack = receive(Map.of(), "GENERAL", "property-officer");
    workAs(
        "supervisor",
        Map.of(
            "verificationNote",
            "withdrawn",
            "verificationOutcome",
            "WITHDRAWN",
            "outcomeReason",
            "asked"));
    mocks.willSet(RECORD_CLOSING_DECISION, Map.of("closingConfirmed", false));
    workAs(
        "supervisor", Map.of("closingDecision", "SEND_BACK", "closingNote", "still a complaint"));
    assertThat(sentBack).isWaitingAt("UserTask_HandleComplaint");
    assertThat(task(current)).hasCandidateGroup("property-officer");
    verify(mocks.listener(RECORD_CLOSING_DECISION), times(2)).notify(any());
  }

  @Test
  @DisplayName("R-RESP a major complaint is handled by the general manager")
  void routesMajorComplaintToGeneralManager() throws Exception {
    ProcessInstance complaint = receive(Map.of("mediaExposed", true), "MAJOR", "general-manager");
    workAs("supervisor", Map.of("verificationNote", "confirmed", "verificationOutcome", "VALID"));

    Assertions.assertThat(mocks.seen(RECORD_SEVERITY))
        .singleElement()
        .satisfies(
            given -> Assertions.assertThat(given).containsEntry("assessedSeverity", "MAJOR"));
    Assertions.assertThat(mocks.seen(RECORD_RESPONSIBILITY))
        .singleElement()
        .satisfies(
            given -> {
              Assertions.assertThat(given).containsEntry("severity", "MAJOR");
              Assertions.assertThat(decided(given, "responsibility"))
                  .containsEntry("handlerGroup", "general-manager");
            });
    assertThat(complaint).isWaitingAt("UserTask_HandleComplaint");
    assertThat(task(current)).hasCandidateGroup("general-manager");
  }

  @Test
  @DisplayName(
      "R-VISIT-2 an unsatisfied visit reopens the complaint as at least important, straight back to handling")
  void reopensUnsatisfiedComplaintAsImportant() throws Exception {
    ProcessInstance complaint = atTheReturnVisit();

    // what the real reopen step sets (ReopenComplaintDelegate), and what the reassessment records
    mocks.willSet(REOPEN, Map.of("repeatAfterHandling", true, "classificationTrigger", "REOPEN"));
    mocks.willSet(RECORD_SEVERITY, Map.of("severity", "IMPORTANT"));
    mocks.willSet(RECORD_RESPONSIBILITY, assigned("project-manager"));
    workAs("visitor", Map.of("satisfaction", "UNSATISFIED", "visitComment", "still broken"));

    assertThat(complaint)
        .hasPassed("ServiceTask_ReopenComplaint")
        .isWaitingAt("UserTask_HandleComplaint");
    verify(mocks.delegate(REOPEN)).execute(any());
    Assertions.assertThat(mocks.seen(RECORD_SEVERITY))
        .hasSize(2)
        .last()
        .as("complaint-severity reassessed on the reopened complaint")
        .satisfies(
            given -> Assertions.assertThat(given).containsEntry("assessedSeverity", "IMPORTANT"));
    Assertions.assertThat(mocks.seen(RECORD_RESPONSIBILITY))
        .hasSize(2)
        .last()
        .satisfies(
            given -> {
              Assertions.assertThat(decided(given, "responsibility"))
                  .containsEntry("handlerGroup", "project-manager");
            });
    assertThat(task(current)).hasCandidateGroup("project-manager");
    // verification happened once; a reopened complaint is not verified again
    Assertions.assertThat(
            processEngine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(complaint.getId())
                .activityId("UserTask_VerifyComplaint")
                .count())
        .isEqualTo(1);

    workAs("pm", Map.of("handlingResult", "replaced the part"));
    workAs("pm", Map.of("feedbackMethod", "VISIT", "feedbackNote", "visited"));
    workAs("visitor", Map.of("satisfaction", "BASICALLY_SATISFIED"));
    assertThat(complaint).isEnded();
    verify(mocks.listener(RECORD_VERIFICATION)).notify(any());
  }

  @Test
  @DisplayName(
      "R-SEV-UP a reopened hot complaint is reassessed, given its severity, and stays hot with the hot complaints' handler")
  void keepsHigherSeverityWhenReopened() throws Exception {
    ProcessInstance complaint = receive(Map.of("collectiveSize", 5), "HOT", "gm-assistant");
    workAs("supervisor", Map.of("verificationNote", "confirmed", "verificationOutcome", "VALID"));
    workAs("gmassistant", Map.of("handlingResult", "done"));
    workAs("gmassistant", Map.of("feedbackMethod", "PHONE", "feedbackNote", "told"));
    mocks.willSet(REOPEN, Map.of("repeatAfterHandling", true, "classificationTrigger", "REOPEN"));
    // what RecordSeverityDelegate records: the higher of the severity and the reassessment (the
    // rule itself: SeverityTest)
    mocks.willSet(RECORD_SEVERITY, Map.of("severity", "HOT"));
    mocks.willSet(RECORD_RESPONSIBILITY, assigned("gm-assistant"));
    workAs("visitor", Map.of("satisfaction", "UNSATISFIED", "visitComment", "no"));

    Assertions.assertThat(mocks.seen(RECORD_SEVERITY))
        .extracting(given -> given.get("assessedSeverity"))
        .as("complaint-severity: the crowd of five still makes it HOT")
        .containsExactly("HOT", "HOT");
    Assertions.assertThat(mocks.seen(RECORD_SEVERITY).get(1))
        .as("the step is given the severity the complaint has")
        .containsEntry("severity", "HOT");
    Assertions.assertThat(decided(mocks.seen(RECORD_RESPONSIBILITY).get(1), "responsibility"))
        .containsEntry("handlerGroup", "gm-assistant");
    assertThat(complaint).isWaitingAt("UserTask_HandleComplaint");
    assertThat(task(current)).hasCandidateGroup("gm-assistant");
  }

  @Test
  @DisplayName(
      "R-VISIT-1 the handler may not make the return visit, neither by claiming nor by completing")
  void refusesReturnVisitByTheHandler() throws Exception {
    ProcessInstance complaint = atTheReturnVisit();
    String visitId = task(current).getId();

    // the engine wraps a listener's exception; the refusal is its cause
    assertThatThrownBy(() -> taskService().claim(visitId, "officer"))
        .hasRootCauseInstanceOf(ReturnVisitRefusedException.class)
        .hasMessageContaining("R-VISIT-1");
    identity.setAuthenticatedUserId("officer");
    assertThatThrownBy(
            () -> taskService().complete(visitId, withVariables("satisfaction", "SATISFIED")))
        .hasRootCauseInstanceOf(ReturnVisitRefusedException.class)
        .hasMessageContaining("R-VISIT-1");
    identity.clearAuthentication();

    assertThat(complaint).isWaitingAt("UserTask_MakeReturnVisit");
    assertThat(task(current)).isNotAssigned();
    workAs("visitor", Map.of("satisfaction", "SATISFIED"));
    assertThat(complaint).isEnded();
  }

  @Test
  @DisplayName(
      "R-VISIT-3 a problem found on the visit waits for the supervising group's written notice; a late notice alarms the supervising group and the customer-service supervisors without cancelling it; then the department rectifies")
  void issuesTheRectificationNoticeBeforeTheDepartmentRectifies() throws Exception {
    ProcessInstance complaint = atTheReturnVisit();
    workAs("visitor", visitFindingAProblem("lock broken", "cleaning"));

    assertThat(complaint).isWaitingAt("UserTask_IssueRectificationNotice");
    assertThat(task(current)).hasCandidateGroup("customer-supervisor");

    execute(job("BoundaryEvent_RectificationNoticeOverdue"));

    assertThat(complaint)
        .hasPassed(
            "ServiceTask_NotifyRectificationNoticeOverdue",
            "EndEvent_RectificationNoticeOverdueNotified")
        .isWaitingAt("UserTask_IssueRectificationNotice");
    verify(mocks.delegate(NOTIFY_NOTICE_OVERDUE)).execute(any());
    Assertions.assertThat(mocks.seen(NOTIFY_NOTICE_OVERDUE))
        .singleElement()
        .as("the complaint's supervising group and the customer-service supervisors")
        .satisfies(
            given ->
                Assertions.assertThat(given)
                    .containsEntry(
                        "notifyGroups", List.of("customer-supervisor", "customer-supervisor")));

    // what RecordRectificationNoticeListener reads from decision rectification-deadline
    // (RectificationDeadlinesDecisionTest) for cleaning
    mocks.willSet(RECORD_RECTIFICATION_NOTICE, Map.of("rectifyWithin", "P3D"));
    workAs(
        "supervisor",
        Map.of("rectificationNotice", "replace the lock", "responsibleDepartment", "cleaning"));

    verify(mocks.listener(RECORD_RECTIFICATION_NOTICE)).notify(any());
    assertThat(complaint).isWaitingAt("UserTask_RectifyProblem");
    assertThat(task(current)).hasCandidateGroup("cleaning");
    Assertions.assertThat(task(current).getDueDate())
        .as("due rectifyWithin after the notice")
        .isEqualTo(Date.from(NOW.plus(Duration.ofDays(3))));
    workAs("cleaner", Map.of("rectificationResult", "lock replaced"));
    assertThat(complaint).isEnded();
  }

  @Test
  @DisplayName(
      "R-SEV-HOT the third complainant is HOT at intake; each earlier complaint it names is raised in a job of its own, after the start")
  void raisesEachEarlierSameIssueComplaintInAJobOfItsOwn() throws Exception {
    ProcessInstance complaint =
        receive(
            Map.of(
                "sameIssueComplainants30d",
                3,
                "sameIssueComplaintsToRaise",
                "TS-20261122-0001,TS-20261122-0002"),
            "HOT",
            "gm-assistant");

    assertThat(complaint).isWaitingAt("UserTask_VerifyComplaint");
    Assertions.assertThat(mocks.seen(RECORD_SEVERITY))
        .singleElement()
        .satisfies(given -> Assertions.assertThat(given).containsEntry("assessedSeverity", "HOT"));
    verify(mocks.delegate(RAISE_SAME_ISSUE), never()).execute(any());
    var jobs =
        processEngine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(complaint.getId())
            .activityId("ServiceTask_RaiseSameIssueComplaint")
            .list();
    Assertions.assertThat(jobs)
        .as("one job per earlier complaint, run after the intake commits")
        .hasSize(2)
        .allSatisfy(job -> Assertions.assertThat(job.getRetries()).isEqualTo(5));
    jobs.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));

    assertThat(complaint)
        .isWaitingAt("UserTask_VerifyComplaint")
        .hasPassed("EndEvent_SameIssueRaised");
    verify(mocks.delegate(RAISE_SAME_ISSUE), times(2)).execute(any());
    Assertions.assertThat(mocks.seen(RAISE_SAME_ISSUE))
        .extracting(given -> given.get("sameIssueComplaintToRaise"))
        .containsExactlyInAnyOrder("TS-20261122-0001", "TS-20261122-0002");
  }

  @Test
  @DisplayName(
      "R-SEV-HOT an intake that crosses no threshold names no complaint to raise and leaves no job")
  void leavesNoRaiseJobWhenNothingIsToBeRaised() throws Exception {
    ProcessInstance complaint =
        receive(Map.of("sameIssueComplainants30d", 4), "HOT", "gm-assistant");

    assertThat(complaint)
        .isWaitingAt("UserTask_VerifyComplaint")
        .hasPassed("EndEvent_SameIssueRaised");
    Assertions.assertThat(
            processEngine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(complaint.getId())
                .activityId("ServiceTask_RaiseSameIssueComplaint")
                .count())
        .isZero();
    verify(mocks.delegate(RAISE_SAME_ISSUE), never()).execute(any());
  }

  @Test
  @DisplayName(
      "R-VISIT-5 started at the return visit: a missed visit deadline tells the supervisor and the visit stays open and mandatory")
  void toldTheSupervisorOfALateVisitStartingAtTheVisit() throws Exception {
    current =
        runtimeService()
            .createProcessInstanceByKey("complaint-handling")
            .businessKey("TS-20261122-0900")
            .startBeforeActivity("UserTask_MakeReturnVisit")
            .setVariables(
                Map.of(
                    "complaintId",
                    900L,
                    "complaintNo",
                    "TS-20261122-0900",
                    "taskPriority",
                    50,
                    "returnVisitWithin",
                    "P3D",
                    "supervisorGroup",
                    "customer-supervisor"))
            .execute();
    assertThat(current).isWaitingAt("UserTask_MakeReturnVisit");
    assertThat(task(current)).hasCandidateGroup("customer-relations");
    Assertions.assertThat(job(current).getDuedate())
        .isEqualTo(Date.from(NOW.plus(Duration.ofDays(3))));

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(3)).plusSeconds(60)));
    execute(job(current));

    assertThat(current)
        .hasPassed("ServiceTask_NotifyReturnVisitOverdue")
        .isWaitingAt("UserTask_MakeReturnVisit");
    verify(mocks.delegate(NOTIFY_VISIT_OVERDUE)).execute(any());
    Assertions.assertThat(mocks.seen(NOTIFY_VISIT_OVERDUE))
        .singleElement()
        .satisfies(
            given ->
                Assertions.assertThat(given)
                    .containsEntry("complaintId", 900L)
                    .containsEntry("notifyGroup", "customer-supervisor"));
    workAs("visitor", Map.of("satisfaction", "SATISFIED"));
    assertThat(current).isEnded().hasPassed("EndEvent_ComplaintClosed");
    verify(mocks.delegate(CLOSE)).execute(any());
  }

  /**
   * Starts a complaint with the intake's facts (the complaint-severity inputs, as the real
   * registration sets them) and queues what the registration, the severity step and the
   * responsibility step set for it: the test data of a complaint of {@code severity} handled by
   * {@code handlerGroup}.
   */
  /**
   * A GENERAL complaint driven to its return visit (R-LOOP): received, verified as valid, handled
   * and fed back, each step by its group.
   */
  private ProcessInstance atTheReturnVisit() {
    ProcessInstance complaint = receive(Map.of(), "GENERAL", "property-officer");
    workAs("supervisor", Map.of("verificationNote", "confirmed", "verificationOutcome", "VALID"));
    workAs("officer", Map.of("handlingResult", "done"));
    workAs("officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "told"));
    return complaint;
  }

  private ProcessInstance receive(Map<String, Object> facts, String severity, String handlerGroup) {
    Map<String, Object> intake = new HashMap<>();
    intake.put("channel", "PHONE");
    intake.put("category", "CLEANING");
    intake.put("collectiveSize", 1);
    intake.put("inLitigation", false);
    intake.put("mediaExposed", false);
    intake.put("litigationOrMediaRisk", false);
    intake.put("needsOtherDepartments", false);
    intake.put("sameIssueComplainants30d", 1);
    intake.put("sameIssueComplaintsToRaise", "");
    intake.put("repeatAfterHandling", false);
    intake.put("customerCategory", null);
    intake.putAll(facts);
    mocks.willSet(
        REGISTER,
        Map.of(
            "complaintId",
            COMPLAINT,
            "complaintNo",
            COMPLAINT_NO,
            "receivedAt",
            Date.from(NOW),
            "daysUnresolved",
            0,
            "verified",
            false,
            "nightShiftPending",
            false));
    mocks.willSet(RECORD_SEVERITY, Map.of("severity", severity));
    mocks.willSet(RECORD_RESPONSIBILITY, assigned(handlerGroup));
    mocks.willSet(RECORD_VERIFICATION, Map.of("verified", true));
    current = runtimeService().startProcessInstanceByKey("complaint-handling", intake);
    return current;
  }

  /**
   * What the responsibility step sets: the groups, and deadlines a day or more away (test data).
   */
  private static Map<String, Object> assigned(String handlerGroup) {
    Map<String, Object> set = new HashMap<>();
    set.put("handlerGroup", handlerGroup);
    set.put("supervisorGroup", "customer-supervisor");
    set.put("verifierGroup", "customer-supervisor");
    set.put("taskPriority", 50);
    set.put("responseDueAt", Date.from(NOW.plus(Duration.ofDays(1))));
    set.put("handleDueAt", Date.from(NOW.plus(Duration.ofDays(2))));
    set.put("escalateToHotAt", Date.from(NOW.plus(Duration.ofDays(7))));
    set.put("escalateToMajorAt", Date.from(NOW.plus(Duration.ofDays(30))));
    set.put("handleReminderBefore", "PT4H");
    set.put("feedbackWithin", "P1D");
    set.put("feedbackReminderBefore", "PT4H");
    set.put("returnVisitWithin", "P3D");
    set.put("rectificationNoticeWithin", "P1D");
    return set;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> decided(Map<String, Object> given, String result) {
    return (Map<String, Object>) given.get(result);
  }

  /** Claims the process's one open task as the user and completes it with the form values. */
  private void workAs(String user, Map<String, Object> form) {
    String taskId = task(current).getId();
    taskService().claim(taskId, user);
    complete(task(current), form);
  }
}
