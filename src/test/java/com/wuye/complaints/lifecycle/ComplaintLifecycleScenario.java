package com.wuye.complaints.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintEvent;
import com.wuye.complaints.complaint.ComplaintEventType;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.ComplaintStatus;
import com.wuye.complaints.complaint.Satisfaction;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.complaint.SeverityChange;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole complaint lifecycle through Spring, the real delegates and the real database, checking
 * the complaint tables after every step. Run on H2 and on MariaDB by the subclasses.
 */
abstract class ComplaintLifecycleScenario {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ComplaintService complaints;
  @Autowired CommunityService communities;
  @Autowired ManagementService management;
  @Autowired javax.sql.DataSource dataSource;

  private ProcessDriver driver;

  @BeforeEach
  void community() {
    communities.ensure("huayuan", "华苑小区");
    driver = new ProcessDriver(runtime, tasks, identity, management);
  }

  @AfterEach
  void logout() {
    identity.clearAuthentication();
  }

  @Test
  @DisplayName(
      "issue 18 the engine's task table has an index on the parent task column (each task deletion looks up subtasks by it)")
  void theTaskTableIsIndexedByParent() throws Exception {
    boolean indexed = false;
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.ResultSet indexes =
            connection
                .getMetaData()
                .getIndexInfo(
                    connection.getCatalog(), connection.getSchema(), "ACT_RU_TASK", false, true)) {
      while (indexes.next()) {
        indexed |=
            indexes.getShort("ORDINAL_POSITION") == 1
                && "PARENT_TASK_ID_".equalsIgnoreCase(indexes.getString("COLUMN_NAME"));
      }
    }
    assertThat(indexed).isTrue();
  }

  @Test
  @DisplayName(
      "R-LOOP R-VISIT-1 R-VISIT-2: intake to closure, with a refused self-visit and a reopen, written to the complaint tables")
  void runsTheClosedLoopAndRecordsEveryStep() {
    ProcessInstance process = driver.receive("it-officer", ProcessDriver.intake());
    Complaint complaint = complaints.findByNumber(process.getBusinessKey()).orElseThrow();
    long id = complaint.getId();

    assertThat(complaint.getComplaintNo()).matches("TS-\\d{8}-\\d{4}");
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.AWAITING_VERIFICATION);
    assertThat(complaint.getSeverity()).isEqualTo(Severity.GENERAL);
    assertThat(complaint.getHandlerGroup()).isEqualTo("property-officer");
    assertThat(complaint.getSupervisorGroup()).isEqualTo("customer-supervisor");
    assertThat(complaint.getReceivedBy()).isEqualTo("it-officer");
    assertThat(complaint.getComplainantName()).isEqualTo("测试业主");
    assertThat(complaint.getProcessInstanceId()).isEqualTo(process.getId());
    assertThat(complaints.severityHistory(id))
        .extracting(SeverityChange::getToSeverity)
        .containsExactly(Severity.GENERAL);

    driver.work(process, "it-supervisor", Map.of("verificationNote", "电话核实属实"));
    complaint = complaints.get(id);
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.IN_HANDLING);
    assertThat(complaint.getVerification().by()).isEqualTo("it-supervisor");
    assertThat(complaint.getVerification().note()).isEqualTo("电话核实属实");
    assertThat(complaint.getVerification().at()).isNotNull();

    driver.work(process, "it-officer", Map.of("handlingResult", "已清运"));
    complaint = complaints.get(id);
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.AWAITING_FEEDBACK);
    assertThat(complaint.getHandling().by()).isEqualTo("it-officer");
    assertThat(complaint.getHandling().note()).isEqualTo("已清运");

    driver.work(process, "it-officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知"));
    complaint = complaints.get(id);
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.AWAITING_RETURN_VISIT);
    assertThat(complaint.getFeedbackMethod()).isEqualTo("PHONE");

    // R-VISIT-1: the handler cannot make the visit, and the refusal changes nothing
    String visitId = driver.openTask(process).getId();
    assertThatThrownBy(() -> tasks.claim(visitId, "it-officer")).hasMessageContaining("R-VISIT-1");
    assertThat(complaints.get(id).getStatus()).isEqualTo(ComplaintStatus.AWAITING_RETURN_VISIT);
    assertThat(complaints.get(id).getReturnVisit()).isNull();

    // R-VISIT-2: unsatisfied, so reopened as a repeat complaint, at least important
    driver.work(
        process, "it-visitor", Map.of("satisfaction", "UNSATISFIED", "visitComment", "仍有异味"));
    complaint = complaints.get(id);
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.IN_HANDLING);
    assertThat(complaint.getReopenCount()).isEqualTo(1);
    assertThat(complaint.getSatisfaction()).isEqualTo(Satisfaction.UNSATISFIED);
    assertThat(complaint.getSeverity()).isEqualTo(Severity.IMPORTANT);
    assertThat(complaint.getHandlerGroup()).isEqualTo("project-manager");
    assertThat(complaints.severityHistory(id))
        .extracting(SeverityChange::getToSeverity)
        .containsExactly(Severity.GENERAL, Severity.IMPORTANT);
    assertThat(driver.openTask(process).getTaskDefinitionKey())
        .isEqualTo("UserTask_HandleComplaint");

    driver.work(process, "it-pm", Map.of("handlingResult", "更换垃圾桶并每日清运"));
    driver.work(process, "it-pm", Map.of("feedbackMethod", "VISIT", "feedbackNote", "上门告知"));
    // R-VISIT-1: after the reopen, neither the latest handler nor the earlier one may make the
    // visit
    String secondVisitId = driver.openTask(process).getId();
    assertThatThrownBy(() -> tasks.claim(secondVisitId, "it-pm")).hasMessageContaining("R-VISIT-1");
    assertThatThrownBy(() -> tasks.claim(secondVisitId, "it-officer"))
        .hasMessageContaining("R-VISIT-1");
    driver.work(process, "it-visitor", Map.of("satisfaction", "SATISFIED"));

    complaint = complaints.get(id);
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaint.getClosedAt()).isNotNull();
    assertThat(complaint.getHandling().by()).isEqualTo("it-pm");
    assertThat(complaint.getSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count())
        .isZero();
    assertThat(complaints.timeline(id))
        .extracting(ComplaintEvent::getType)
        .containsSubsequence(
            ComplaintEventType.RECEIVED,
            ComplaintEventType.VERIFIED,
            ComplaintEventType.HANDLED,
            ComplaintEventType.FEEDBACK_GIVEN,
            ComplaintEventType.RETURN_VISITED,
            ComplaintEventType.REOPENED,
            ComplaintEventType.SEVERITY_CHANGED,
            ComplaintEventType.HANDLED,
            ComplaintEventType.RETURN_VISITED,
            ComplaintEventType.CLOSED);
    // the first classification has no severity before it: the timeline says "—", never "null"
    assertThat(complaints.timeline(id))
        .filteredOn(event -> event.getType() == ComplaintEventType.SEVERITY_CHANGED)
        .extracting(event -> event.getStep().note())
        .first(STRING)
        .startsWith("— -> ")
        .doesNotContain("null");
  }

  @Test
  @DisplayName(
      "R-IN-2 an intake with an unknown community or a bad phone is refused and writes nothing")
  void rejectsBadIntakeWithoutWritingAnything() {
    long complaintsBefore = complaints.count();
    long processesBefore =
        runtime.createProcessInstanceQuery().processDefinitionKey("complaint-handling").count();
    Map<String, Object> unknownCommunity = ProcessDriver.intake();
    unknownCommunity.put("community", "nowhere");
    Map<String, Object> badPhone = ProcessDriver.intake();
    badPhone.put("complainantPhone", "12345");
    Map<String, Object> fractionalPeople = ProcessDriver.intake();
    fractionalPeople.put("collectiveSize", 1.5);

    assertThatThrownBy(() -> driver.receive("it-officer", unknownCommunity))
        .hasMessageContaining("community");
    assertThatThrownBy(() -> driver.receive("it-officer", badPhone))
        .hasMessageContaining("complainantPhone");
    assertThatThrownBy(() -> driver.receive("it-officer", fractionalPeople))
        .hasMessageContaining("collectiveSize");

    assertThat(complaints.count()).isEqualTo(complaintsBefore);
    assertThat(
            runtime.createProcessInstanceQuery().processDefinitionKey("complaint-handling").count())
        .isEqualTo(processesBefore);
  }

  @Test
  @DisplayName(
      "R-SEV-IMPORTANT a complaint naming an earlier handled complaint starts as important")
  void classifiesRepeatOfHandledComplaintAsImportant() {
    ProcessInstance first = driver.receive("it-officer", ProcessDriver.intake());
    driver.work(first, "it-supervisor", Map.of("verificationNote", "ok"));
    driver.work(first, "it-officer", Map.of("handlingResult", "done"));

    Map<String, Object> repeat = ProcessDriver.intake();
    repeat.put("repeatOf", first.getBusinessKey());
    ProcessInstance second = driver.receive("it-officer", repeat);

    Complaint complaint = complaints.findByNumber(second.getBusinessKey()).orElseThrow();
    assertThat(complaint.getSeverity()).isEqualTo(Severity.IMPORTANT);
    assertThat(complaint.getRepeatOf()).isEqualTo(first.getBusinessKey());
  }
}
