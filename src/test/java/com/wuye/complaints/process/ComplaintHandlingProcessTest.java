package com.wuye.complaints.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.wuye.complaints.returnvisit.ReturnVisitRefusedException;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The complaint-handling model on the engine alone: routing, assignment and the R-VISIT rules. */
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

  ProcessEngine processEngine;
  private IdentityService identity;
  private ProcessInstance current;

  @BeforeEach
  void standIns() {
    StandIns.register();
    identity = processEngine.getIdentityService();
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    Mocks.reset();
  }

  @Test
  @DisplayName("R-LOOP a general complaint goes verify, handle, feedback, return visit, closed")
  void closesGeneralComplaintAfterSatisfiedReturnVisit() {
    ProcessInstance complaint = receive(Map.of());

    assertThat(complaint).isWaitingAt("UserTask_VerifyComplaint");
    assertThat(complaint)
        .hasBusinessKey(
            "TS-20261122-"
                + String.format(
                    "%04d", (Long) runtimeService().getVariable(complaint.getId(), "complaintId")));
    assertThat(task(current)).hasCandidateGroup("customer-supervisor");
    workAs("supervisor", Map.of("verificationNote", "checked on site"));

    assertThat(complaint).isWaitingAt("UserTask_HandleComplaint");
    assertThat(task(current)).hasCandidateGroup("property-officer");
    workAs("officer", Map.of("handlingResult", "cleaned"));

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
  }

  @Test
  @DisplayName(
      "R-LOOP R-VISIT-1 an unfounded complaint skips handling and feedback once its supervisor confirms, and is still visited before it closes")
  void closesUnfoundedComplaintWithoutHandlingButWithAVisit() {
    ProcessInstance complaint = receive(Map.of());
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
  }

  @Test
  @DisplayName(
      "R-LOOP a consultation closes without a visit once confirmed; a complaint sent back goes to handling")
  void closesConsultationAtOnceAndSendsBackToHandling() {
    ProcessInstance consultation = receive(Map.of());
    workAs(
        "supervisor",
        Map.of(
            "verificationNote",
            "a question",
            "verificationOutcome",
            "CONSULTATION",
            "outcomeReason",
            "asked"));
    workAs("supervisor", Map.of("closingDecision", "CONFIRM"));
    assertThat(consultation)
        .isEnded()
        .hasPassed("ServiceTask_CloseWithoutHandling", "EndEvent_ClosedWithoutHandling")
        .hasNotPassed("UserTask_MakeReturnVisit", "UserTask_HandleComplaint");

    ProcessInstance sentBack = receive(Map.of());
    workAs(
        "supervisor",
        Map.of(
            "verificationNote",
            "withdrawn",
            "verificationOutcome",
            "WITHDRAWN",
            "outcomeReason",
            "asked"));
    workAs(
        "supervisor", Map.of("closingDecision", "SEND_BACK", "closingNote", "still a complaint"));
    assertThat(sentBack).isWaitingAt("UserTask_HandleComplaint");
    assertThat(task(current)).hasCandidateGroup("property-officer");
  }

  @Test
  @DisplayName("R-RESP a major complaint is handled by the general manager")
  void routesMajorComplaintToGeneralManager() {
    ProcessInstance complaint = receive(Map.of("mediaExposed", true));
    workAs("supervisor", Map.of("verificationNote", "confirmed"));

    assertThat(complaint)
        .isWaitingAt("UserTask_HandleComplaint")
        .variables()
        .containsEntry("severity", "MAJOR");
    assertThat(task(current)).hasCandidateGroup("general-manager");
  }

  @Test
  @DisplayName(
      "R-VISIT-2 an unsatisfied visit reopens the complaint as at least important, straight back to handling")
  void reopensUnsatisfiedComplaintAsImportant() {
    ProcessInstance complaint = receive(Map.of());
    workAs("supervisor", Map.of("verificationNote", "confirmed"));
    workAs("officer", Map.of("handlingResult", "done"));
    workAs("officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "told"));

    workAs("visitor", Map.of("satisfaction", "UNSATISFIED", "visitComment", "still broken"));

    assertThat(complaint)
        .hasPassed("ServiceTask_ReopenComplaint")
        .isWaitingAt("UserTask_HandleComplaint")
        .variables()
        .containsEntry("severity", "IMPORTANT")
        .containsEntry("repeatAfterHandling", true);
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
  }

  @Test
  @DisplayName("R-SEV-UP a reopened hot complaint stays hot")
  void keepsHigherSeverityWhenReopened() {
    ProcessInstance complaint = receive(Map.of("collectiveSize", 5));
    workAs("supervisor", Map.of("verificationNote", "confirmed"));
    workAs("gmassistant", Map.of("handlingResult", "done"));
    workAs("gmassistant", Map.of("feedbackMethod", "PHONE", "feedbackNote", "told"));
    workAs("visitor", Map.of("satisfaction", "UNSATISFIED", "visitComment", "no"));

    assertThat(complaint)
        .isWaitingAt("UserTask_HandleComplaint")
        .variables()
        .containsEntry("severity", "HOT");
    assertThat(task(current)).hasCandidateGroup("gm-assistant");
  }

  @Test
  @DisplayName(
      "R-VISIT-1 the handler may not make the return visit, neither by claiming nor by completing")
  void refusesReturnVisitByTheHandler() {
    ProcessInstance complaint = receive(Map.of());
    workAs("supervisor", Map.of("verificationNote", "confirmed"));
    workAs("officer", Map.of("handlingResult", "done"));
    workAs("officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "told"));
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
  void issuesTheRectificationNoticeBeforeTheDepartmentRectifies() {
    ProcessInstance complaint = receive(Map.of());
    workAs("supervisor", Map.of("verificationNote", "confirmed"));
    workAs("officer", Map.of("handlingResult", "done"));
    workAs("officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "told"));
    workAs(
        "visitor",
        Map.of(
            "satisfaction",
            "SATISFIED",
            "problemFound",
            true,
            "problemDescription",
            "lock broken",
            "responsibleDepartment",
            "cleaning"));

    assertThat(complaint).isWaitingAt("UserTask_IssueRectificationNotice");
    assertThat(task(current)).hasCandidateGroup("customer-supervisor");

    execute(job("BoundaryEvent_RectificationNoticeOverdue"));

    assertThat(complaint)
        .hasPassed(
            "ServiceTask_NotifyRectificationNoticeOverdue",
            "EndEvent_RectificationNoticeOverdueNotified")
        .isWaitingAt("UserTask_IssueRectificationNotice");
    Assertions.assertThat(
            runtimeService().getVariable(complaint.getId(), "rectificationNoticeOverdueNotified"))
        .as("the complaint's supervising group and the customer-service supervisors")
        .isEqualTo(java.util.List.of("customer-supervisor", "customer-supervisor"));

    workAs(
        "supervisor",
        Map.of("rectificationNotice", "replace the lock", "responsibleDepartment", "cleaning"));

    assertThat(complaint)
        .isWaitingAt("UserTask_RectifyProblem")
        .variables()
        .containsEntry("rectifyWithin", "P3D");
    assertThat(task(current)).hasCandidateGroup("cleaning");
    workAs("cleaner", Map.of("rectificationResult", "lock replaced"));
    assertThat(complaint).isEnded();
  }

  @Test
  @DisplayName(
      "R-SEV-HOT the third complainant is HOT at intake; each earlier complaint it names is raised in a job of its own, after the start")
  void raisesEachEarlierSameIssueComplaintInAJobOfItsOwn() {
    ProcessInstance complaint =
        receive(
            Map.of(
                "sameIssueComplainants30d",
                3,
                "sameIssueComplaintsToRaise",
                "TS-20261122-0001,TS-20261122-0002"));

    assertThat(complaint)
        .isWaitingAt("UserTask_VerifyComplaint")
        .variables()
        .containsEntry("severity", "HOT")
        .doesNotContainKey("raised_TS-20261122-0001");
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
        .hasPassed("EndEvent_SameIssueRaised")
        .variables()
        .containsEntry("raised_TS-20261122-0001", true)
        .containsEntry("raised_TS-20261122-0002", true);
  }

  @Test
  @DisplayName(
      "R-SEV-HOT an intake that crosses no threshold names no complaint to raise and leaves no job")
  void leavesNoRaiseJobWhenNothingIsToBeRaised() {
    ProcessInstance complaint = receive(Map.of("sameIssueComplainants30d", 4));

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
  }

  @Test
  @DisplayName(
      "R-VISIT-5 started at the return visit: a missed visit deadline tells the supervisor and the visit stays open and mandatory")
  void toldTheSupervisorOfALateVisitStartingAtTheVisit() {
    java.util.Date now = new java.util.Date();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(now);
    try {
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
          .isEqualTo(new java.util.Date(now.getTime() + 3L * 86_400_000L));

      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
          new java.util.Date(now.getTime() + 3L * 86_400_000L + 60_000L));
      execute(job(current));

      assertThat(current)
          .hasPassed("ServiceTask_NotifyReturnVisitOverdue")
          .isWaitingAt("UserTask_MakeReturnVisit")
          .variables()
          .containsEntry("returnVisitOverdueNotified", true);
      workAs("visitor", Map.of("satisfaction", "SATISFIED"));
      assertThat(current).isEnded().hasPassed("EndEvent_ComplaintClosed");
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  private ProcessInstance receive(Map<String, Object> facts) {
    Map<String, Object> intake = new HashMap<>(facts);
    intake.putIfAbsent("channel", "PHONE");
    intake.putIfAbsent("category", "CLEANING");
    current = runtimeService().startProcessInstanceByKey("complaint-handling", intake);
    return current;
  }

  /** Claims the process's one open task as the user and completes it with the form values. */
  private void workAs(String user, Map<String, Object> form) {
    String taskId = task(current).getId();
    taskService().claim(taskId, user);
    complete(task(current), form);
  }
}
