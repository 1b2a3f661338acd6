#!/usr/bin/env bash
# Starts the runnable jar with the JVM options the README explains (issue 18; measured in
# docs/benchmarks.md). Arguments go to the application, e.g.
#   ./bin/run-jar.sh --spring.profiles.active=mysql --server.port=8080
# JAVA_OPTS replaces the options below (e.g. JAVA_OPTS='-Xmx2g -XX:+UseG1GC' for a large node).
# CDS=0 starts the jar as it is, without class data sharing (see below).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/complaint-platform-*[0-9T].jar | head -1)   # not the -plain.jar (its name contains "plain")
# -XX:+UseSerialGC     one collector thread: on 2 cores G1's concurrent threads compete with the app, and
#                      its remembered sets cost memory; the heap after a full GC is ~120 MB
# -Xmx384m -Xms64m     the heap is bounded (the JVM would otherwise size it at a quarter of the RAM and
#                      keep what it grew to): 2.5x the ~150 MB live under an hour of mixed load
# -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40   SerialGC grows the heap less eagerly and gives
#                      back what is more than 40 % free after a collection
# -Xss512k             halves the reserve of ~230 threads' stacks
# -XX:+ExitOnOutOfMemoryError   a node out of memory stops (and is restarted) rather than limping
# MALLOC_ARENA_MAX=2   glibc's native allocations in 2 arenas instead of up to 8 per core
# (RSS after an hour of mixed load: docs/benchmarks.md, "an hour of mixed load")
opts=${JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx384m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k -XX:+ExitOnOutOfMemoryError}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
if [ "${CDS:-1}" = "0" ]; then
  # shellcheck disable=SC2086
  exec java ${opts} -jar "${jar}" "$@"
fi
# Class data sharing (AppCDS): the jar extracted into target/run/ (plain jars in lib/, read faster
# than jars nested in a jar) and an archive of the classes a start loads, mapped from
# target/run/app.jsa instead of being read, verified and parsed again at every start. The first
# start of a newly built jar makes them: a training start with the same arguments that stops once
# the application context is refreshed (-Dspring.context.exit=onRefresh; it migrates the database
# as a real start would). RUN_JAR_ARCHIVE_ONLY=1 stops after making them.
# Every jar is named on the class path (not only the application jar with its manifest Class-Path):
# the embedded Tomcat serves META-INF/resources only from jars on java.class.path, and the
# webapps' plugin scripts (Tasklist, Cockpit) are there. The archive is valid for this class path only.
run=target/run
app="${run}/$(basename "${jar}")"
if [ ! -f "${run}/app.jsa" ] || [ "${jar}" -nt "${run}/app.jsa" ]; then
  rm -rf "${run}"
  java -Djarmode=tools -jar "${jar}" extract --destination "${run}" >/dev/null
fi
classpath="${app}$(printf ':%s' $(ls "${run}"/lib/*.jar | sort))"
main=$(unzip -p "${app}" META-INF/MANIFEST.MF | sed -n 's/^Main-Class: *//p' | tr -d '\r')
if [ ! -f "${run}/app.jsa" ]; then
  echo "run-jar.sh: a training start records the classes of this jar in ${run}/app.jsa (a minute or two)" >&2
  # shellcheck disable=SC2086
  java ${opts} -XX:ArchiveClassesAtExit="${run}/app.jsa" -Dspring.context.exit=onRefresh \
    -cp "${classpath}" "${main}" "$@" > "${run}/training.log" 2>&1 \
    || { echo "run-jar.sh: the training start failed, see ${run}/training.log" >&2; rm -f "${run}/app.jsa"; exit 1; }
fi
if [ "${RUN_JAR_ARCHIVE_ONLY:-0}" = "1" ]; then
  exit 0
fi
# shellcheck disable=SC2086
exec java ${opts} -XX:SharedArchiveFile="${run}/app.jsa" -cp "${classpath}" "${main}" "$@"
