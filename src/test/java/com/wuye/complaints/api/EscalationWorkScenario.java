package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintProcess;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.support.EngineResets;
import com.wuye.complaints.support.StepForms;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: what an age escalation (R-ESC-2) asks of the database, statement by statement ({@link
 * DatabaseWork}), next to what it must still do (R-ESC-1, R-RESP). Run on H2 and on MariaDB by the
 * subclasses.
 */
@ExtendWith(EngineResets.class)
abstract class EscalationWorkScenario {

  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired AuthorizationService authorizations;
  @Autowired ComplaintService complaints;
  @Autowired CommunityService communities;
  @Autowired DatabaseWork database;
  @Autowired HistoryService history;

  @Test
  @DisplayName(
      "R-ESC-1 R-ESC-2 R-RESP issue 18: an age escalation takes the work from the old level and the one who had claimed it without reading each grant again by id, reads no waiting periods of a complaint that never waited, and one that keeps the supervising group asks for none of its grants again — which still stand")
  void escalationsAskForNoGrantTwice() {
    communities.ensure("huayuan", "华苑小区");
    ClockUtil.setCurrentTime(Date.from(T0));
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String process =
        runtime
            .startProcessInstanceByKey(
                "complaint-handling", StepForms.intake(phone, "huayuan", "E-" + phone.substring(5)))
            .getId();
    Task verification = openTask(process);
    tasks.claim(verification.getId(), "it-supervisor");
    tasks.complete(verification.getId(), Map.of("verificationNote", "属实"));
    Task handling = openTask(process);
    tasks.claim(handling.getId(), "it-officer");
    assertThat(grants(null, "it-officer", TASK, handling.getId())).isOne();

    // 7 days: GENERAL becomes HOT; the work moves from property-officer to gm-assistant, and the
    // supervising group changes from customer-supervisor to general-affairs-manager
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofDays(7)).plusSeconds(60)));
    String week = job(process, "BoundaryEvent_UnresolvedOneWeek");
    List<DatabaseWork.Statement> weekSql = database.statementsOf(() -> management.executeJob(week));

    Complaint hot = complaints.findByNumber(businessKey(process)).orElseThrow();
    assertThat(hot.getSeverity()).isEqualTo(Severity.HOT);
    assertThat(hot.getHandlerGroup()).isEqualTo("gm-assistant");
    assertThat(hot.getSupervisorGroup()).isEqualTo("general-affairs-manager");
    assertThat(grants("property-officer", null, TASK, handling.getId()))
        .as("R-ESC-1 the level the work leaves loses it")
        .isZero();
    assertThat(grants(null, "it-officer", TASK, handling.getId())).isZero();
    assertThat(grants("gm-assistant", null, TASK, handling.getId())).isOne();
    assertThat(readGrants("general-affairs-manager", PROCESS_INSTANCE, process)).isOne();
    assertThat(readGrants("general-affairs-manager", TASK, handling.getId())).isOne();
    assertThat(weekSql)
        .as("a grant revoked is deleted as read, not read again by its id first")
        .noneMatch(statement -> readsAuthorizationById(statement.sql()));
    assertThat(weekSql)
        .as(
            "issue 18: the instance's tasks are read by the engine's look-up by instance, not by a"
                + " task query (its dynamic statement was 13 % of the CPU while escalations drained)")
        .noneMatch(statement -> isTaskQuery(statement.sql()))
        .anyMatch(
            statement ->
                statement.sql().toUpperCase(Locale.ROOT).contains("FROM ACT_RU_TASK T")
                    && statement.parameters().contains(process));
    assertThat(weekSql)
        .as(
            "issue 18: the new supervising group's grant on the instance is looked up by the"
                + " engine's look-up by group and resource, not by an authorization query")
        .noneMatch(
            statement ->
                statement.sql().toUpperCase(Locale.ROOT).contains("FROM ACT_RU_AUTHORIZATION RES")
                    && statement.parameters().contains(process))
        .anyMatch(
            statement ->
                statement.sql().toUpperCase(Locale.ROOT).contains("FROM ACT_RU_AUTHORIZATION WHERE")
                    && statement.parameters().contains(process)
                    && statement.parameters().contains("general-affairs-manager"));
    assertThat(weekSql)
        .as(
            "issue 18: the changed variables' history rows are written without reading each by id"
                + " first (the engine alone: 7 reads)")
        .noneMatch(statement -> readsVariableHistoryById(statement.sql()));
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(process)
                .variableNameIn(ComplaintProcess.SEVERITY, ComplaintProcess.HANDLER_GROUP)
                .list())
        .as("issue 18: ... and still hold the new values")
        .extracting(variable -> variable.getName() + "=" + variable.getValue())
        .containsExactlyInAnyOrder("severity=HOT", "handlerGroup=gm-assistant");
    assertThat(weekSql)
        .as("R-ESC-2 a complaint that never waited: its waiting periods are not read")
        .noneMatch(
            statement ->
                statement.sql().toLowerCase(Locale.ROOT).contains("from complaint_waiting"));

    // 30 days: HOT becomes MAJOR; the work moves on to general-manager, the supervising group
    // stays general-affairs-manager
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofDays(30)).plusSeconds(60)));
    String month = job(process, "BoundaryEvent_UnresolvedOneMonth");
    List<DatabaseWork.Statement> monthSql =
        database.statementsOf(() -> management.executeJob(month));

    Complaint major = complaints.findByNumber(businessKey(process)).orElseThrow();
    assertThat(major.getSeverity()).isEqualTo(Severity.MAJOR);
    assertThat(major.getHandlerGroup()).isEqualTo("general-manager");
    assertThat(major.getSupervisorGroup()).isEqualTo("general-affairs-manager");
    assertThat(grants("gm-assistant", null, TASK, handling.getId())).isZero();
    assertThat(grants("general-manager", null, TASK, handling.getId())).isOne();
    assertThat(readGrants("general-affairs-manager", PROCESS_INSTANCE, process))
        .as("R-RESP the supervising group still follows the complaint")
        .isOne();
    assertThat(readGrants("general-affairs-manager", TASK, handling.getId())).isOne();
    assertThat(monthSql)
        .as("the supervising group kept: its grant on the instance is not asked for again")
        .noneMatch(
            statement ->
                statement.sql().toUpperCase(Locale.ROOT).startsWith("SELECT")
                    && statement.sql().toUpperCase(Locale.ROOT).contains("ACT_RU_AUTHORIZATION")
                    && statement.parameters().contains(process));
  }

  /** The engine's task query selects from ACT_RU_TASK under the alias RES. */
  private static boolean isTaskQuery(String sql) {
    String upper = sql.toUpperCase(Locale.ROOT);
    return upper.startsWith("SELECT") && upper.contains("FROM ACT_RU_TASK RES");
  }

  private static boolean readsVariableHistoryById(String sql) {
    String upper = sql.toUpperCase(Locale.ROOT);
    return upper.startsWith("SELECT") && upper.contains("FROM ACT_HI_VARINST WHERE ID_");
  }

  private static boolean readsAuthorizationById(String sql) {
    String upper = sql.toUpperCase(Locale.ROOT);
    return upper.startsWith("SELECT")
        && upper.contains("FROM ACT_RU_AUTHORIZATION RES WHERE RES.ID_ = ?");
  }

  private Task openTask(String process) {
    return tasks.createTaskQuery().processInstanceId(process).singleResult();
  }

  private String job(String process, String activity) {
    return management
        .createJobQuery()
        .processInstanceId(process)
        .activityId(activity)
        .singleResult()
        .getId();
  }

  private String businessKey(String process) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceId(process)
        .singleResult()
        .getBusinessKey();
  }

  private long grants(String group, String user, Resource resource, String id) {
    var query =
        authorizations
            .createAuthorizationQuery()
            .resourceType(resource)
            .resourceId(id)
            .authorizationType(Authorization.AUTH_TYPE_GRANT);
    return group != null ? query.groupIdIn(group).count() : query.userIdIn(user).count();
  }

  private long readGrants(String group, Resource resource, String id) {
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(group)
        .resourceType(resource)
        .resourceId(id)
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .hasPermission(READ)
        .count();
  }
}
