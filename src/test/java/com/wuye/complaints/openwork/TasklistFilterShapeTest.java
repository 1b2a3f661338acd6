package com.wuye.complaints.openwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuye.complaints.openwork.OpenWorkQueries.Kind;
import com.wuye.complaints.openwork.OpenWorkQueries.Sort;
import com.wuye.complaints.openwork.TasklistFilterShape.Plan;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: which saved filters and Tasklist requests the read model of open work answers, and with
 * which criteria; everything else stays with the engine.
 */
class TasklistFilterShapeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TASKLIST_PAGE =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName(
      "本组待办: the reader's groups as candidates, unassigned, by due date then Tasklist's sort")
  void myGroupsTasks() throws Exception {
    TaskQueryImpl query = new TaskQueryImpl();
    query.taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc();

    Plan plan = TasklistFilterShape.of(query, JSON.readTree(TASKLIST_PAGE)).orElseThrow();

    assertThat(plan.criteria().kind()).isEqualTo(Kind.CANDIDATE_GROUPS);
    assertThat(plan.criteria().includeAssigned()).isFalse();
    assertThat(plan.sorting())
        .containsExactly(new Sort("due_date", false), new Sort("created", true));
  }

  @Test
  @DisplayName("督办 即将逾期: every readable task due between now and four hours from now")
  void supervisedDueWithinFourHours() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T02:00:00Z")));
    TaskQueryImpl query = new TaskQueryImpl();
    query
        .dueAfterExpression("${now()}")
        .dueBeforeExpression("${dateTime().plusHours(4).toDate()}")
        .orderByDueDate()
        .asc();

    Plan plan = TasklistFilterShape.of(query, null).orElseThrow();

    assertThat(plan.criteria().kind()).isEqualTo(Kind.READABLE);
    assertThat(plan.criteria().dueAfter())
        .isEqualTo(Date.from(Instant.parse("2026-11-30T02:00:00Z")));
    assertThat(plan.criteria().dueBefore())
        .isEqualTo(Date.from(Instant.parse("2026-11-30T06:00:00Z")));
  }

  @Test
  @DisplayName("工程 已逾期 and 我的待办: a process definition key, the reader as assignee")
  void repairsAndMyTasks() {
    TaskQueryImpl repairs = new TaskQueryImpl();
    repairs
        .processDefinitionKey("repair-order")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .dueBeforeExpression("${now()}")
        .orderByDueDate()
        .asc();
    TaskQueryImpl mine = new TaskQueryImpl();
    mine.taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();

    assertThat(TasklistFilterShape.of(repairs, null).orElseThrow().criteria())
        .satisfies(
            criteria -> {
              assertThat(criteria.processKey()).isEqualTo("repair-order");
              assertThat(criteria.includeAssigned()).isTrue();
            });
    assertThat(TasklistFilterShape.of(mine, null).orElseThrow().criteria().kind())
        .isEqualTo(Kind.ASSIGNED_TO_READER);
  }

  @Test
  @DisplayName(
      "left to the engine: a criterion the read model does not keep, another expression, a variable sort, Tasklist's search box, an unknown request field")
  void leavesEverythingElseToTheEngine() throws Exception {
    TaskQueryImpl returnVisits = new TaskQueryImpl();
    returnVisits
        .taskDefinitionKey("UserTask_MakeReturnVisit")
        .taskCandidateGroupInExpression("${currentUserGroups()}");
    TaskQueryImpl otherGroups = new TaskQueryImpl();
    otherGroups.taskCandidateGroupInExpression("${['engineering']}");
    TaskQueryImpl byPriority = new TaskQueryImpl();
    byPriority
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .orderByTaskPriority()
        .desc();
    TaskQueryImpl plain = new TaskQueryImpl();
    plain.taskCandidateGroupInExpression("${currentUserGroups()}");

    assertThat(TasklistFilterShape.of(returnVisits, null)).isEmpty();
    assertThat(TasklistFilterShape.of(otherGroups, null)).isEmpty();
    assertThat(TasklistFilterShape.of(byPriority, null)).isEmpty();
    for (String request :
        List.of(
            "{\"processVariables\":[{\"name\":\"complaintNo\",\"operator\":\"eq\",\"value\":\"1\"}]}",
            "{\"nameLike\":\"%投诉%\"}",
            "{\"sorting\":[{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"}]}",
            "{\"taskIdIn\":[\"1\"]}",
            "[]")) {
      JsonNode body = JSON.readTree(request);
      assertThat(TasklistFilterShape.of(plain, body)).as(request).isEmpty();
    }
  }

  @Test
  @DisplayName("the filters' date expressions, and nothing else")
  void dateExpressions() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T02:00:00Z")));

    assertThat(TasklistFilterShape.date(null)).isEqualTo(Optional.empty());
    assertThat(TasklistFilterShape.date("${dateTime().minusDays(1).plusMinutes(30).toDate()}"))
        .contains(Date.from(Instant.parse("2026-11-29T02:30:00Z")));
    assertThatThrownBy(() -> TasklistFilterShape.date("${dateTime().withHourOfDay(1).toDate()}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
