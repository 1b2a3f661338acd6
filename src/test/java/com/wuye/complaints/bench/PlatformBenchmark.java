package com.wuye.complaints.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform's speed, measured: intake against a bare-process baseline, whole lifecycles, a sweep
 * of due escalation timers, a big group task list, SQL round trips. Not a test: it reports numbers
 * to target/bench/ (bench/run.sh turns them into docs/benchmarks.md). Sizes come from system
 * properties.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = PlatformBenchmark.Profiles.class)
class PlatformBenchmark {

  static final int OPS = Integer.getInteger("bench.ops", 300);
  static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 60);
  static final int SWEEP = Integer.getInteger("bench.sweep", 10_000);
  static final int TASKS = Integer.getInteger("bench.tasks", 100_000);

  /**
   * The burst with Camunda's default job-executor settings is small: at 2–3 jobs/s a full one takes
   * an hour.
   */
  static final int SWEEP_DEFAULTS =
      Integer.getInteger("bench.sweep.defaults", Math.min(SWEEP, 500));

  /** Task-list queries per run (each run's p50/p95/p99 come from these). */
  static final int QUERIES = Integer.getInteger("bench.queries", 50);

  /**
   * Which parts to measure: all, or a comma list of intake, roundtrips, lifecycle, tasks, sweep,
   * settings.
   */
  static final List<String> PARTS = List.of(System.getProperty("bench.parts", "all").split(","));

  /** The engine or JDBC setting under test in the "settings" part, as its label. */
  static final String SETTING = System.getProperty("bench.setting", "defaults");

  static final int RUNS = 3;
  static final String DB =
      System.getProperty("it.mysql.url", "").startsWith("jdbc:mysql") ? "mariadb" : "h2";
  static final String LABEL = System.getProperty("bench.label", "default");

  /** MariaDB when it.mysql.url is set, else H2. */
  static class Profiles implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return DB.equals("mariadb")
          ? new String[] {"test", "bench", "mysql"}
          : new String[] {"test", "bench"};
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if (DB.equals("mariadb")) {
      registry.add("spring.datasource.url", com.wuye.complaints.lifecycle.MariaDb::url);
      registry.add("spring.datasource.username", () -> "root");
      registry.add("spring.datasource.password", () -> "");
    }
  }

  @TestConfiguration
  static class Counting {
    @Bean
    static StatementCounter statementCounter() {
      return new StatementCounter();
    }
  }

  private static final List<String> REPORT = new ArrayList<>();

  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired ComplaintService complaints;
  @Autowired CommunityService communities;
  @Autowired StatementCounter counter;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired ThreadPoolTaskExecutor camundaTaskExecutor;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

  @Test
  void measure() throws Exception {
    COMMUNITIES.forEach(code -> communities.ensure(code, code));
    users();
    repository
        .createDeployment()
        .addClasspathResource("bench/bench-baseline.bpmn")
        .enableDuplicateFiltering(true)
        .deploy();
    warmUp();
    if (PARTS.contains("settings")) {
      settings();
      return;
    }
    row("## " + DB + " · " + LABEL, "");
    if (part("roundtrips")) { // first: deterministic and quick
      roundTrips();
    }
    if (part("intake")) {
      profiled("intake", this::baselineAndIntake);
    }
    if (part("lifecycle")) {
      profiled("lifecycle", this::lifecycles);
    }
    if (part("repairs")) {
      profiled("repairs", this::repairs);
    }
    if (part("tasks")) {
      profiled("tasks", this::taskQuery);
    }
    if (part("sweep")) {
      profiled("sweep", this::timerSweep);
    }
  }

  private interface Part {
    void run() throws Exception;
  }

  /**
   * Issue 18: with {@code -Dbench.h2.profile=true} on H2, the part runs with H2's statement
   * statistics on, and the statements that took the most time in it go to
   * target/bench/LABEL-h2-profile.md (where H2's plans cost what MariaDB's do not).
   */
  private void profiled(String name, Part part) throws Exception {
    boolean profile = "h2".equals(DB) && Boolean.getBoolean("bench.h2.profile");
    if (profile) {
      jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
      jdbc.execute("SET QUERY_STATISTICS FALSE"); // clears what an earlier part recorded
      jdbc.execute("SET QUERY_STATISTICS TRUE");
    }
    part.run();
    if (!profile) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("## " + LABEL + " · H2 · " + name + ": the statements that took the most time");
    lines.add("");
    lines.add("| total ms | runs | mean ms | max ms | mean rows | statement |");
    lines.add("|---|---|---|---|---|---|");
    jdbc.query(
        "select cumulative_execution_time, execution_count, average_execution_time,"
            + " max_execution_time, average_row_count, sql_statement"
            + " from information_schema.query_statistics"
            + " order by cumulative_execution_time desc limit 15",
        rs -> {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "| %.0f | %d | %.2f | %.1f | %.1f | `%s` |",
                  rs.getDouble(1),
                  rs.getLong(2),
                  rs.getDouble(3),
                  rs.getDouble(4),
                  rs.getDouble(5),
                  rs.getString(6).replaceAll("\\s+", " ").replace("|", "\\|")));
        });
    lines.add("");
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    Path out = Path.of("target/bench/" + LABEL + "-h2-profile.md");
    Files.createDirectories(out.getParent());
    Files.write(
        out,
        lines,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static boolean part(String name) {
    return PARTS.contains("all") || PARTS.contains(name);
  }

  @AfterAll
  static void write() throws IOException {
    // the settings part appends one row per run, so runs with different settings build one table
    boolean settingsRun = PARTS.contains("settings");
    Path out =
        Path.of("target/bench/" + LABEL + "-" + DB + (settingsRun ? "-settings" : "") + ".md");
    Files.createDirectories(out.getParent());
    if (settingsRun) {
      Files.write(
          out,
          REPORT,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } else {
      Files.write(out, REPORT);
    }
  }

  /**
   * One row for the setting this JVM runs with (bench/run.sh starts one run per setting): a bare
   * start, one intake through the engine, one whole lifecycle, and the SQL of one intake and one
   * completion.
   */
  private void settings() throws Exception {
    Stats baseline = Stats.median(runs(() -> concurrently(1, OPS, i -> startBaseline())));
    Stats intake = Stats.median(runs(() -> concurrently(1, OPS, i -> receive())));
    Stats closed = Stats.median(runs(() -> concurrently(1, LIFECYCLES, i -> closeOne())));
    long[] intakeSql = counter.count(this::receive);
    REPORT.add(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.1f | %.1f | %.1f | %d / %d |",
            SETTING,
            baseline.p50Millis(),
            intake.p50Millis(),
            closed.p50Millis(),
            closed.perSecond(),
            intakeSql[0],
            intakeSql[1]));
  }

  private void warmUp() throws Exception {
    int warmUp = Integer.getInteger("bench.warmup", 50);
    concurrently(1, warmUp, i -> startBaseline());
    concurrently(1, warmUp, i -> receive());
  }

  /**
   * The issue's table: bare starts and intakes over HTTP (same server, same Basic auth),
   * alternating in one run at 1, 8 and 32 connections, each the median of 3 runs; non-2xx answers
   * counted, not thrown.
   */
  private void baselineAndIntake() throws Exception {
    table(
        "connections",
        "bare starts/s (p50 / p99 ms)",
        "intakes/s (p50 / p99 ms)",
        "intake non-2xx",
        "bare non-2xx",
        "intake ÷ bare",
        "load (1 min)");
    for (int clients : new int[] {1, 8, 32}) {
      List<Stats> bareRuns = new ArrayList<>();
      List<Stats> intakeRuns = new ArrayList<>();
      int bareFailed = 0;
      int intakeFailed = 0;
      for (int run = 0; run < RUNS; run++) {
        FAILED.set(0);
        bareRuns.add(concurrently(clients, OPS, i -> startBaselineOverRest()));
        bareFailed += FAILED.getAndSet(0);
        intakeRuns.add(concurrently(clients, OPS, i -> receiveOverRest()));
        intakeFailed += FAILED.getAndSet(0);
      }
      Stats bare = Stats.median(bareRuns);
      Stats intake = Stats.median(intakeRuns);
      REPORT.add(
          String.format(
              Locale.ROOT,
              "| %d | %.1f (%.0f / %.0f) | %.1f (%.0f / %.0f) | %d of %d | %d of %d | %.2f | %s |",
              clients,
              bare.perSecond(),
              bare.p50Millis(),
              bare.p99Millis(),
              intake.perSecond(),
              intake.p50Millis(),
              intake.p99Millis(),
              intakeFailed,
              RUNS * OPS,
              bareFailed,
              RUNS * OPS,
              intake.perSecond() / bare.perSecond(),
              load()));
      progress(
          clients
              + " connections: bare "
              + bare.perSecond()
              + "/s, intake "
              + intake.perSecond()
              + "/s, intake non-2xx "
              + intakeFailed
              + " "
              + FAILURES);
    }
    REPORT.add("");
    if (!FAILURES.isEmpty()) {
      REPORT.add("Non-2xx answers by status: " + FAILURES + ".");
      REPORT.add("");
    }
  }

  /** The 1-minute load average while a figure was taken (the machine is shared). */
  /** CPU time of this whole JVM so far. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static final AtomicInteger FAILED = new AtomicInteger();
  private static final Map<Integer, Integer> FAILURES =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  private void startBaselineOverRest() {
    String due =
        new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
            .format(
                Date.from(
                    Instant.now()
                        .plus(Duration.ofMinutes(ThreadLocalRandom.current().nextInt(100_000)))));
    post(
        "/engine-rest/process-definition/key/bench-baseline/start",
        ADMIN,
        "{\"variables\":{\"due\":{\"value\":\"" + due + "\",\"type\":\"Date\"}}}",
        Map.of());
  }

  /** Sends one request; a non-2xx answer is counted (FAILED, FAILURES by status), not thrown. */
  private int post(String path, String basic, String body, Map<String, String> headers) {
    return post(path, basic, body, headers, null);
  }

  /** As above; the answer's body into {@code reply[0]} when given. */
  private int post(
      String path, String basic, String body, Map<String, String> headers, String[] reply) {
    try {
      var request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create("http://localhost:" + port + path))
              .header(
                  "Authorization",
                  "Basic " + java.util.Base64.getEncoder().encodeToString(basic.getBytes()))
              .header("Content-Type", "application/json");
      headers.forEach(request::header);
      var response =
          HTTP.send(
              request.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        FAILED.incrementAndGet();
        FAILURES.merge(response.statusCode(), 1, Integer::sum);
        if (FAILURES.get(response.statusCode()) <= 3) {
          progress("non-2xx " + response.statusCode() + " from " + path + ": " + response.body());
        }
      }
      if (reply != null) {
        reply[0] = response.body();
      }
      return response.statusCode();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private void roundTrips() {
    long[] intake = counter.count(this::receive, DB + "-intake");
    String processId = receive();
    Task task = tasks.createTaskQuery().processInstanceId(processId).singleResult();
    long[] completion =
        counter.count(
            () -> {
              signIn("supervisor");
              tasks.claim(task.getId(), "supervisor");
              tasks.complete(task.getId(), Map.of("verificationNote", "属实"));
              identity.clearAuthentication();
            },
            DB + "-claim-complete");
    long[] bareRest = counter.count(this::startBaselineOverRest, DB + "-bare-rest");
    long[] intakeRest = counter.count(this::receiveOverRest, DB + "-intake-rest");
    table("SQL", "round trips", "statements");
    REPORT.add(
        "| bare start over HTTP (POST /engine-rest/…/start as admin, incl. sign-in) | "
            + bareRest[0]
            + " | "
            + bareRest[1]
            + " |");
    REPORT.add(
        "| intake over HTTP (POST /api/complaints, incl. sign-in) | "
            + intakeRest[0]
            + " | "
            + intakeRest[1]
            + " |");
    REPORT.add(
        "| one intake (register, classify, assign, first task) | "
            + intake[0]
            + " | "
            + intake[1]
            + " |");
    REPORT.add(
        "| one task completion (claim + complete Verify) | "
            + completion[0]
            + " | "
            + completion[1]
            + " |");
    REPORT.add("");
  }

  private void lifecycles() throws Exception {
    table("Lifecycle", "clients", "per second", "p50 ms", "p95 ms", "p99 ms", "load (1 min)");
    for (int clients : new int[] {1, 8}) {
      Stats closed = Stats.median(runs(() -> concurrently(clients, LIFECYCLES, i -> closeOne())));
      REPORT.add(
          String.format(
              Locale.ROOT,
              "| intake → verify → handle → feedback → return visit → closed | %d | %.1f | %.1f | %.1f | %.1f | %s |",
              clients,
              closed.perSecond(),
              closed.p50Millis(),
              closed.p95Millis(),
              closed.p99Millis(),
              load()));
    }
    REPORT.add("");
  }

  /**
   * Issue 17: repair intake over HTTP (POST /api/repairs as a property officer, as the service
   * centre records a call) and a whole repair order through the engine: intake, arrival, a free
   * diagnosis, fix, sign-off, return visit, the sampled visits (R-REP-6) and the close, each with
   * the events the repair figures count (R-KPI-1).
   */
  private void repairs() throws Exception {
    table(
        "Repairs",
        "clients",
        "per second",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "non-2xx",
        "load (1 min)");
    for (int clients : new int[] {1, 8}) {
      FAILED.set(0);
      Stats intake = Stats.median(runs(() -> concurrently(clients, OPS, i -> repairOverRest())));
      repairRow("repair intake over HTTP (POST /api/repairs)", clients, intake, FAILED.get());
    }
    for (int clients : new int[] {1, 8}) {
      FAILED.set(0);
      Stats closed =
          Stats.median(runs(() -> concurrently(clients, LIFECYCLES, i -> closeOneRepair())));
      repairRow(
          "repair order: intake → arrive → diagnose → fix → sign-off → return visit → sampled visits → closed",
          clients,
          closed,
          FAILED.get());
    }
    REPORT.add("");
  }

  private void repairRow(String what, int clients, Stats s, int failed) {
    REPORT.add(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %s |",
            what,
            clients,
            s.perSecond(),
            s.p50Millis(),
            s.p95Millis(),
            s.p99Millis(),
            failed,
            load()));
    progress(what + ", " + clients + " clients: " + s.perSecond() + "/s");
  }

  private static final java.util.regex.Pattern ORDER_NO =
      java.util.regex.Pattern.compile("\"orderNo\"\\s*:\\s*\"([^\"]+)\"");

  /** POST /api/repairs with a new requester at a building of their own; answers the slip number. */
  private String repairOverRest() {
    String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String body =
        "{\"channel\":\"PHONE\",\"requester\":{\"name\":\"压测业主\",\"phone\":\""
            + phone
            + "\"},"
            + "\"location\":{\"community\":\"huayuan\",\"building\":\"P"
            + phone.substring(6)
            + "\",\"unit\":\"1\",\"room\":\"802\"},"
            + "\"kind\":\"HOUSEHOLD\",\"facility\":\"LEAK\",\"description\":\"基准测试报修\"}";
    String[] reply = new String[1];
    post(
        "/api/repairs",
        "officer:officer",
        body,
        Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()),
        reply);
    java.util.regex.Matcher no = ORDER_NO.matcher(reply[0] == null ? "" : reply[0]);
    return no.find() ? no.group(1) : null;
  }

  private void closeOneRepair() {
    String no = repairOverRest();
    if (no == null) {
      return; // counted in FAILED
    }
    String id =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
    work(id, "engineer", Map.of());
    work(id, "engineer", Map.of("faultDiagnosis", "水管接头松动", "chargeType", "FREE"));
    work(id, "engineer", Map.of("fixResult", "已更换接头"));
    work(id, "engineer", Map.of("signedOff", true));
    work(id, "visitor", Map.of("satisfaction", "SATISFIED"));
    // R-REP-6 one visit per group that sampled the slip
    for (Task visit : tasks.createTaskQuery().processInstanceId(id).list()) {
      String user =
          SAMPLERS.get(
              tasks.getIdentityLinksForTask(visit.getId()).stream()
                  .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                  .filter(SAMPLERS::containsKey)
                  .findFirst()
                  .orElseThrow());
      signIn(user);
      try {
        tasks.claim(visit.getId(), user);
        tasks.complete(visit.getId(), Map.of("sampledSatisfaction", "SATISFIED"));
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  /** R-REP-6 the user the benchmark acts as for each sampler group. */
  private static final Map<String, String> SAMPLERS =
      Map.of(
          "service-center-manager", "scmanager",
          "customer-supervisor", "supervisor",
          "engineering-supervisor", "engsupervisor");

  /**
   * Issue 18: the twenty communities of the task-list part (huayuan and bench1..bench19); each open
   * task belongs to one of them (its tenant).
   */
  static final List<String> TASK_COMMUNITIES =
      java.util.stream.IntStream.range(0, 20)
          .mapToObj(i -> i == 0 ? "huayuan" : "bench" + i)
          .toList();

  /** The handling groups of the open tasks: mostly property officers, as in the demo's data. */
  private static final String[] HANDLER_GROUPS = {
    "property-officer",
    "property-officer",
    "property-officer",
    "property-officer",
    "property-officer",
    "property-officer",
    "engineering",
    "security",
    "cleaning",
    "greening"
  };

  /**
   * Who opens Tasklist, with which saved filter: an officer of one community (their groups' tasks),
   * a customer-service supervisor of two communities and the general manager (every community),
   * both on the supervision filter "overdue" (every task they may read, R-RESP / R-KPI-1).
   */
  private record Reader(String label, String user, String group, int communities, String filter) {}

  private static final List<Reader> READERS =
      List.of(
          new Reader(
              "property officer of 1 community, 本组待办 My groups' tasks",
              "officer-c1",
              "property-officer",
              1,
              "本组待办 My groups' tasks"),
          new Reader(
              "customer-service supervisor of 2 communities, 督办 已逾期 Supervised: overdue",
              "supervisor-c2",
              "customer-supervisor",
              2,
              "督办 已逾期 Supervised: overdue"),
          new Reader(
              "general manager (every community), 督办 已逾期 Supervised: overdue",
              "gm-all",
              "general-manager",
              20,
              "督办 已逾期 Supervised: overdue"));

  @Autowired org.camunda.bpm.engine.FilterService filterService;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;

  private void taskQuery() throws Exception {
    TASK_COMMUNITIES.forEach(code -> communities.ensure(code, code));
    repository
        .createDeployment()
        .addClasspathResource("bench/bench-tasklist.bpmn")
        .enableDuplicateFiltering(true)
        .deploy();
    taskReaders();
    long open = tasks.createTaskQuery().processDefinitionKey("bench-tasklist").count();
    Instant filling = Instant.now();
    if (TASKS > open) { // a database kept from an earlier run may have them already
      progress("creating " + (TASKS - open) + " open tasks in 20 communities");
      int batches = (int) ((TASKS - open + TASK_BATCH - 1) / TASK_BATCH);
      long missing = TASKS - open;
      concurrently(
          2,
          batches,
          b -> startTaskBatch((int) Math.min(TASK_BATCH, missing - (long) b * TASK_BATCH)));
    }
    long count = tasks.createTaskQuery().processDefinitionKey("bench-tasklist").count();
    double fillSeconds = Duration.between(filling, Instant.now()).toMillis() / 1000.0;
    readModelHolds(count);
    table(
        "Task list (issue 18)",
        "open tasks",
        "the reader sees",
        "per second",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "load (1 min)");
    for (Reader reader : READERS) {
      String filterId =
          filterService.createFilterQuery().filterName(reader.filter()).singleResult().getId();
      TasklistSession session = TasklistSession.signIn(port, reader.user());
      long visible = session.count(filterId);
      // the request as Tasklist sends it (HAL, the filter's columns), then the engine's part alone
      Stats http =
          Stats.median(runs(() -> concurrently(1, QUERIES, i -> session.firstPage(filterId))));
      String httpLoad = load();
      // -Dbench.tasks.engine=false leaves out the engine's query alone (seconds per query at
      // 100,000 tasks; it does not change with the read model)
      boolean engineAlone = !"false".equals(System.getProperty("bench.tasks.engine"));
      Stats engine =
          !engineAlone
              ? null
              : Stats.median(
                  runs(
                      () ->
                          concurrently(
                              1,
                              QUERIES,
                              i -> {
                                signIn(reader.user());
                                try {
                                  filterService.listPage(filterId, 0, 15);
                                } finally {
                                  identity.clearAuthentication();
                                }
                              })));
      String engineLoad = load();
      List<String> readerGroups =
          identity.createGroupQuery().groupMember(reader.user()).list().stream()
              .map(org.camunda.bpm.engine.identity.Group::getId)
              .toList();
      List<String> readerTenants =
          identity
              .createTenantQuery()
              .userMember(reader.user())
              .includingGroupsOfUser(true)
              .list()
              .stream()
              .map(org.camunda.bpm.engine.identity.Tenant::getId)
              .toList();
      Stats readModel =
          Stats.median(
              runs(
                  () ->
                      concurrently(
                          1,
                          QUERIES,
                          i ->
                              openWork
                                  .page(reader.user(), readerGroups, readerTenants, filterId, 0, 15)
                                  .orElseThrow())));
      String readModelLoad = load();
      taskRow(
          reader.label() + ": Tasklist's request (POST filter/{id}/list, HAL; read model)",
          count,
          visible,
          http,
          httpLoad);
      if (engineAlone) {
        taskRow(
            reader.label() + ": the engine's filter query alone",
            count,
            visible,
            engine,
            engineLoad);
      }
      taskRow(
          reader.label() + ": the read model's part alone (reader checks, page ids, count)",
          count,
          visible,
          readModel,
          readModelLoad);
    }
    REPORT.add("");
    REPORT.add(
        String.format(
            Locale.ROOT,
            "(%d open tasks created in %.0f s, %d per transaction on 2 clients.)",
            count - open,
            fillSeconds,
            TASK_BATCH));
    REPORT.add("");
  }

  private static final int TASK_BATCH = Integer.getInteger("bench.tasks.batch", 250);

  @Autowired com.wuye.complaints.openwork.OpenWork openWork;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /**
   * Issue 18: the tasks created through the engine are in the read model of open work already; a
   * database whose tasks were written past the engine (rows copied in SQL) is filled from the
   * engine's tables as an upgraded database is at start-up.
   */
  private void readModelHolds(long open) {
    Long held =
        jdbc.queryForObject(
            "select count(*) from open_task where process_key = 'bench-tasklist'", Long.class);
    if (held != null && held == open) {
      return;
    }
    progress("the read model holds " + held + " of " + open + " open tasks: filling it");
    jdbc.update("update open_work_state set filled = ?, filled_through = null", false);
    Instant started = Instant.now();
    int filled = openWork.fill();
    REPORT.add(
        String.format(
            Locale.ROOT,
            "(The read model of open work was filled from the engine's tables: %d tasks in %.1f s.)",
            filled,
            Duration.between(started, Instant.now()).toMillis() / 1000.0));
  }

  /**
   * Starts that many bench-tasklist instances in one command (one transaction, one flush with JDBC
   * batching): the same engine API as one by one, the same rows, grants and tenants, much faster.
   */
  private void startTaskBatch(int size) {
    engineConfiguration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              for (int i = 0; i < size; i++) {
                startTaskInstance();
              }
              return null;
            });
  }

  private void startTaskInstance() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Map<String, Object> variables = new HashMap<>();
    // due from 30 days ago to 40 days ahead: about three in seven are overdue
    variables.put(
        "due",
        Date.from(Instant.now().plus(Duration.ofMinutes(random.nextInt(-30 * 1440, 40 * 1440)))));
    variables.put("community", TASK_COMMUNITIES.get(random.nextInt(TASK_COMMUNITIES.size())));
    variables.put("handlerGroup", HANDLER_GROUPS[random.nextInt(HANDLER_GROUPS.length)]);
    variables.put("supervisorGroup", "customer-supervisor");
    variables.put("taskPriority", 50);
    variables.put("complaintNo", "B" + random.nextInt(100_000_000));
    variables.put("severity", "GENERAL");
    variables.put("building", String.valueOf(random.nextInt(1, 30)));
    variables.put("unit", "1");
    variables.put("room", "101");
    variables.put("customerCategory", "OWNER");
    runtime.startProcessInstanceByKey("bench-tasklist", variables);
  }

  /**
   * The readers of the task-list part, in their groups and communities; the general manager reads
   * bench-tasklist's tasks as the product lets them read complaint-handling's (AuthorizationSetup:
   * READ_TASK on the definition, R-KPI-1).
   */
  private void taskReaders() {
    for (Reader reader : READERS) {
      if (identity.createUserQuery().userId(reader.user()).count() == 0) {
        var created = identity.newUser(reader.user());
        created.setPassword(reader.user());
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(created, true);
        identity.createMembership(reader.user(), reader.group());
        if (com.wuye.complaints.identity.Groups.COMMUNITY_STAFF.contains(reader.group())) {
          for (String community : TASK_COMMUNITIES.subList(0, reader.communities())) {
            identity.createTenantUserMembership(community, reader.user());
          }
        }
      }
    }
    var gm = org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
    if (authorizationService
            .createAuthorizationQuery()
            .groupIdIn("general-manager")
            .resourceType(gm)
            .resourceId("bench-tasklist")
            .count()
        == 0) {
      var grant =
          authorizationService.createNewAuthorization(
              org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("general-manager");
      grant.setResource(gm);
      grant.setResourceId("bench-tasklist");
      grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
      grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE);
      grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ_TASK);
      authorizationService.saveAuthorization(grant);
    }
  }

  private static void taskRow(String what, long count, long visible, Stats s, String load) {
    REPORT.add(
        String.format(
            Locale.ROOT,
            "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %s |",
            what,
            count,
            visible,
            s.perSecond(),
            s.p50Millis(),
            s.p95Millis(),
            s.p99Millis(),
            load));
  }

  private void timerSweep() throws Exception {
    JobExecutor executor = engineConfiguration.getJobExecutor();
    table(
        "Timer sweep",
        "due at once",
        "seconds",
        "jobs per second",
        "job executor",
        "load (1 min)",
        "JVM CPU ms per job due");
    // as application.yml ships it (jobExecutorAcquireByDueDate), read before any sweep changes it
    boolean shippedByDueDate = engineConfiguration.isJobExecutorAcquireByDueDate();
    if (!SWEEP_VARIANTS.isBlank()) { // issue 18: settings compared back to back at one size
      int window = 1; // each window 400 days later: MariaDB's TIMESTAMP columns end in 2038
      for (String variant : SWEEP_VARIANTS.split(";")) {
        String[] v = variant.split("/");
        int perAcquisition = Integer.parseInt(v[0]);
        int threads = Integer.parseInt(v[1]);
        int queue = Integer.parseInt(v[2]);
        // a fourth part "due" or "table" sets the acquisition order; without one, as shipped
        boolean byDueDate = v.length > 3 ? v[3].equals("due") : shippedByDueDate;
        camundaTaskExecutor.setQueueCapacity(queue);
        sweep(
            executor,
            window++,
            SWEEP,
            perAcquisition,
            threads,
            threads,
            byDueDate,
            perAcquisition
                + " jobs per acquisition, "
                + threads
                + " threads, queue "
                + queue
                + (byDueDate ? ", acquired by due date" : ", acquired in table order"));
      }
      REPORT.add("");
      engineConfiguration.setJobExecutorAcquireByDueDate(shippedByDueDate);
      return;
    }
    // the same small burst three ways (before/after), then the full burst with the shipped settings
    sweep(
        executor,
        1,
        SWEEP_DEFAULTS,
        3,
        3,
        10,
        false,
        "defaults: 3 jobs per acquisition, 3–10 threads");
    sweep(executor, 2, SWEEP_DEFAULTS, 10, 4, 4, shippedByDueDate, shipped(shippedByDueDate));
    sweep(
        executor,
        3,
        SWEEP_DEFAULTS,
        10,
        4,
        4,
        !shippedByDueDate,
        "tuned, and acquired "
            + (shippedByDueDate ? "in table order" : "in due-date order")
            + " (jobExecutorAcquireByDueDate="
            + !shippedByDueDate
            + ")");
    if (SWEEP > SWEEP_DEFAULTS) {
      sweep(executor, 4, SWEEP, 10, 4, 4, shippedByDueDate, shipped(shippedByDueDate));
    }
    REPORT.add("");
    engineConfiguration.setJobExecutorAcquireByDueDate(shippedByDueDate);
  }

  private static String shipped(boolean byDueDate) {
    return "tuned (shipped): 10 jobs per acquisition, 4 threads"
        + (byDueDate ? ", acquired by due date" : "");
  }

  /**
   * size verified GENERAL complaints whose 7-day escalation falls due at once; time until all are
   * HOT. Each sweep runs in its own window of engine time, with no other complaint running, so that
   * no earlier complaint's timers fire inside it.
   */
  private void sweep(
      JobExecutor executor,
      int window,
      int size,
      int perAcquisition,
      int core,
      int max,
      boolean byDueDate,
      String settings)
      throws Exception {
    deleteRunningInstances();
    executor.setMaxJobsPerAcquisition(perAcquisition);
    engineConfiguration.setJobExecutorAcquireByDueDate(byDueDate);
    camundaTaskExecutor.setMaxPoolSize(Math.max(max, camundaTaskExecutor.getMaxPoolSize()));
    camundaTaskExecutor.setCorePoolSize(core);
    camundaTaskExecutor.setMaxPoolSize(max);
    if (!SWEEP_VARIANTS.isBlank()) {
      camundaTaskExecutor.initialize(); // a new pool with the variant's queue capacity
    }
    Instant start = Instant.now().plus(Duration.ofDays(400L * window));
    ClockUtil.setCurrentTime(Date.from(start));
    List<String> ids = new ArrayList<>();
    progress("sweep (" + settings + "): receiving and verifying " + size + " complaints");
    Instant preparing = Instant.now();
    // issue 18: SWEEP_BATCH complaints received and verified per transaction (the same engine and
    // service calls as one by one; a batch of 1 is the old way)
    int batches = (size + SWEEP_BATCH - 1) / SWEEP_BATCH;
    concurrently(
        SWEEP_BATCH > 1 ? 4 : 8,
        batches,
        b -> {
          int n = Math.min(SWEEP_BATCH, size - b * SWEEP_BATCH);
          // one Spring transaction; each engine call stays a command of its own, so its rows are
          // flushed before the next call's query looks for them
          List<String> made =
              new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                  .execute(
                      status -> {
                        List<String> batch = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                          batch.add(receiveAndVerify());
                        }
                        return batch;
                      });
          synchronized (ids) {
            ids.addAll(made);
          }
        });
    double preparedSeconds = Duration.between(preparing, Instant.now()).toMillis() / 1000.0;
    progress(
        String.format(
            Locale.ROOT,
            "sweep: %d complaints prepared in %.0f s (%d per transaction)",
            size,
            preparedSeconds,
            SWEEP_BATCH));
    Instant due = start.plus(Duration.ofDays(7)).plusSeconds(60);
    if (window == 1 && !SWEEP_VARIANTS.isBlank()) { // what one escalation job costs, alone
      executor.shutdown();
      ClockUtil.setCurrentTime(Date.from(due));
      String jobId =
          management
              .createJobQuery()
              .processInstanceId(ids.get(0))
              .activityId("BoundaryEvent_UnresolvedOneWeek")
              .singleResult()
              .getId();
      long t = System.nanoTime();
      long[] sql = counter.count(() -> management.executeJob(jobId), DB + "-escalation-job");
      REPORT.add(
          String.format(
              Locale.ROOT,
              "| one escalation job alone (round trips / statements: %d / %d; %.0f ms) | 1 | | | | | |",
              sql[0],
              sql[1],
              (System.nanoTime() - t) / 1e6));
      executor.start();
    }
    long began = System.nanoTime();
    long cpuBefore = processCpuNanos();
    ClockUtil.setCurrentTime(Date.from(due));
    long jobsDue = management.createJobQuery().timers().duedateLowerThan(Date.from(due)).count();
    executor.jobWasAdded();
    progress("sweep: " + size + " escalation timers are due");
    long left;
    long reported = System.nanoTime();
    while ((left = management.createJobQuery().timers().duedateLowerThan(Date.from(due)).count())
        > 0) {
      if (System.nanoTime() - reported > 30e9) {
        progress("sweep: " + left + " timers left");
        reported = System.nanoTime();
      }
      Thread.sleep(200);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    // issue 18: the CPU this JVM (the platform, and this loop's polling) spent per job, which the
    // machine's other load changes far less than the seconds
    double cpuMillisPerJob = (processCpuNanos() - cpuBefore) / 1e6 / jobsDue;
    long escalated =
        history
            .createHistoricActivityInstanceQuery()
            .activityId("ServiceTask_MoveOpenWork")
            .finished()
            .count();
    ClockUtil.reset();
    REPORT.add(
        String.format(
            Locale.ROOT,
            "| 7-day escalations (R-ESC-2), all become HOT | %d | %.1f | %.0f | %s | %s | %.1f (%d jobs) |",
            ids.size(),
            seconds,
            ids.size() / seconds,
            settings,
            load(),
            cpuMillisPerJob,
            jobsDue));
    assertThat(
            complaints
                .findByNumber(
                    runtime
                        .createProcessInstanceQuery()
                        .processInstanceId(ids.get(0))
                        .singleResult()
                        .getBusinessKey())
                .orElseThrow()
                .getSeverity())
        .isEqualTo(Severity.HOT);
    assertThat(escalated).isGreaterThanOrEqualTo(ids.size());
  }

  /** Complaints received and verified per transaction when preparing a sweep (issue 18). */
  static final int SWEEP_BATCH = Integer.getInteger("bench.sweep.batch", 25);

  /**
   * Job-executor settings to compare at the full sweep size, back to back: a semicolon list of
   * jobsPerAcquisition/threads/queueCapacity[/due], e.g. {@code 10/4/10;30/4/30}; empty for the
   * default comparison.
   */
  static final String SWEEP_VARIANTS = System.getProperty("bench.sweep.variants", "");

  /** One GENERAL complaint received by the officer and verified by the supervisor. */
  private String receiveAndVerify() {
    String id = receive();
    Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
    tasks.claim(task.getId(), "supervisor");
    tasks.complete(task.getId(), Map.of("verificationNote", "属实"));
    return id;
  }

  /**
   * Every running instance of the earlier parts but the task list's open tasks (which have no
   * timers): complaints, and the repair orders of the repairs part, whose timers would otherwise
   * fall due in the first sweep and be counted with it (the run of 2026-11-30 drained 1,200 repair
   * jobs with its first 300 escalations).
   */
  private void deleteRunningInstances() {
    List<String> running =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKeyNotIn("bench-tasklist")
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
    progress("sweep: deleting " + running.size() + " running instances of earlier parts");
    for (int from = 0; from < running.size(); from += 500) {
      runtime.deleteProcessInstances(
          running.subList(from, Math.min(from + 500, running.size())),
          "benchmark: a quiet engine for the timer sweep",
          true,
          true);
    }
  }

  private void closeOne() {
    String id = receive();
    work(id, "supervisor", Map.of("verificationNote", "属实"));
    work(id, "officer", Map.of("handlingResult", "已处理"));
    work(id, "officer", Map.of("feedbackMethod", "PHONE", "feedbackNote", "已告知"));
    work(id, "visitor", Map.of("satisfaction", "SATISFIED"));
  }

  private void work(String processId, String user, Map<String, Object> form) {
    Task task = tasks.createTaskQuery().processInstanceId(processId).singleResult();
    signIn(user);
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Issue 16: the benchmark's communities; each baseline instance belongs to one of them (its
   * tenant).
   */
  static final List<String> COMMUNITIES =
      List.of(
          "huayuan", "bench1", "bench2", "bench3", "bench4", "bench5", "bench6", "bench7", "bench8",
          "bench9");

  private String startBaseline() {
    return runtime
        .startProcessInstanceByKey(
            "bench-baseline",
            Map.of(
                "due",
                    Date.from(
                        Instant.now()
                            .plus(
                                Duration.ofMinutes(ThreadLocalRandom.current().nextInt(100_000)))),
                "community",
                    COMMUNITIES.get(ThreadLocalRandom.current().nextInt(COMMUNITIES.size()))))
        .getId();
  }

  private static final java.util.concurrent.atomic.AtomicLong BUILDINGS =
      new java.util.concurrent.atomic.AtomicLong();

  private String receive() {
    Map<String, Object> intake = new HashMap<>();
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    intake.put("channel", "PHONE");
    intake.put("category", "CLEANING");
    intake.put(
        "complainantName", org.camunda.bpm.engine.variable.Variables.stringValue("压测业主", true));
    intake.put(
        "complainantPhone", org.camunda.bpm.engine.variable.Variables.stringValue(phone, true));
    intake.put("community", "huayuan");
    // a building of its own for every complaint: with a random one, two complaints could name the
    // same building and so the same issue, and at 400 lifecycles a claim of the officer was
    // refused now and then (the work no longer the officer's group's)
    intake.put("building", "B" + BUILDINGS.incrementAndGet());
    intake.put("unit", "1");
    intake.put("room", "101");
    intake.put("description", "基准测试投诉");
    intake.put("collectiveSize", 1);
    signIn("officer");
    try {
      return runtime.startProcessInstanceByKey("complaint-handling", intake).getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
  private static final String ADMIN =
      "admin:" + System.getProperty("bench.admin.password", "Test-Pw-2026!x");
  private static final String[] CATEGORIES = {
    "CLEANING", "SECURITY", "GREENING", "PARKING", "NOISE"
  };

  /**
   * POST /api/complaints with varied buildings and categories (different issues: no same-issue
   * queue).
   */
  private void receiveOverRest() {
    String phone = "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String category = CATEGORIES[ThreadLocalRandom.current().nextInt(CATEGORIES.length)];
    String body =
        "{\"channel\":\"APP\",\"complainant\":{\"name\":\"压测业主\",\"phone\":\""
            + phone
            + "\"},"
            + "\"location\":{\"community\":\"huayuan\",\"building\":\"R"
            + phone.substring(6)
            + "\",\"unit\":\"1\",\"room\":\"101\"},"
            + "\"category\":\""
            + category
            + "\",\"description\":\"基准测试投诉\"}";
    post(
        "/api/complaints",
        "officer:officer",
        body,
        Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
  }

  /** The staff the benchmark acts as, in their groups (authorizations are on, as in production). */
  private void users() {
    Map.of(
            "officer",
            "property-officer",
            "supervisor",
            "customer-supervisor",
            "visitor",
            "customer-relations",
            "engineer",
            "engineering",
            "scmanager",
            "service-center-manager",
            "engsupervisor",
            "engineering-supervisor")
        .forEach(
            (user, group) -> {
              if (identity.createUserQuery().userId(user).count() == 0) {
                var created = identity.newUser(user);
                created.setPassword(user);
                ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity)
                    .saveUser(created, true); // test users keep weak passwords
                identity.createMembership(user, group);
              }
              // issue 16: the benchmark's community staff work in the benchmark's communities
              com.wuye.complaints.support.CommunityMembers.ofEveryCommunity(identity, user, group);
              // and every one of them in huayuan, where the benchmark's repairs are
              if (identity.createTenantQuery().tenantId("huayuan").userMember(user).count() == 0) {
                identity.createTenantUserMembership("huayuan", user);
              }
            });
    // issue 16: an officer of one community (huayuan) of the ten
    if (identity.createUserQuery().userId("officer-one").count() == 0) {
      identity.saveUser(identity.newUser("officer-one"));
      identity.createMembership("officer-one", "property-officer");
      identity.createTenantUserMembership("huayuan", "officer-one");
    }
  }

  private void signIn(String user) {
    com.wuye.complaints.identity.EngineSignIn.as(identity, user);
  }

  private interface Run {
    Stats run() throws Exception;
  }

  private static List<Stats> runs(Run run) throws Exception {
    List<Stats> runs = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      runs.add(run.run());
    }
    return runs;
  }

  /** Runs count operations on the given number of client threads; returns their latencies. */
  private static Stats concurrently(int clients, int count, IntConsumer operation)
      throws Exception {
    long[] latencies = new long[count];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long began = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                  long t = System.nanoTime();
                  operation.accept(i);
                  latencies[i] = System.nanoTime() - t;
                  if (count >= 2_000 && (i + 1) % (count / 10) == 0) {
                    progress((i + 1) + " of " + count + " done");
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return Stats.of(latencies, System.nanoTime() - began);
  }

  /** Long phases say how far they are (a 100,000-task fill takes minutes). */
  private static void progress(String what) {
    System.out.printf(Locale.ROOT, "[bench %tT] %s%n", new Date(), what);
  }

  private static void table(String... header) {
    REPORT.add("| " + String.join(" | ", header) + " |");
    REPORT.add("|" + "---|".repeat(header.length));
  }

  private static void statsRow(String what, int clients, Stats s) {
    REPORT.add(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.0f | %.1f | %.1f | %.1f |",
            what,
            clients,
            s.perSecond(),
            s.p50Millis(),
            s.p95Millis(),
            s.p99Millis()));
  }

  private static void row(String heading, String text) {
    REPORT.add(heading);
    REPORT.add(text);
  }
}
