#!/usr/bin/env bash
# Issue 18, the memory goal: RSS after an hour of mixed load. Starts the built jar on a fresh H2 demo
# database with the JVM options of bin/run-jar.sh (JAVA_OPTS and MALLOC_ARENA_MAX as given), waits
# for ready and for the demo data, drives bench/Soak.java for MINUTES, and samples the process's
# RSS, the heap (jcmd GC.heap_info) and the load average every 30 s into target/bench/soak-<label>.csv.
#   ./mvnw -B -ntp -q package -DskipTests
#   bench/soak.sh [minutes] [label]            # defaults: 60, options
#   JAVA_OPTS='-XX:+UseSerialGC -Xmx512m' bench/soak.sh 60 old
# MALLOC_ARENA_MAX is 2 as in bin/run-jar.sh unless given (MALLOC_ARENA_MAX= for glibc's default).
# Prints the samples at the start, every 5 minutes and at the end, and the driver's answers by status.
# SOAK_DB=mariadb runs it on MySQL/MariaDB instead (profiles demo,mysql; the statement cache of
# application-mysql.yml included) in a database dropped and made afresh: complaints_soak on
# 127.0.0.1:3306 as root with an empty password unless SOAK_MYSQL_URL / SOAK_MYSQL_USER /
# SOAK_MYSQL_PASSWORD say otherwise (the mysql client makes the database).
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-60}
label=${2:-options}
port=${SOAK_PORT:-8095}
jar=$(ls target/complaint-platform-*[0-9T].jar | head -1)
opts=${JAVA_OPTS:-$(sed -n 's/^opts=\${JAVA_OPTS:-\(.*\)}$/\1/p' bin/run-jar.sh)}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2}
dir=$(mktemp -d)
out=target/bench/soak-${label}.csv
mkdir -p target/bench
if [ "${SOAK_DB:-h2}" = "mariadb" ]; then
  db_url=${SOAK_MYSQL_URL:-jdbc:mysql://127.0.0.1:3306/complaints_soak?sendFractionalSeconds=false&characterEncoding=UTF-8&connectionTimeZone=SERVER&nullDatabaseMeansCurrent=true}
  db_name=$(sed -E 's#^jdbc:mysql://[^/]+/([^?]+).*#\1#' <<< "${db_url}")
  db_host=$(sed -E 's#^jdbc:mysql://([^:/]+).*#\1#' <<< "${db_url}")
  db_port=$(sed -nE 's#^jdbc:mysql://[^:/]+:([0-9]+).*#\1#p' <<< "${db_url}")
  export COMPLAINTS_DB_URL=${db_url}
  export COMPLAINTS_DB_USER=${SOAK_MYSQL_USER:-root}
  export COMPLAINTS_DB_PASSWORD=${SOAK_MYSQL_PASSWORD:-}
  MYSQL_PWD=${COMPLAINTS_DB_PASSWORD} mysql -h "${db_host}" -P "${db_port:-3306}" -u "${COMPLAINTS_DB_USER}" -e \
    "drop database if exists \`${db_name}\`; create database \`${db_name}\` character set utf8mb4 collate utf8mb4_unicode_ci"
  where=("--spring.profiles.active=demo,mysql")
  echo "soak: ${minutes} min, options '${opts}', MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}, db ${db_name} on ${db_host}"
else
  where=("--spring.datasource.url=jdbc:h2:file:${dir}/db")
  echo "soak: ${minutes} min, options '${opts}', MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}, db ${dir}"
fi
# a copy of the jar: a build during the hour (./mvnw package or verify) rewrites target/*.jar, and a JVM
# whose jar is rewritten under it fails to load classes it has not loaded yet (seen: every /engine-rest
# request hung from then on)
cp "${jar}" "${dir}/app.jar"
# shellcheck disable=SC2086
java ${opts} -jar "${dir}/app.jar" --server.port="${port}" "${where[@]}" > "${dir}/app.log" 2>&1 &
pid=$!
trap 'kill ${pid} 2>/dev/null || true' EXIT
until curl -sf "http://localhost:${port}/actuator/health/demo" 2>/dev/null | grep -q UP; do
  kill -0 ${pid} 2>/dev/null || { tail -50 "${dir}/app.log"; exit 1; }
  sleep 1
done
echo "utc,minute,rss_mib,heap_committed_mib,heap_used_mib,load1" > "${out}"
start=$(date +%s)
sample() {
  local rss heap used
  rss=$(($(ps -o rss= -p ${pid}) / 1024))
  # SerialGC: "def new generation total 19648K, used 3584K" and "tenured generation total …, used …"
  read -r heap used < <(jcmd ${pid} GC.heap_info 2>/dev/null | awk '/generation +total/ {
      for (i = 1; i < NF; i++) { if ($i == "total") t += $(i + 1) + 0; if ($i == "used") u += $(i + 1) + 0 } }
    END {printf "%d %d\n", t / 1024, u / 1024}')
  echo "$(date -u +%H:%M:%S),$((($(date +%s) - start) / 60)),${rss},${heap},${used},$(cut -d' ' -f1 /proc/loadavg)" >> "${out}"
}
sample
java bench/Soak.java "http://localhost:${port}" "${minutes}" &
driver=$!
while kill -0 ${driver} 2>/dev/null; do
  sleep 30
  sample
  [ $((($(date +%s) - start) % 300)) -lt 30 ] && tail -1 "${out}"
done
wait ${driver}
sample
echo "samples in ${out}:"
awk -F, 'NR == 1 || NR == 2 || (NR > 2 && $2 % 5 == 0) {print}' "${out}" | awk -F, '!seen[$2]++ || NR == 1'
tail -1 "${out}"
