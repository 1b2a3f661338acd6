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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 18: escalations due at once on one node and on two, side by side in one run, on the
 * production path (the built jar with the mysql profile and the JVM options of bin/run-jar.sh, one
 * MariaDB database), run only when {@code bench.nodes.sweep} (the timers per round) is given. Round
 * after round ({@code bench.nodes.rounds}, default {@code 2,2,1}: the first round warms both
 * nodes): the round's nodes receive {@code bench.nodes.sweep} GENERAL complaints over HTTP (8
 * clients, each at a place of its own), then eight days pass for exactly those complaints as in
 * {@link ClusterDrillIT} (their 7-day timer, R-ESC-2, falls due now) and the nodes' job executors
 * drain them.
 *
 * <p>The figure is the span from the first to the last escalation job finished (ACT_HI_JOB_LOG):
 * the job executors find jobs made due by SQL only at their next poll, which after a quiet minute
 * can be up to 60 s away, and that wait is reported apart. Results: target/bench/nodes-mariadb.md.
 *
 * <pre>./mvnw -Pbench verify -Dit.test=NodesSweepBenchmark -Dbench.nodes.sweep=3000
 *   -Dit.mysql.url='jdbc:mysql://127.0.0.1:3306/x?sendFractionalSeconds=false'</pre>
 */
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
@EnabledIfSystemProperty(named = "bench.nodes.sweep", matches = "[0-9]+") // only when asked for
class NodesSweepBenchmark {

  private static final String DB = "complaints_nodes";
  private static final int SIZE = Integer.getInteger("bench.nodes.sweep", 0);
  private static final String ROUNDS = System.getProperty("bench.nodes.rounds", "2,2,1");
  private static final String TIMER = "BoundaryEvent_UnresolvedOneWeek";
  private static final Path OUT = Path.of("target/bench");

  private String jdbcUrl;
  private int received;

  @Test
  void escalationsDueAtOnceOnOneAndTwoNodes() throws Exception {
    jdbcUrl = Node.freshDatabase(DB);
    Files.createDirectories(OUT);
    List<String> report = new ArrayList<>();
    report.add(
        "| nodes | due at once | first to last escalation, s | per second | jobs per node "
            + "| failed attempts | wait for the first poll, s | complaints received per second |");
    report.add("|---|---|---|---|---|---|---|---|");
    List<Node> nodes = new ArrayList<>();
    try {
      for (String round : ROUNDS.split(",")) {
        int wanted = Integer.parseInt(round.trim());
        while (nodes.size() > wanted) {
          nodes.remove(nodes.size() - 1).close();
        }
        while (nodes.size() < wanted) {
          String name = "node-" + (char) ('a' + nodes.size());
          nodes.add(Node.start(name, jdbcUrl, OUT.resolve("nodes"), jvmOptions()));
          if (nodes.size() == 1 && received == 0) {
            sql("insert into community (code, name) values ('huayuan', '华苑小区')");
          }
        }
        report.add(round(nodes));
        Files.write(OUT.resolve("nodes-mariadb.md"), report);
      }
    } finally {
      for (Node node : nodes) {
        node.close();
      }
    }
  }

  private String round(List<Node> nodes) throws Exception {
    progress(nodes.size() + " node(s): receiving " + SIZE + " complaints");
    long began = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      int place = received + i;
      Node node = nodes.get(place % nodes.size());
      String key = "nodes-" + place;
      answers.add(
          clients.submit(
              () -> node.post("/api/complaints", Node.complaint(key, place), key).status()));
    }
    for (Future<Integer> answer : answers) {
      assertThat(answer.get()).isEqualTo(201);
    }
    clients.shutdown();
    received += SIZE;
    double receivedPerSecond = SIZE / ((System.nanoTime() - began) / 1e9);

    // eight days pass for this round's complaints only: the 7-day timers still in the future
    sql(
        "update ACT_RU_VARIABLE v join ACT_RU_JOB j on j.PROCESS_INSTANCE_ID_ = v.PROC_INST_ID_ "
            + "set v.LONG_ = v.LONG_ - "
            + Duration.ofDays(8).toMillis()
            + " where v.NAME_ in ('receivedAt', 'madeAt') and j.JOB_DEF_ID_ in "
            + "(select ID_ from ACT_RU_JOBDEF where ACT_ID_ = '"
            + TIMER
            + "') and j.DUEDATE_ > now()");
    String timers =
        "JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = '" + TIMER + "')";
    Instant due = Instant.now();
    int count =
        sql(
            "update ACT_RU_JOB set DUEDATE_ = now() - interval 1 minute where "
                + timers
                + " and DUEDATE_ > now()");
    assertThat(count).isEqualTo(SIZE);
    progress(nodes.size() + " node(s): " + count + " escalation timers are due");
    Instant limit = due.plus(Duration.ofMinutes(30));
    long left;
    // earlier rounds' timers have fired, and every other complaint's is a week away
    while ((left =
            count("select count(*) from ACT_RU_JOB where " + timers + " and DUEDATE_ < now()"))
        > 0) {
      assertThat(Instant.now()).as(left + " timers left").isBefore(limit);
      Thread.sleep(500);
    }
    // the round's jobs as the job log has them: successful (2) and failed (1) attempts per node
    String ofRound =
        " from ACT_HI_JOB_LOG where ACT_ID_ = '"
            + TIMER
            + "' and TIMESTAMP_ >= from_unixtime("
            + (due.getEpochSecond() - 1)
            + ")";
    Map<String, Long> byNode = new TreeMap<>();
    try (Connection c = root(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select HOSTNAME_, count(*)" + ofRound + " and JOB_STATE_ = 2 group by 1")) {
      while (rs.next()) {
        byNode.put(rs.getString(1), rs.getLong(2));
      }
    }
    assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(count);
    long failed = count("select count(*)" + ofRound + " and JOB_STATE_ = 1");
    double[] span =
        span("select min(TIMESTAMP_), max(TIMESTAMP_)" + ofRound + " and JOB_STATE_ = 2");
    double firstWait = span[0] - due.toEpochMilli() / 1000.0;
    double seconds = span[1] - span[0];
    assertThat(count("select count(*) from ACT_RU_INCIDENT")).isZero();
    String row =
        String.format(
            Locale.ROOT,
            "| %d | %d | %.1f | %.0f | %s | %d | %.1f | %.1f |",
            nodes.size(),
            count,
            seconds,
            count / seconds,
            byNode.values().stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + " / " + b)
                .orElse(""),
            failed,
            firstWait,
            receivedPerSecond);
    progress(row);
    return row;
  }

  /** The options bin/run-jar.sh starts a node with (its opts line), so a node here is one there. */
  private static List<String> jvmOptions() throws Exception {
    Matcher m =
        Pattern.compile("(?m)^opts=\\$\\{JAVA_OPTS:-(.*)}$")
            .matcher(Files.readString(Path.of("bin/run-jar.sh")));
    assertThat(m.find()).as("the opts line of bin/run-jar.sh").isTrue();
    return Arrays.asList(m.group(1).trim().split("\\s+"));
  }

  private double[] span(String query) throws Exception {
    try (Connection c = root(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return new double[] {
        rs.getTimestamp(1).getTime() / 1000.0, rs.getTimestamp(2).getTime() / 1000.0
      };
    }
  }

  private long count(String query) throws Exception {
    try (Connection c = root(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private int sql(String statement) throws Exception {
    try (Connection c = root(jdbcUrl);
        Statement s = c.createStatement()) {
      return s.executeUpdate(statement);
    }
  }

  private static Connection root(String url) throws Exception {
    return Node.connect(url);
  }

  private static void progress(String line) {
    System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), line);
  }
}
