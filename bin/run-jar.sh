#!/usr/bin/env bash
# Starts the runnable jar with the JVM options the README explains (issue 18; measured in
# docs/benchmarks.md). Arguments go to the application, e.g.
#   ./bin/run-jar.sh --spring.profiles.active=mysql --server.port=8080
# JAVA_OPTS replaces the options below (e.g. JAVA_OPTS='-Xmx2g -XX:+UseG1GC' for a large node).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/complaint-platform-*.jar | grep -v plain | head -1)
# -XX:+UseSerialGC     one collector thread: on 2 cores G1's concurrent threads compete with the app, and
#                      its remembered sets cost memory; the heap after a full GC is ~100 MB
# -Xmx512m -Xms64m     the heap is bounded (the JVM would otherwise size it at a quarter of the RAM and
#                      keep what it grew to); -Xss512k halves the reserve of ~230 threads' stacks
# -XX:+ExitOnOutOfMemoryError   a node out of memory stops (and is restarted) rather than limping
exec java ${JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx512m -Xss512k -XX:+ExitOnOutOfMemoryError} -jar "${jar}" "$@"
