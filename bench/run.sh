#!/usr/bin/env bash
# The benchmarks, one command: ./bench/run.sh        (quick look, a few minutes: ./bench/run.sh --quick)
# Runs the platform benchmark (./mvnw -Pbench verify) on H2 and on MariaDB via MySQL Connector/J,
# measures start-up time and memory of the runnable jar, and writes docs/benchmarks.md.
# Every figure inside the benchmark is the median of 3 runs. The defaults are the full sizes and take
# 45–90 minutes on 2 cores (44 on 2026-11-30, 59 on a slower machine on 2026-12-01); for a quick look use e.g. BENCH_SWEEP=1000 BENCH_TASKS=10000.
#   BENCH_OPS (starts per measurement, default 200)     BENCH_LIFECYCLES (default 200: shorter runs mostly measure warm-up)
#   BENCH_SWEEP (timers due at once, default 10000)     BENCH_TASKS (open tasks over 20 communities for the task list, default 100000)
#   BENCH_SWEEP_DEFAULTS (the size of the before/after comparison of job-executor settings, default 300;
#     each full-size burst first needs 10,000 complaints received and verified, ~17 min on MariaDB)
#   BENCH_SWEEP_VARIANTS (issue 18: job-executor settings compared back to back at BENCH_SWEEP instead of the
#     default comparison, jobsPerAcquisition/threads/queueCapacity[/due] separated by ';', e.g. '10/4/10;40/8/40')
#   BENCH_SWEEP_BATCH (complaints received and verified per transaction when preparing a sweep, default 25)
#   BENCH_SETTINGS=0 skips the comparison of engine and JDBC settings on MariaDB
#   BENCH_DB_URL (MariaDB/MySQL database to use, default complaints_bench on 127.0.0.1)
#   BENCH_NODES (issue 18: escalations due at once per round on one node and on two, the built jar as
#     production runs it, drill/NodesSweepBenchmark; default 0 = not measured; 3000 takes ~15 minutes)
#   BENCH_NODES_ROUNDS (how many nodes each round runs, e.g. 1,2,1; the benchmark's default is 2,2,1: the first round warms both nodes)
# Progress lines ([bench hh:mm:ss] …) tell how far each long phase is.
# BENCH_PARTS (comma-separated: roundtrips, intake, lifecycle, repairs, tasks, sweep; default all) picks
#   parts of runs 1/4 and 2/4; e.g. BENCH_PARTS=repairs BENCH_OPS=30 BENCH_LIFECYCLES=10 for the repair rows
#   only (repairs: POST /api/repairs at 1 and 8 connections, and whole repair orders to the close)
set -euo pipefail
cd "$(dirname "$0")/.."
# --quick: small sizes, one run of each part, no settings comparison, one start per JVM option set
if [ "${1:-}" = "--quick" ]; then
  : "${BENCH_OPS:=60}" "${BENCH_LIFECYCLES:=24}" "${BENCH_SWEEP:=300}" "${BENCH_SWEEP_DEFAULTS:=300}" "${BENCH_TASKS:=5000}"
  : "${BENCH_SETTINGS:=0}" "${BENCH_STARTS:=1}" "${BENCH_WARMUP:=20}"
  export BENCH_SETTINGS
fi
STARTS=${BENCH_STARTS:-3}

OPS=${BENCH_OPS:-200}
LIFECYCLES=${BENCH_LIFECYCLES:-200}
SWEEP=${BENCH_SWEEP:-10000}
TASKS=${BENCH_TASKS:-100000}
DB_URL=${BENCH_DB_URL:-jdbc:mysql://127.0.0.1:3306/complaints_bench?sendFractionalSeconds=false&characterEncoding=UTF-8&nullDatabaseMeansCurrent=true}
LABEL=$(date -u +%Y%m%d)
SWEEP_DEFAULTS=${BENCH_SWEEP_DEFAULTS:-300}
PARTS_ARG="-Dbench.parts=${BENCH_PARTS:-all}"
SIZES="${PARTS_ARG} -Dbench.warmup=${BENCH_WARMUP:-50} -Dbench.ops=${OPS} -Dbench.lifecycles=${LIFECYCLES} -Dbench.sweep=${SWEEP} -Dbench.sweep.defaults=${SWEEP_DEFAULTS} -Dbench.tasks=${TASKS} -Dbench.sweep.batch=${BENCH_SWEEP_BATCH:-25} -Dbench.sweep.variants=${BENCH_SWEEP_VARIANTS:-}"

step() { echo "[bench $(date -u +%H:%M:%S)] $*"; }
# Maven's own output goes to target/bench/maven.log; the benchmark's progress lines and errors to the screen
bench_mvn() {
  mkdir -p target/bench
  ./mvnw -B -ntp -Pbench verify "$@" 2>&1 | tee -a target/bench/maven.log | grep --line-buffered -E '^\[bench |ERROR|FAIL'
  return "${PIPESTATUS[0]}"
}
fresh_db() {
  local db
  db=$(echo "${DB_URL}" | sed -E 's#jdbc:mysql://[^/]+/([^?]+).*#\1#')
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${db}; CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
}

step "building the jar"
./mvnw -B -q -ntp -DskipTests package

# BENCH_REUSE=1 keeps today's target/bench results and only re-measures start-up (for re-writing the doc)
if [ "${BENCH_REUSE:-0}" != "1" ]; then
  step "1/4 MariaDB via MySQL Connector/J (ops=${OPS}, lifecycles=${LIFECYCLES}, sweep=${SWEEP}, tasks=${TASKS})"
  fresh_db
  # a failing run still leaves the figures it reached; the doc says so
  bench_mvn -Dbench.label="${LABEL}" -Dbench.args="${SIZES}" ${SIZES} -Dit.mysql.url="${DB_URL}" \
    || echo "(the MariaDB run stopped early; see the note below its table)" >> "target/bench/${LABEL}-mariadb.md"

  step "2/4 H2"
  bench_mvn -Dbench.label="${LABEL}" -Dbench.args="${SIZES}" ${SIZES} \
    || echo "(the H2 run stopped early; see the note below its table)" >> "target/bench/${LABEL}-h2.md"

  if [ "${BENCH_NODES:-0}" != "0" ]; then
    step "2/4 MariaDB: escalations on one node and on two (${BENCH_NODES} due at once per round)"
    rm -f target/bench/nodes-mariadb.md
    # the benchmark makes its own database (complaints_nodes) on the server of DB_URL
    fresh_db
    bench_mvn -Dit.test=NodesSweepBenchmark -Dbench.nodes.sweep="${BENCH_NODES}" \
      ${BENCH_NODES_ROUNDS:+-Dbench.nodes.rounds=${BENCH_NODES_ROUNDS}} -Dit.mysql.url="${DB_URL}" \
      || echo "(the nodes run stopped early)" >> target/bench/nodes-mariadb.md
  fi
fi

# one JVM per setting, each on a fresh database; every row is the median of 3 runs
if [ "${BENCH_SETTINGS:-1}" != "0" ] && [ "${BENCH_REUSE:-0}" != "1" ]; then
  rm -f "target/bench/${LABEL}-mariadb-settings.md"
  small="-Dbench.ops=100 -Dbench.lifecycles=20"
  while IFS='|' read -r name args url_extra; do
    step "3/4 settings on MariaDB: ${name}"
    fresh_db
    bench_mvn -Dbench.label="${LABEL}" -Dbench.parts=settings -Dbench.setting="${name}" \
      -Dbench.args="${small} ${args}" -Dit.mysql.url="${DB_URL}${url_extra}" \
      || echo "| ${name} | the run failed; see the build output | | | | |" >> "target/bench/${LABEL}-mariadb-settings.md"
  done <<'SETTINGS'
as shipped (history full-current-variables, removal time at end, JDBC batching on, batches rewritten by Connector/J, authorization checks by look-up)||
history level full (Camunda's, a detail row per variable write)|-Dcamunda.bpm.history-level=full|
historyRemovalTimeStrategy=start|-Dcamunda.bpm.generic-properties.properties.historyRemovalTimeStrategy=start|
history level audit|-Dcamunda.bpm.history-level=audit|
JDBC batching off (jdbcBatchProcessing=false)|-Dcamunda.bpm.generic-properties.properties.jdbcBatchProcessing=false|
rewriteBatchedStatements=false (Connector/J sends a batch row by row)|-Dspring.datasource.hikari.data-source-properties.rewriteBatchedStatements=false|
the engine's own authorization statement per check (authorization-checks-by-lookup=false)|-Dcomplaints.engine.authorization-checks-by-lookup=false|
SETTINGS
fi

step "4/4 start-up time and memory of the runnable jar (demo profile, fresh H2), ${STARTS} start(s) per JVM option set"
# the class-data archive of bin/run-jar.sh, made once here (its training start is not measured)
archive_dir=$(mktemp -d)
RUN_JAR_ARCHIVE_ONLY=1 ./bin/run-jar.sh --server.port=18090 --spring.datasource.url="jdbc:h2:file:${archive_dir}/db"
rm -rf "${archive_dir}"
# the option sets alternate, so a busy machine slows each alike; the load average is recorded with each start
startup_rows=""
for i in $(seq 1 "${STARTS}"); do
  while IFS='|' read -r name command; do
    dir=$(mktemp -d)
    port=$((18080 + i))
    began=$(date +%s%N)
    # shellcheck disable=SC2086
    ${command} --server.port=${port} \
      --spring.datasource.url="jdbc:h2:file:${dir}/db" > "${dir}/app.log" 2>&1 &
    pid=$!
    until curl -sf "http://localhost:${port}/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
    ready_ms=$(( ($(date +%s%N) - began) / 1000000 ))
    started=$(grep -o "Started ComplaintPlatformApplication in [0-9.]* seconds" "${dir}/app.log" | grep -o "[0-9.]*" | head -1)
    rss_kb=$(awk '/VmRSS/ {print $2}' /proc/${pid}/status)
    cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' /proc/${pid}/stat)
    load=$(cut -d' ' -f1 /proc/loadavg)
    # the demo data is written in the background after ready (support/DemoSeeding); at most 10 minutes
    for _ in $(seq 1 3000); do grep -q "demo data complete" "${dir}/app.log" && break; sleep 0.2; done
    demo_ms=$(( ($(date +%s%N) - began) / 1000000 ))
    jcmd ${pid} GC.run >/dev/null
    # the used heap of every collector's generations (G1: one line; Serial and Parallel: young and old)
    heap_kb=$(jcmd ${pid} GC.heap_info | awk '/^ *(garbage-first heap|def new generation|tenured generation|PSYoungGen|ParOldGen)/ {
      for (f = 1; f <= NF; f++) if ($f == "used") { v = $(f + 1); sub(/K,?/, "", v); sum += v } } END { print sum + 0 }')
    kill ${pid}; wait ${pid} 2>/dev/null || true
    startup_rows="${startup_rows}| ${name} | ${i} | ${started} | $(awk "BEGIN {printf \"%.1f\", ${ready_ms}/1000}") | ${cpu} | $((rss_kb / 1024)) | $((heap_kb / 1024)) | $(awk "BEGIN {printf \"%.1f\", ${demo_ms}/1000}") | ${load} |\n"
    rm -rf "${dir}"
  done <<'JVM'
JVM defaults (G1, heap up to 1/4 of RAM)|java -jar target/complaint-platform-*[0-9T].jar
bin/run-jar.sh options, the jar as built (CDS=0: SerialGC, -Xmx384m, heap free ratios, -Xss512k)|env MALLOC_ARENA_MAX=2 java -XX:+UseSerialGC -Xms64m -Xmx384m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k -XX:+ExitOnOutOfMemoryError -jar target/complaint-platform-*[0-9T].jar
bin/run-jar.sh (the same options, extracted jar and AppCDS archive)|./bin/run-jar.sh
spring-boot:run options (the same and -XX:TieredStopAtLevel=1)|java -XX:+UseSerialGC -Xms64m -Xmx384m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k -XX:TieredStopAtLevel=1 -jar target/complaint-platform-*[0-9T].jar
JVM
done

step "writing docs/benchmarks.md"
{
  echo "# Benchmarks"
  echo
  echo "Measured by \`bench/run.sh\` on $(date -u +%Y-%m-%d). Numbers, not assertions: re-run it on your"
  echo "hardware. Every throughput and latency figure is the median of 3 runs inside one benchmark run;"
  echo "the timer sweep is one run per job-executor setting (a 10,000-timer burst takes minutes)."
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| machine | $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM |"
  echo "| JDK | $(java -version 2>&1 | head -1) |"
  echo "| database | H2 $(ls ~/.m2/repository/com/h2database/h2/ | tail -1) (in memory); $(mysql -h127.0.0.1 -uroot -N -e 'select version()') via MySQL Connector/J |"
  echo "| platform | Spring Boot 3.5.16, Camunda 7.24.0 (FEEL engine 1.19.5), Connector/J statement cache and batch rewriting on, history level full-current-variables, authorizations on (revokes checked: always) |"
  echo "| load | 1-minute load average when the doc was written: $(cut -d' ' -f1 /proc/loadavg) (the tables give it per figure where it matters) |"
  echo "| sizes | ${OPS} starts per measurement, ${LIFECYCLES} lifecycles, ${SWEEP} timers due at once (job-executor settings compared at ${SWEEP_DEFAULTS}), ${TASKS} open tasks |"
  echo
  for f in target/bench/${LABEL}-h2.md target/bench/${LABEL}-mariadb.md; do
    cat "$f"; echo
  done
  if [ -f "target/bench/${LABEL}-mariadb-settings.md" ]; then
    echo "## Engine and JDBC settings compared (MariaDB)"
    echo
    echo "One JVM per setting, each on a fresh database; 100 starts and 20 lifecycles per run, median of 3 runs."
    echo
    echo "| setting | bare start p50 ms | intake p50 ms | lifecycle p50 ms | lifecycles per second | SQL per intake (round trips / statements) |"
    echo "|---|---|---|---|---|---|"
    cat "target/bench/${LABEL}-mariadb-settings.md"
    echo
  fi
  if [ "${BENCH_NODES:-0}" != "0" ] && [ -f target/bench/nodes-mariadb.md ]; then
    echo "## Escalations due at once on one node and on two (MariaDB)"
    echo
    echo "The built jar with the mysql profile and bin/run-jar.sh's options, one database on the same machine;"
    echo "each round the nodes receive the complaints over HTTP, then their 7-day timers fall due at once."
    echo "First to last escalation from the job log (to the second); the wait until a node first polls is apart."
    echo
    cat target/bench/nodes-mariadb.md
    echo
  fi
  echo "## Start-up and memory of the runnable jar"
  echo
  echo "Demo profile on a fresh H2 file database (so start-up includes Flyway, the Camunda schema, the"
  echo "deployment, the demo users and grants). Ready: /actuator/health/readiness answers UP; CPU: the"
  echo "process's user + system seconds until then; RSS read from /proc when ready; heap used after a full"
  echo "GC once the demo data (written in the background after ready) is complete, and when that was."
  echo
  echo "| JVM options | start | Spring says started in (s) | ready (s) | CPU to ready (s) | RSS at ready (MiB) | heap after GC (MiB) | demo data complete (s) | load (1 min) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf "%b" "${startup_rows}"
  echo
  cat bench/notes.md
} > docs/benchmarks.md
step "done: docs/benchmarks.md"
