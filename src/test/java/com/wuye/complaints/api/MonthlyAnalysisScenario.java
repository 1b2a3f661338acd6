package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuye.complaints.report.MonthlyAnalysisJobs;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * R-KPI-2 and R-LOOP 改进 over HTTP: the monthly analysis job's stored reports checked figure by
 * figure against seeded rows, running it twice, the "analyse the month" task and its preventive
 * actions, the case library after a MAJOR complaint closes or a supervisor marks one, and who may
 * read what. Run on H2 and on MariaDB by the subclasses.
 */
abstract class MonthlyAnalysisScenario extends ApiScenario {

  private static final ComplaintRows.Subject PARKING =
      new ComplaintRows.Subject("PARKING", "1", "车库积水");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String PM = "api-pm";
  static final String GMASSISTANT = "api-gmassistant";
  static final String CLEANER = "api-cleaner";

  @Autowired ApplicationContext context;

  @BeforeEach
  void setUp() {
    ApiUsers.ensure(identity, PM, "project-manager");
    ApiUsers.ensure(identity, GMASSISTANT, "gm-assistant");
    ApiUsers.ensure(identity, CLEANER, "cleaning");
  }

  @Test
  @DisplayName(
      "R-KPI-2 the month's report per community and for the company: counts and rates by category, building, severity, cause and handler group, the repeat, MAJOR and HOT complaints — each figure as the rows say, in CSV and XLSX")
  void monthlyReportFiguresMatchTheRows() throws Exception {
    AnalysisMonth m = seeded();
    String month = m.month.toString();

    JsonNode list = api.get(ApiUsers.GM, "/api/reports/monthly?month=" + month).json();
    List<String> scopes = new ArrayList<>();
    list.forEach(r -> scopes.add(r.get("scope").asText()));
    assertThat(scopes.get(0)).isEqualTo("company");
    assertThat(scopes).contains(m.a, m.b);
    JsonNode reportA = find(list, m.a);
    assertThat(reportA.get("csvUrl").asText())
        .isEqualTo("/api/reports/monthly/" + month + "/" + m.a + ".csv");
    assertThat(reportA.get("xlsxUrl").asText())
        .isEqualTo("/api/reports/monthly/" + month + "/" + m.a + ".xlsx");
    assertThat(reportA.get("createdAt").asText()).isNotBlank();

    ApiClient.Reply csv = api.as(ApiUsers.AFFAIRS).get(reportA.get("csvUrl").asText()).expect(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).as("UTF-8 with BOM for Excel").startsWith("\uFEFF月度投诉分析");
    Map<String, List<String>> a = rows(csv.body());
    // dimension label prefix, item -> received, share, closed, satisfaction, on time, return
    // visits, repeat, complaint rate
    assertThat(a.get("合计 Total|"))
        .as("A1-A5, A8: not the consultation, not next month's")
        .containsExactly("6", "1.0000", "4", "0.8000", "0.7500", "1.0000", "0.1667", "0.0600");
    assertThat(a.get("类别 Category|CLEANING"))
        .containsExactly("3", "0.5000", "3", "1.0000", "0.6667", "1.0000", "0.0000", "");
    assertThat(a.get("类别 Category|NOISE"))
        .containsExactly("2", "0.3333", "1", "0.5000", "1.0000", "1.0000", "0.5000", "");
    assertThat(a.get("类别 Category|PARKING"))
        .containsExactly("1", "0.1667", "0", "", "", "", "0.0000", "");
    assertThat(a.get("楼栋 Building|" + m.a + "/1").subList(0, 3))
        .containsExactly("3", "0.5000", "2");
    assertThat(a.get("楼栋 Building|" + m.a + "/2").subList(0, 3))
        .containsExactly("2", "0.3333", "1");
    assertThat(a.get("楼栋 Building|" + m.a + "/3").subList(0, 3))
        .containsExactly("1", "0.1667", "1");
    assertThat(a.get("等级 Severity|GENERAL").subList(0, 3)).containsExactly("3", "0.5000", "3");
    assertThat(a.get("等级 Severity|IMPORTANT").subList(0, 4))
        .containsExactly("1", "0.1667", "1", "0.5000");
    assertThat(a.get("等级 Severity|HOT").subList(0, 3)).containsExactly("1", "0.1667", "0");
    assertThat(a.get("等级 Severity|MAJOR").subList(0, 3)).containsExactly("1", "0.1667", "0");
    assertThat(a.get("原因（核实结论） Cause (verification)|VALID").subList(0, 3))
        .containsExactly("4", "0.6667", "3");
    assertThat(a.get("原因（核实结论） Cause (verification)|UNVERIFIED").subList(0, 3))
        .containsExactly("1", "0.1667", "0");
    assertThat(a.get("原因（核实结论） Cause (verification)|UNFOUNDED").subList(0, 3))
        .containsExactly("1", "0.1667", "1");
    assertThat(a.get("原因（核实结论） Cause (verification)|CONSULTATION")).isNull();
    assertThat(a.get("处理组 Handler group|property-officer").subList(0, 3))
        .containsExactly("3", "0.5000", "3");
    assertThat(a.get("处理组 Handler group|project-manager").subList(0, 3))
        .containsExactly("1", "0.1667", "1");
    assertThat(a.get("处理组 Handler group|gm-assistant").subList(0, 3))
        .containsExactly("1", "0.1667", "0");
    assertThat(a.get("处理组 Handler group|general-manager").subList(0, 3))
        .containsExactly("1", "0.1667", "0");
    assertThat(a.get("重复投诉 Repeat|" + m.repeatA3))
        .startsWith(m.a, "2", "NOISE", "IMPORTANT", "CLOSED", "TS-19000101-0001", "1");
    assertThat(a.get("重大投诉 Major|" + m.majorA5)).startsWith(m.a, "1", "NOISE", "MAJOR");
    assertThat(a.get("热点投诉 Hot|" + m.hotA4)).startsWith(m.a, "2", "PARKING", "HOT");
    assertThat(
            a.keySet().stream()
                .filter(k -> k.startsWith("重复投诉") || k.startsWith("重大投诉") || k.startsWith("热点投诉")))
        .as("R-CUST-5 numbers only")
        .hasSize(3);
    assertThat(csv.body()).doesNotContain("测试业主").doesNotContain("13900000000");

    // community B as an XLSX workbook: the same figures
    byte[] xlsx = bytes(ApiUsers.VISITOR, "/api/reports/monthly/" + month + "/" + m.b + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet figures = book.getSheetAt(0);
      Row total = figures.getRow(1);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计 Total");
      assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(2.0);
      assertThat(total.getCell(4).getNumericCellValue()).as("B1 closed").isEqualTo(1.0);
      assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1.0);
      assertThat(total.getCell(9).getNumericCellValue()).as("2 of 50 households").isEqualTo(0.04);
      Sheet listed = book.getSheetAt(1);
      assertThat(listed.getLastRowNum()).as("B1 the one HOT complaint").isEqualTo(1);
      assertThat(listed.getRow(1).getCell(0).getStringCellValue()).isEqualTo("热点投诉 Hot");
      assertThat(listed.getRow(1).getCell(1).getStringCellValue()).isEqualTo(m.hotB1);
    }

    // the company's report counts both communities (the month is the seed's own)
    Map<String, List<String>> company =
        rows(api.get(GMASSISTANT, "/api/reports/monthly/" + month + "/company.csv").body());
    assertThat(company.get("合计 Total|").subList(0, 3)).containsExactly("8", "1.0000", "5");
    assertThat(company.get("楼栋 Building|" + m.b + "/5").get(0)).isEqualTo("2");
    assertThat(company.keySet())
        .contains("热点投诉 Hot|" + m.hotA4, "热点投诉 Hot|" + m.hotB1, "重大投诉 Major|" + m.majorA5);
  }

  @Test
  @DisplayName(
      "R-KPI-2 running the month's analysis again — the job or the manual run — changes nothing: one report per month and scope, one analysis task")
  void runningTheMonthTwiceChangesNothing() {
    AnalysisMonth m = seeded();
    String month = m.month.toString();
    String snapshot = snapshot(month);
    assertThat(snapshot).contains(m.a, m.b, "company");

    MonthlyAnalysisJobs.runAt(context, m.jobTime());
    ApiClient.Reply again =
        api.as(ApiUsers.AFFAIRS).post("/api/reports/monthly/" + month + "/run", "").expect(200);
    assertThat(again.json().get("written").asInt()).isZero();
    assertThat(again.json().get("reports").size()).isGreaterThanOrEqualTo(3);
    assertThat(snapshot(month)).isEqualTo(snapshot);
    assertThat(
            runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey("monthly-analysis")
                    .processInstanceBusinessKey(month)
                    .count()
                + historicEnded(month))
        .isEqualTo(1);

    // who may run it, and which months
    api.as(ApiUsers.GM).post("/api/reports/monthly/" + month + "/run", "").expect(403);
    api.as(ApiUsers.VISITOR).post("/api/reports/monthly/" + month + "/run", "").expect(403);
    String thisMonth = java.time.YearMonth.now(ZONE).toString();
    api.as(ApiUsers.AFFAIRS)
        .post("/api/reports/monthly/" + thisMonth + "/run", "")
        .expect(400, "a month not yet over");
    api.as(ApiUsers.AFFAIRS)
        .post("/api/reports/monthly/1900-01/run", "")
        .expect(404, "nothing recorded by then");
  }

  @Test
  @DisplayName(
      "R-LOOP R-KPI-2 the job starts 'analyse the month' for customer relations; its preventive actions are tracked with owner group and due date (default from preventive-action-deadline) until the owner group marks them done, and flagged when overdue")
  void analysisTaskRecordsPreventiveActionsTrackedUntilDone() {
    AnalysisMonth m = seeded();
    String month = m.month.toString();
    Task analyse =
        tasks
            .createTaskQuery()
            .processDefinitionKey("monthly-analysis")
            .processInstanceBusinessKey(month)
            .singleResult();
    assertThat(analyse).isNotNull();
    assertThat(analyse.getTaskDefinitionKey()).isEqualTo("UserTask_AnalyseMonth");
    assertThat(
            tasks
                .createTaskQuery()
                .taskId(analyse.getId())
                .taskCandidateGroup("customer-relations")
                .count())
        .isEqualTo(1);
    assertThat(analyse.getDueDate().toInstant())
        .as("7 days after the job ran")
        .isEqualTo(m.jobTime().plus(java.time.Duration.ofDays(7)));

    String id = analyse.getId();
    api.as(ApiUsers.VISITOR).post("/api/tasks/" + id + "/claim", "").expect(204);
    Map<String, Object> form = new HashMap<>();
    form.put("causes", "保洁不及时反复出现");
    form.put("action1Cause", "垃圾清运不及时");
    form.put("action1Text", "清运改为每日两次，联系电话 138 1234 5678");
    form.put("action1Owner", "cleaning");
    ApiClient.Reply refused =
        api.post(
            ApiUsers.VISITOR,
            "/api/tasks/" + id + "/complete",
            Map.of("variables", form),
            Map.of());
    assertThat(refused.status()).as("R-CUST-5 no phone numbers: " + refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("action1Text");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from preventive_action where report_month = ?",
                Integer.class,
                month))
        .isZero();

    form.put("action1Text", "清运改为每日两次，主管每周抽查");
    form.put("action1Community", m.a);
    form.put("action2Cause", "噪音投诉集中在2号楼");
    form.put("action2Text", "装修登记时告知施工时间");
    form.put("action2Owner", "customer-supervisor");
    form.put("action2Due", LocalDate.now(ZONE).plusDays(10).toString());
    api.as(ApiUsers.VISITOR)
        .post("/api/tasks/" + id + "/complete", Map.of("variables", form))
        .expect(204);

    JsonNode open = api.get(ApiUsers.GM, "/api/preventive-actions?open=true").json();
    JsonNode cleaning = only(open, month, "cleaning");
    assertThat(cleaning.get("community").asText()).isEqualTo(m.a);
    assertThat(cleaning.get("cause").asText()).isEqualTo("垃圾清运不及时");
    assertThat(cleaning.get("status").asText()).isEqualTo("OPEN");
    assertThat(cleaning.get("overdue").asBoolean()).isFalse();
    assertThat(cleaning.get("dueDate").asText())
        .as("decision preventive-action-deadline: 30 days")
        .isEqualTo(LocalDate.now(ZONE).plusDays(30).toString());
    JsonNode supervisors = only(open, month, "customer-supervisor");
    assertThat(supervisors.get("community").asText()).isEqualTo("company");
    assertThat(supervisors.get("dueDate").asText())
        .isEqualTo(LocalDate.now(ZONE).plusDays(10).toString());

    // supervisors read the actions their group owns; others nothing
    JsonNode ownOnly = api.get(ApiUsers.SUPERVISOR, "/api/preventive-actions?open=true").json();
    ownOnly.forEach(
        action -> assertThat(action.get("ownerGroup").asText()).isEqualTo("customer-supervisor"));
    api.as(ApiUsers.OFFICER).get("/api/preventive-actions").expect(403);

    // overdue: open after its due date
    long supervisorsId = supervisors.get("id").asLong();
    jdbc.update(
        "update preventive_action set due_date = ? where id = ?",
        java.sql.Date.valueOf(LocalDate.now(ZONE).minusDays(1)),
        supervisorsId);
    assertThat(
            only(
                    api.get(ApiUsers.VISITOR, "/api/preventive-actions?open=true").json(),
                    month,
                    "customer-supervisor")
                .get("overdue")
                .asBoolean())
        .isTrue();

    // done by its owner group (or customer relations), once
    long cleaningId = cleaning.get("id").asLong();
    api.as(ApiUsers.OFFICER)
        .post("/api/preventive-actions/" + cleaningId + "/done", "")
        .expect(403);
    ApiClient.Reply done =
        api.as(CLEANER).post("/api/preventive-actions/" + cleaningId + "/done", "").expect(200);
    assertThat(done.json().get("status").asText()).isEqualTo("DONE");
    assertThat(done.json().get("overdue").asBoolean()).isFalse();
    api.as(CLEANER).post("/api/preventive-actions/" + cleaningId + "/done", "").expect(409);
    JsonNode stillOpen = api.get(ApiUsers.GM, "/api/preventive-actions?open=true").json();
    stillOpen.forEach(action -> assertThat(action.get("id").asLong()).isNotEqualTo(cleaningId));
    api.as(ApiUsers.VISITOR)
        .post("/api/preventive-actions/" + supervisorsId + "/done", "")
        .expect(200);
    assertThat(
            jdbc.queryForObject(
                "select causes from monthly_analysis where report_month = ?", String.class, month))
        .isEqualTo("保洁不及时反复出现");
  }

  @Test
  @DisplayName(
      "R-KPI-2 a MAJOR complaint that closes gets 'write up the case' for customer relations; the case, without personal data, is found by category, community and words")
  void majorComplaintClosedIsWrittenUpAsACase() {
    String community = "case" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    jdbc.update(
        "insert into community (code, name, households, active) values (?, '案例小区', 10, true)",
        community);
    ApiUsers.inCommunities(identity, community); // issue 16
    String no = complaint(community, "MAJOR", "IN_HANDLING");
    close(no);

    Task writeUp =
        tasks
            .createTaskQuery()
            .processDefinitionKey("case-write-up")
            .processInstanceBusinessKey(no)
            .singleResult();
    assertThat(writeUp).isNotNull();
    assertThat(writeUp.getTaskDefinitionKey()).isEqualTo("UserTask_WriteUpCase");
    assertThat(
            tasks
                .createTaskQuery()
                .taskId(writeUp.getId())
                .taskCandidateGroup("customer-relations")
                .count())
        .isEqualTo(1);
    assertThat(runtime.getVariables(writeUp.getExecutionId()).keySet())
        .containsExactlyInAnyOrder("complaintId", "complaintNo");

    String id = writeUp.getId();
    api.as(ApiUsers.VISITOR).post("/api/tasks/" + id + "/claim", "").expect(204);
    Map<String, Object> text =
        new HashMap<>(
            Map.of(
                "caseTitle",
                "地下车库积水",
                "caseCause",
                "排水泵故障未及时发现",
                "caseHandling",
                "业主案例业主致电 0755-12345678 后抢修",
                "caseLessons",
                "雨季前检查排水泵"));
    api.as(ApiUsers.VISITOR)
        .post("/api/tasks/" + id + "/complete", Map.of("variables", text))
        .expect(400, "R-CUST-5 a phone number");
    text.put("caseHandling", "测试业主反映后工程部连夜抢修");
    api.as(ApiUsers.VISITOR)
        .post("/api/tasks/" + id + "/complete", Map.of("variables", text))
        .expect(400, "R-CUST-5 the complainant's name");
    text.put("caseHandling", "工程部连夜抢修，次日更换排水泵");
    api.as(ApiUsers.VISITOR)
        .post("/api/tasks/" + id + "/complete", Map.of("variables", text))
        .expect(204);

    JsonNode found =
        api.get(ApiUsers.GM, "/api/cases?category=PARKING&community=" + community + "&q=排水泵")
            .json();
    assertThat(found).hasSize(1);
    JsonNode written = found.get(0);
    assertThat(written.get("complaintNo").asText()).isEqualTo(no);
    assertThat(written.get("title").asText()).isEqualTo("地下车库积水");
    assertThat(written.get("lessons").asText()).isEqualTo("雨季前检查排水泵");
    assertThat(written.get("writtenAt").asText()).isNotBlank();
    assertThat(api.get(ApiUsers.GM, "/api/cases?community=" + community + "&q=没有这个词").json())
        .isEmpty();
    assertThat(api.get(ApiUsers.GM, "/api/cases?category=NOISE&community=" + community).json())
        .isEmpty();
    long caseId = written.get("id").asLong();
    assertThat(api.get(ApiUsers.VISITOR, "/api/cases/" + caseId).json().get("cause").asText())
        .isEqualTo("排水泵故障未及时发现");
    // scope: supervisors read the cases of the complaints their groups handled or supervised
    api.as(ApiUsers.AFFAIRS).get("/api/cases/" + caseId).expect(200);
    api.as(ApiUsers.SUPERVISOR).get("/api/cases/" + caseId).expect(404);
    assertThat(api.get(ApiUsers.SUPERVISOR, "/api/cases?community=" + community).json()).isEmpty();
    api.as(ApiUsers.OFFICER).get("/api/cases").expect(403);
    api.as(ApiUsers.CLIENT).get("/api/cases/" + caseId).expect(403);
  }

  @Test
  @DisplayName(
      "R-KPI-2 a supervisor marks a complaint case-worthy: written up when it closes (at once if closed), once; a GENERAL complaint unmarked gets no case")
  void supervisorMarksAComplaintCaseWorthy() {
    String community = "case" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    jdbc.update(
        "insert into community (code, name, households, active) values (?, '案例小区', 10, true)",
        community);
    ApiUsers.inCommunities(identity, community); // issue 16
    String open = complaint(community, "GENERAL", "IN_HANDLING");
    String closed = complaint(community, "GENERAL", "CLOSED");
    String unmarked = complaint(community, "GENERAL", "IN_HANDLING");

    api.as(ApiUsers.OFFICER).post("/api/complaints/" + open + "/case-worthy", "").expect(403);
    ApiClient.Reply marked =
        api.as(ApiUsers.SUPERVISOR)
            .post("/api/complaints/" + open + "/case-worthy", "")
            .expect(200);
    assertThat(marked.json().get("status").asText()).isEqualTo("MARKED");
    api.as(ApiUsers.SUPERVISOR).post("/api/complaints/" + open + "/case-worthy", "").expect(409);
    assertThat(writeUps(open)).as("not before it closes").isZero();
    close(open);
    close(unmarked);
    assertThat(writeUps(open)).isEqualTo(1);
    assertThat(writeUps(unmarked)).isZero();

    ApiClient.Reply atOnce =
        api.post(ApiUsers.AFFAIRS, "/api/complaints/" + closed + "/case-worthy", "", Map.of());
    assertThat(atOnce.json().get("status").asText()).isEqualTo("REQUESTED");
    assertThat(writeUps(closed)).isEqualTo(1);
    api.as(ApiUsers.SUPERVISOR)
        .post("/api/complaints/TS-19000101-999999/case-worthy", "")
        .expect(404);
    // supervisors read the cases of their groups' complaints once written
    Task task =
        tasks
            .createTaskQuery()
            .processDefinitionKey("case-write-up")
            .processInstanceBusinessKey(open)
            .singleResult();
    tasks.claim(task.getId(), ApiUsers.VISITOR);
    tasks.complete(
        task.getId(),
        Map.of(
            "caseTitle",
            "服务态度",
            "caseCause",
            "答复生硬",
            "caseHandling",
            "致歉并复训",
            "caseLessons",
            "高峰时段加派人手"));
    assertThat(api.get(ApiUsers.SUPERVISOR, "/api/cases?community=" + community).json()).hasSize(1);
    assertThat(api.get(PM, "/api/cases?community=" + community).json()).isEmpty();
  }

  // --- helpers

  /** The seeded month, analysed by the job as on the 1st of the next month at 02:00. */
  private AnalysisMonth seeded() {
    AnalysisMonth m = new AnalysisMonth(jdbc);
    m.seed();
    ApiUsers.inCommunities(identity, m.a, m.b); // issue 16
    MonthlyAnalysisJobs.runAt(context, m.jobTime());
    return m;
  }

  private String snapshot(String month) {
    return jdbc.query(
            "select r.scope, r.created_at, (select count(*) from monthly_report_figure f where f.report_id = r.id),"
                + " (select count(*) from monthly_report_complaint c where c.report_id = r.id),"
                + " (select sum(received) from monthly_report_figure f where f.report_id = r.id)"
                + " from monthly_report r where r.report_month = ? order by r.scope",
            (rs, i) ->
                rs.getString(1)
                    + "@"
                    + rs.getTimestamp(2)
                    + ":"
                    + rs.getInt(3)
                    + "/"
                    + rs.getInt(4)
                    + "/"
                    + rs.getInt(5),
            month)
        .toString();
  }

  private long historicEnded(String month) {
    return context
        .getBean(org.camunda.bpm.engine.HistoryService.class)
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("monthly-analysis")
        .processInstanceBusinessKey(month)
        .finished()
        .count();
  }

  private static JsonNode find(JsonNode list, String scope) {
    for (JsonNode r : list) {
      if (scope.equals(r.get("scope").asText())) {
        return r;
      }
    }
    throw new AssertionError("no report for " + scope + " in " + list);
  }

  private static JsonNode only(JsonNode actions, String month, String owner) {
    List<JsonNode> matching = new ArrayList<>();
    actions.forEach(
        a -> {
          if (month.equals(a.get("month").asText()) && owner.equals(a.get("ownerGroup").asText())) {
            matching.add(a);
          }
        });
    assertThat(matching).as(owner + " in " + actions).hasSize(1);
    return matching.get(0);
  }

  /** CSV rows keyed "first column|second column", the rest as values; header lines dropped. */
  private static Map<String, List<String>> rows(String csv) {
    Map<String, List<String>> rows = new HashMap<>();
    for (String line : csv.replace("\uFEFF", "").split("\r\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      rows.put(cells[0] + "|" + cells[1], List.of(cells).subList(2, cells.length));
    }
    return rows;
  }

  private byte[] bytes(String user, String path) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api.base + path))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return response.body();
  }

  /** A complaint row with a number of its own (TS-19000101-NNNNNN), category PARKING. */
  private String complaint(String community, String severity, String status) {
    String no = String.format("TS-19000101-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    new ComplaintRows(jdbc).insert(no, community, PARKING, severity, status, Instant.now());
    return no;
  }

  /**
   * The complaint closes as the process closes it: ServiceTask_CloseComplaint, the real delegate.
   */
  private void close(String no) {
    long id =
        jdbc.queryForObject("select id from complaint where complaint_no = ?", Long.class, no);
    runtime
        .createProcessInstanceByKey("complaint-handling")
        .businessKey(no)
        .startBeforeActivity("ServiceTask_CloseComplaint")
        .setVariable("complaintId", id)
        .setVariable("complaintNo", no)
        .execute();
    assertThat(jdbc.queryForObject("select status from complaint where id = ?", String.class, id))
        .isEqualTo("CLOSED");
  }

  private long writeUps(String no) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey("case-write-up")
        .processInstanceBusinessKey(no)
        .count();
  }
}
