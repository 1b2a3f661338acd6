package com.wuye.complaints.api;

import static com.wuye.complaints.api.ApiClient.validIntake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.complaints.support.EngineResets;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #12, one test per finding: what a signed-in staff member could do with Camunda's generic
 * engine surface, tried through engine REST, the webapps' engine API (a real session with its CSRF
 * token) and the platform's own API — and refused, with nothing changed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EngineResets.class)
class EngineSurfaceIT extends ApiScenario {

  @TempDir Path scratch;

  private String runsCode(Path marker) {
    return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
        + marker
        + "')}";
  }

  // row 1
  // ------------------------------------------------------------------------------------------

  @Test
  @DisplayName(
      "#12.1 an expression inside orQueries is refused before the engine sees it: engine REST, a stored filter's ad-hoc body, the webapps' API")
  void expressionsInOrQueriesAreRefusedEverywhere() {
    Path marker = scratch.resolve("pwned");
    String evil = runsCode(marker);
    String filterId = filters.createFilterQuery().list().get(0).getId();
    WebappSession officer = WebappSession.signIn(api, ApiUsers.OFFICER);

    List<ApiClient.Reply> replies =
        List.of(
            api.post(
                ApiUsers.VISITOR,
                "/engine-rest/task",
                Map.of("orQueries", List.of(Map.of("candidateGroupExpression", evil))),
                Map.of()),
            api.post(
                ApiUsers.OFFICER,
                "/engine-rest/filter/" + filterId + "/list",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", evil))),
                Map.of()),
            api.post(
                ApiUsers.GM,
                "/engine-rest/task",
                Map.of(
                    "orQueries",
                    List.of(Map.of("orQueries", List.of(Map.of("dueDateExpression", evil))))),
                Map.of()),
            officer.engine(
                "POST",
                "/task",
                Map.of("orQueries", List.of(Map.of("candidateGroupExpression", evil)))),
            officer.engine(
                "POST",
                "/filter/" + filterId + "/list",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", evil)))));

    assertThat(replies)
        .allSatisfy(
            reply -> {
              assertThat(reply.status()).isEqualTo(400);
              assertThat(reply.body()).contains("Expressions are forbidden");
            });
    assertThat(marker).doesNotExist();
  }

  @Test
  @DisplayName(
      "#12.1 a saved filter may use only the platform's own expressions, for the administrator too")
  void storedFiltersTakeOnlyThePlatformsExpressions() {
    Map<String, Object> foreign =
        Map.of(
            "resourceType",
            "Task",
            "name",
            "evil",
            "owner",
            ADMIN,
            "query",
            Map.of("candidateGroupExpression", runsCode(scratch.resolve("x"))));
    Map<String, Object> own =
        Map.of(
            "resourceType",
            "Task",
            "name",
            "mine",
            "owner",
            ADMIN,
            "query",
            Map.of(
                "assigneeExpression",
                "${currentUser()}",
                "dueBeforeExpression",
                "${dateTime().plusHours(4).toDate()}"));

    ApiClient.Reply refused = asAdmin("POST", "/engine-rest/filter/create", foreign);
    ApiClient.Reply saved = asAdmin("POST", "/engine-rest/filter/create", own);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(saved.status()).isEqualTo(200);
    assertThat(filters.createFilterQuery().filterName("evil").count()).isZero();
    filters.deleteFilter(saved.json().get("id").asText());
  }

  @Test
  @DisplayName(
      "#12.1 whatever expression reaches the engine cannot touch reflection, class loading or processes")
  void theEngineEvaluatesNoReflection() {
    Path marker = scratch.resolve("engine-pwned");
    Filter filter =
        filters
            .newTaskFilter("smuggled")
            .setQuery(tasks.createTaskQuery().taskCandidateGroupExpression(runsCode(marker)));
    filters.saveFilter(filter);
    try {
      assertThatThrownBy(() -> filters.list(filter.getId())).hasMessageContaining("getClass");
      assertThat(marker).doesNotExist();
    } finally {
      filters.deleteFilter(filter.getId());
    }
  }

  // row 2
  // ------------------------------------------------------------------------------------------

  @Test
  @DisplayName(
      "#12.2 a complaint starts only through intake: no part-way start, no skipped listeners, no messages, no modification")
  void staffCannotStartPartWayOrSteerAProcess() {
    String no = receive(validIntake());
    long complaintId =
        jdbc.queryForObject("select id from complaint where complaint_no = ?", Long.class, no);
    String processId = processOf(no);
    long instances = runtime.createProcessInstanceQuery().count();
    WebappSession visitor = WebappSession.signIn(api, ApiUsers.VISITOR);

    List<ApiClient.Reply> replies =
        List.of(
            api.post(
                ApiUsers.VISITOR,
                "/engine-rest/process-definition/key/complaint-handling/start",
                Map.of(
                    "startInstructions", List.of(startBefore("ServiceTask_CloseComplaint")),
                    "variables",
                        Map.of("complaintId", Map.of("value", complaintId, "type", "Long"))),
                Map.of()),
            api.post(
                ApiUsers.OFFICER,
                "/engine-rest/process-definition/key/complaint-handling/start",
                Map.of("skipCustomListeners", true, "skipIoMappings", true),
                Map.of()),
            visitor.engine(
                "POST",
                "/process-definition/key/complaint-handling/start",
                Map.of("startInstructions", List.of(startBefore("UserTask_HandleComplaint")))),
            visitor.engine(
                "POST",
                "/process-definition/key/complaint-handling/submit-form",
                Map.of(
                    "variables",
                    Map.of(
                        "handlerGroup", Map.of("value", "customer-relations", "type", "String"),
                        "complaintId", Map.of("value", complaintId, "type", "Long")))),
            api.post(
                ApiUsers.OFFICER,
                "/engine-rest/message",
                Map.of(
                    "messageName",
                    "ComplaintFactsChanged",
                    "businessKey",
                    no,
                    "processVariables",
                    Map.of("inLitigation", Map.of("value", true, "type", "Boolean"))),
                Map.of()),
            api.post(
                ApiUsers.GM,
                "/engine-rest/process-instance/" + processId + "/modification",
                Map.of("instructions", List.of(startBefore("ServiceTask_CloseComplaint"))),
                Map.of()));

    assertThat(replies)
        .extracting(ApiClient.Reply::status)
        .allMatch(status -> status == 400 || status == 403);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(
            jdbc.queryForObject(
                "select status from complaint where id = ?", String.class, complaintId))
        .isEqualTo("AWAITING_VERIFICATION");
  }

  @Test
  @DisplayName(
      "issue 14 the Tasklist intake submits the code of the community chosen from the list: an active one is taken; any other code, the list being filled in the browser, is refused in Chinese and nothing is written")
  void theTasklistIntakeTakesOnlyAKnownCommunity() {
    WebappSession officer = WebappSession.signIn(api, ApiUsers.OFFICER);
    long before = jdbc.queryForObject("select count(*) from complaint", Long.class);

    ApiClient.Reply refused =
        officer.engine(
            "POST",
            "/process-definition/key/complaint-handling/submit-form",
            Map.of("variables", startForm("PHONE", "nowhere")));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("未知小区代码").doesNotContain("ENGINE-");
    assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class)).isEqualTo(before);

    String no = officer.recordComplaint(startForm("PHONE", "huayuan"));
    assertThat(
            jdbc.queryForObject(
                "select community_code from complaint where complaint_no = ?", String.class, no))
        .isEqualTo("huayuan");
  }

  // row 3
  // ------------------------------------------------------------------------------------------

  @Test
  @DisplayName(
      "#12.3 a task changes only what its form asks, with its types: engine REST, the webapps' API and /api/tasks")
  void aTaskChangesOnlyItsFormsFields() {
    String mine = receive(validIntake());
    String processId = processOf(mine);
    String verify = openTask(processId);
    WebappSession supervisor = WebappSession.signIn(api, ApiUsers.SUPERVISOR);
    Object otherComplaint = runtime.getVariable(processId, "complaintId");

    List<ApiClient.Reply> replies =
        List.of(
            api.send(
                ApiUsers.SUPERVISOR,
                "PUT",
                "/engine-rest/task/" + verify + "/variables/complaintId",
                Map.of("value", 1, "type", "Long")),
            api.post(
                ApiUsers.SUPERVISOR,
                "/engine-rest/task/" + verify + "/localVariables",
                Map.of(
                    "modifications",
                    Map.of("severity", Map.of("value", "GENERAL", "type", "String"))),
                Map.of()),
            api.post(
                ApiUsers.SUPERVISOR,
                "/engine-rest/task/" + verify + "/complete",
                Map.of(
                    "variables",
                    Map.of(
                        "verificationNote", Map.of("value", "属实", "type", "String"),
                        "complaintId", Map.of("value", 1, "type", "Long"))),
                Map.of()),
            api.post(
                ApiUsers.SUPERVISOR,
                "/api/tasks/" + verify + "/complete",
                Map.of(
                    "variables",
                    Map.of("verificationNote", "属实", "handlerGroup", "general-manager")),
                Map.of()),
            api.post(
                ApiUsers.SUPERVISOR,
                "/api/tasks/" + verify + "/complete",
                Map.of("variables", Map.of("verificationNote", Map.of("nested", "object"))),
                Map.of()),
            supervisor.engine(
                "POST",
                "/task/" + verify + "/submit-form",
                Map.of(
                    "variables",
                    Map.of(
                        "verificationNote",
                        Map.of(
                            "value",
                            "rO0ABXQAA2Zvbw==",
                            "type",
                            "Object",
                            "valueInfo",
                            Map.of(
                                "objectTypeName",
                                "java.lang.String",
                                "serializationDataFormat",
                                "application/x-java-serialized-object"))))),
            supervisor.engine(
                "PUT",
                "/task/" + verify + "/variables/verified",
                Map.of("value", true, "type", "Boolean")));

    assertThat(replies)
        .extracting(ApiClient.Reply::status)
        .allMatch(status -> status == 400 || status == 403);
    assertThat(replies.get(2).json().get("errors").toString())
        .contains("complaintId")
        .contains("messageEn");
    assertThat(tasks.createTaskQuery().taskId(verify).count()).as("still open").isEqualTo(1);
    assertThat(runtime.getVariable(processId, "complaintId")).isEqualTo(otherComplaint);
    assertThat(runtime.getVariable(processId, "verified")).isEqualTo(false);

    ApiClient.Reply viaForm =
        supervisor.engine(
            "POST",
            "/task/" + verify + "/submit-form",
            Map.of(
                "variables", Map.of("verificationNote", Map.of("value", "已核实", "type", "String"))));
    assertThat(viaForm.status()).as(viaForm.body()).isEqualTo(204);
  }

  @Test
  @DisplayName(
      "#12.3 a whole number where the form has a number, text where it has text: an Integer for a Long is no 500")
  void valuesAreTypedByTheForm() {
    String no = receive(validIntake());
    String processId = processOf(no);
    String verify = openTask(processId);
    api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/claim", "", Map.of());

    ApiClient.Reply number =
        api.as(ApiUsers.SUPERVISOR)
            .post(
                "/api/tasks/" + verify + "/complete",
                Map.of("variables", Map.of("verificationNote", 42)))
            .expect(400);
    assertThat(number.contentType()).startsWith("application/problem+json");
  }

  @Test
  @DisplayName(
      "R-ESC-4 a rule that refuses a completion answers 400 in its own words, never an engine code or a 500")
  void aRulesRefusalIsAClear400() {
    String no = receive(validIntake());
    String processId = processOf(no);
    String verify = openTask(processId);
    api.post(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/claim", "", Map.of());
    api.post(
        ApiUsers.SUPERVISOR,
        "/api/tasks/" + verify + "/complete",
        Map.of("variables", Map.of("verificationNote", "属实")),
        Map.of());
    String handle = openTask(processId);
    WebappSession officer = WebappSession.signIn(api, ApiUsers.OFFICER);

    // escalating without saying why (R-ESC-4 needs the reason)
    ApiClient.Reply tasklist =
        officer.engine(
            "POST",
            "/task/" + handle + "/submit-form",
            Map.of("variables", Map.of("escalate", Map.of("value", true, "type", "Boolean"))));
    ApiClient.Reply engineRest =
        api.post(
            ApiUsers.OFFICER,
            "/engine-rest/task/" + handle + "/complete",
            Map.of("variables", Map.of("escalate", Map.of("value", true, "type", "Boolean"))),
            Map.of());
    ApiClient.Reply platform =
        api.post(
            ApiUsers.OFFICER,
            "/api/tasks/" + handle + "/complete",
            Map.of("variables", Map.of("escalate", true)),
            Map.of());

    assertThat(List.of(tasklist, engineRest, platform))
        .allSatisfy(
            reply -> {
              assertThat(reply.status()).as(reply.body()).isEqualTo(400);
              assertThat(reply.body())
                  .contains("升级原因")
                  .doesNotContain("ENGINE-")
                  .doesNotContain("Exception");
            });
    assertThat(tasklist.json().get("message").asText()).startsWith("升级原因");
    assertThat(tasks.createTaskQuery().taskId(handle).count()).as("still open").isEqualTo(1);
  }

  @Test
  @DisplayName(
      "R-VISIT-1 the handler claiming the return visit in Tasklist reads the rule, as a 400, not an engine error")
  void theHandlerCannotClaimTheVisit() {
    String both = "api-both"; // handles complaints and makes return visits
    ApiUsers.ensure(identity, both, "property-officer");
    if (identity.createGroupQuery().groupMember(both).groupId("customer-relations").count() == 0) {
      identity.createMembership(both, "customer-relations");
    }
    String no = receive(validIntake());
    String processId = processOf(no);
    for (String[] step :
        new String[][] {
          {ApiUsers.SUPERVISOR, "verificationNote", "属实"}, {both, "handlingResult", "已处理"}
        }) {
      String task = openTask(processId);
      api.post(step[0], "/api/tasks/" + task + "/claim", "", Map.of());
      api.as(step[0])
          .post("/api/tasks/" + task + "/complete", Map.of("variables", Map.of(step[1], step[2])))
          .expect(204);
    }
    String feedback = openTask(processId);
    api.post(both, "/api/tasks/" + feedback + "/claim", "", Map.of());
    api.post(
        both,
        "/api/tasks/" + feedback + "/complete",
        Map.of("variables", Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知")),
        Map.of());
    String visit = openTask(processId);

    ApiClient.Reply claim =
        WebappSession.signIn(api, both)
            .engine("POST", "/task/" + visit + "/claim", Map.of("userId", both));

    assertThat(claim.status()).as(claim.body()).isEqualTo(400);
    assertThat(claim.json().get("message").asText())
        .startsWith("回访须由处理人以外的人员进行")
        .contains("R-VISIT-1");
    assertThat(tasks.createTaskQuery().taskId(visit).singleResult().getAssignee()).isNull();
  }

  // row 5
  // ------------------------------------------------------------------------------------------

  @Test
  @DisplayName("#12.5 wrong passwords hold a person back for a while, never for good")
  void noPermanentLockOut() {
    String user = "api-lockout";
    ApiUsers.ensure(identity, user, "property-officer");
    for (int i = 0; i < 12; i++) {
      assertThat(api.send(user, "wrong", "GET", "/api/complaints", null).status()).isEqualTo(401);
    }
    api.as(user).get("/api/complaints").expect(401, "held back for now");

    ClockUtil.offset(16 * 60 * 1000L);

    api.as(user).get("/api/complaints").expect(200, "the delay ends by itself");
  }

  @Test
  @DisplayName("#12.5 a stranger who knows only the machine client's name cannot stop its intake")
  void machineClientCannotBeLockedOut() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Integer>> guesses = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        guesses.add(
            pool.submit(
                () -> api.send(ApiUsers.CLIENT, "guess", "GET", "/api/complaints", null).status()));
      }
      for (Future<Integer> guess : guesses) {
        assertThat(guess.get()).isEqualTo(401);
      }
    } finally {
      pool.shutdownNow();
    }

    api.as(ApiUsers.CLIENT).post("/api/complaints", validIntake()).expect(201);
  }

  // rows 6 and 7
  // -----------------------------------------------------------------------------------

  @Test
  @DisplayName(
      "#12.6 passwords follow the policy; #12.7 only the administrator creates, renames or deletes users")
  void accountsAreTheAdministratorsBusiness() {
    String user = "api-password";
    ApiUsers.ensure(identity, user, "property-officer");

    ApiClient.Reply weak =
        api.send(
            user,
            "PUT",
            "/engine-rest/user/" + user + "/credentials",
            Map.of("password", "1", "authenticatedUserPassword", user));
    ApiClient.Reply deleteSelf =
        api.send(ApiUsers.GM, "DELETE", "/engine-rest/user/" + ApiUsers.GM, null);
    ApiClient.Reply rename =
        api.send(
            ApiUsers.GM,
            "PUT",
            "/engine-rest/user/" + ApiUsers.GM + "/profile",
            Map.of("id", ApiUsers.GM, "firstName", "Boss", "lastName", "X"));
    ApiClient.Reply create =
        api.post(
            ApiUsers.GM,
            "/engine-rest/user/create",
            Map.of(
                "profile",
                Map.of("id", "intruder"),
                "credentials",
                Map.of("password", "Str0ng-Passw0rd!")),
            Map.of());
    ApiClient.Reply someoneElses =
        api.send(
            user,
            "PUT",
            "/engine-rest/user/" + ApiUsers.GM + "/credentials",
            Map.of("password", "Str0ng-Passw0rd!", "authenticatedUserPassword", user));
    ApiClient.Reply strong =
        api.send(
            user,
            "PUT",
            "/engine-rest/user/" + user + "/credentials",
            Map.of("password", "Str0ng-Passw0rd!", "authenticatedUserPassword", user));

    assertThat(weak.status()).isEqualTo(400);
    assertThat(List.of(deleteSelf, rename, create, someoneElses))
        .extracting(ApiClient.Reply::status)
        .containsOnly(403);
    assertThat(identity.createUserQuery().userId(ApiUsers.GM).count()).isEqualTo(1);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    assertThat(strong.status()).as("a user may change their own password").isEqualTo(204);
    assertThat(identity.checkPassword(user, "Str0ng-Passw0rd!")).isTrue();
  }

  @Test
  @DisplayName("#12.7 Cockpit's and Admin's plugin APIs answer only users of that webapp")
  void pluginApisNeedTheirWebapp() {
    WebappSession officer = WebappSession.signIn(api, ApiUsers.OFFICER);
    WebappSession gm = WebappSession.signIn(api, ApiUsers.GM);
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    assertThat(officer.call("GET", statistics, null, "application/json").status()).isEqualTo(403);
    assertThat(
            officer
                .call(
                    "GET",
                    "/camunda/api/admin/plugin/adminPlugins/default/users",
                    null,
                    "application/json")
                .status())
        .isEqualTo(403);
    assertThat(gm.call("GET", statistics, null, "application/json").status()).isEqualTo(200);
    // R-KPI-1 the dashboard plugin's script, where Cockpit loads it from
    String dashboard = "/camunda/api/cockpit/plugin/complaint-dashboard/static/app/plugin.js";
    assertThat(gm.call("GET", dashboard, null, "text/plain").body())
        .contains("投诉看板 Complaint dashboard");
    assertThat(officer.call("GET", dashboard, null, "text/plain").status()).isEqualTo(403);
  }

  @Test
  @DisplayName(
      "#12.7 R-ESC-3 the verifier reads the full phone through the logged path in Tasklist and records the contact; another site cannot")
  void verifierReachesTheComplainant() {
    String no = receive(validIntake());
    String processId = processOf(no);
    String verify = openTask(processId);
    WebappSession supervisor = WebappSession.signIn(api, ApiUsers.SUPERVISOR);
    String session = supervisor.sessionId();

    ApiClient.Reply contact =
        supervisor.call("GET", "/api/tasks/" + verify + "/contact", null, "application/json");
    assertThat(supervisor.sessionId())
        .as("reading the API keeps Tasklist's session: a new id signs the person out")
        .isEqualTo(session);
    ApiClient.Reply forged =
        supervisor.callWithoutToken("POST", "/api/tasks/" + verify + "/contacted");
    assertThat(
            jdbc.queryForObject(
                "select first_contact_at from complaint where complaint_no = ?",
                java.sql.Timestamp.class,
                no))
        .as("nothing recorded by the forged request")
        .isNull();
    ApiClient.Reply reached =
        supervisor.call("POST", "/api/tasks/" + verify + "/contacted", null, "application/json");

    assertThat(contact.status()).isEqualTo(200);
    assertThat(contact.json().get("name").asText()).isEqualTo("张伟");
    assertThat(forged.status()).isEqualTo(401);
    assertThat(reached.status()).isEqualTo(204);
    assertThat(
            jdbc.queryForObject(
                "select first_contact_by from complaint where complaint_no = ?", String.class, no))
        .isEqualTo(ApiUsers.SUPERVISOR);
    assertThat(
            jdbc.queryForList(
                "select accessed_by from personal_data_access a join complaint c on c.id = a.complaint_id "
                    + "where c.complaint_no = ?",
                String.class,
                no))
        .containsExactly(ApiUsers.SUPERVISOR);
  }

  // rows 8 and 9
  // -----------------------------------------------------------------------------------

  @Test
  @DisplayName("#12.8 the API description in every format needs a login")
  void apiDocsNeedALogin() {
    for (String path :
        List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config")) {
      assertThat(api.get(null, path).status()).as(path).isEqualTo(401);
    }
    api.as(ApiUsers.OFFICER).get("/v3/api-docs.yaml").expect(200);
  }

  @Test
  @DisplayName(
      "#12.9 a chunked body over the limit is 413; invalid UTF-8 and control characters are 400 and write nothing")
  void oddInputIsRefusedCleanly() {
    long before = jdbc.queryForObject("select count(*) from complaint", Long.class);
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(tenMegabytes, (byte) ' ');
    HttpRequest.Builder chunked =
        HttpRequest.newBuilder(URI.create(api.base + "/api/complaints"))
            .header("Content-Type", "application/json")
            .header("Authorization", basic(ApiUsers.CLIENT))
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(tenMegabytes)));
    String intake = ApiClient.write(validIntake());
    byte[] overlong = intake.replace("张伟", "张X").getBytes(StandardCharsets.UTF_8);
    int at = indexOf(overlong, (byte) 'X');
    byte[] withOverlong = new byte[overlong.length + 1];
    System.arraycopy(overlong, 0, withOverlong, 0, at);
    withOverlong[at] = (byte) 0xC0;
    withOverlong[at + 1] = (byte) 0xBC;
    System.arraycopy(overlong, at + 1, withOverlong, at + 2, overlong.length - at - 1);
    HttpRequest.Builder badUtf8 =
        HttpRequest.newBuilder(URI.create(api.base + "/api/complaints"))
            .header("Content-Type", "application/json")
            .header("Authorization", basic(ApiUsers.CLIENT))
            .POST(HttpRequest.BodyPublishers.ofByteArray(withOverlong));

    assertThat(api.send(chunked).status()).isEqualTo(413);
    assertThat(api.send(badUtf8).status()).isEqualTo(400);
    ApiClient.Reply nul =
        api.as(ApiUsers.CLIENT)
            .post("/api/complaints", intake.replace("张伟", "张\\u0000伟"))
            .expect(400);
    assertThat(nul.body()).contains("complainant.name");
    assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class)).isEqualTo(before);
  }

  @Test
  @DisplayName("#12.9 a malformed path is 400 with a problem body, not a 500")
  void malformedPathsAre400() {
    for (String path :
        List.of("//engine-rest/task", "/engine-rest;x=1/task", "/api/%2e%2e/complaints")) {
      ApiClient.Reply reply = api.get(ApiUsers.OFFICER, path);
      assertThat(reply.status()).as(path).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
  }

  private static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }

  /** A start instruction of engine REST: begin before the activity. */
  private static Map<String, Object> startBefore(String activityId) {
    return Map.of("type", "startBeforeActivity", "activityId", activityId);
  }
}
