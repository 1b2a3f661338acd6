package com.wuye.complaints.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.Deadlines;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
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

  private static final String RECORD_ANALYSIS = "recordMonthlyAnalysisListener";
  private static final String RECORD_WRITE_UP = "recordCaseWriteUpListener";

  private final ProcessMocks mocks = new ProcessMocks();

  @BeforeEach
  void mocks() {
    mocks
        .listeners(RECORD_ANALYSIS, RECORD_WRITE_UP)
        .bean("deadlines", new Deadlines(new CompanySettings(ZoneId.of("Asia/Shanghai"))));
    ClockUtil.setCurrentTime(Date.from(JOB_RAN));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    mocks.reset();
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

    verify(mocks.listener(RECORD_ANALYSIS)).notify(any());
    Assertions.assertThat(mocks.seen(RECORD_ANALYSIS))
        .singleElement()
        .satisfies(
            form ->
                Assertions.assertThat(form)
                    .containsEntry("reportMonth", "2026-10")
                    .containsEntry("causes", "保洁不及时")
                    .containsEntry("action1Owner", "cleaning"));
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

    verify(mocks.listener(RECORD_WRITE_UP)).notify(any());
    Assertions.assertThat(mocks.seen(RECORD_WRITE_UP))
        .singleElement()
        .satisfies(
            form ->
                Assertions.assertThat(form)
                    .containsEntry("complaintNo", "TS-20261101-0001")
                    .containsEntry("caseTitle", "地下车库积水"));
    assertThat(writeUp).isEnded();
  }
}
