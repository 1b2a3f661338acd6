package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.identity.SupervisionAccess;
import com.wuye.complaints.openwork.OpenWork;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: Tasklist's saved filters answered from the read model of open work show every reader
 * exactly what the engine's own authorized query shows — the same tasks and the same count, after
 * intake, claiming, completing, escalation, supervision grants, tasks without a community and
 * cancelled instances, and after a fill from the engine's tables — and never a task the engine
 * would not show, even when the read model is wrong. Run on H2 and MariaDB by {@link OpenWorkH2IT}
 * and {@link OpenWorkMariaDbIT}.
 */
abstract class OpenWorkScenario extends ApiScenario {

  static final String JINHU_OFFICER = "ow-jinhu-officer";
  static final String JINHU_SUPERVISOR = "ow-jinhu-supervisor";

  /** The readers: every kind of staff, company-wide and of one community. */
  static final List<String> READERS =
      List.of(
          ApiUsers.OFFICER,
          ApiUsers.SUPERVISOR,
          ApiUsers.GM,
          ApiUsers.AFFAIRS,
          ApiUsers.ENGINEER,
          ApiUsers.DEPTHEAD,
          ApiUsers.VISITOR,
          JINHU_OFFICER,
          JINHU_SUPERVISOR);

  /**
   * The platform's filters the read model answers (tasklist/TaskFilterSetup); others fall through.
   */
  static final Set<String> ANSWERED =
      Set.of(
          "我的待办 My tasks",
          "本组待办 My groups' tasks",
          "即将逾期 Due within 4 h",
          "已逾期 Overdue",
          "督办 即将逾期 Supervised: due within 4 h",
          "督办 已逾期 Supervised: overdue",
          "工程 我的工单 Repairs: my orders",
          "工程 1小时内到期 Repairs: due within 1 h",
          "工程 已逾期 Repairs: overdue");

  static final String TASKLIST_PAGE =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
  static final String HAL = "application/hal+json";

  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired SupervisionAccess supervision;
  @Autowired OpenWork openWork;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizations;
  @Autowired DatabaseWork database;
  @Autowired org.camunda.bpm.engine.ProcessEngineConfiguration engineConfiguration;

  @BeforeEach
  void setUp() {
    communities.ensure("jinhu", "锦湖花园");
    ApiUsers.ensure(identity); // the company-wide test staff work in jinhu too
    oneCommunityStaff(JINHU_OFFICER, "property-officer", "jinhu");
    oneCommunityStaff(JINHU_SUPERVISOR, "customer-supervisor", "jinhu");
  }

  @Test
  @DisplayName(
      "issue 18 every saved filter shows every kind of reader the engine's own tasks and count, after intake, claiming, completing, escalation, supervision, a task of no community and a cancelled instance")
  void readModelAnswersAsTheEngine() {
    String huayuan = complaintIn("huayuan");
    String jinhu = complaintIn("jinhu");
    String escalated = complaintIn("jinhu");
    String cancelled = complaintIn("huayuan");
    repair();

    // verification done by the supervisor: the handling task goes to the officers
    complete(ApiUsers.SUPERVISOR, openTaskOf(huayuan));
    complete(ApiUsers.SUPERVISOR, openTaskOf(escalated));
    // claimed in Tasklist by the one-community officer
    WebappSession officer = WebappSession.signIn(api, JINHU_OFFICER);
    assertThat(officer.engine("POST", "/task/" + openTaskOf(escalated) + "/claim", "{}").status())
        .isEqualTo(204);
    // R-SEV-UP a fact raises the severity: responsibility moves the open work on (moveOpenWork)
    Task before = tasks.createTaskQuery().taskId(openTaskOf(escalated)).singleResult();
    List<String> groupsBefore = candidateGroups(before.getId());
    assertThat(
            api.post(
                    ApiUsers.OFFICER,
                    "/api/complaints/" + escalated + "/facts",
                    Map.of("inLitigation", true),
                    Map.of())
                .status())
        .isEqualTo(200);
    assertThat(candidateGroups(before.getId())).as("escalated").isNotEqualTo(groupsBefore);
    // R-RESP a supervising group granted READ on an instance's tasks
    supervision.grant(processOf(jinhu), "department-heads");
    // an instance cancelled, its tasks gone without their listeners
    String cancelledTask = openTaskOf(cancelled);
    runtime.deleteProcessInstance(processOf(cancelled), "撤销 withdrawn", true);
    assertThat(rowsOf(cancelledTask)).isZero();

    READERS.forEach(this::sameAsTheEngine);
  }

  @Test
  @DisplayName(
      "issue 18 a task of no community (an instance from before communities were tenants) counts in every community, as the engine shows it; deleting its deployment removes it")
  void aTaskOfNoCommunityCountsEverywhere() {
    String deployment =
        repository
            .createDeployment()
            .name("a process of no community")
            .addClasspathResource("bench/bench-tasklist.bpmn")
            .deploy()
            .getId();
    String taskId;
    try {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("handlerGroup", "property-officer");
      variables.put("supervisorGroup", "customer-supervisor");
      variables.put("due", new Date(System.currentTimeMillis() - 3_600_000));
      variables.put("taskPriority", 50);
      String instance = runtime.startProcessInstanceByKey("bench-tasklist", variables).getId();
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
      taskId = task.getId();
      assertThat(task.getTenantId()).isNull();

      List.of(JINHU_OFFICER, JINHU_SUPERVISOR, ApiUsers.OFFICER).forEach(this::sameAsTheEngine);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
    assertThat(rowsOf(taskId)).isZero();
  }

  @Test
  @DisplayName(
      "issue 18 a reader who reads a process definition's tasks and holds grants on some of them and on another process's, in two candidate groups of one task, counts each task once, as the engine")
  void overlappingGrantsCountEachTaskOnce() {
    // the general manager reads every complaint task through the definition (R-KPI-1); this one
    // is also an officer and an engineer of jinhu, so per-task grants reach the same tasks
    String reader = "ow-gm-officer";
    ApiUsers.create(identity, reader, "general-manager");
    for (String group : List.of("property-officer", "engineering")) {
      if (identity.createUserQuery().userId(reader).memberOfGroup(group).count() == 0) {
        identity.createMembership(reader, group);
      }
    }
    tenants.addMember("jinhu", reader);
    // a complaint task of the officers: readable through the definition and through its grant
    complete(ApiUsers.SUPERVISOR, openTaskOf(complaintIn("jinhu")));
    String deployment =
        repository
            .createDeployment()
            .name("a process the general manager has no definition grant on")
            .addClasspathResource("bench/bench-tasklist.bpmn")
            .deploy()
            .getId();
    try {
      List<String> benchTasks = new ArrayList<>();
      for (long due : List.of(-3_600_000L, 3_600_000L, -7_200_000L)) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("handlerGroup", "property-officer");
        variables.put("supervisorGroup", "customer-supervisor");
        variables.put("due", new Date(System.currentTimeMillis() + due));
        variables.put("taskPriority", 50);
        String instance = runtime.startProcessInstanceByKey("bench-tasklist", variables).getId();
        benchTasks.add(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
      }
      // two of the reader's groups candidates of one task (two grants, two candidate rows)
      tasks.addCandidateGroup(benchTasks.get(0), "engineering");
      // the reader's own grant as assignee besides their group's
      tasks.claim(benchTasks.get(1), reader);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from open_task_reader where task_id = ? and kind = 'C'",
                  Integer.class,
                  benchTasks.get(0)))
          .as("two candidate rows of one task")
          .isEqualTo(2);

      List.of(reader, ApiUsers.GM, ApiUsers.OFFICER).forEach(this::sameAsTheEngine);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName(
      "issue 18 a fill from the engine's tables (an upgraded database, or filled again by hand) gives the same answers as the engine and drops rows of tasks no longer open")
  void fillFromTheEngineAnswersAsTheEngine() {
    complaintIn("huayuan");
    complete(ApiUsers.SUPERVISOR, openTaskOf(complaintIn("jinhu")));
    jdbc.update("delete from open_task_reader");
    jdbc.update("delete from open_task");
    // a row of a task long closed, left from a model that drifted: a fill drops it
    jdbc.update(
        "insert into open_task (task_id, process_key, tenant_id) values (?, ?, ?)",
        "closed-long-ago",
        "complaint-handling",
        "jinhu");
    jdbc.update(
        "insert into open_task_reader (task_id, kind, reader_id, tenant_id) values (?, ?, ?, ?)",
        "closed-long-ago",
        "C",
        "property-officer",
        "jinhu");
    jdbc.update("update open_work_state set filled = ?, filled_through = null", false);

    assertThat(openWork.fill()).isEqualTo(tasks.createTaskQuery().count());
    assertThat(rowsOf("closed-long-ago")).isZero();
    assertThat(openWork.fill()).as("filled once").isZero();

    List.of(JINHU_OFFICER, ApiUsers.SUPERVISOR, ApiUsers.GM, ApiUsers.ENGINEER)
        .forEach(this::sameAsTheEngine);
  }

  @Test
  @DisplayName(
      "issue 18 a wrong read model cannot show a task the engine would not: another community's task and a task of another group, planted in the read model, stay hidden and the count is the engine's")
  void aWrongReadModelShowsNothingMore() {
    String otherComplaint = complaintIn("huayuan");
    String other = openTaskOf(otherComplaint);
    try {
      plantAndAsk(other);
    } finally {
      // the planted rows go with the task: the later tests meet an honest read model again
      runtime.deleteProcessInstance(processOf(otherComplaint), "test over");
    }
    assertThat(rowsOf(other)).isZero();
  }

  @Test
  @DisplayName(
      "issue 18 a REVOKE for the reader or one of their groups, or a global authorization, leaves Tasklist to the engine; a REVOKE for another group does not")
  void revokesThatBearOnTheReaderLeaveTasklistToTheEngine() {
    String filter = filterId("本组待办 My groups' tasks");
    org.camunda.bpm.engine.AuthorizationService grants = authorizations;
    List<org.camunda.bpm.engine.authorization.Authorization> made = new ArrayList<>();
    try {
      assertThat(answeredByReadModel(JINHU_OFFICER, filter)).isTrue();
      made.add(revoke(grants, "engineering", null)); // not one of the jinhu officer's groups
      assertThat(answeredByReadModel(JINHU_OFFICER, filter)).isTrue();
      made.add(revoke(grants, "property-officer", null));
      assertThat(answeredByReadModel(JINHU_OFFICER, filter)).isFalse();
      grants.deleteAuthorization(made.remove(made.size() - 1).getId());
      made.add(revoke(grants, null, JINHU_OFFICER));
      assertThat(answeredByReadModel(JINHU_OFFICER, filter)).isFalse();
      grants.deleteAuthorization(made.remove(made.size() - 1).getId());
      var global =
          grants.createNewAuthorization(
              org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL);
      global.setResource(org.camunda.bpm.engine.authorization.Resources.BATCH);
      global.setResourceId("no-such-batch");
      global.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
      made.add(grants.saveAuthorization(global));
      assertThat(answeredByReadModel(JINHU_OFFICER, filter)).isFalse();
    } finally {
      made.forEach(authorization -> grants.deleteAuthorization(authorization.getId()));
    }
    assertThat(answeredByReadModel(JINHU_OFFICER, filter)).isTrue();
  }

  private static org.camunda.bpm.engine.authorization.Authorization revoke(
      org.camunda.bpm.engine.AuthorizationService grants, String group, String user) {
    var revoke =
        grants.createNewAuthorization(
            org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId(group);
    revoke.setUserId(user);
    revoke.setResource(org.camunda.bpm.engine.authorization.Resources.BATCH);
    revoke.setResourceId("no-such-batch");
    revoke.removePermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    return grants.saveAuthorization(revoke);
  }

  private boolean answeredByReadModel(String user, String filter) {
    ApiClient.Reply page =
        WebappSession.signIn(api, user)
            .engine(
                "POST",
                "/filter/" + filter + "/list?firstResult=0&maxResults=15",
                TASKLIST_PAGE,
                HAL);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.headers().firstValue("X-Open-Work").isPresent();
  }

  private void plantAndAsk(String other) {
    complete(ApiUsers.SUPERVISOR, openTaskOf(complaintIn("jinhu")));
    String filter = filterId("本组待办 My groups' tasks");
    long honest = engineCount(JINHU_OFFICER, filter);
    // planted: the huayuan task for the jinhu officer's group, as candidate and reader
    jdbc.update("update open_task_reader set tenant_id = ? where task_id = ?", "jinhu", other);
    jdbc.update(
        "update open_task set tenant_id = ?, due_date = ? where task_id = ?",
        "jinhu",
        new java.sql.Timestamp(0),
        other);
    jdbc.update(
        "update open_task_reader set due_date = ? where task_id = ?",
        new java.sql.Timestamp(0),
        other);
    for (String kind : List.of("C", "G")) {
      jdbc.update(
          "delete from open_task_reader where task_id = ? and kind = ? and reader_id = ?",
          other,
          kind,
          "property-officer");
      jdbc.update(
          "insert into open_task_reader (task_id, kind, reader_id, process_key, tenant_id,"
              + " due_date) values (?, ?, ?, ?, ?, ?)",
          other,
          kind,
          "property-officer",
          "complaint-handling",
          "jinhu",
          new java.sql.Timestamp(0));
    }

    WebappSession session = WebappSession.signIn(api, JINHU_OFFICER);
    ApiClient.Reply page =
        session.engine(
            "POST", "/filter/" + filter + "/list?firstResult=0&maxResults=15", TASKLIST_PAGE, HAL);
    assertThat(page.headers().firstValue("X-Open-Work")).contains("read-model");
    assertThat(taskIds(page.json())).doesNotContain(other);
    assertThat(page.json().get("count").asLong()).isEqualTo(honest);
  }

  // --- the comparison -------------------------------------------------------------------------

  private void sameAsTheEngine(String user) {
    WebappSession session = WebappSession.signIn(api, user);
    for (Filter filter : filters.createFilterQuery().list()) {
      String id = filter.getId();
      String name = filter.getName();
      List<Task> engine = asReader(user, () -> filters.<Task>list(id));
      long engineCount = engine.size();

      ApiClient.Reply page =
          session.engine(
              "POST", "/filter/" + id + "/list?firstResult=0&maxResults=200", TASKLIST_PAGE, HAL);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      String by = user + " · " + name;
      assertThat(page.headers().firstValue("X-Open-Work").isPresent())
          .as(by + ": answered by the read model")
          .isEqualTo(ANSWERED.contains(name));
      assertThat(page.json().get("count").asLong()).as(by + ": count").isEqualTo(engineCount);
      assertThat(taskIds(page.json()))
          .as(by + ": tasks")
          .containsExactlyInAnyOrderElementsOf(engine.stream().map(Task::getId).toList());
      // a later page: the same due dates at the same places as the engine's page
      ApiClient.Reply later =
          session.engine(
              "POST", "/filter/" + id + "/list?firstResult=1&maxResults=2", TASKLIST_PAGE, HAL);
      List<Task> enginePage =
          asReader(
              user,
              () ->
                  filters.<Task, org.camunda.bpm.engine.task.TaskQuery>listPage(id, query(), 1, 2));
      assertThat(dueDates(later.json()))
          .as(
              () ->
                  by
                      + ": second page; the engine's "
                      + engine.stream().map(t -> t.getId() + "@" + t.getDueDate()).toList()
                      + " the read model's "
                      + jdbc.queryForList(
                          "select task_id, due_date from open_task order by due_date, task_id"))
          .isEqualTo(
              enginePage.stream()
                  .map(t -> t.getDueDate() == null ? "" : "" + t.getDueDate().getTime() / 1000)
                  .toList());
      ApiClient.Reply count = session.engine("POST", "/filter/" + id + "/count", "{}");
      assertThat(count.json().get("count").asLong())
          .as(by + ": count alone")
          .isEqualTo(engineCount);
      assertThat(count.headers().firstValue("X-Open-Work").isPresent())
          .isEqualTo(ANSWERED.contains(name));
    }
  }

  @Test
  @DisplayName(
      "issue 18 an intake over HTTP writes its new task to the read model in 2 statements (the task's row, its readers in one multi-row insert), signs in with 2 round trips (groups and communities in one read, then the password), asks the database for no grant and no variables of the task it creates and not for the groups holding authorizations, and reads its timers' job definitions together")
  void intakeWritesTheReadModelInTwoStatements() {
    List<String> sql = database.sqlOf(() -> complaintIn("huayuan"));

    assertThat(readModelWrites(sql)).as(String.join("\n", sql)).hasSize(2);
    assertThat(readModelWrites(sql).get(1)).startsWith("insert into open_task_reader");
    assertThat(
            sql.stream()
                .filter(s -> s.matches("(?s).*ACT_ID_(USER|GROUP|MEMBERSHIP|TENANT).*"))
                .toList())
        .as("sign-in: the groups and communities, then the password")
        .hasSize(2);
    assertThat(sql).noneMatch(OpenWorkScenario::grantLookup);
    assertThat(sql).noneMatch(OpenWorkScenario::taskVariablesLookup);
    assertThat(sql).noneMatch(OpenWorkScenario::groupsWithAuthorizations);
    assertThat(sql.stream().filter(s -> s.contains("ACT_RU_JOBDEF")).toList())
        .as("the job definitions of the intake's three timers, read together")
        .hasSize(1);
    String task = openTaskOf(lastComplaint());
    assertThat(readerRows(task)).isEqualTo(enginesReaders(task)).isNotEmpty();
  }

  @Test
  @DisplayName(
      "issue 18 a claim and a completion over HTTP write the read model in 7 statements (claim: the task's row, its readers' columns, the claimant's reader row as one upsert; completion: the old task's rows, one delete per table, the next task's row and readers, one insert each) and ask for no group grant of the task the completion creates, nor for the groups holding authorizations, and read the timers' job definitions together; the rows stay the engine's readers")
  void claimAndCompleteWriteTheReadModelInSevenStatements() {
    String no = complaintIn("huayuan");
    String verify = openTaskOf(no);
    List<String> sql = database.sqlOf(() -> complete(ApiUsers.SUPERVISOR, verify));

    assertThat(readModelWrites(sql)).as(String.join("\n", sql)).hasSize(7);
    assertThat(sql)
        .as("a group's grant on the task the completion creates")
        .noneMatch(s -> grantLookup(s) && s.contains("GROUP_ID_"));
    assertThat(sql).noneMatch(OpenWorkScenario::groupsWithAuthorizations);
    assertThat(sql.stream().filter(s -> s.contains("ACT_RU_JOBDEF")).toList())
        .as("the job definitions of the timer deleted and the timer started, read together")
        .hasSize(1);
    assertThat(rowsOf(verify)).isZero();
    String handle = openTaskOf(no);
    assertThat(readerRows(handle)).isEqualTo(enginesReaders(handle)).isNotEmpty();
  }

  @Test
  @DisplayName(
      "issue 18 reader changes of one command are written as they end: a candidate group removed and added again, one added twice and the claimant, in one command on a task already held, leave exactly the engine's readers")
  void readerChangesOfOneCommandEndAsTheEngine() {
    String no = complaintIn("huayuan");
    String task = openTaskOf(no);
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engineConfiguration)
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              tasks.deleteCandidateGroup(task, "customer-supervisor");
              tasks.addCandidateGroup(task, "customer-supervisor");
              tasks.addCandidateGroup(task, "engineering");
              tasks.addCandidateGroup(task, "engineering");
              tasks.claim(task, ApiUsers.SUPERVISOR);
              return null;
            });

    assertThat(readerRows(task)).isEqualTo(enginesReaders(task));
    assertThat(readerRows(task))
        .contains(
            "C:customer-supervisor", "C:engineering", "G:engineering", "U:" + ApiUsers.SUPERVISOR);
    assertThat(
            jdbc.queryForObject(
                "select assignee from open_task where task_id = ?", String.class, task))
        .isEqualTo(ApiUsers.SUPERVISOR);
    assertThat(
            jdbc.queryForList(
                "select distinct assignee from open_task_reader where task_id = ?",
                String.class,
                task))
        .containsExactly(ApiUsers.SUPERVISOR);
  }

  @Test
  @DisplayName(
      "issue 18 sign-in reads groups and communities for every request, nothing kept between requests: a community membership, a group membership and a password an administrator changes count from the next request on")
  void signInSeesAnAdministratorsChangesAtTheNextRequest() {
    // a user of this run only: the test changes the password, and a database may be used again
    String user = "ow-fresh-" + Long.toString(System.currentTimeMillis(), 36);
    oneCommunityStaff(user, "property-officer", "jinhu");
    String no = complaintIn("jinhu");
    assertThat(api.as(user).get("/api/complaints/" + no).status()).isEqualTo(200);

    tenants.removeMember("jinhu", user);
    assertThat(api.as(user).get("/api/complaints/" + no).status())
        .as("no longer in the community")
        .isIn(403, 404);
    tenants.addMember("jinhu", user);
    assertThat(api.as(user).get("/api/complaints/" + no).status()).isEqualTo(200);

    identity.deleteMembership(user, "property-officer");
    assertThat(api.as(user).post("/api/complaints", ApiClient.validIntake()).status())
        .as("no longer an officer")
        .isEqualTo(403);

    org.camunda.bpm.engine.identity.User changed =
        identity.createUserQuery().userId(user).singleResult();
    changed.setPassword(user + "-Changed-2026!");
    ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(changed, true);
    assertThat(api.as(user).get("/api/complaints/" + no).status())
        .as("the old password")
        .isEqualTo(401);
  }

  /** The statements that wrote the read model. */
  private static List<String> readModelWrites(List<String> sql) {
    return sql.stream()
        .filter(
            s ->
                s.matches(
                    "(?is)(insert into|merge into|update|delete from) open_task(_reader)?\\b.*"))
        .toList();
  }

  /** The engine asking for an existing grant before it grants on a task (its provider). */
  private static boolean grantLookup(String sql) {
    return sql.startsWith("SELECT * FROM ACT_RU_AUTHORIZATION WHERE TYPE_ = ?");
  }

  /**
   * The engine reading every group that holds an authorization (engine/AuthorizationGroupsAsGiven).
   */
  private static boolean groupsWithAuthorizations(String sql) {
    return sql.replace(" ", "").startsWith("SELECTdistinct(A.GROUP_ID_)FROMACT_RU_AUTHORIZATION");
  }

  /** The engine loading a task's own variables. */
  private static boolean taskVariablesLookup(String sql) {
    return sql.contains("FROM ACT_RU_VARIABLE RES") && sql.endsWith("WHERE TASK_ID_ = ?");
  }

  private String lastComplaint() {
    return jdbc.queryForObject(
        "select complaint_no from complaint order by id desc limit 1", String.class);
  }

  /** The read model's reader rows of the task, as kind:reader. */
  private List<String> readerRows(String taskId) {
    return jdbc
        .queryForList("select kind, reader_id from open_task_reader where task_id = ?", taskId)
        .stream()
        .map(row -> row.get("kind") + ":" + row.get("reader_id"))
        .sorted()
        .toList();
  }

  /** The engine's readers of the task: candidate groups, and the groups and users granted on it. */
  private List<String> enginesReaders(String taskId) {
    java.util.TreeSet<String> readers = new java.util.TreeSet<>();
    candidateGroups(taskId).forEach(group -> readers.add("C:" + group));
    authorizations
        .createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK)
        .resourceId(taskId)
        .authorizationType(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT)
        .list()
        .forEach(
            grant ->
                readers.add(
                    grant.getGroupId() != null
                        ? "G:" + grant.getGroupId()
                        : "U:" + grant.getUserId()));
    return List.copyOf(readers);
  }

  private org.camunda.bpm.engine.task.TaskQuery query() {
    return tasks.createTaskQuery().orderByDueDate().asc();
  }

  private <T> T asReader(String user, java.util.function.Supplier<T> work) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenantIds =
        identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    identity.setAuthentication(user, groups, tenantIds);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private long engineCount(String user, String filterId) {
    return asReader(user, () -> filters.count(filterId));
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }

  private static List<String> taskIds(JsonNode halList) {
    List<String> ids = new ArrayList<>();
    halList.path("_embedded").path("task").forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private static List<String> dueDates(JsonNode halList) {
    List<String> due = new ArrayList<>();
    halList
        .path("_embedded")
        .path("task")
        .forEach(
            task ->
                due.add(
                    task.path("due").isNull() || task.path("due").isMissingNode()
                        ? ""
                        : ""
                            + java.time.OffsetDateTime.parse(
                                        task.get("due").asText(),
                                        java.time.format.DateTimeFormatter.ofPattern(
                                            "yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                                    .toInstant()
                                    .toEpochMilli()
                                / 1000));
    return due;
  }

  // --- the work ------------------------------------------------------------------------------

  private void repair() {
    ApiClient.Reply repair =
        api.post(ApiUsers.CLIENT, "/api/repairs", ApiClient.validRepair(), Map.of());
    assertThat(repair.status()).as(repair.body()).isEqualTo(201);
  }

  private String openTaskOf(String complaintNo) {
    return tasks.createTaskQuery().processInstanceBusinessKey(complaintNo).singleResult().getId();
  }

  private List<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .sorted()
        .toList();
  }

  private void complete(String user, String taskId) {
    complete(user, taskId, Map.of("verificationNote", "属实"));
  }

  private int rowsOf(String taskId) {
    return jdbc.queryForObject(
            "select count(*) from open_task where task_id = ?", Integer.class, taskId)
        + jdbc.queryForObject(
            "select count(*) from open_task_reader where task_id = ?", Integer.class, taskId);
  }
}
