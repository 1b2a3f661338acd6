package com.wuye.complaints.api;

import static com.wuye.complaints.api.ApiClient.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same-issue storm drill (docs/reliability.md): a lift stops and the phones ring. Hundreds of
 * complaints about one issue — same community, building and category, a different phone each —
 * through POST /api/complaints, 32 at a time, while the raise jobs run beside them as the job
 * executor would run them. Whether an intake costs more as its issue grows is counted, not timed:
 * the round trips, statements and rows read of intakes made alone early and late ({@link
 * DatabaseWork}). Run by IntakeApiScenario, on H2 and on MariaDB, in its application contexts: a
 * context of its own per database would be one more process engine in the test JVM.
 */
final class SameIssueStormDrill {

  private static final int BURST = 200;
  private static final int PARALLEL = 32;
  private static final int MEASURED = 20;
  private static final String RAISE = "ServiceTask_RaiseSameIssueComplaint";

  private final ApiClient api;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final DatabaseWork database;

  /** One permit per answered intake: the raise-job runner's cue. */
  private final Semaphore answered = new Semaphore(0);

  /** The drill on the scenario's application, its database work counted by {@code database}. */
  SameIssueStormDrill(ApiScenario scenario, DatabaseWork database) {
    api = scenario.api;
    management = scenario.management;
    runtime = scenario.runtime;
    jdbc = scenario.jdbc;
    this.database = database;
  }

  void run() throws Exception {
    String building = "L" + ThreadLocalRandom.current().nextInt(1_000_000);
    sequential("W" + building, 40); // caches and pools warm up on another issue first

    // the issue's first 20 intakes, one after another: what an intake costs while the issue is
    // small
    List<Measured> first = sequential(building, MEASURED);
    assertThat(intakes(first)).extracting(Intake::status).containsOnly(201);
    assertThat(intakes(first).subList(0, 2))
        .extracting(Intake::severity)
        .as("one and two complainants")
        .containsOnly("GENERAL");
    assertThat(intakes(first).subList(2, MEASURED))
        .extracting(Intake::severity)
        .as("R-SEV-HOT from the third on, at intake")
        .containsOnly("HOT");

    // the storm, with the raise jobs running beside it: after each answered intake, when new jobs
    // can exist, as the job executor runs jobs it is told of (a loop that queried without pause
    // took one of the machine's two cores from the intakes)
    AtomicBoolean storming = new AtomicBoolean(true);
    AtomicInteger jobFailures = new AtomicInteger();
    answered.drainPermits();
    ExecutorService jobExecutor = Executors.newSingleThreadExecutor();
    Future<?> jobs =
        jobExecutor.submit(
            () -> {
              while (storming.get()) {
                answered.acquire();
                answered.drainPermits();
                runRaiseJobs(jobFailures);
              }
              return null;
            });
    List<Intake> storm;
    try {
      storm = parallel(building, BURST, PARALLEL, null);
    } finally {
      storming.set(false);
      answered.release();
      jobs.get();
      jobExecutor.shutdownNow();
    }
    assertThat(storm).extracting(Intake::status).as("0 lost, 0 5xx").containsOnly(201);
    assertThat(storm).extracting(Intake::severity).containsOnly("HOT");

    // and again 20 one after another: the 221st to 240th cost the database what the 4th to 20th
    // did (the third is the one that raises the first two), in round trips, statements and rows
    // read,
    // not timed; the times are printed for information only
    List<Measured> last = sequential(building, MEASURED);
    assertThat(intakes(last)).extracting(Intake::status).containsOnly(201);
    assertThat(intakes(last)).extracting(Intake::severity).containsOnly("HOT");
    List<DatabaseWork.Cost> early = costs(first.subList(3, MEASURED));
    List<DatabaseWork.Cost> late = costs(last);
    System.out.printf(
        "[storm] first-20 median %.0f ms, last-20 median %.0f ms, burst of %d at %d: p50 %.0f ms, p99 %.0f ms%n"
            + "[storm] database work per intake, 4th to 20th: %s%n[storm] 221st to 240th: %s%n",
        percentile(intakes(first), 50),
        percentile(intakes(last), 50),
        BURST,
        PARALLEL,
        percentile(storm, 50),
        percentile(storm, 99),
        early,
        late);
    assertThat(late)
        .as(
            "what the issue's 221st to 240th intakes cost the database, against its 4th to 20th:"
                + " no more round trips, statements or rows read than the most of those")
        .allSatisfy(
            cost -> {
              assertThat(cost.roundTrips())
                  .isLessThanOrEqualTo(most(early, DatabaseWork.Cost::roundTrips));
              assertThat(cost.statements())
                  .isLessThanOrEqualTo(most(early, DatabaseWork.Cost::statements));
              assertThat(cost.rowsRead())
                  .isLessThanOrEqualTo(most(early, DatabaseWork.Cost::rowsRead));
            });

    // once the raise jobs have run: all HOT, and the first two raised exactly once each
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (pendingRaiseJobs() > 0 && Instant.now().isBefore(deadline)) {
      runRaiseJobs(jobFailures);
    }
    assertThat(pendingRaiseJobs()).as("raise jobs left after the deadline").isZero();
    assertThat(runtime.createIncidentQuery().activityId(RAISE).count())
        .as("no raise job gave up")
        .isZero();
    long issue = issueOf(first.get(0).intake().complaintNo());
    List<Map<String, Object>> members =
        jdbc.queryForList("select complaint_no, severity from complaint where issue_id = ?", issue);
    assertThat(members)
        .hasSize(2 * MEASURED + BURST)
        .allSatisfy(member -> assertThat(member.get("severity")).isEqualTo("HOT"));
    assertThat(hotRaisesPerComplaint(issue))
        .as("R-SEV-HOT raises in the severity history, per complaint")
        .isEqualTo(
            Map.of(
                first.get(0).intake().complaintNo(), 1L, first.get(1).intake().complaintNo(), 1L));

    // a second burst with Idempotency-Keys: every key sent twice at once, as a client retrying a
    // timeout would
    long before = count(issue);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      keys.add(UUID.randomUUID().toString());
    }
    List<Intake> retried = parallel(building, keys.size() * 2, PARALLEL, keys);
    assertThat(retried).extracting(Intake::status).containsOnly(201);
    Map<String, Set<String>> numbersPerKey = new LinkedHashMap<>();
    for (Intake intake : retried) {
      numbersPerKey.computeIfAbsent(intake.key(), k -> new TreeSet<>()).add(intake.complaintNo());
    }
    assertThat(numbersPerKey)
        .hasSize(keys.size())
        .allSatisfy((k, numbers) -> assertThat(numbers).hasSize(1));
    assertThat(count(issue)).as("one complaint per key").isEqualTo(before + keys.size());
  }

  record Intake(int status, String complaintNo, String severity, String key, long millis) {}

  /** An intake made alone, and what it cost the database. */
  record Measured(Intake intake, DatabaseWork.Cost cost) {}

  private List<Measured> sequential(String building, int count) {
    List<Measured> intakes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Intake[] intake = new Intake[1];
      DatabaseWork.Cost cost = database.of(() -> intake[0] = post(building, null));
      intakes.add(new Measured(intake[0], cost));
    }
    return intakes;
  }

  /**
   * {@code count} intakes, {@code parallel} at a time; with keys, request i carries key i / 2 (each
   * key twice, adjacent).
   */
  private List<Intake> parallel(String building, int count, int parallel, List<String> keys)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Callable<Intake>> calls = new ArrayList<>();
      List<Map<String, Object>> bodies = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        bodies.add(keys != null && i % 2 == 1 ? bodies.get(i - 1) : body(building));
      }
      for (int i = 0; i < count; i++) {
        Map<String, Object> body = bodies.get(i);
        String key = keys == null ? null : keys.get(i / 2);
        calls.add(() -> post(body, key));
      }
      List<Intake> intakes = new ArrayList<>();
      for (Future<Intake> intake : pool.invokeAll(calls)) {
        intakes.add(intake.get());
      }
      return intakes;
    } finally {
      pool.shutdownNow();
    }
  }

  private Intake post(String building, String key) {
    return post(body(building), key);
  }

  private Intake post(Map<String, Object> body, String key) {
    long start = System.nanoTime();
    ApiClient.Reply reply =
        api.post(ApiUsers.CLIENT, "/api/complaints", body, key == null ? Map.of() : key(key));
    long millis = (System.nanoTime() - start) / 1_000_000;
    answered.release();
    if (reply.status() != 201) {
      return new Intake(reply.status(), null, reply.body(), key, millis);
    }
    return new Intake(
        201,
        reply.json().get("complaintNo").asText(),
        reply.json().get("severity").asText(),
        key,
        millis);
  }

  /**
   * The lift in the building stopped: the same community, building and category, another owner each
   * time.
   */
  private static Map<String, Object> body(String building) {
    Map<String, Object> body = ApiClient.validIntake();
    @SuppressWarnings("unchecked")
    Map<String, Object> location = (Map<String, Object>) body.get("location");
    location.put("building", building);
    body.put("category", "FACILITIES");
    body.put("description", "电梯停运 the lift stopped");
    return body;
  }

  /** What the job executor does: each due raise job, once; a failed one is left to its retries. */
  private void runRaiseJobs(AtomicInteger failures) {
    for (Job job : management.createJobQuery().activityId(RAISE).withRetriesLeft().list()) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException failed) {
        failures.incrementAndGet(); // retried on the next round, as the job executor would after
        // R5/PT10S
      }
    }
  }

  private long pendingRaiseJobs() {
    return management.createJobQuery().activityId(RAISE).count();
  }

  private Map<String, Long> hotRaisesPerComplaint(long issue) {
    Map<String, Long> raises = new LinkedHashMap<>();
    jdbc.queryForList(
            """
        select c.complaint_no, count(*) as raises from complaint c join complaint_severity_change s on s.complaint_id = c.id
        where c.issue_id = ? and s.reason like 'R-SEV-HOT%' group by c.complaint_no""",
            issue)
        .forEach(
            row ->
                raises.put(
                    (String) row.get("complaint_no"), ((Number) row.get("raises")).longValue()));
    return raises;
  }

  private long issueOf(String complaintNo) {
    return jdbc.queryForObject(
        "select issue_id from complaint where complaint_no = ?", Long.class, complaintNo);
  }

  private long count(long issue) {
    return jdbc.queryForObject(
        "select count(*) from complaint where issue_id = ?", Long.class, issue);
  }

  private static List<Intake> intakes(List<Measured> measured) {
    return measured.stream().map(Measured::intake).toList();
  }

  private static List<DatabaseWork.Cost> costs(List<Measured> measured) {
    return measured.stream().map(Measured::cost).toList();
  }

  private static long most(
      List<DatabaseWork.Cost> costs, java.util.function.ToLongFunction<DatabaseWork.Cost> of) {
    return costs.stream().mapToLong(of).max().orElseThrow();
  }

  private static double percentile(List<Intake> intakes, int p) {
    List<Long> millis = new ArrayList<>(intakes.stream().map(Intake::millis).toList());
    Collections.sort(millis);
    return millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * p / 100.0) - 1));
  }
}
