#!/usr/bin/env bash
# The KPI API (R-KPI-1, issue 15) over a year of complaints on MariaDB via MySQL Connector/J:
#   ./bench/kpi.sh            (100,000 complaints in 20 communities over the last 12 months)
# Starts the built jar (demo,mysql profiles) on a fresh database, writes the complaints and their
# events straight into the domain tables with SQL (MariaDB's seq_1_to_N), then times the requests a
# manager's dashboard sends: the year's figures company-wide, for one community, and the breakdowns
# by month and by community. Prints p50/p95/max per request; nothing is written to docs.
#   BENCH_KPI_COMPLAINTS (default 100000)   BENCH_KPI_REQUESTS (timed requests each, default 40)
#   BENCH_KPI_PORT (default 8099)           BENCH_KPI_DB (default kpi_bench; dropped and recreated)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_KPI_COMPLAINTS:-100000}
REQUESTS=${BENCH_KPI_REQUESTS:-40}
PORT=${BENCH_KPI_PORT:-8099}
DB=${BENCH_KPI_DB:-kpi_bench}
URL="jdbc:mysql://127.0.0.1:3306/${DB}?sendFractionalSeconds=false&characterEncoding=UTF-8&nullDatabaseMeansCurrent=true"
step() { echo "[kpi $(date -u +%H:%M:%S)] $*"; }

jar=$(ls target/complaint-platform-*.jar 2>/dev/null | head -1 || true)
if [ -z "${jar}" ]; then
  step "building the jar"
  ./mvnw -B -q -ntp -DskipTests package
  jar=$(ls target/complaint-platform-*.jar | head -1)
fi

mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
log=$(mktemp)
step "starting ${jar} on ${DB}"
java -jar "${jar}" --server.port="${PORT}" --spring.profiles.active=demo,mysql \
  --spring.datasource.url="${URL}" --spring.datasource.username=root --spring.datasource.password= > "${log}" 2>&1 &
app=$!
trap 'kill ${app} 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://localhost:${PORT}/actuator/health/readiness" > /dev/null 2>&1 && break
  kill -0 ${app} 2>/dev/null || { tail -50 "${log}"; exit 1; }
  sleep 1
done

step "writing ${N} complaints over the last 12 months in 20 communities"
mysql -h127.0.0.1 -uroot "${DB}" <<SQL
insert into community (code, name, households, active)
  select concat('kb', lpad(seq, 2, '0')), concat('基准小区', seq), 1000, true from seq_1_to_20;
insert into complaint (version, complaint_no, channel, category, complainant_name, complainant_phone,
    community_code, building, description, collective_size, in_litigation, media_exposed,
    litigation_or_media_risk, needs_other_departments, severity, status, handler_group, supervisor_group,
    received_at, made_at, first_contact_at, visited_at, satisfaction, closed_at, reopen_count, problem_found)
  select 0, concat('KB-', seq), 'PHONE',
    elt(1 + seq % 6, 'CLEANING', 'SECURITY', 'REPAIR', 'PARKING', 'NOISE', 'FEES'),
    '基准业主', concat('139', lpad(seq, 8, '0')), concat('kb', lpad(1 + seq % 20, 2, '0')), 1 + seq % 12, '基准',
    1, false, false, false, false,
    elt(1 + seq % 20, 'MAJOR', 'HOT', 'HOT', 'IMPORTANT', 'IMPORTANT', 'IMPORTANT', 'GENERAL', 'GENERAL',
      'GENERAL', 'GENERAL', 'GENERAL', 'GENERAL', 'GENERAL', 'GENERAL', 'GENERAL', 'GENERAL', 'GENERAL',
      'GENERAL', 'GENERAL', 'GENERAL'),
    if(seq % 10 < 8, 'CLOSED', 'IN_HANDLING'),
    'property-officer', 'customer-supervisor',
    r, r, r + interval (1 + seq % 30) hour,
    if(seq % 10 < 8 and seq % 50 > 0, r + interval 4 day, null),
    if(seq % 10 < 8 and seq % 50 > 0, elt(1 + seq % 10, 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED',
      'SATISFIED', 'SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'), null),
    if(seq % 10 < 8, r + interval 5 day, null), 0, false
  from (select seq, utc_timestamp() - interval (seq % 360) day - interval (seq % 1440) minute as r
        from seq_1_to_${N}) s;
insert into complaint_event (complaint_id, event_type, actor, detail, occurred_at)
  select id, 'RETURN_VISITED', 'bench', concat(satisfaction, ': 回访'), visited_at from complaint
  where complaint_no like 'KB-%' and visited_at is not null;
insert into complaint_event (complaint_id, event_type, actor, detail, occurred_at)
  select id, 'RESPONSE_OVERDUE', 'bench', null, received_at + interval 1 day from complaint
  where complaint_no like 'KB-%' and id % 25 = 0;
insert into complaint_event (complaint_id, event_type, actor, detail, occurred_at)
  select id, 'HANDLING_OVERDUE', 'bench', null, received_at + interval 3 day from complaint
  where complaint_no like 'KB-%' and id % 40 = 0;
analyze table complaint, complaint_event;
SQL
step "$(mysql -h127.0.0.1 -uroot -N "${DB}" -e "select count(*) from complaint") complaints, $(mysql -h127.0.0.1 -uroot -N "${DB}" -e "select count(*) from complaint_event") events"

to=$(date -u +%Y-%m-%d)
from=$(date -u -d "${to} -364 days" +%Y-%m-%d)
time_requests() {
  local name=$1 path=$2
  for _ in 1 2 3; do curl -sf -o /dev/null -u gm:gm "http://localhost:${PORT}${path}"; done
  local times
  times=$(for _ in $(seq 1 "${REQUESTS}"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -u gm:gm "http://localhost:${PORT}${path}"
  done | sort -n)
  local p50 p95 max
  p50=$(echo "${times}" | awk -v n="${REQUESTS}" 'NR == int((n + 1) / 2) { printf "%.0f", $1 * 1000 }')
  p95=$(echo "${times}" | awk -v n="${REQUESTS}" 'NR == int(n * 0.95 + 0.999) { printf "%.0f", $1 * 1000 }')
  max=$(echo "${times}" | tail -1 | awk '{ printf "%.0f", $1 * 1000 }')
  echo "| ${name} | ${p50} ms | ${p95} ms | ${max} ms |"
}
step "timing ${REQUESTS} requests each (gm, HTTP Basic), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| request (${N} complaints, ${from} – ${to}) | p50 | p95 | max |"
echo "|---|---|---|---|"
time_requests "figures, company" "/api/reports/kpis?from=${from}&to=${to}"
time_requests "figures, one community" "/api/reports/kpis?from=${from}&to=${to}&community=kb07"
time_requests "breakdown by month" "/api/reports/kpis/breakdown?by=month&from=${from}&to=${to}"
time_requests "breakdown by community" "/api/reports/kpis/breakdown?by=community&from=${from}&to=${to}"
time_requests "dashboard" "/api/reports/dashboard"
step "done, load $(cut -d' ' -f1-3 /proc/loadavg)"
