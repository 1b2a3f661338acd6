package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.identity.CommunityTenants;
import com.wuye.complaints.support.RequestBodies;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every scenario over real HTTP starts from: the running application on its random port, the
 * engine's services and the database beside it, the test users of every role ({@link ApiUsers}) in
 * the community huayuan, and a client. A scenario's own setting up runs after this.
 */
abstract class ApiScenario {

  static final String ADMIN = "admin"; // the configured administrator of the test profile
  static final String ADMIN_PASSWORD = "Test-Pw-2026!x";

  /**
   * R-REP-4 the diagnosis of a leaking shower: a listed price item (sd-06), the charge agreement
   * not signed.
   */
  static final Map<String, Object> SHOWER_LEAK_NOT_AGREED =
      Map.of(
          "faultDiagnosis",
          "花洒老化漏水",
          "chargeType",
          "LISTED",
          "priceItems",
          "sd-06",
          "agreementSigned",
          false);

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired CommunityService communities;
  @Autowired CommunityTenants tenants;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired FilterService filters;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;

  @BeforeEach
  void connectAsTheTestUsers() {
    communities.ensure("huayuan", "华苑小区");
    ApiUsers.ensure(identity);
    api = new ApiClient(port);
  }

  /** Any method as the administrator (null body: none). */
  ApiClient.Reply asAdmin(String method, String path, Object body) {
    return api.send(ADMIN, ADMIN_PASSWORD, method, path, body);
  }

  /** What Tasklist's intake (start) form sends, the community's code as the select's value. */
  static Map<String, Object> startForm(String channel, String community) {
    Map<String, Object> form = new LinkedHashMap<>();
    RequestBodies.fields(
            "channel", channel,
            "category", "CLEANING",
            "complainantName", "测试业主",
            "complainantPhone", "139 1234 5678",
            "community", community,
            "building", "9",
            "description", "垃圾未清运",
            "collectiveSize", 1)
        .forEach((name, value) -> form.put(name, Map.of("value", value)));
    return form;
  }

  /** R-IN-1 a retry with the same Idempotency-Key got the first answer again, marked replayed. */
  static void assertReplayed(ApiClient.Reply first, ApiClient.Reply again) {
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
  }

  /** Issue 16 a member of staff of one community: their group, and that community's tenant. */
  void oneCommunityStaff(String user, String group, String community) {
    ApiUsers.create(identity, user, group);
    tenants.addMember(community, user);
  }

  /** A valid complaint in the community, received over the API: its number. */
  String complaintIn(String community) {
    Map<String, Object> intake = ApiClient.validIntake();
    @SuppressWarnings("unchecked")
    Map<String, Object> location = (Map<String, Object>) intake.get("location");
    location.put("community", community);
    return receive(intake);
  }

  /** Posts the complaint as the intake client, which must answer 201: the complaint's number. */
  String receive(Map<String, Object> intake) {
    return created("/api/complaints", intake, "complaintNo");
  }

  /** Posts the body as the intake client, which must answer 201: the number in the answer. */
  String created(String path, Map<String, Object> body, String numberField) {
    ApiClient.Reply created = api.as(ApiUsers.CLIENT).post(path, body).expect(201);
    return created.json().get(numberField).asText();
  }

  /** The id of the complaint's process instance. */
  String processOf(String complaintNo) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(complaintNo)
        .singleResult()
        .getId();
  }

  /**
   * The complaint's process after the customer-service supervisor verified it (属实): at the handling
   * step.
   */
  String verified(String complaintNo) {
    String processId = processOf(complaintNo);
    complete(ApiUsers.SUPERVISOR, openTask(processId), Map.of("verificationNote", "属实"));
    return processId;
  }

  /** The id of the process instance's one open task. */
  String openTask(String processId) {
    return tasks.createTaskQuery().processInstanceId(processId).singleResult().getId();
  }

  /** The user claims the task and completes it with these variables, over the API (204 each). */
  void complete(String user, String taskId, Map<String, Object> variables) {
    api.as(user).post("/api/tasks/" + taskId + "/claim", "").expect(204);
    completeUnclaimed(user, taskId, variables);
  }

  /** The user, a candidate, completes the task without claiming it first, over the API (204). */
  void completeUnclaimed(String user, String taskId, Map<String, Object> variables) {
    ApiClient.Reply done =
        api.as(user)
            .post("/api/tasks/" + taskId + "/complete", Map.of("variables", variables))
            .expect(204);
  }

  /**
   * R-KPI-1 the known month of {@link KpiMonth} written, its communities with their tenants (issue
   * 16), and the test staff, a project manager among them, working in them.
   */
  KpiMonth seededKpiMonth() {
    KpiMonth month = new KpiMonth(jdbc);
    month.seed();
    communities.ensure(month.a, month.a);
    communities.ensure(month.b, month.b);
    ApiUsers.ensure(identity);
    ApiUsers.ensure(identity, "api-pm", "project-manager");
    return month;
  }

  /** Every answer a 201, all with one and the same number (one record for all the requests). */
  static void assertOneCreated(List<ApiClient.Reply> replies, String numberField) {
    assertThat(replies).extracting(ApiClient.Reply::status).containsOnly(201);
    assertThat(replies.stream().map(reply -> reply.json().get(numberField).asText()).distinct())
        .as("one number for all")
        .hasSize(1);
  }

  /** The same request sent {@code times} times at once: the answers. */
  static List<ApiClient.Reply> atOnce(int times, Callable<ApiClient.Reply> request)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      List<ApiClient.Reply> replies = new ArrayList<>();
      for (Future<ApiClient.Reply> reply : pool.invokeAll(Collections.nCopies(times, request))) {
        replies.add(reply.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Every column of every table of the platform's schema (ACT_* included), text or binary, that
   * holds the value: TABLE.COLUMN.
   */
  List<String> tablesHolding(String value) throws Exception {
    List<String[]> columns = new java.util.ArrayList<>();
    String quote;
    try (java.sql.Connection connection = jdbc.getDataSource().getConnection();
        java.sql.ResultSet rs =
            connection
                .getMetaData()
                .getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
      quote = connection.getMetaData().getIdentifierQuoteString().strip();
      while (rs.next()) {
        int type = rs.getInt("DATA_TYPE");
        boolean binary =
            type == java.sql.Types.BLOB
                || type == java.sql.Types.LONGVARBINARY
                || type == java.sql.Types.VARBINARY
                || type == java.sql.Types.BINARY;
        boolean text =
            type == java.sql.Types.VARCHAR
                || type == java.sql.Types.CLOB
                || type == java.sql.Types.LONGVARCHAR
                || type == java.sql.Types.NVARCHAR
                || type == java.sql.Types.CHAR
                || type == java.sql.Types.NCLOB;
        if (binary || text) {
          columns.add(
              new String[] {
                rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"), binary ? "b" : "t"
              });
        }
      }
    }
    assertThat(
            columns.stream()
                .filter(c -> c[0].toUpperCase(java.util.Locale.ROOT).startsWith("ACT_"))
                .count())
        .as("engine columns found")
        .isGreaterThan(100);
    byte[] needle = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<String> holding = new java.util.ArrayList<>();
    for (String[] column : columns) {
      boolean binary = column[2].equals("b");
      String table = quote + column[0] + quote;
      String name = quote + column[1] + quote;
      List<byte[]> values =
          jdbc.query(
              "select " + name + " from " + table + " where " + name + " is not null",
              (row, i) ->
                  binary
                      ? row.getBytes(1)
                      : row.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      if (values.stream().anyMatch(bytes -> contains(bytes, needle))) {
        holding.add((column[0] + "." + column[1]).toUpperCase(java.util.Locale.ROOT));
      }
    }
    return holding;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    // ISO-8859-1 maps every byte to one character of its own: a search of the text is one of bytes
    return new String(haystack, StandardCharsets.ISO_8859_1)
        .contains(new String(needle, StandardCharsets.ISO_8859_1));
  }
}
