package com.wuye.complaints.lifecycle;

import static com.wuye.complaints.support.StepForms.visitFindingAProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.complaints.classification.SeverityGovernance;
import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintEventType;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.ComplaintStatus;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.complaint.SeverityChange;
import com.wuye.complaints.notification.NoticeChannel;
import com.wuye.complaints.notification.Notification;
import com.wuye.complaints.notification.NotificationSender;
import com.wuye.complaints.notification.NotificationService;
import com.wuye.complaints.notification.NotificationStatus;
import com.wuye.complaints.notification.RecordedComplainantMessages;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineResets;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.waiting.WaitingOn;
import com.wuye.complaints.waiting.WaitingService;
import com.wuye.complaints.workcontact.WorkContactService;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every deadline, escalation and upgrade rule, driven on the engine clock: time is moved with
 * ClockUtil and the timers that fall due are executed, as the job executor would. Run on H2 and on
 * MariaDB by the subclasses.
 */
@ExtendWith(EngineResets.class)
abstract class ComplaintRulesScenario {

  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z"); // 10:00 in Shanghai

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired ComplaintService complaints;
  @Autowired CommunityService communities;
  @Autowired NotificationService notifications;
  @Autowired NotificationSender sender;
  @Autowired RecordedComplainantMessages recorded;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired WaitingService waiting;
  @Autowired WorkContactService workContacts;
  @Autowired SeverityGovernance governance;
  @Autowired com.wuye.complaints.classification.SameIssueLinks links;

  private ProcessDriver driver;

  @BeforeEach
  void setUp() {
    communities.ensure("huayuan", "华苑小区");
    driver = new ProcessDriver(runtime, tasks, identity, management);
    at(T0);
  }

  @Test
  @DisplayName(
      "R-ESC-1 R-ESC-2 a general complaint unresolved 7 days becomes HOT with gm-assistant, 30 days MAJOR with general-manager")
  void raisesGeneralComplaintToHotAfterSevenDaysAndMajorAfterThirty() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    at(T0.plus(Duration.ofHours(1)));
    confirmAtVerification(process);
    tasks.claim(driver.openTask(process).getId(), "officer");

    at(T0.plus(Duration.ofDays(6)));
    assertThat(driver.fireDueJobs(process)).isZero();
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.GENERAL);

    at(T0.plus(Duration.ofDays(7)).plusSeconds(60));
    driver.fireDueJobs(process);

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getSeverity()).isEqualTo(Severity.HOT);
    assertThat(complaint.getHandlerGroup()).isEqualTo("gm-assistant");
    assertThat(complaint.getSupervisorGroup()).isEqualTo("general-affairs-manager");
    Task handling = driver.openTask(process);
    assertThat(handling.getTaskDefinitionKey()).isEqualTo("UserTask_HandleComplaint");
    assertThat(driver.candidateGroups(handling)).containsExactly("gm-assistant");
    assertThat(handling.getAssignee()).as("the new level claims the work").isNull();
    assertThat(handling.getPriority()).isEqualTo(70);
    assertThat(complaints.severityHistory(id))
        .last()
        .extracting(change -> change.getChange().note())
        .asString()
        .contains("R-ESC-2");
    assertThat(notifications.forComplaint(id))
        .extracting(Notification::getRecipientGroup)
        .contains("gm-assistant", "general-affairs-manager");
    assertThat(complaint.getReceivedAt()).as("the intake time stays the clock").isEqualTo(T0);
    // issue 18: the groups and deadlines decided at intake and again here lived in memory only
    // (transientResult in the model): no variable, no history of one, no binary row; the
    // decisions' own history is the record
    com.wuye.complaints.support.TransientDecisionResultsCheck.assertOnlyTheDecisionsRecorded(
        history,
        process.getId(),
        java.util.List.of("responsibility", "sla"),
        java.util.List.of("complaint-responsibility", "complaint-sla"),
        4);

    at(T0.plus(Duration.ofDays(30)).plusSeconds(60));
    driver.fireDueJobs(process);

    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.MAJOR);
    assertThat(driver.candidateGroups(driver.openTask(process))).containsExactly("general-manager");
  }

  @Test
  @DisplayName(
      "R-REP-1 R-REP-2 a repair request gets the day's next dispatch slip number and its arrival deadline from repair-sla, on this database")
  void numbersRepairSlipsPerDayAndIssuesThemToEngineering() {
    Map<String, Object> request =
        Map.of(
            "repairKind",
            "HOUSEHOLD",
            "facilityType",
            "LEAK",
            "emergency",
            false,
            "channel",
            "PHONE",
            "requesterName",
            "王芳",
            "requesterPhone",
            "13800001111",
            "community",
            "huayuan",
            "building",
            "1",
            "description",
            "厨房漏水");
    ProcessInstance first = runtime.startProcessInstanceByKey("repair-order", request);
    ProcessInstance second = runtime.startProcessInstanceByKey("repair-order", request);

    assertThat(first.getBusinessKey()).matches("PG-20261102-\\d{4}");
    assertThat(Integer.parseInt(second.getBusinessKey().substring(12)))
        .isEqualTo(Integer.parseInt(first.getBusinessKey().substring(12)) + 1);
    assertThat(runtime.getVariable(first.getId(), "repairNo")).isEqualTo(first.getBusinessKey());
    Task arrival = driver.openTask(first);
    assertThat(arrival.getTaskDefinitionKey()).isEqualTo("UserTask_ArriveOnSite");
    assertThat(driver.candidateGroups(arrival)).containsExactly("engineering");
    assertThat(arrival.getDueDate())
        .isEqualTo(java.util.Date.from(T0.plus(Duration.ofMinutes(15))));
    assertThat(runtime.getVariable(first.getId(), "returnVisitWithin")).isEqualTo("P3D");

    at(T0.plus(Duration.ofMinutes(16)));
    driver.fireDueJobs(first);
    assertThat(driver.openTask(first).getTaskDefinitionKey()).isEqualTo("UserTask_BookVisitTime");
    assertThat(driver.candidateGroups(driver.openTask(first))).containsExactly("property-officer");
  }

  @Test
  @DisplayName(
      "R-ESC-3 a response not made within 24 h tells the supervisor and leaves the work where it is")
  void notifiesSupervisorWhenResponseIsLate() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    // R-IN-3 the verification itself is due the same day (18:30 Shanghai); the response deadline is
    // the timer below
    assertThat(driver.openTask(process).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-11-02T10:30:00Z")));
    assertThat(runtime.getVariable(process.getId(), "responseDueAt"))
        .isEqualTo(Date.from(T0.plus(Duration.ofHours(24))));

    at(T0.plus(Duration.ofHours(23)));
    assertThat(driver.fireDueJobs(process)).isZero();
    assertThat(complaints.get(id).getResponseOverdueAt()).isNull();

    at(T0.plus(Duration.ofHours(24)).plusSeconds(60));
    driver.fireDueJobs(process);

    assertThat(complaints.get(id).getResponseOverdueAt()).isNotNull();
    assertThat(notifications.forComplaint(id))
        .extracting(Notification::getRecipientGroup, Notification::getSubject)
        .anySatisfy(
            n ->
                assertThat(n.toList())
                    .containsExactly(
                        "customer-supervisor",
                        "响应超时 Response overdue " + complaintOf(process).getComplaintNo()));
    Task verification = driver.openTask(process);
    assertThat(verification.getTaskDefinitionKey()).isEqualTo("UserTask_VerifyComplaint");
    assertThat(driver.candidateGroups(verification)).containsExactly("customer-supervisor");
  }

  @Test
  @DisplayName(
      "R-ESC-3 the response is the first contact: a complainant reached within 24 h is no breach, though verification is still open")
  void contactWithinTheDeadlineIsTheResponse() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();

    at(T0.plus(Duration.ofHours(2)));
    assertThat(complaints.recordContact(id, "it-supervisor")).isTrue();
    assertThat(complaints.recordContact(id, "it-supervisor"))
        .as("only the first contact counts")
        .isFalse();
    at(T0.plus(Duration.ofHours(24)).plusSeconds(60));
    driver.fireDueJobs(process);

    assertThat(complaints.get(id).getFirstContact().at()).isEqualTo(T0.plus(Duration.ofHours(2)));
    assertThat(complaints.get(id).getResponseOverdueAt()).isNull();
    assertThat(notifications.forComplaint(id))
        .noneSatisfy(n -> assertThat(n.getSubject()).startsWith("响应超时"));
    assertThat(driver.openTask(process).getTaskDefinitionKey())
        .isEqualTo("UserTask_VerifyComplaint");
  }

  @Test
  @DisplayName(
      "R-IN-3 taken before the cut-off, verification is due at the end of the working day; after it, by noon the next day")
  void dueForVerificationTheSameWorkingDay() {
    ProcessInstance morning = driver.receive("officer", ProcessDriver.intake());
    assertThat(driver.openTask(morning).getDueDate())
        .as("10:00 -> 18:30 the same day, Shanghai")
        .isEqualTo(Date.from(Instant.parse("2026-11-02T10:30:00Z")));

    at(Instant.parse("2026-11-02T09:30:00Z")); // 17:30 in Shanghai, after the 17:00 cut-off
    ProcessInstance evening = driver.receive("officer", ProcessDriver.intake());
    assertThat(driver.openTask(evening).getDueDate())
        .as("17:30 -> 12:00 the next day, Shanghai")
        .isEqualTo(Date.from(Instant.parse("2026-11-03T04:00:00Z")));
    assertThat(runtime.getVariable(evening.getId(), "responseDueAt"))
        .as("R-ESC-3 the response stays 24 h")
        .isEqualTo(Date.from(Instant.parse("2026-11-03T09:30:00Z")));
  }

  @Test
  @DisplayName(
      "R-IN-4 nothing is lost: taken by the monitoring room at 23:00, handed over, at 08:30 the morning supervisor acknowledges it and it is verified")
  void handsNightComplaintsToTheMorningShift() {
    at(Instant.parse("2026-11-02T15:00:00Z")); // 23:00 in Shanghai
    Map<String, Object> intake = ProcessDriver.intake();
    intake.put("channel", "NIGHT_SHIFT");
    ProcessInstance process = driver.receive("monitor", intake);
    long id = complaintOf(process).getId();

    Task night = driver.openTask(process);
    assertThat(night.getTaskDefinitionKey()).isEqualTo("UserTask_HandleAtNight");
    assertThat(driver.candidateGroups(night)).containsExactly("monitoring-room");
    assertThatThrownBy(() -> driver.work(process, "monitor", Map.of("handedOver", true)))
        .hasMessageContaining("nightNote is required");
    at(Instant.parse("2026-11-02T15:30:00Z"));
    driver.work(process, "monitor", Map.of("nightNote", "已电话安抚，需工程部白天处理", "handedOver", true));

    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count())
        .as("waiting for the morning")
        .isZero();
    at(Instant.parse("2026-11-03T00:29:00Z")); // 08:29
    assertThat(driver.fireDueJobs(process)).isZero();
    at(Instant.parse("2026-11-03T00:30:00Z")); // 08:30, the morning shift starts
    driver.fireDueJobs(process);

    Task handover = driver.openTask(process);
    assertThat(handover.getTaskDefinitionKey()).isEqualTo("UserTask_AcknowledgeHandover");
    assertThat(driver.candidateGroups(handover)).containsExactly("customer-supervisor");
    driver.work(process, "supervisor", Map.of());

    Task verification = driver.openTask(process);
    assertThat(verification.getTaskDefinitionKey()).isEqualTo("UserTask_VerifyComplaint");
    assertThat(verification.getDueDate())
        .as("R-IN-3 taken after the cut-off: noon the next day")
        .isEqualTo(Date.from(Instant.parse("2026-11-03T04:00:00Z")));
    assertThat(complaints.timeline(id))
        .extracting(e -> e.getType().name())
        .containsSubsequence("RECEIVED", "NIGHT_HANDOVER", "HANDOVER_ACKNOWLEDGED");
  }

  @Test
  @DisplayName(
      "R-IN-4 nothing is lost: a night complaint the monitoring room has not dealt with by 08:30 goes to the morning shift all the same")
  void handsOverWhatTheNightShiftLeftOpen() {
    at(Instant.parse("2026-11-02T18:00:00Z")); // 02:00 in Shanghai
    Map<String, Object> intake = ProcessDriver.intake();
    intake.put("channel", "NIGHT_SHIFT");
    ProcessInstance process = driver.receive("monitor", intake);
    assertThat(driver.openTask(process).getTaskDefinitionKey()).isEqualTo("UserTask_HandleAtNight");
    assertThat(driver.openTask(process).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-11-03T00:30:00Z")));

    at(Instant.parse("2026-11-03T00:30:00Z")); // 08:30 the same morning
    driver.fireDueJobs(process);

    Task handover = driver.openTask(process);
    assertThat(handover.getTaskDefinitionKey()).isEqualTo("UserTask_AcknowledgeHandover");
    driver.work(process, "supervisor", Map.of("handoverNote", "夜班未处理，早班接手"));
    assertThat(driver.openTask(process).getTaskDefinitionKey())
        .isEqualTo("UserTask_VerifyComplaint");
    assertThat(driver.openTask(process).getDueDate())
        .as("R-IN-3 taken 02:00: the end of that working day")
        .isEqualTo(Date.from(Instant.parse("2026-11-03T10:30:00Z")));
  }

  @Test
  @DisplayName(
      "R-IN-4 what the monitoring room handles at night is its verification and goes to handling; by day, or from another channel, a complaint goes straight to verification")
  void handlesAtNightOrGoesStraightToVerification() {
    at(Instant.parse("2026-11-02T19:00:00Z")); // 03:00 in Shanghai
    Map<String, Object> intake = ProcessDriver.intake();
    intake.put("channel", "NIGHT_SHIFT");
    ProcessInstance handled = driver.receive("monitor", intake);
    driver.work(handled, "monitor", Map.of("nightNote", "已关闭漏水阀门，确认属实"));

    Task handling = driver.openTask(handled);
    assertThat(handling.getTaskDefinitionKey()).isEqualTo("UserTask_HandleComplaint");
    assertThat(complaintOf(handled).getVerification().by()).isEqualTo("monitor");

    ProcessInstance otherChannel = driver.receive("officer", ProcessDriver.intake());
    assertThat(driver.openTask(otherChannel).getTaskDefinitionKey())
        .isEqualTo("UserTask_VerifyComplaint");

    at(T0); // 10:00
    Map<String, Object> byDay = ProcessDriver.intake();
    byDay.put("channel", "NIGHT_SHIFT");
    assertThat(driver.openTask(driver.receive("monitor", byDay)).getTaskDefinitionKey())
        .isEqualTo("UserTask_VerifyComplaint");
  }

  @Test
  @DisplayName(
      "R-IN-2 when the complaint was made is kept apart from when it was recorded; the response and age clocks count from when it was made")
  void countsDeadlinesFromWhenTheComplaintWasMade() {
    Instant madeAt = T0.minus(Duration.ofHours(5));
    Map<String, Object> intake = ProcessDriver.intake();
    intake.put(
        "madeAt", "2026-11-02T05:00+08:00"); // the intake form's date-time field, with offset
    ProcessInstance process = driver.receive("officer", intake);
    Complaint complaint = complaintOf(process);

    assertThat(complaint.getMadeAt()).isEqualTo(madeAt);
    assertThat(complaint.getReceivedAt()).isEqualTo(T0);
    assertThat(complaint.getResponseDueAt()).isEqualTo(madeAt.plus(Duration.ofHours(24)));
    assertThat(runtime.getVariable(process.getId(), "escalateToHotAt"))
        .isEqualTo(Date.from(madeAt.plus(Duration.ofDays(7))));

    ProcessInstance unstated = driver.receive("officer", ProcessDriver.intake());
    assertThat(complaintOf(unstated).getMadeAt())
        .as("not given: when it was received")
        .isEqualTo(T0);

    Map<String, Object> future = ProcessDriver.intake();
    future.put("madeAt", "2026-11-02T11:00+08:00"); // an hour from now
    assertThatThrownBy(() -> driver.receive("officer", future))
        .hasMessageContaining("madeAt may not be in the future");
  }

  @Test
  @DisplayName(
      "R-LOOP R-VISIT-1 an unfounded complaint closes when the supervisor confirms, after a return visit, without a handling task ever")
  void closesAnUnfoundedComplaintAfterConfirmationAndAVisitWithoutHandling() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    Map<String, Object> unfounded =
        new HashMap<>(
            Map.of("verificationNote", "现场查看，垃圾已按时清运", "verificationOutcome", "UNFOUNDED"));
    assertThatThrownBy(() -> driver.work(process, "supervisor", unfounded))
        .as("no reason: refused")
        .hasMessageContaining("a reason is required for outcome UNFOUNDED");
    assertThat(complaints.get(id).getVerification()).as("a refusal records nothing").isNull();

    unfounded.put("outcomeReason", "清运记录与监控均显示当日已清运");
    at(T0.plus(Duration.ofHours(1)));
    driver.work(process, "supervisor", unfounded);

    Task confirm = driver.openTask(process);
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo("UserTask_ConfirmClosing");
    assertThat(driver.candidateGroups(confirm)).containsExactly("customer-supervisor");
    assertThat(complaints.get(id).getStatus())
        .isEqualTo(ComplaintStatus.AWAITING_CLOSING_CONFIRMATION);
    assertThat(complaints.get(id).getOutcomeReason()).isEqualTo("清运记录与监控均显示当日已清运");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count())
        .isOne();
    assertThat(management.createJobQuery().processInstanceId(process.getId()).timers().count())
        .as("closing is not ageing: the unresolved timers are gone")
        .isZero();

    at(T0.plus(Duration.ofHours(2)));
    driver.work(process, "it-supervisor", Map.of("closingDecision", "CONFIRM"));

    Task visit = driver.openTask(process);
    assertThat(visit.getTaskDefinitionKey())
        .as("R-VISIT-1 still visited")
        .isEqualTo("UserTask_MakeReturnVisit");
    assertThat(driver.candidateGroups(visit)).containsExactly("customer-relations");
    driver.work(process, "visitor", Map.of("satisfaction", "SATISFIED"));

    Complaint closed = complaints.get(id);
    assertThat(closed.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.getVerificationOutcome())
        .isEqualTo(com.wuye.complaints.complaint.VerificationOutcome.UNFOUNDED);
    assertThat(closed.getClosingConfirmation().by()).isEqualTo("it-supervisor");
    assertThat(closed.getHandling()).isNull();
    assertThat(closed.getReturnVisit().by()).isEqualTo("visitor");
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId())
                .activityId("UserTask_HandleComplaint")
                .count())
        .as("no handling task, ever")
        .isZero();
    assertThat(complaints.timeline(id))
        .extracting(e -> e.getType().name())
        .contains("CLOSING_PROPOSED", "CLOSING_CONFIRMED", "RETURN_VISITED", "CLOSED");
  }

  @Test
  @DisplayName(
      "R-LOOP a duplicate of an existing complaint is linked to it and closes once the supervisor confirms; an unknown original is refused")
  void closesADuplicateOfAnExistingComplaint() {
    ProcessInstance original = driver.receive("officer", ProcessDriver.intake());
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    Map<String, Object> duplicate =
        new HashMap<>(
            Map.of(
                "verificationNote",
                "同一业主同一事项",
                "verificationOutcome",
                "DUPLICATE",
                "outcomeReason",
                "与原投诉同一事项",
                "duplicateOf",
                "TS-19990101-9999"));
    assertThatThrownBy(() -> driver.work(process, "supervisor", duplicate))
        .hasMessageContaining("no other complaint numbered");
    duplicate.put("duplicateOf", process.getBusinessKey());
    assertThatThrownBy(() -> driver.work(process, "supervisor", duplicate))
        .as("not of itself")
        .hasMessageContaining("no other complaint numbered");

    duplicate.put("duplicateOf", original.getBusinessKey());
    driver.work(process, "supervisor", duplicate);
    driver.work(process, "supervisor", Map.of("closingDecision", "CONFIRM"));

    Complaint closed = complaints.get(id);
    assertThat(closed.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.getDuplicateOf()).isEqualTo(original.getBusinessKey());
    assertThat(complaints.links(id))
        .extracting(com.wuye.complaints.complaint.ComplaintLink::getLinkedComplaintId)
        .contains(complaintOf(original).getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count())
        .isZero();
    assertThat(complaintOf(original).getStatus())
        .as("the original goes on")
        .isEqualTo(ComplaintStatus.AWAITING_VERIFICATION);
  }

  @Test
  @DisplayName(
      "R-LOOP a supervisor who finds it is a complaint after all sends it to handling, with a reason")
  void sendsANotAComplaintBackToHandling() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    driver.work(
        process,
        "supervisor",
        Map.of(
            "verificationNote",
            "业主撤回",
            "verificationOutcome",
            "WITHDRAWN",
            "outcomeReason",
            "业主电话表示不再追究"));
    assertThatThrownBy(
            () -> driver.work(process, "supervisor", Map.of("closingDecision", "SEND_BACK")))
        .hasMessageContaining("say why it goes to handling");

    driver.work(
        process,
        "supervisor",
        Map.of("closingDecision", "SEND_BACK", "closingNote", "业主仍在群里投诉，须处理"));

    Task handling = driver.openTask(process);
    assertThat(handling.getTaskDefinitionKey()).isEqualTo("UserTask_HandleComplaint");
    assertThat(driver.candidateGroups(handling)).containsExactly("property-officer");
    Complaint complaint = complaints.get(id);
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.IN_HANDLING);
    assertThat(complaint.getVerificationOutcome())
        .isEqualTo(com.wuye.complaints.complaint.VerificationOutcome.VALID);
    assertThat(complaint.getSeverity()).isEqualTo(Severity.GENERAL);
    assertThat(complaints.timeline(id))
        .extracting(e -> e.getType().name())
        .contains("SENT_BACK_TO_HANDLING");
  }

  @Test
  @DisplayName(
      "R-LOOP a consultation or suggestion closes once confirmed, without a visit, and is on the suggestions list")
  void putsAConsultationOnTheSuggestionsList() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    driver.work(
        process,
        "supervisor",
        Map.of(
            "verificationNote",
            "业主建议增设垃圾桶",
            "verificationOutcome",
            "CONSULTATION",
            "outcomeReason",
            "属建议，非投诉"));
    driver.work(process, "supervisor", Map.of("closingDecision", "CONFIRM"));

    assertThat(complaints.get(id).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaints.get(id).getReturnVisit()).isNull();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from suggestion where complaint_id = ?", Long.class, id))
        .isOne();
  }

  @Test
  @DisplayName(
      "fault drill, R-ESC-3: a delegate's database error retries the job, then shows an incident; fixed and retried, the process resumes with nothing lost")
  void databaseErrorBecomesAnIncidentAndResumesAfterTheFix() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    at(T0.plus(Duration.ofHours(24)).plusSeconds(60));
    Job overdue =
        management
            .createJobQuery()
            .processInstanceId(process.getId())
            .activityId("BoundaryEvent_ResponseOverdue")
            .singleResult();

    jdbc.execute(
        "alter table notification rename to notification_offline"); // the outbox is unreachable
    try {
      for (int attempt = 1; attempt <= 3; attempt++) {
        assertThatThrownBy(() -> management.executeJob(overdue.getId())).isNotNull();
      }
      assertThat(management.createJobQuery().jobId(overdue.getId()).singleResult().getRetries())
          .isZero();
      assertThat(runtime.createIncidentQuery().processInstanceId(process.getId()).list())
          .singleElement()
          .satisfies(incident -> assertThat(incident.getIncidentType()).isEqualTo("failedJob"));
      assertThat(complaints.get(id).getResponseOverdueAt()).as("nothing half written").isNull();
    } finally {
      jdbc.execute("alter table notification_offline rename to notification");
    }

    management.setJobRetries(overdue.getId(), 1); // what an operator does in Cockpit
    management.executeJob(overdue.getId());

    assertThat(runtime.createIncidentQuery().processInstanceId(process.getId()).count()).isZero();
    assertThat(complaints.get(id).getResponseOverdueAt()).isNotNull();
    assertThat(notifications.forComplaint(id))
        .filteredOn(n -> n.getSubject().startsWith("响应超时"))
        .hasSize(1);
    assertThat(driver.openTask(process).getTaskDefinitionKey())
        .isEqualTo("UserTask_VerifyComplaint");
  }

  @Test
  @DisplayName(
      "R-ESC-4 R-ESC-1 a handler's escalation request with a reason moves the work one level up and tells the supervisor; the severity class stays")
  void movesWorkUpOneLevelOnRequest() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);

    assertThatThrownBy(() -> driver.work(process, "officer", Map.of("escalate", true)))
        .hasMessageContaining("escalationReason");
    assertThat(complaints.get(id).getHandlerGroup()).isEqualTo("property-officer");

    tasks.setAssignee(driver.openTask(process).getId(), null);
    driver.work(process, "officer", Map.of("escalate", true, "escalationReason", "需要协调电梯维保单位"));

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getSeverity())
        .as("escalation is not a severity class (reports count GENERAL)")
        .isEqualTo(Severity.GENERAL);
    assertThat(complaint.getEscalationLevel()).isEqualTo("project-manager");
    assertThat(runtime.getVariable(process.getId(), "escalationLevel"))
        .isEqualTo("project-manager");
    assertThat(complaint.getHandlerGroup()).isEqualTo("project-manager");
    assertThat(complaint.getSupervisorGroup()).isEqualTo("customer-supervisor");
    assertThat(complaint.getHandling()).as("escalating is not handling").isNull();
    assertThat(driver.candidateGroups(driver.openTask(process))).containsExactly("project-manager");
    assertThat(complaints.severityHistory(id)).as("only the intake's classification").hasSize(1);
    assertThat(complaints.timeline(id))
        .filteredOn(event -> event.getType() == ComplaintEventType.ESCALATED)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getStep().by()).isEqualTo("officer");
              assertThat(event.getStep().note())
                  .contains("property-officer -> project-manager")
                  .contains("需要协调电梯维保单位");
            });
    assertThat(notifications.forComplaint(id))
        .filteredOn(n -> n.getSubject().startsWith("投诉升级"))
        .extracting(Notification::getRecipientGroup)
        .containsExactlyInAnyOrder("project-manager", "customer-supervisor");

    driver.work(process, "pm", Map.of("escalate", true, "escalationReason", "需总经理助理协调"));
    driver.work(process, "gmassistant", Map.of("escalate", true, "escalationReason", "需总经理决定"));
    assertThat(complaints.get(id).getHandlerGroup()).isEqualTo("general-manager");
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.GENERAL);
    assertThatThrownBy(
            () -> driver.work(process, "gm", Map.of("escalate", true, "escalationReason", "再升级")))
        .hasMessageContaining("no higher level");
  }

  @Test
  @DisplayName(
      "R-ESC-1 R-ESC-2 the handler is the higher of the severity's and the escalation level's: an escalated complaint that ages into HOT goes to the GM's assistant")
  void handsTheWorkToTheHigherOfSeverityAndEscalationLevel() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    driver.work(process, "officer", Map.of("escalate", true, "escalationReason", "需项目经理协调"));
    assertThat(complaints.get(id).getHandlerGroup()).isEqualTo("project-manager");

    at(T0.plus(Duration.ofDays(7)).plusSeconds(60));
    driver.fireDueJobs(process);

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getSeverity())
        .as("R-ESC-2 age still raises the severity")
        .isEqualTo(Severity.HOT);
    assertThat(complaint.getHandlerGroup()).isEqualTo("gm-assistant");
    assertThat(complaint.getEscalationLevel()).isEqualTo("project-manager");
    assertThat(driver.candidateGroups(driver.openTask(process))).containsExactly("gm-assistant");

    // a level above the severity's handler keeps the work: a fact that makes it only IMPORTANT
    // moves nothing down
    ProcessInstance other = driver.receive("officer", ProcessDriver.intake());
    long otherId = complaintOf(other).getId();
    driver.work(other, "supervisor", Map.of("verificationNote", "属实"));
    driver.work(other, "officer", Map.of("escalate", true, "escalationReason", "需项目经理协调"));
    driver.work(other, "pm", Map.of("escalate", true, "escalationReason", "需总经理助理协调"));
    runtime
        .createMessageCorrelation("ComplaintFactsChanged")
        .processInstanceBusinessKey(other.getBusinessKey())
        .setVariables(Map.of("needsOtherDepartments", true, "factsReportedBy", "officer"))
        .correlate();
    assertThat(complaints.get(otherId).getSeverity()).isEqualTo(Severity.IMPORTANT);
    assertThat(complaints.get(otherId).getHandlerGroup()).isEqualTo("gm-assistant");
  }

  @Test
  @DisplayName(
      "R-RESP R-ESC-1 R-VISIT-1 a complaint naming property officer X goes to the project manager; X's claim of every one of its tasks is refused, others work it to the end")
  void routesAComplaintAboutAnOfficerPastThemAndRefusesThemEveryTask() {
    driver.signIn("officer"); // the named staff member exists
    identity.clearAuthentication();
    Map<String, Object> intake = ProcessDriver.intake();
    intake.put("category", "SERVICE_ATTITUDE");
    intake.put("description", "物管员态度恶劣");
    intake.put("namedStaff", "officer");
    ProcessInstance process = driver.receive("supervisor", intake);
    long id = complaintOf(process).getId();

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getSeverity())
        .as("routing past the person is no severity class")
        .isEqualTo(Severity.GENERAL);
    assertThat(complaint.getHandlerGroup())
        .as("the level above property-officer on the chain")
        .isEqualTo("project-manager");
    assertThat(complaint.getEscalationLevel()).isEqualTo("project-manager");
    assertThat(runtime.getVariable(process.getId(), "namedStaff")).isEqualTo("officer");
    assertThat(runtime.getVariable(process.getId(), "escalationLevel"))
        .isEqualTo("project-manager");
    assertThat(
            jdbc.queryForObject(
                "select user_id from complaint_named_staff where complaint_id = ?",
                String.class,
                id))
        .isEqualTo("officer");
    assertThat(notifications.forComplaint(id))
        .filteredOn(n -> n.getSubject().startsWith("新投诉"))
        .extracting(Notification::getRecipientGroup)
        .containsExactly("project-manager");

    Task verify = taskAt(process, "UserTask_VerifyComplaint");
    assertRefusedToNamedStaff(verify, "officer");
    assertThatThrownBy(() -> tasks.setAssignee(verify.getId(), "officer"))
        .as("nor may anyone give it to them")
        .satisfies(
            e ->
                assertThat(InvalidInputException.in(e))
                    .get()
                    .isInstanceOf(com.wuye.complaints.namedstaff.NamedStaffRefusedException.class));
    confirmAtVerification(process);

    Task handling = taskAt(process, "UserTask_HandleComplaint");
    assertThat(driver.candidateGroups(handling)).containsExactly("project-manager");
    assertRefusedToNamedStaff(handling, "officer");
    driver.work(process, "pm", Map.of("handlingResult", "已约谈物管员并当面致歉"));

    assertRefusedToNamedStaff(taskAt(process, "UserTask_GiveFeedback"), "officer");
    driver.work(process, "pm", Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知处理结果"));

    assertRefusedToNamedStaff(taskAt(process, "UserTask_MakeReturnVisit"), "officer");
    driver.work(process, "visitor", visitFindingAProblem("服务台无人值守", "cleaning"));

    assertRefusedToNamedStaff(taskAt(process, "UserTask_IssueRectificationNotice"), "officer");
    driver.work(
        process,
        "supervisor",
        Map.of("rectificationNotice", "当日起服务台全天值守", "responsibleDepartment", "cleaning"));

    assertRefusedToNamedStaff(taskAt(process, "UserTask_RectifyProblem"), "officer");
    driver.work(process, "cleaner", Map.of("rectificationResult", "已安排值守"));

    assertThat(complaints.get(id).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaints.timeline(id))
        .extracting(event -> event.getStep().by())
        .doesNotContain("officer");
  }

  @Test
  @DisplayName(
      "R-RESP R-VISIT-1 a complaint naming staff off the escalation chain keeps its handler; that person may neither claim nor complete its tasks, a colleague does; an unknown user id is refused at intake, nothing written")
  void refusesNamedStaffOffTheChainAndUnknownUsers() {
    driver.signIn("guard");
    identity.clearAuthentication();
    Map<String, Object> aboutGuard = ProcessDriver.intake();
    aboutGuard.put("category", "SERVICE_ATTITUDE");
    aboutGuard.put("namedStaff", "guard");
    ProcessInstance guarded = driver.receive("officer", aboutGuard);
    assertThat(complaintOf(guarded).getHandlerGroup())
        .as("a security guard is on no level of the chain")
        .isEqualTo("property-officer");
    assertThat(complaintOf(guarded).getEscalationLevel()).isNull();

    driver.signIn("supervisor");
    identity.clearAuthentication();
    Map<String, Object> aboutSupervisor = ProcessDriver.intake();
    aboutSupervisor.put("category", "SERVICE_ATTITUDE");
    aboutSupervisor.put("namedStaff", "supervisor");
    ProcessInstance process = driver.receive("officer", aboutSupervisor);
    assertThat(complaintOf(process).getHandlerGroup()).isEqualTo("property-officer");
    Task verify = taskAt(process, "UserTask_VerifyComplaint");
    assertRefusedToNamedStaff(verify, "supervisor");
    // their own group's task, unclaimed: completing it as themselves is refused too
    driver.signIn("supervisor");
    try {
      assertThatThrownBy(() -> tasks.complete(verify.getId(), Map.of("verificationNote", "属实")))
          .satisfies(
              e ->
                  assertThat(InvalidInputException.in(e))
                      .get()
                      .isInstanceOf(
                          com.wuye.complaints.namedstaff.NamedStaffRefusedException.class));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(taskAt(process, "UserTask_VerifyComplaint")).as("nothing changed").isNotNull();
    driver.work(process, "it-supervisor", Map.of("verificationNote", "属实"));
    assertThat(taskAt(process, "UserTask_HandleComplaint")).isNotNull();

    Map<String, Object> unknown = ProcessDriver.intake();
    unknown.put("namedStaff", "no-such-user-" + System.nanoTime());
    long complaintsBefore = jdbc.queryForObject("select count(*) from complaint", Long.class);
    long processesBefore = runtime.createProcessInstanceQuery().count();
    assertThatThrownBy(() -> driver.receive("officer", unknown))
        .satisfies(
            e ->
                assertThat(InvalidInputException.in(e))
                    .get()
                    .satisfies(
                        refusal -> {
                          assertThat(refusal.errors())
                              .extracting(error -> error.field())
                              .containsExactly("namedStaff");
                          assertThat(refusal.getMessage())
                              .contains("被投诉员工账号不存在")
                              .contains("there is no user");
                        }));
    assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class))
        .isEqualTo(complaintsBefore);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
  }

  /**
   * R-RESP, R-VISIT-1: the named staff member's claim is refused with the rule's words and changes
   * nothing.
   */
  private void assertRefusedToNamedStaff(Task task, String named) {
    assertThat(task).isNotNull();
    assertThatThrownBy(() -> tasks.claim(task.getId(), named))
        .satisfies(
            e ->
                assertThat(InvalidInputException.in(e))
                    .get()
                    .satisfies(
                        refusal -> {
                          assertThat(refusal)
                              .isInstanceOf(
                                  com.wuye.complaints.namedstaff.NamedStaffRefusedException.class);
                          assertThat(refusal.getMessage())
                              .contains("不得认领或办理")
                              .contains("may not claim or complete");
                        }));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  @DisplayName(
      "R-SEV-HOT R-ESC-2 time waiting on the complainant does not count: 3 days waited, not HOT at day 7 but at day 10; the handling deadline and its reminder move too")
  void waitingOnTheComplainantDoesNotCountTowardAge() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    at(T0.plus(Duration.ofHours(1)));
    confirmAtVerification(process);
    assertThat(driver.openTask(process).getDueDate())
        .isEqualTo(Date.from(T0.plus(Duration.ofDays(7))));

    Job reminder =
        management
            .createJobQuery()
            .processInstanceId(process.getId())
            .activityId("BoundaryEvent_HandlingDueSoon")
            .singleResult();
    at(T0.plus(Duration.ofDays(1)));
    waiting.start(id, WaitingOn.COMPLAINANT, "业主出差，约定三天后上门", "it-officer");
    assertThat(management.createJobQuery().jobId(reminder.getId()).singleResult().isSuspended())
        .as("no reminder of a deadline that waits too")
        .isTrue();
    at(T0.plus(Duration.ofDays(4)));
    waiting.end(id, "it-officer");
    assertThat(management.createJobQuery().jobId(reminder.getId()).singleResult())
        .satisfies(
            job -> {
              assertThat(job.isSuspended()).isFalse();
              assertThat(job.getDuedate())
                  .isEqualTo(Date.from(reminder.getDuedate().toInstant().plus(Duration.ofDays(3))));
            });

    assertThat(driver.openTask(process).getDueDate())
        .as("the handling deadline moved by the time waited")
        .isEqualTo(Date.from(T0.plus(Duration.ofDays(10))));
    assertThat(runtime.getVariable(process.getId(), "handleDueAt"))
        .isEqualTo(Date.from(T0.plus(Duration.ofDays(10))));
    assertThat(runtime.getVariable(process.getId(), "escalateToHotAt"))
        .isEqualTo(Date.from(T0.plus(Duration.ofDays(10))));
    assertThat(runtime.getVariable(process.getId(), "escalateToMajorAt"))
        .isEqualTo(Date.from(T0.plus(Duration.ofDays(33))));

    at(T0.plus(Duration.ofDays(7)).plusSeconds(60));
    assertThat(driver.fireDueJobs(process)).isZero();
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.GENERAL);

    at(T0.plus(Duration.ofDays(10)).plusSeconds(60));
    driver.fireDueJobs(process);
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.HOT);

    at(T0.plus(Duration.ofDays(30)).plusSeconds(60));
    assertThat(driver.fireDueJobs(process)).isZero();
    at(T0.plus(Duration.ofDays(33)).plusSeconds(60));
    driver.fireDueJobs(process);
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.MAJOR);
    assertThat(waiting.periods(id))
        .singleElement()
        .satisfies(
            period -> {
              assertThat(period.getWaitingOn()).isEqualTo(WaitingOn.COMPLAINANT);
              assertThat(period.getStart().note()).isEqualTo("业主出差，约定三天后上门");
              assertThat(period.getEnd().at()).isEqualTo(T0.plus(Duration.ofDays(4)));
            });
  }

  @Test
  @DisplayName(
      "R-SEV-HOT R-ESC-2 an age threshold that falls due while the complaint waits raises nothing, and is checked again when the waiting ends")
  void rearmsAnAgeCheckThatFellDueWhileWaiting() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    at(T0.plus(Duration.ofDays(5)));
    waiting.start(id, WaitingOn.THIRD_PARTY, "等待供水公司检修", "it-officer");
    assertThatThrownBy(() -> waiting.start(id, WaitingOn.COMPLAINANT, "again", "it-officer"))
        .hasMessageContaining("already waiting");

    at(T0.plus(Duration.ofDays(8)));
    assertThat(driver.fireDueJobs(process)).as("the age checks wait with the complaint").isZero();
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.GENERAL);

    at(T0.plus(Duration.ofDays(9)));
    waiting.end(id, "it-officer");
    assertThat(hotCheck(process).getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofDays(11))));

    at(T0.plus(Duration.ofDays(10)));
    assertThat(driver.fireDueJobs(process)).isZero();
    at(T0.plus(Duration.ofDays(11)).plusSeconds(60));
    driver.fireDueJobs(process);
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.HOT);
  }

  @Test
  @DisplayName(
      "R-SEV-HOT R-ESC-2 days unresolved are counted less the time waited: an age check run by hand while the complaint waits raises nothing")
  void countsDaysUnresolvedLessTheTimeWaited() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    at(T0.plus(Duration.ofDays(5)));
    waiting.start(id, WaitingOn.COMPLAINANT, "业主要求暂缓", "it-officer");

    at(T0.plus(Duration.ofDays(8)));
    management.executeJob(hotCheck(process).getId()); // an operator's "run now" in Cockpit

    assertThat(runtime.getVariable(process.getId(), "daysUnresolved")).isEqualTo(5);
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.GENERAL);
  }

  @Test
  @DisplayName(
      "R-SEV-HOT R-ESC-2 completing the handling step ends the waiting; deadlines decided again afterwards (an escalation) still leave the waited time out")
  void deadlinesDecidedAfterAWaitLeaveTheWaitedTimeOut() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    at(T0.plus(Duration.ofDays(1)));
    waiting.start(id, WaitingOn.THIRD_PARTY, "等待燃气公司", "it-officer");

    at(T0.plus(Duration.ofDays(3)));
    driver.work(process, "officer", Map.of("escalate", true, "escalationReason", "燃气公司不配合"));

    assertThat(waiting.open(id)).as("the step's completion ends the waiting").isEmpty();
    Task handling = driver.openTask(process);
    assertThat(driver.candidateGroups(handling)).containsExactly("project-manager");
    assertThat(handling.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofDays(9))));
    assertThat(hotCheck(process).getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofDays(9))));
    assertThat(hotCheck(process).isSuspended()).isFalse();

    at(T0.plus(Duration.ofDays(7)).plusSeconds(60));
    assertThat(driver.fireDueJobs(process)).isZero();
    at(T0.plus(Duration.ofDays(9)).plusSeconds(60));
    driver.fireDueJobs(process);
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.HOT);
  }

  @Test
  @DisplayName(
      "R-SEV-HOT R-RESP a handling step completed while waiting ends the waiting: handled, the complaint goes on to feedback; with a work-contact order, the age checks go on, moved and active")
  void handlingStepCompletedWhileWaitingEndsIt() {
    ProcessInstance handled = driver.receive("officer", ProcessDriver.intake());
    long handledId = complaintOf(handled).getId();
    driver.work(handled, "supervisor", Map.of("verificationNote", "属实"));
    waiting.start(handledId, WaitingOn.COMPLAINANT, "等业主确认", "it-officer");
    at(T0.plus(Duration.ofDays(2)));
    driver.work(handled, "officer", Map.of("handlingResult", "业主确认已处理"));
    assertThat(driver.openTask(handled).getTaskDefinitionKey()).isEqualTo("UserTask_GiveFeedback");
    assertThat(waiting.open(handledId)).isEmpty();

    at(T0);
    ProcessInstance assisted = driver.receive("officer", ProcessDriver.intake());
    long assistedId = complaintOf(assisted).getId();
    driver.work(assisted, "supervisor", Map.of("verificationNote", "属实"));
    waiting.start(assistedId, WaitingOn.THIRD_PARTY, "等配件", "it-officer");
    at(T0.plus(Duration.ofDays(2)));
    driver.work(
        assisted, "officer", Map.of("assistDepartment", "greening", "assistRequest", "修剪遮挡路灯的树枝"));
    assertThat(waiting.open(assistedId)).isEmpty();
    assertThat(hotCheck(assisted).isSuspended()).isFalse();
    assertThat(hotCheck(assisted).getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofDays(9))));
    assertThat(driver.openTask(assisted).getDueDate())
        .as("work-contact-deadline: greening 2 days")
        .isEqualTo(Date.from(T0.plus(Duration.ofDays(4))));
  }

  private Job hotCheck(ProcessInstance process) {
    return management
        .createJobQuery()
        .processInstanceId(process.getId())
        .activityId("BoundaryEvent_UnresolvedOneWeek")
        .singleResult();
  }

  @Test
  @DisplayName(
      "R-RESP R-SEV-IMPORTANT the handler raises a work-contact order to engineering: its own deadline from the SLA model, the complaint at least IMPORTANT, the handling back after it")
  void raisesAWorkContactOrderToASpecialistDepartment() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    Instant raisedAt = T0.plus(Duration.ofHours(2));
    at(raisedAt);

    assertThatThrownBy(
            () -> driver.work(process, "officer", Map.of("assistDepartment", "engineering")))
        .hasMessageContaining("assistRequest");
    tasks.setAssignee(driver.openTask(process).getId(), null);
    assertThatThrownBy(
            () ->
                driver.work(
                    process,
                    "officer",
                    Map.of("assistDepartment", "kitchen", "assistRequest", "x")))
        .hasMessageContaining("assistDepartment");
    tasks.setAssignee(driver.openTask(process).getId(), null);
    driver.work(
        process,
        "officer",
        Map.of("assistDepartment", "engineering", "assistRequest", "请更换3号楼电梯门机"));

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getSeverity()).isEqualTo(Severity.IMPORTANT);
    assertThat(complaint.facts().needsOtherDepartments()).isTrue();
    assertThat(complaint.getHandlerGroup()).isEqualTo("project-manager");
    assertThat(complaint.getHandling()).as("asking for help is not handling").isNull();
    assertThat(complaints.severityHistory(id))
        .last()
        .extracting(change -> change.getChange().note())
        .asString()
        .contains("R-SEV-IMPORTANT");
    Task order = driver.openTask(process);
    assertThat(order.getTaskDefinitionKey()).isEqualTo("UserTask_CarryOutWorkContactOrder");
    assertThat(driver.candidateGroups(order)).containsExactly("engineering");
    assertThat(order.getDueDate())
        .as("work-contact-deadline: engineering 3 days")
        .isEqualTo(Date.from(raisedAt.plus(Duration.ofDays(3))));
    assertThat(notifications.forComplaint(id))
        .filteredOn(n -> n.getSubject().startsWith("工作联系单"))
        .extracting(Notification::getRecipientGroup)
        .containsExactly("engineering");
    assertThat(workContacts.ofComplaint(id))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getRaising().note()).isEqualTo("请更换3号楼电梯门机");
              assertThat(o.getRaising().by()).isEqualTo("officer");
            });

    driver.work(process, "engineer", Map.of("workContactResult", "已更换门机"));

    assertThat(workContacts.ofComplaint(id))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getCompletion().by()).isEqualTo("engineer");
              assertThat(o.getCompletion().note()).isEqualTo("已更换门机");
            });
    Task handling = driver.openTask(process);
    assertThat(handling.getTaskDefinitionKey()).isEqualTo("UserTask_HandleComplaint");
    assertThat(driver.candidateGroups(handling)).containsExactly("project-manager");

    driver.work(process, "pm", Map.of("handlingResult", "电梯已修复"));
    assertThat(driver.openTask(process).getTaskDefinitionKey())
        .as("no second order from a stale choice")
        .isEqualTo("UserTask_GiveFeedback");
    assertThat(complaints.get(id).getHandling().by()).isEqualTo("pm");
  }

  @Test
  @DisplayName("R-SEV-UP new facts raise the severity at once; later facts never lower it")
  void raisesSeverityAtOnceWhenFactsChangeAndNeverLowersIt() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);

    runtime
        .createMessageCorrelation("ComplaintFactsChanged")
        .processInstanceBusinessKey(process.getBusinessKey())
        .setVariables(
            Map.of("inLitigation", true, "factsReportedBy", "officer", "factsNote", "业主已起诉"))
        .correlate();

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getSeverity()).isEqualTo(Severity.MAJOR);
    assertThat(complaint.facts().inLitigation()).isTrue();
    assertThat(driver.candidateGroups(driver.openTask(process))).containsExactly("general-manager");

    runtime
        .createMessageCorrelation("ComplaintFactsChanged")
        .processInstanceBusinessKey(process.getBusinessKey())
        .setVariables(Map.of("inLitigation", false, "collectiveSize", 1))
        .correlate();

    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.MAJOR);
    assertThat(complaints.get(id).facts().inLitigation()).as("a reported fact stays").isTrue();
    assertThat(runtime.getVariable(process.getId(), "inLitigation")).isEqualTo(true);
  }

  private static final Set<String> SUPERVISORS = Set.of("customer-supervisor");
  private static final Set<String> AFFAIRS = Set.of("general-affairs-manager");

  @Test
  @DisplayName(
      "R-SEV-UP a supervisor raises the severity with a reason: handler, supervisor, priority and the open work follow at once")
  void raisesSeverityAtOnceWhenASupervisorSetsItWithAReason() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    int priorityBefore = driver.openTask(process).getPriority();

    SeverityGovernance.Answer answer =
        governance.change(
            process.getBusinessKey(), "HOT", "业主扬言联系媒体", "it-supervisor", SUPERVISORS);

    Complaint complaint = complaints.get(id);
    assertThat(answer.severity()).isEqualTo("HOT");
    assertThat(complaint.getSeverity()).isEqualTo(Severity.HOT);
    assertThat(complaint.getHandlerGroup()).isEqualTo("gm-assistant");
    assertThat(complaint.getSupervisorGroup()).isEqualTo("general-affairs-manager");
    Task handle = driver.openTask(process);
    assertThat(driver.candidateGroups(handle)).containsExactly("gm-assistant");
    assertThat(handle.getPriority()).isGreaterThan(priorityBefore);
    SeverityChange change = lastChange(id);
    assertThat(change.getFromSeverity()).isEqualTo(Severity.GENERAL);
    assertThat(change.getChange().note()).contains("R-SEV-UP").contains("业主扬言联系媒体");
    assertThat(change.getChange().by()).isEqualTo("it-supervisor");
  }

  @Test
  @DisplayName(
      "R-SEV-UP a severity change needs a reason and a customer-service supervisor or above; without, nothing changes")
  void refusesASeverityChangeWithoutReasonOrByAnOfficer() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();

    assertThatThrownBy(
            () ->
                governance.change(
                    process.getBusinessKey(), "HOT", "  ", "it-supervisor", SUPERVISORS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () ->
                governance.change(
                    process.getBusinessKey(),
                    "HOT",
                    "有理由",
                    "it-officer",
                    Set.of("property-officer")))
        .isInstanceOfSatisfying(
            ApiProblemException.class, e -> assertThat(e.status()).isEqualTo(403));

    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.GENERAL);
    assertThat(complaints.severityHistory(id)).hasSize(1); // intake only
  }

  @Test
  @DisplayName(
      "R-SEV-UP lowering is refused to all but the supervising group of the current class; theirs is recorded with the reason and moves the work down")
  void lowersSeverityOnlyByTheSupervisingGroupOfTheCurrentClass() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    governance.change(process.getBusinessKey(), "HOT", "疑似同一问题多人投诉", "it-supervisor", SUPERVISORS);

    // HOT is supervised by general-affairs-manager (decision complaint-responsibility), not the
    // customer supervisor
    assertThatThrownBy(
            () ->
                governance.change(
                    process.getBusinessKey(), "GENERAL", "核实后只是个别问题", "it-supervisor", SUPERVISORS))
        .isInstanceOfSatisfying(
            ApiProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.getMessage()).contains("general-affairs-manager");
            });
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.HOT);

    governance.change(process.getBusinessKey(), "IMPORTANT", "核实后只是个别问题", "it-affairs", AFFAIRS);

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getSeverity()).isEqualTo(Severity.IMPORTANT);
    assertThat(complaint.getHandlerGroup()).isEqualTo("project-manager");
    assertThat(complaint.getSupervisorGroup()).isEqualTo("customer-supervisor");
    assertThat(driver.candidateGroups(driver.openTask(process))).containsExactly("project-manager");
    SeverityChange change = lastChange(id);
    assertThat(change.getFromSeverity()).isEqualTo(Severity.HOT);
    assertThat(change.getToSeverity()).isEqualTo(Severity.IMPORTANT);
    assertThat(change.getChange().note()).contains("核实后只是个别问题");
    assertThat(change.getChange().by()).isEqualTo("it-affairs");
  }

  @Test
  @DisplayName(
      "R-SEV-UP the automatic reassessment never lowers: new facts that alone mean GENERAL leave a HOT complaint HOT")
  void automaticReassessmentNeverLowersASeverityAPersonRaised() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    governance.change(process.getBusinessKey(), "HOT", "业主扬言联系媒体", "it-supervisor", SUPERVISORS);
    int changes = complaints.severityHistory(id).size();

    // complaint-severity assesses these facts as GENERAL
    runtime
        .createMessageCorrelation("ComplaintFactsChanged")
        .processInstanceBusinessKey(process.getBusinessKey())
        .setVariables(Map.of("collectiveSize", 2, "factsReportedBy", "it-officer"))
        .correlate();

    assertThat(runtime.getVariable(process.getId(), "severity")).isEqualTo("HOT");
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.HOT);
    assertThat(complaints.get(id).getHandlerGroup()).isEqualTo("gm-assistant");
    assertThat(complaints.severityHistory(id)).hasSize(changes);
  }

  @Test
  @DisplayName(
      "R-SEV-UP correcting a fact ticked by mistake is recorded and lowers nothing; later reassessments use the corrected fact")
  void correctsAMistakenFactWithoutLoweringTheSeverity() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    confirmAtVerification(process);
    runtime
        .createMessageCorrelation("ComplaintFactsChanged")
        .processInstanceBusinessKey(process.getBusinessKey())
        .setVariables(Map.of("inLitigation", true, "factsReportedBy", "it-officer"))
        .correlate();
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.MAJOR);

    assertThatThrownBy(
            () ->
                governance.correctFact(
                    process.getBusinessKey(), "inLitigation", false, null, "it-affairs", AFFAIRS))
        .isInstanceOf(InvalidInputException.class);
    SeverityGovernance.Answer answer =
        governance.correctFact(
            process.getBusinessKey(), "inLitigation", false, "误勾选：业主只是咨询律师", "it-affairs", AFFAIRS);

    Complaint complaint = complaints.get(id);
    assertThat(complaint.facts().inLitigation()).isFalse();
    assertThat(complaint.getSeverity())
        .as("a correction lowers nothing by itself")
        .isEqualTo(Severity.MAJOR);
    assertThat(answer.severity()).isEqualTo("MAJOR");
    assertThat(answer.note()).contains("/severity");
    assertThat(complaints.timeline(id))
        .filteredOn(e -> e.getType() == ComplaintEventType.FACT_CORRECTED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getStep().by()).isEqualTo("it-affairs");
              assertThat(e.getStep().note()).contains("误勾选");
            });
    assertThat(runtime.getVariable(process.getId(), "inLitigation")).isEqualTo(false);

    governance.change(process.getBusinessKey(), "GENERAL", "诉讼系误报，已更正", "it-affairs", AFFAIRS);
    runtime
        .createMessageCorrelation("ComplaintFactsChanged")
        .processInstanceBusinessKey(process.getBusinessKey())
        .setVariables(Map.of("collectiveSize", 2, "factsReportedBy", "it-officer"))
        .correlate();

    assertThat(complaints.get(id).getSeverity())
        .as("the corrected fact does not come back")
        .isEqualTo(Severity.GENERAL);
    assertThat(complaints.get(id).getHandlerGroup()).isEqualTo("property-officer");
  }

  private SeverityChange lastChange(long complaintId) {
    List<SeverityChange> history = complaints.severityHistory(complaintId);
    return history.get(history.size() - 1);
  }

  @Test
  @DisplayName(
      "R-SEV-HOT the third complainant about one issue is HOT at intake; the earlier open complaints of the issue are raised once each, by jobs after the intake")
  void makesThirdSameIssueComplainantHotAndRaisesTheOthers() {
    String building = "H-" + ProcessDriver.randomPhone().substring(6);
    ProcessInstance first =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    driver.work(first, "supervisor", Map.of("verificationNote", "属实"));
    at(T0.plus(Duration.ofDays(3)));
    ProcessInstance second =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    ProcessInstance elsewhere =
        driver.receive(
            "officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building + "-X"));
    assertThat(complaintOf(second).getSeverity()).isEqualTo(Severity.GENERAL);

    at(T0.plus(Duration.ofDays(20)));
    ProcessInstance third =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));

    assertThat(complaintOf(third).getSeverity())
        .as("classified with the count it sees")
        .isEqualTo(Severity.HOT);
    assertThat(complaintOf(first).getSeverity())
        .as("the intake touches no other complaint")
        .isEqualTo(Severity.GENERAL);
    assertThat(raiseJobs(third)).hasSize(2);

    assertThat(driver.fireDueJobs(third)).isEqualTo(2);

    assertThat(complaintOf(first).getSeverity()).isEqualTo(Severity.HOT);
    assertThat(complaintOf(second).getSeverity()).isEqualTo(Severity.HOT);
    assertThat(complaintOf(elsewhere).getSeverity()).isEqualTo(Severity.GENERAL);
    assertThat(driver.candidateGroups(driver.openTask(first))).containsExactly("gm-assistant");
    assertThat(sameIssueRaises(first))
        .singleElement()
        .extracting(change -> change.getChange().note())
        .asString()
        .contains(complaintOf(third).getComplaintNo());
    assertThat(sameIssueRaises(second)).hasSize(1);
    // 同一事件: the three are one issue (this replaces the pairwise links, one row per pair, O(N²))
    assertThat(
            jdbc.queryForList(
                "select id from complaint where issue_id = ?",
                Long.class,
                complaintOf(third).getIssueId()))
        .containsExactlyInAnyOrder(
            complaintOf(first).getId(), complaintOf(second).getId(), complaintOf(third).getId());
    assertThat(complaintOf(elsewhere).getIssueId()).isNotEqualTo(complaintOf(third).getIssueId());
  }

  @Test
  @DisplayName(
      "R-SEV-HOT a fourth complainant is HOT and raises nothing again; a raise run a second time changes nothing")
  void raisesEarlierComplaintsOnlyOnce() {
    String building = "F-" + ProcessDriver.randomPhone().substring(6);
    ProcessInstance first =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    ProcessInstance third =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    driver.fireDueJobs(third);
    assertThat(sameIssueRaises(first)).hasSize(1);

    ProcessInstance fourth =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));

    assertThat(complaintOf(fourth).getSeverity()).isEqualTo(Severity.HOT);
    assertThat(raiseJobs(fourth)).as("the count crossed nothing new").isEmpty();

    // the raise jobs of the third intake once more, as a retry or a second trigger would run them
    runtime
        .createProcessInstanceModification(third.getId())
        .startBeforeActivity("ServiceTask_RaiseSameIssueComplaint#multiInstanceBody")
        .execute();
    assertThat(driver.fireDueJobs(third)).isEqualTo(2);

    assertThat(sameIssueRaises(first)).hasSize(1);
    assertThat(complaints.severityHistory(complaintOf(first).getId()))
        .hasSize(2); // intake + one raise
    assertThat(complaintOf(first).getSeverity()).isEqualTo(Severity.HOT);
  }

  private List<Job> raiseJobs(ProcessInstance process) {
    return management
        .createJobQuery()
        .processInstanceId(process.getId())
        .activityId("ServiceTask_RaiseSameIssueComplaint")
        .list();
  }

  private List<SeverityChange> sameIssueRaises(ProcessInstance process) {
    return complaints.severityHistory(complaintOf(process).getId()).stream()
        .filter(change -> change.getChange().note().startsWith("R-SEV-HOT"))
        .toList();
  }

  @Test
  @DisplayName("R-SEV-HOT complainants outside the 30-day window do not count")
  void ignoresSameIssueComplaintsOlderThanTheWindow() {
    String building = "W-" + ProcessDriver.randomPhone().substring(6);
    driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    at(T0.plus(Duration.ofDays(31)));

    ProcessInstance third =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));

    assertThat(complaintOf(third).getSeverity()).isEqualTo(Severity.GENERAL);
  }

  @Test
  @DisplayName(
      "R-SEV-HOT the match scope is a model (same-issue-scope): fees count across the community's buildings, OTHER complaints are never matched automatically")
  void matchesSameIssuesInTheScopeTheModelGives() {
    String community = newCommunity();
    driver.receive("officer", intakeOf(community, "1", "FEES"));
    driver.receive("officer", intakeOf(community, "2", "FEES"));
    ProcessInstance thirdFees = driver.receive("officer", intakeOf(community, "3", "FEES"));

    ProcessInstance firstOther = driver.receive("officer", intakeOf(community, "5", "OTHER"));
    driver.receive("officer", intakeOf(community, "5", "OTHER"));
    ProcessInstance thirdOther = driver.receive("officer", intakeOf(community, "5", "OTHER"));

    assertThat(complaintOf(thirdFees).getSeverity())
        .as("COMMUNITY: three buildings, one fee issue")
        .isEqualTo(Severity.HOT);
    assertThat(raiseJobs(thirdFees)).hasSize(2);
    assertThat(complaintOf(thirdOther).getSeverity())
        .as("NONE: three unrelated OTHER complaints")
        .isEqualTo(Severity.GENERAL);
    assertThat(complaintOf(firstOther).getIssueId()).isNull();
    assertThat(raiseJobs(thirdOther)).isEmpty();
  }

  @Test
  @DisplayName(
      "R-SEV-HOT R-SEV-UP the verifier rejects a match: the complaint leaves the issue, nothing is lowered, each complaint the count had raised gets 'Confirm severity' for its supervisor")
  void rejectedMatchAsksTheSupervisorsInsteadOfLowering() {
    String building = "R-" + ProcessDriver.randomPhone().substring(6);
    ProcessInstance first =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    driver.work(first, "supervisor", Map.of("verificationNote", "属实"));
    ProcessInstance second =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    ProcessInstance third =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    driver.fireDueJobs(third);
    assertThat(List.of(complaintOf(first), complaintOf(second), complaintOf(third)))
        .extracting(Complaint::getSeverity)
        .containsOnly(Severity.HOT);
    Task verify = taskAt(third, "UserTask_VerifyComplaint");

    assertThatThrownBy(
            () ->
                links.decide(
                    complaintOf(third),
                    "UserTask_VerifyComplaint",
                    "REJECTED",
                    "",
                    "it-supervisor"))
        .isInstanceOf(InvalidInputException.class);
    var answer =
        links.decide(
            complaintOf(third),
            verify.getTaskDefinitionKey(),
            "REJECTED",
            "另一处垃圾点，非同一问题",
            "it-supervisor");

    assertThat(complaintOf(third).getIssueId()).isNull();
    assertThat(complaints.timeline(complaintOf(third).getId()))
        .filteredOn(e -> e.getType() == ComplaintEventType.UNLINKED)
        .singleElement()
        .satisfies(e -> assertThat(e.getStep().note()).contains("另一处垃圾点"));
    assertThat(List.of(complaintOf(first), complaintOf(second), complaintOf(third)))
        .as("nothing is lowered silently")
        .extracting(Complaint::getSeverity)
        .containsOnly(Severity.HOT);
    assertThat(answer.askedToConfirmSeverity())
        .containsExactlyInAnyOrder(
            first.getBusinessKey(), second.getBusinessKey(), third.getBusinessKey());
    Task confirm = taskAt(third, "UserTask_ConfirmSeverity");
    assertThat(driver.candidateGroups(confirm)).containsExactly("general-affairs-manager");

    complete(
        confirm,
        "affairs",
        Map.of("confirmedSeverity", "GENERAL", "confirmationReason", "单独一户的问题"));
    complete(
        taskAt(first, "UserTask_ConfirmSeverity"),
        "affairs",
        Map.of("confirmedSeverity", "HOT", "confirmationReason", "仍有两户，且已拖延"));

    assertThat(complaintOf(third).getSeverity()).isEqualTo(Severity.GENERAL);
    assertThat(complaintOf(third).getHandlerGroup()).isEqualTo("property-officer");
    assertThat(lastChange(complaintOf(third).getId()).getChange().by()).isEqualTo("affairs");
    assertThat(lastChange(complaintOf(third).getId()).getChange().note()).contains("单独一户的问题");
    assertThat(complaintOf(first).getSeverity()).isEqualTo(Severity.HOT);
    assertThat(complaints.timeline(complaintOf(first).getId()))
        .filteredOn(e -> e.getType() == ComplaintEventType.SEVERITY_CONFIRMED)
        .singleElement()
        .satisfies(e -> assertThat(e.getStep().by()).isEqualTo("affairs"));
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(second.getId())
                .taskDefinitionKey("UserTask_ConfirmSeverity")
                .count())
        .as("asked, not decided for")
        .isEqualTo(1);

    // the second complaint is resolved while its supervisor has not answered: closing ends the
    // question too
    complete(
        taskAt(second, "UserTask_VerifyComplaint"), "supervisor", Map.of("verificationNote", "属实"));
    complete(
        taskAt(second, "UserTask_HandleComplaint"), "gmassistant", Map.of("handlingResult", "已清理"));
    complete(
        taskAt(second, "UserTask_GiveFeedback"),
        "gmassistant",
        Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知"));
    complete(
        taskAt(second, "UserTask_MakeReturnVisit"), "visitor", Map.of("satisfaction", "SATISFIED"));
    assertThat(complaintOf(second).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(second.getId()).count())
        .as("no question left open on a closed complaint")
        .isZero();
    assertThat(complaintOf(second).getSeverity()).isEqualTo(Severity.HOT);
  }

  @Test
  @DisplayName("R-SEV-HOT the verifier confirms a match: recorded, nothing changes")
  void confirmedMatchIsRecorded() {
    String building = "C-" + ProcessDriver.randomPhone().substring(6);
    driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));
    ProcessInstance second =
        driver.receive("officer", ProcessDriver.intake(ProcessDriver.randomPhone(), building));

    links.decide(
        complaintOf(second), "UserTask_VerifyComplaint", "CONFIRMED", "同一垃圾点", "it-supervisor");

    assertThat(complaints.timeline(complaintOf(second).getId()))
        .filteredOn(e -> e.getType() == ComplaintEventType.LINK_CONFIRMED)
        .singleElement()
        .satisfies(e -> assertThat(e.getStep().by()).isEqualTo("it-supervisor"));
    assertThat(complaintOf(second).getIssueId()).isNotNull();
  }

  @Test
  @DisplayName(
      "R-SEV-HOT supervisors link by hand (the count raises at once) and unlink (the supervisor is asked, nothing lowered); officers may not")
  void supervisorsLinkAndUnlinkByHand() {
    String community = newCommunity();
    ProcessInstance first = driver.receive("officer", intakeOf(community, "1", "OTHER"));
    ProcessInstance second = driver.receive("officer", intakeOf(community, "2", "OTHER"));
    ProcessInstance third = driver.receive("officer", intakeOf(community, "3", "OTHER"));

    assertThatThrownBy(
            () ->
                links.link(
                    second.getBusinessKey(),
                    first.getBusinessKey(),
                    "同一问题",
                    "it-officer",
                    Set.of("property-officer")))
        .isInstanceOfSatisfying(
            ApiProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(
            () ->
                links.link(
                    second.getBusinessKey(),
                    first.getBusinessKey(),
                    null,
                    "it-supervisor",
                    SUPERVISORS))
        .isInstanceOf(InvalidInputException.class);
    links.link(
        second.getBusinessKey(), first.getBusinessKey(), "都是小区门禁坏了", "it-supervisor", SUPERVISORS);
    assertThat(complaintOf(second).getSeverity()).isEqualTo(Severity.GENERAL);
    var linked =
        links.link(
            third.getBusinessKey(), first.getBusinessKey(), "同是门禁问题", "it-supervisor", SUPERVISORS);

    assertThat(linked.complainants()).isEqualTo(3);
    assertThat(List.of(complaintOf(first), complaintOf(second), complaintOf(third)))
        .extracting(Complaint::getSeverity)
        .containsOnly(Severity.HOT);
    assertThat(complaintOf(third).getIssueId()).isEqualTo(complaintOf(first).getIssueId());

    var unlinked =
        links.unlink(
            third.getBusinessKey(),
            first.getBusinessKey(),
            "其实是单元门，不是小区门禁",
            "it-supervisor",
            SUPERVISORS);

    assertThat(complaintOf(third).getIssueId()).isNull();
    assertThat(complaintOf(third).getSeverity()).as("asked, not lowered").isEqualTo(Severity.HOT);
    assertThat(unlinked.askedToConfirmSeverity())
        .contains(third.getBusinessKey(), first.getBusinessKey());
    assertThat(taskAt(third, "UserTask_ConfirmSeverity")).isNotNull();
    assertThat(complaints.timeline(complaintOf(first).getId()))
        .extracting(e -> e.getType())
        .contains(ComplaintEventType.LINKED, ComplaintEventType.UNLINKED);
  }

  private String newCommunity() {
    String code = "c" + ProcessDriver.randomPhone().substring(3);
    communities.ensure(code, "测试小区" + code);
    return code;
  }

  private static Map<String, Object> intakeOf(String community, String building, String category) {
    Map<String, Object> intake = ProcessDriver.intake(ProcessDriver.randomPhone(), building);
    intake.put("community", community);
    intake.put("category", category);
    return intake;
  }

  private Task taskAt(ProcessInstance process, String step) {
    return tasks
        .createTaskQuery()
        .processInstanceId(process.getId())
        .taskDefinitionKey(step)
        .singleResult();
  }

  private void complete(Task task, String user, Map<String, Object> form) {
    driver.signIn(user);
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName(
      "R-VISIT-4 R-VISIT-5 the return visit is due 3 days after feedback; a late one tells the supervisor and stays mandatory")
  void notifiesSupervisorWhenReturnVisitIsLate() {
    ProcessInstance process = handledAndFedBack();
    long id = complaintOf(process).getId();
    Instant feedbackAt = T0.plus(Duration.ofHours(5));
    Task visit = driver.openTask(process);
    assertThat(visit.getDueDate()).isEqualTo(Date.from(feedbackAt.plus(Duration.ofDays(3))));

    at(feedbackAt.plus(Duration.ofDays(2)));
    assertThat(driver.fireDueJobs(process)).isZero();

    at(feedbackAt.plus(Duration.ofDays(3)).plusSeconds(60));
    driver.fireDueJobs(process);

    assertThat(complaints.get(id).getReturnVisitOverdueAt()).isNotNull();
    assertThat(notifications.forComplaint(id))
        .extracting(Notification::getSubject)
        .anyMatch(s -> s.startsWith("回访超时 Return visit overdue"));
    assertThat(notifications.forComplaint(id))
        .filteredOn(n -> n.getSubject().startsWith("回访超时"))
        .extracting(Notification::getRecipientGroup)
        .containsExactly("customer-supervisor");
    assertThat(driver.openTask(process).getTaskDefinitionKey())
        .isEqualTo("UserTask_MakeReturnVisit");
    assertThat(complaints.get(id).getStatus()).isEqualTo(ComplaintStatus.AWAITING_RETURN_VISIT);
  }

  @Test
  @DisplayName(
      "R-VISIT-3 a problem found on the visit gets a written rectification notice from the supervising group within 24 h; it goes to the department responsible, which rectifies by the deadline of decision rectification-deadline, before closing")
  void issuesRectificationNoticeForProblemFoundOnVisit() {
    ProcessInstance process = handledAndFedBack();
    long id = complaintOf(process).getId();
    Instant visitAt = T0.plus(Duration.ofHours(6));
    at(visitAt);

    assertThatThrownBy(
            () ->
                driver.work(
                    process,
                    "visitor",
                    Map.of(
                        "satisfaction",
                        "SATISFIED",
                        "problemFound",
                        true,
                        "problemDescription",
                        "垃圾房门锁损坏")))
        .hasMessageContaining("responsibleDepartment");
    tasks.setAssignee(driver.openTask(process).getId(), null);
    driver.work(process, "visitor", visitFindingAProblem("垃圾房门锁损坏", "cleaning"));

    Task notice = driver.openTask(process);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo("UserTask_IssueRectificationNotice");
    assertThat(driver.candidateGroups(notice))
        .as("the complaint's supervising group")
        .containsExactly("customer-supervisor");
    assertThat(notice.getDueDate())
        .as("R-VISIT-3 within 24 h of the visit")
        .isEqualTo(Date.from(visitAt.plus(Duration.ofHours(24))));
    assertThat(complaints.get(id).isProblemFound()).isTrue();
    assertThat(notifications.forComplaint(id))
        .as("no notice before a person issues it")
        .noneMatch(n -> n.getSubject().startsWith("整改通知 Rectification notice"));

    Instant noticeAt = visitAt.plus(Duration.ofHours(3));
    at(noticeAt);
    assertThatThrownBy(
            () -> driver.work(process, "supervisor", Map.of("responsibleDepartment", "cleaning")))
        .hasMessageContaining("rectificationNotice");
    tasks.setAssignee(driver.openTask(process).getId(), null);
    // the supervisor finds the lock is the engineers' work, not the cleaners'
    driver.work(
        process,
        "supervisor",
        Map.of("rectificationNotice", "三日内更换垃圾房门锁", "responsibleDepartment", "engineering"));

    Task rectification = driver.openTask(process);
    assertThat(rectification.getTaskDefinitionKey()).isEqualTo("UserTask_RectifyProblem");
    assertThat(driver.candidateGroups(rectification))
        .as("the department the notice names")
        .containsExactly("engineering");
    assertThat(rectification.getDueDate())
        .as("rectifyWithin of decision rectification-deadline, from the notice")
        .isEqualTo(Date.from(noticeAt.plus(Duration.ofDays(3))));
    assertThat(complaints.get(id).getRectificationDepartment()).isEqualTo("engineering");
    assertThat(complaints.timeline(id))
        .filteredOn(e -> e.getType() == ComplaintEventType.RECTIFICATION_ISSUED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getStep().by()).isEqualTo("supervisor");
              assertThat(e.getStep().at()).isEqualTo(noticeAt);
              assertThat(e.getStep().note()).contains("engineering").contains("三日内更换垃圾房门锁");
            });
    assertThat(notifications.forComplaint(id))
        .filteredOn(n -> n.getSubject().startsWith("整改通知 Rectification notice"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getRecipientGroup()).isEqualTo("engineering");
              assertThat(n.getBody()).contains("三日内更换垃圾房门锁");
            });

    at(visitAt.plus(Duration.ofHours(24)).plusSeconds(60));
    assertThat(driver.fireDueJobs(process)).as("a notice issued in time raises no alarm").isZero();
    assertThat(complaints.timeline(id))
        .noneMatch(e -> e.getType() == ComplaintEventType.RECTIFICATION_NOTICE_OVERDUE);

    driver.work(process, "engineer", Map.of("rectificationResult", "已更换门锁"));

    Complaint complaint = complaints.get(id);
    assertThat(complaint.getRectification().by()).isEqualTo("engineer");
    assertThat(complaint.getRectification().note()).isEqualTo("已更换门锁");
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
  }

  @Test
  @DisplayName(
      "R-VISIT-3 a rectification notice not issued within 24 h of the visit is recorded as overdue and tells the complaint's supervising group and the customer-service supervisors; the notice stays to be issued")
  void alarmsWhenTheRectificationNoticeIsLate() {
    // a HOT complaint is supervised by the general-affairs manager, so the two groups told differ
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    at(T0.plus(Duration.ofHours(1)));
    confirmAtVerification(process);
    at(T0.plus(Duration.ofDays(7)).plusSeconds(60));
    driver.fireDueJobs(process);
    assertThat(complaints.get(id).getSupervisorGroup()).isEqualTo("general-affairs-manager");
    driver.work(process, "gmassistant", Map.of("handlingResult", "已清运"));
    driver.work(process, "gmassistant", Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知"));
    Instant visitAt = T0.plus(Duration.ofDays(7)).plus(Duration.ofHours(2));
    at(visitAt);
    driver.work(process, "visitor", visitFindingAProblem("垃圾桶破损", "cleaning"));
    assertThat(driver.candidateGroups(driver.openTask(process)))
        .containsExactly("general-affairs-manager");

    at(visitAt.plus(Duration.ofHours(23)));
    assertThat(driver.fireDueJobs(process)).isZero();
    assertThat(complaints.timeline(id))
        .noneMatch(e -> e.getType() == ComplaintEventType.RECTIFICATION_NOTICE_OVERDUE);

    at(visitAt.plus(Duration.ofHours(24)).plusSeconds(60));
    assertThat(driver.fireDueJobs(process)).isEqualTo(1);

    assertThat(complaints.timeline(id))
        .filteredOn(e -> e.getType() == ComplaintEventType.RECTIFICATION_NOTICE_OVERDUE)
        .hasSize(1);
    assertThat(notifications.forComplaint(id))
        .filteredOn(n -> n.getSubject().startsWith("整改通知超时"))
        .extracting(Notification::getRecipientGroup)
        .containsExactlyInAnyOrder("general-affairs-manager", "customer-supervisor");
    Task notice = driver.openTask(process);
    assertThat(notice.getTaskDefinitionKey())
        .as("the notice is still owed")
        .isEqualTo("UserTask_IssueRectificationNotice");

    driver.work(
        process,
        "affairs",
        Map.of("rectificationNotice", "更换破损垃圾桶", "responsibleDepartment", "cleaning"));
    assertThat(driver.openTask(process).getTaskDefinitionKey())
        .isEqualTo("UserTask_RectifyProblem");
    assertThat(notifications.forComplaint(id))
        .filteredOn(n -> n.getSubject().startsWith("整改通知 Rectification notice"))
        .extracting(Notification::getRecipientGroup)
        .containsExactly("cleaning");
  }

  @Test
  @DisplayName("R-CUST-4 a VIP's complaint is worked first: its tasks have a higher priority")
  void givesVipComplaintsHigherPriority() {
    Map<String, Object> vipIntake = ProcessDriver.intake();
    vipIntake.put("customerCategory", "A");

    ProcessInstance vip = driver.receive("officer", vipIntake);
    ProcessInstance ordinary = driver.receive("officer", ProcessDriver.intake());

    assertThat(driver.openTask(vip).getPriority()).isEqualTo(94);
    assertThat(driver.openTask(ordinary).getPriority()).isEqualTo(50);
    assertThat(complaintOf(vip).getCustomerCategory()).isEqualTo("A");
  }

  @Test
  @DisplayName(
      "R-ESC-3 changing the response deadline in complaint-sla, and nothing else, changes when the supervisor is told")
  void followsAChangedDeadlineInTheSlaTable() throws Exception {
    String table;
    try (InputStream in = getClass().getResourceAsStream("/bpmn/complaint-sla.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String twoHours =
        table.replace("\"PT24H\"</text></outputEntry>", "\"PT2H\"</text></outputEntry>");
    assertThat(twoHours).isNotEqualTo(table);
    String deployment =
        repository
            .createDeployment()
            .name("analyst changes the response deadline")
            .addString("complaint-sla.dmn", twoHours)
            .deploy()
            .getId();
    try {
      ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
      long id = complaintOf(process).getId();
      assertThat(complaints.get(id).getResponseDueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));

      at(T0.plus(Duration.ofHours(2)).plusSeconds(60));
      driver.fireDueJobs(process);

      assertThat(complaints.get(id).getResponseOverdueAt()).isNotNull();
      runtime.deleteProcessInstance(process.getId(), "test over");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName(
      "R-ESC-2 changing the age thresholds in complaint-escalation, and nothing else, moves both the age timers and the ages complaint-severity counts as HOT and MAJOR")
  void followsChangedAgeThresholdsInTimersAndSeverity() throws Exception {
    String table;
    try (InputStream in = getClass().getResourceAsStream("/bpmn/complaint-severity.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String shorter =
        table
            .replace("<text>\"P7D\"</text></outputEntry>", "<text>\"P3D\"</text></outputEntry>")
            .replace("<text>\"P30D\"</text></outputEntry>", "<text>\"P10D\"</text></outputEntry>");
    assertThat(shorter).contains("\"P3D\"").contains("\"P10D\"");
    String deployment =
        repository
            .createDeployment()
            .name("analyst shortens the age thresholds")
            .addString("complaint-severity.dmn", shorter)
            .deploy()
            .getId();
    try {
      ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
      long id = complaintOf(process).getId();
      at(T0.plus(Duration.ofHours(1)));
      confirmAtVerification(process);
      assertThat(runtime.getVariable(process.getId(), "escalateToHotAt"))
          .isEqualTo(Date.from(T0.plus(Duration.ofDays(3))));
      assertThat(runtime.getVariable(process.getId(), "escalateToMajorAt"))
          .isEqualTo(Date.from(T0.plus(Duration.ofDays(10))));

      at(T0.plus(Duration.ofDays(2)));
      assertThat(driver.fireDueJobs(process)).isZero();
      assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.GENERAL);

      // the timer fires at 3 days and the severity table counts 3 days as HOT: had the table kept
      // its own 7 days, the complaint would stay GENERAL here
      at(T0.plus(Duration.ofDays(3)).plusSeconds(60));
      driver.fireDueJobs(process);
      assertThat(runtime.getVariable(process.getId(), "daysUnresolved")).isEqualTo(3);
      assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.HOT);
      assertThat(driver.candidateGroups(driver.openTask(process))).containsExactly("gm-assistant");

      at(T0.plus(Duration.ofDays(10)).plusSeconds(60));
      driver.fireDueJobs(process);
      assertThat(runtime.getVariable(process.getId(), "daysUnresolved")).isEqualTo(10);
      assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.MAJOR);
      assertThat(driver.candidateGroups(driver.openTask(process)))
          .containsExactly("general-manager");
      runtime.deleteProcessInstance(process.getId(), "test over");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName(
      "R-LOOP the complainant is sent an acknowledgement with the complaint number, queued with the complaint; the phone is read at send time and is in no engine variable or history")
  void acknowledgesTheComplaintWithItsNumberByDefaultBySms() {
    String phone = ProcessDriver.randomPhone();
    ProcessInstance process =
        driver.receive("officer", ProcessDriver.intake(phone, "N-" + phone.substring(5)));
    Complaint complaint = complaintOf(process);

    Notification ack = toComplainant(complaint.getId()).get(0);
    assertThat(ack.getChannel()).isEqualTo("SMS");
    assertThat(ack.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(ack.getBody())
        .contains(complaint.getComplaintNo())
        .contains("已受理")
        .doesNotContain(phone);
    assertThat(runtime.getVariables(process.getId()).values())
        .noneMatch(v -> String.valueOf(v).contains(phone));
    assertThat(
            history.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).list())
        .noneMatch(v -> String.valueOf(v.getValue()).contains(phone));
    assertThat(history.createHistoricDetailQuery().processInstanceId(process.getId()).list())
        .noneMatch(
            d ->
                d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                    && String.valueOf(u.getValue()).contains(phone));

    sendAll();

    assertThat(recorded.to(phone))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.channel()).isEqualTo(NoticeChannel.SMS);
              assertThat(message.text()).contains(complaint.getComplaintNo());
            });
    assertThat(toComplainant(complaint.getId()).get(0).getStatus())
        .isEqualTo(NotificationStatus.SENT);
  }

  @Test
  @DisplayName(
      "R-LOOP after feedback the complainant is sent the result by the channel chosen at intake")
  void tellsTheComplainantTheResultAfterFeedback() {
    String phone = ProcessDriver.randomPhone();
    Map<String, Object> intake = ProcessDriver.intake(phone, "N-" + phone.substring(5));
    intake.put("noticeChannel", "WECHAT");
    ProcessInstance process = driver.receive("officer", intake);
    long id = complaintOf(process).getId();
    String no = complaintOf(process).getComplaintNo();
    at(T0.plus(Duration.ofHours(1)));
    confirmAtVerification(process);
    at(T0.plus(Duration.ofHours(3)));
    driver.work(process, "officer", Map.of("handlingResult", "已清运"));
    assertThat(toComplainant(id)).as("no result before the feedback").hasSize(1);

    at(T0.plus(Duration.ofHours(5)));
    driver.work(
        process, "officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "垃圾已清运，以后每日两次"));

    assertThat(toComplainant(id))
        .extracting(Notification::getChannel)
        .containsExactly("WECHAT", "WECHAT");
    assertThat(toComplainant(id).get(1).getBody()).contains(no).contains("垃圾已清运，以后每日两次");
    sendAll();
    assertThat(recorded.to(phone))
        .extracting(RecordedComplainantMessages.Message::channel)
        .containsExactly(NoticeChannel.WECHAT, NoticeChannel.WECHAT);
    assertThat(recorded.to(phone).get(1).text()).contains("垃圾已清运");
  }

  @Test
  @DisplayName(
      "R-LOOP a complainant who declines messages is sent none: acknowledgement and result are recorded as skipped")
  void sendsNothingToAComplainantWhoOptedOut() {
    String phone = ProcessDriver.randomPhone();
    Map<String, Object> intake = ProcessDriver.intake(phone, "N-" + phone.substring(5));
    intake.put("notifyOptOut", true);
    ProcessInstance process = driver.receive("officer", intake);
    long id = complaintOf(process).getId();
    at(T0.plus(Duration.ofHours(1)));
    confirmAtVerification(process);
    driver.work(process, "officer", Map.of("handlingResult", "已清运"));
    driver.work(process, "officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知"));

    assertThat(toComplainant(id))
        .hasSize(2)
        .allSatisfy(n -> assertThat(n.getStatus()).isEqualTo(NotificationStatus.SKIPPED));
    sendAll();
    assertThat(recorded.to(phone)).isEmpty();
    assertThat(toComplainant(id))
        .allSatisfy(n -> assertThat(n.getStatus()).isEqualTo(NotificationStatus.SKIPPED));
  }

  @Test
  @DisplayName(
      "R-LOOP the acknowledgement is queued in the intake's transaction: an intake that fails after the complaint row is written leaves no message")
  void queuesNoMessageForAFailedIntake() {
    String count = "select count(*) from notification where recipient_group = 'complainant'";
    Integer before = jdbc.queryForObject(count, Integer.class);
    long complaintsBefore = complaints.count();

    // the step after registration (the severity history) cannot write: the whole intake fails
    jdbc.execute(
        "alter table complaint_severity_change rename to complaint_severity_change_offline");
    try {
      assertThatThrownBy(() -> driver.receive("officer", ProcessDriver.intake())).isNotNull();
    } finally {
      jdbc.execute(
          "alter table complaint_severity_change_offline rename to complaint_severity_change");
    }

    assertThat(complaints.count()).isEqualTo(complaintsBefore);
    assertThat(jdbc.queryForObject(count, Integer.class)).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "R-ESC-3 the handling group is reminded the lead time of complaint-reminders before the handling deadline, not earlier")
  void remindsTheHandlerBeforeTheHandlingDeadline() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    at(T0.plus(Duration.ofHours(1)));
    confirmAtVerification(process);
    Instant remindAt = T0.plus(Duration.ofDays(7)).minus(Duration.ofHours(4));

    assertThat(remindedAt(process, id, remindAt, "处理即将到期"))
        .satisfies(
            n -> {
              assertThat(n.getRecipientGroup()).isEqualTo("property-officer");
              assertThat(n.getBody())
                  .contains(complaintOf(process).getComplaintNo())
                  .contains("2026-11-09 10:00");
            });
    assertThat(driver.openTask(process).getTaskDefinitionKey())
        .as("the work stays")
        .isEqualTo("UserTask_HandleComplaint");
    assertThat(complaints.get(id).getSeverity()).isEqualTo(Severity.GENERAL);
  }

  @Test
  @DisplayName(
      "R-LOOP the handling group is reminded the lead time of complaint-reminders before the feedback deadline, not earlier")
  void remindsTheHandlerBeforeTheFeedbackDeadline() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    at(T0.plus(Duration.ofHours(1)));
    confirmAtVerification(process);
    Instant handledAt = T0.plus(Duration.ofHours(3));
    at(handledAt);
    driver.work(process, "officer", Map.of("handlingResult", "已清运"));
    Instant remindAt = handledAt.plus(Duration.ofHours(24)).minus(Duration.ofHours(4));

    assertThat(remindedAt(process, id, remindAt, "反馈即将到期"))
        .satisfies(
            n -> {
              assertThat(n.getRecipientGroup()).isEqualTo("property-officer");
              assertThat(n.getBody()).contains("2026-11-03 13:00");
            });
    assertThat(driver.openTask(process).getTaskDefinitionKey()).isEqualTo("UserTask_GiveFeedback");
  }

  @Test
  @DisplayName(
      "R-ESC-3 a handling task that starts inside the lead time is reminded at once, never at a time already past")
  void remindsAtOnceWhenTheLeadTimeHasAlreadyBegun() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    long id = complaintOf(process).getId();
    Instant late = T0.plus(Duration.ofDays(7)).minus(Duration.ofHours(2));
    at(late);
    confirmAtVerification(process);

    Job reminder =
        management
            .createJobQuery()
            .processInstanceId(process.getId())
            .activityId("BoundaryEvent_HandlingDueSoon")
            .singleResult();
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(late));
    management.executeJob(reminder.getId());
    assertThat(reminders(id, "处理即将到期")).hasSize(1);
  }

  private List<Notification> toComplainant(long complaintId) {
    return notifications.forComplaint(complaintId).stream()
        .filter(n -> "complainant".equals(n.getRecipientGroup()))
        .toList();
  }

  /** The supervisor confirms the complaint at verification (属实): the handling step is next. */
  private void confirmAtVerification(ProcessInstance process) {
    driver.work(process, "supervisor", Map.of("verificationNote", "属实"));
  }

  /** Nothing is sent a minute before {@code remindAt}, one reminder a minute after: that one. */
  private Notification remindedAt(
      ProcessInstance process, long id, Instant remindAt, String subject) {
    at(remindAt.minusSeconds(60));
    assertThat(driver.fireDueJobs(process)).isZero();
    assertThat(reminders(id, subject)).isEmpty();

    at(remindAt.plusSeconds(60));
    driver.fireDueJobs(process);
    List<Notification> sent = reminders(id, subject);
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private List<Notification> reminders(long complaintId, String subject) {
    return notifications.forComplaint(complaintId).stream()
        .filter(n -> n.getSubject().startsWith(subject))
        .toList();
  }

  /** Runs the outbox sender until nothing due is left, as the Quartz job would. */
  private void sendAll() {
    while (sender.sendDue() > 0) {
      // next batch
    }
  }

  private ProcessInstance handledAndFedBack() {
    ProcessInstance process = driver.receive("officer", ProcessDriver.intake());
    at(T0.plus(Duration.ofHours(1)));
    confirmAtVerification(process);
    at(T0.plus(Duration.ofHours(3)));
    driver.work(process, "officer", Map.of("handlingResult", "已清运"));
    at(T0.plus(Duration.ofHours(5)));
    driver.work(process, "officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知"));
    return process;
  }

  private Complaint complaintOf(ProcessInstance process) {
    return complaints.findByNumber(process.getBusinessKey()).orElseThrow();
  }

  private static void at(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }
}
