package com.wuye.complaints.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reliability drills on the production path: the built jar, two JVMs, one MariaDB.
 *
 * <ol>
 *   <li>Crash: intake from 16 clients, kill -9 mid-run, restart; every 201 is there with its
 *       process, and retrying every Idempotency-Key creates no duplicate.
 *   <li>Two nodes: over 1,000 seven-day escalation timers due at once on two nodes; each complaint
 *       is escalated exactly once (one severity change, one pair of notifications).
 *   <li>A task claimed on one node is claimed on the other.
 * </ol>
 *
 * Figures go to target/drill/results.md; docs/reliability.md records a run.
 */
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterDrillIT {

  private static final String DB = "complaints_drill";
  private static final int CRASH_REQUESTS = Integer.getInteger("drill.crash.requests", 400);
  private static final int TIMERS = Integer.getInteger("drill.timers", 1_000);
  private static final int CLIENTS = 16;
  private static final Path OUT = Path.of("target/drill");
  private static final StringBuilder RESULTS = new StringBuilder();

  private static String jdbcUrl;
  private static Node nodeA;
  private static Node nodeB;

  @BeforeAll
  static void freshDatabase() throws Exception {
    jdbcUrl = Node.freshDatabase(DB);
    Files.createDirectories(OUT);
    RESULTS.append("# Cluster drill, ").append(Instant.now()).append("\n\n");
  }

  @AfterAll
  static void stopNodes() throws Exception {
    for (Node node : new Node[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    Files.writeString(OUT.resolve("results.md"), RESULTS.toString());
  }

  @Test
  @Order(1)
  @DisplayName(
      "crash: kill -9 during intake loses no accepted complaint, and retries create no duplicates")
  void crashDuringIntake() throws Exception {
    nodeA = Node.start("node-a", jdbcUrl, OUT);
    sql("insert into community (code, name) values ('huayuan', '华苑小区')");

    Map<String, String> accepted = new ConcurrentHashMap<>();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    Node target = nodeA;
    for (int i = 0; i < CRASH_REQUESTS; i++) {
      String key = "crash-" + i;
      clients.submit(
          () -> {
            try {
              Node.Reply reply = target.post("/api/complaints", body(key), key);
              if (reply.status() == 201) {
                accepted.put(key, complaintNo(reply.body()));
              } else {
                refused.incrementAndGet();
              }
            } catch (Exception connectionLost) {
              refused.incrementAndGet();
            }
            return null;
          });
    }
    while (accepted.size() < CRASH_REQUESTS / 4) {
      Thread.sleep(20);
    }
    nodeA.crash();
    int acceptedAtCrash = accepted.size();
    clients.shutdown();
    assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    Map<String, String> before = Map.copyOf(accepted);

    nodeA = Node.start("node-a", jdbcUrl, OUT);

    for (Map.Entry<String, String> ok : before.entrySet()) {
      assertThat(
              count(
                  "select count(*) from complaint c join ACT_RU_EXECUTION e on e.PROC_INST_ID_ = c.process_instance_id "
                      + "and e.PARENT_ID_ is null where c.complaint_no = '"
                      + ok.getValue()
                      + "'"))
          .as("complaint %s (key %s) with its running process", ok.getValue(), ok.getKey())
          .isEqualTo(1);
    }
    long complaintsAfterRestart = count("select count(*) from complaint");

    ExecutorService retries = Executors.newFixedThreadPool(CLIENTS);
    Map<String, String> retried = new ConcurrentHashMap<>();
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int i = 0; i < CRASH_REQUESTS; i++) {
      String key = "crash-" + i;
      done.add(
          retries.submit(
              () -> {
                Node.Reply reply = nodeA.post("/api/complaints", body(key), key);
                assertThat(reply.status()).as(reply.body()).isEqualTo(201);
                retried.put(key, complaintNo(reply.body()));
                return null;
              }));
    }
    for (var f : done) {
      f.get();
    }
    retries.shutdown();

    before.forEach((key, no) -> assertThat(retried.get(key)).as("key %s", key).isEqualTo(no));
    assertThat(count("select count(*) from complaint")).isEqualTo(CRASH_REQUESTS);
    assertThat(count("select count(distinct complaint_no) from intake_request"))
        .isEqualTo(CRASH_REQUESTS);
    assertThat(count("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null"))
        .isEqualTo(CRASH_REQUESTS);
    RESULTS
        .append("## Crash\n\n| | count |\n|---|---|\n")
        .append("| requests sent (16 clients, one Idempotency-Key each) | ")
        .append(CRASH_REQUESTS)
        .append(" |\n")
        .append("| 201 before kill -9 | ")
        .append(acceptedAtCrash)
        .append(" |\n")
        .append("| 201 in all from the first node life | ")
        .append(before.size())
        .append(" |\n")
        .append("| failed (connection lost) | ")
        .append(refused.get())
        .append(" |\n")
        .append("| complaints in the database after restart | ")
        .append(complaintsAfterRestart)
        .append(" |\n")
        .append("| accepted complaints missing after restart | 0 |\n")
        .append("| complaints after retrying every key | ")
        .append(CRASH_REQUESTS)
        .append(" (no duplicates) |\n\n");
  }

  @Test
  @Order(2)
  @DisplayName(
      "two nodes: 1,000+ escalation timers due at once each fire exactly once; a claim on one node shows on the other")
  void twoNodesShareTheTimers() throws Exception {
    if (nodeA == null) {
      nodeA = Node.start("node-a", jdbcUrl, OUT);
      sql("insert into community (code, name) values ('huayuan', '华苑小区')");
    }
    nodeB = Node.start("node-b", jdbcUrl, OUT);
    long open = count("select count(*) from complaint where status = 'AWAITING_VERIFICATION'");
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (long i = open; i < TIMERS; i++) {
      Node node = i % 2 == 0 ? nodeA : nodeB;
      String key = "timer-" + i;
      done.add(
          clients.submit(
              () -> {
                assertThat(node.post("/api/complaints", body(key), key).status()).isEqualTo(201);
                return null;
              }));
    }
    for (var f : done) {
      f.get();
    }
    clients.shutdown();
    long complaints = count("select count(*) from complaint where severity = 'GENERAL'");
    assertThat(complaints).isGreaterThanOrEqualTo(TIMERS);

    // Eight days pass for every open complaint: when it was made and recorded (R-IN-2: the age
    // counts from when
    // it was made) move back, the 7-day timer falls due now
    sql(
        "update ACT_RU_VARIABLE set LONG_ = LONG_ - "
            + Duration.ofDays(8).toMillis()
            + " where NAME_ in ('receivedAt', 'madeAt')");
    Instant start = Instant.now();
    int due =
        sql(
            "update ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ "
                + "set j.DUEDATE_ = now() - interval 1 minute where d.ACT_ID_ = 'BoundaryEvent_UnresolvedOneWeek'");
    assertThat(due).isEqualTo((int) complaints);

    Instant deadline = start.plus(Duration.ofMinutes(6));
    while (count("select count(*) from complaint where severity = 'HOT'") < complaints
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }
    Duration took = Duration.between(start, Instant.now());

    assertThat(count("select count(*) from complaint where severity = 'HOT'"))
        .isEqualTo(complaints);
    // R-ESC-2 exactly once: one severity change and one escalation notice to each of two groups per
    // complaint
    assertThat(count("select count(*) from complaint_severity_change where to_severity = 'HOT'"))
        .isEqualTo(complaints);
    assertThat(
            count(
                "select count(*) from (select complaint_id from complaint_severity_change where to_severity = 'HOT' "
                    + "group by complaint_id having count(*) > 1) twice"))
        .isZero();
    assertThat(count("select count(*) from notification where subject like '投诉升级%'"))
        .isEqualTo(2 * complaints);
    Map<String, Long> byNode = new java.util.TreeMap<>();
    try (Connection c = root(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where ACT_ID_ = 'BoundaryEvent_UnresolvedOneWeek' "
                    + "and JOB_STATE_ = 2 group by HOSTNAME_")) {
      while (rs.next()) {
        byNode.put(rs.getString(1), rs.getLong(2));
      }
    }
    long failedAttempts =
        count(
            "select count(*) from ACT_HI_JOB_LOG where ACT_ID_ = 'BoundaryEvent_UnresolvedOneWeek' "
                + "and JOB_STATE_ = 1");
    assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(complaints);

    // a claim on node A is seen on node B
    String taskId =
        firstString(
            "select ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = 'UserTask_VerifyComplaint' limit 1");
    assertThat(nodeA.post("/api/tasks/" + taskId + "/claim", "", null).status()).isEqualTo(204);
    assertThat(nodeB.get("/engine-rest/task/" + taskId).body()).contains("\"assignee\":\"admin\"");

    RESULTS
        .append("## Two nodes\n\n| | |\n|---|---|\n")
        .append("| open complaints whose 7-day timer fell due at once | ")
        .append(complaints)
        .append(" |\n")
        .append("| escalated to HOT (one severity change each) | ")
        .append(complaints)
        .append(" |\n")
        .append("| escalation notices (handler + supervisor) | ")
        .append(2 * complaints)
        .append(" |\n")
        .append("| timer jobs completed per node | ")
        .append(byNode)
        .append(" |\n")
        .append("| job attempts rolled back (failed, retried) | ")
        .append(failedAttempts)
        .append(" |\n")
        .append("| time until all escalated | ")
        .append(took.toMillis() / 1000.0)
        .append(" s (")
        .append(String.format("%.0f", complaints / (took.toMillis() / 1000.0)))
        .append(" jobs/s) |\n")
        .append("| task claimed on node A shows its assignee on node B | yes |\n");
  }

  private static String body(String key) {
    return Node.complaint(key, Math.abs(key.hashCode() % 100_000));
  }

  private static String complaintNo(String json) {
    Matcher m = Pattern.compile("\"complaintNo\":\"([^\"]+)\"").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }

  private static Connection root(String url) throws Exception {
    return Node.connect(url);
  }

  private static int sql(String statement) throws Exception {
    try (Connection c = root(jdbcUrl);
        Statement s = c.createStatement()) {
      return s.executeUpdate(statement);
    }
  }

  private static long count(String query) throws Exception {
    try (Connection c = root(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String firstString(String query) throws Exception {
    try (Connection c = root(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
