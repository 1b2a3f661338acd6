package com.wuye.complaints.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly-analysis and case-write-up models on the engine alone and on the engine clock
 * (R-KPI-2, R-LOOP 改进): who gets the task, by when, and that completing it hands the form to the
 * recording listener and ends the process. The integration scenario (MonthlyAnalysisScenario) runs
 * the real listeners.
 */
@Deployment(resources = {"bpmn/monthly-analysis.bpmn", "bpmn/case-write-up.bpmn"})
class MonthlyAnalysisProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder()
          .configurationResource("process-test.camunda.cfg.xml")
          .build();

  private static final Instant JOB_RAN =
      Instant.parse("2026-10-31T18:00:00Z"); // 02:00 on 1 November in Shanghai

  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void standIns() {
    StandIns.register();
    Mocks.register(
        "recordMonthlyAnalysisListener",
        (TaskListener)
            task ->
                recorded.add(
                    task.getVariable("reportMonth")
                        + ":"
                        + task.getVariable("causes")
                        + ":"
                        + task.getVariable("action1Owner")));
    Mocks.register(
        "recordCaseWriteUpListener",
        (TaskListener)
            task ->
                recorded.add(
                    task.getVariable("complaintNo") + ":" + task.getVariable("caseTitle")));
    ClockUtil.setCurrentTime(Date.from(JOB_RAN));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  @DisplayName(
      "R-KPI-2 R-LOOP the month's analysis goes to customer relations, due in 7 days; the causes and actions are recorded on completion")
  void customerRelationsAnalyseTheMonth() {
    ProcessInstance analysis =
        runtimeService()
            .startProcessInstanceByKey(
                "monthly-analysis", "2026-10", Map.of("reportMonth", "2026-10"));

    assertThat(analysis).isWaitingAt("UserTask_AnalyseMonth");
    assertThat(task()).hasCandidateGroup("customer-relations");
    Assertions.assertThat(
            taskQuery().initializeFormKeys().singleResult().getCamundaFormRef().getKey())
        .isEqualTo("monthly-analysis");
    Assertions.assertThat(task().getDueDate().toInstant())
        .isEqualTo(JOB_RAN.plus(Duration.ofDays(7)));
    complete(task(), Map.of("causes", "保洁不及时", "action1Owner", "cleaning"));

    Assertions.assertThat(recorded).containsExactly("2026-10:保洁不及时:cleaning");
    assertThat(analysis).isEnded();
  }

  @Test
  @DisplayName(
      "R-KPI-2 a case to write up goes to customer relations, due in 14 days; the write-up is recorded on completion")
  void customerRelationsWriteUpTheCase() {
    ProcessInstance writeUp =
        runtimeService()
            .startProcessInstanceByKey(
                "case-write-up",
                "TS-20261101-0001",
                Map.of("complaintId", 7L, "complaintNo", "TS-20261101-0001"));

    assertThat(writeUp).isWaitingAt("UserTask_WriteUpCase");
    assertThat(task()).hasCandidateGroup("customer-relations");
    Assertions.assertThat(
            taskQuery().initializeFormKeys().singleResult().getCamundaFormRef().getKey())
        .isEqualTo("case-write-up");
    Assertions.assertThat(task().getDueDate().toInstant())
        .isEqualTo(JOB_RAN.plus(Duration.ofDays(14)));
    complete(task(), Map.of("caseTitle", "地下车库积水"));

    Assertions.assertThat(recorded).containsExactly("TS-20261101-0001:地下车库积水");
    assertThat(writeUp).isEnded();
  }
}
