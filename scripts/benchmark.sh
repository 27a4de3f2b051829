#!/usr/bin/env bash
# Waypoint's benchmark (docs/performance.md): builds, generates the scale data into its own
# database, starts the server on it (no demo, -Xmx1g), measures the time from start to ready and
# the heap while it runs, runs the Gatling benchmark (one user at a time, then the mixed load),
# stops the server, then prints each action's figures beside its SQL floor (FloorReport).
#
# Usage: scripts/benchmark.sh [--scale S] [--smoke] [--db NAME [--reuse]] [--no-build]
#                             [--port-offset N] [--users N] [--duration SECONDS]
#   --scale        the generator's scale (default 1.0, the issue's network)
#   --smoke        scale 0.001, a few users for about 30 s: the CI's check that nothing rotted
#                  (builds only what is missing; fails on any failed request or check)
#   --db NAME      the database (default waypoint_bench, waypoint_bench_smoke with --smoke);
#                  regenerated unless --reuse, which benchmarks it as it is (it must hold the
#                  generator's network, migrated by this build)
#   --no-build     use the server and classes already built
#   --port-offset  the server's port offset (default 200: http://localhost:8280/waypoint)
#   --users, --duration   the load's users (default 200) and measured seconds (default 300)
# Extra Gatling settings pass as environment: BENCH_OPTS="-Dbench.think.min=1000 ...".
# Everything printed is also written to perf/target/benchmark-<time>.txt; Gatling's HTML report
# stays under perf/target/gatling/. Exit status: 0 only when every request and check passed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scale=1.0
smoke=false
db=""
reuse=false
build=true
offset=200
users=200
duration=300
usage() {
  sed -n '2,20p' "$0" >&2
  exit 2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    --db) db=$2; shift 2 ;;
    --reuse) reuse=true; shift ;;
    --no-build) build=false; shift ;;
    --port-offset) offset=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    *) usage ;;
  esac
done
if [ "$reuse" = true ] && [ -z "$db" ]; then
  echo "--reuse needs --db NAME" >&2
  exit 2
fi
bench_opts=()
if [ "$smoke" = true ]; then
  scale=0.001
  db=${db:-waypoint_bench_smoke}
  users=6
  duration=30
  bench_opts=(-Dbench.warmups=1 -Dbench.repetitions=3 -Dbench.ramp=5 -Dbench.signInMargin=5
    -Dbench.think.min=500 -Dbench.think.max=1500)
else
  db=${db:-waypoint_bench}
  bench_opts=(-Dbench.ramp=60)
fi
db_user=${WAYPOINT_DB_USER:-waypoint}
db_password=${WAYPOINT_DB_PASSWORD:-waypoint}
db_url="jdbc:postgresql://localhost:5432/$db"
port=$((8080 + offset))
base_url="http://localhost:$port/waypoint"
offline=""
if [ "${WAYPOINT_OFFLINE:-1}" = 1 ]; then
  offline="-o"
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p perf/target
work="perf/target/benchmark-$stamp"
mkdir -p "$work"
out="perf/target/benchmark-$stamp.txt"
exec > >(tee -a "$out") 2>&1
started=$(date +%s)
echo "== Waypoint benchmark $stamp: database $db, scale $scale$([ "$smoke" = true ] && echo ' (smoke)'), $users users for ${duration}s"
echo "   machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr); $(java -version 2>&1 | head -n 1)"

server_pgid=""
heap_pid=""
stop_server() {
  if [ -n "$heap_pid" ]; then
    kill "$heap_pid" 2>/dev/null || true
    heap_pid=""
  fi
  if [ -n "$server_pgid" ]; then
    echo "== Stopping the server (process group $server_pgid)"
    kill -TERM -- "-$server_pgid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 -- "-$server_pgid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$server_pgid" 2>/dev/null || true
    server_pgid=""
  fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# ---- build ----
# dependency:build-classpath runs in each module of the build and writes the same file: perf comes
# last, so the file ends with the benchmark's classpath, this build's classes rather than jars
classpath_file="$root/$work/classpath.txt"
classpath_goal=(dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file")
server=$(ls -d ear/target/server-postgres/wildfly-*/ 2>/dev/null | head -n 1 || true)
if [ "$build" = true ] && [ "$smoke" = true ] && [ -n "$server" ] && [ -f ear/target/waypoint.ear ]; then
  echo "== Build: the benchmark (the server and ear of this build are there already)"
  mvn -B -q $offline -Pperf -pl perf -am test-compile "${classpath_goal[@]}" \
    -Dspotless.check.skip=true >/dev/null
elif [ "$build" = true ]; then
  echo "== Build: the application for PostgreSQL, and the benchmark"
  mvn -B -q $offline -Ppostgres -Pperf -pl ear,perf -am package "${classpath_goal[@]}" \
    -DskipTests -Dspotless.check.skip=true >/dev/null
else
  mvn -B -q $offline -Pperf -pl perf "${classpath_goal[@]}" >/dev/null
fi
server=$(ls -d ear/target/server-postgres/wildfly-*/ 2>/dev/null | head -n 1 || true)
if [ -z "$server" ] || [ ! -f ear/target/waypoint.ear ]; then
  echo "No server for PostgreSQL under ear/target: build with -Ppostgres first" >&2
  exit 1
fi
if ! grep -q gatling-app "$classpath_file"; then
  echo "The benchmark's classpath was not found (see $classpath_file)" >&2
  exit 1
fi
classpath="$root/perf/target/test-classes:$root/perf/target/classes:$root/ejb/target/classes:$(cat "$classpath_file")"

# ---- data ----
if [ "$reuse" = true ]; then
  echo "== Data: $db as it is (--reuse)"
else
  echo "== Data: generating scale $scale into $db"
  scripts/generate-scale-data.sh --db "$db" --scale "$scale"
fi

# ---- server ----
echo "== Server: $server on port $port (no demo, heap at most 1 GiB)"
rm -f "$server"/standalone/deployments/waypoint.ear*
cp ear/target/waypoint.ear "$server/standalone/deployments/"
pidfile="$root/$work/server.pid"
start_ns=$(date +%s%N)
WAYPOINT_DB_URL="$db_url" WAYPOINT_DB_USER="$db_user" WAYPOINT_DB_PASSWORD="$db_password" \
  JBOSS_JAVA_SIZING="-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m" \
  JBOSS_PIDFILE="$pidfile" LAUNCH_JBOSS_IN_BACKGROUND=1 \
  setsid "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
  >"$work/server.log" 2>&1 &
server_pgid=$!
ready=""
for _ in $(seq 1 1800); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base_url/login" || true)
  if [ "$code" = 200 ]; then
    ready=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    break
  fi
  if ! kill -0 "$server_pgid" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
if [ -z "$ready" ]; then
  echo "The server did not become ready; its log: $work/server.log" >&2
  tail -n 40 "$work/server.log" >&2
  exit 1
fi
ready_seconds=$(awk -v ms="$ready" 'BEGIN { printf "%.1f", ms / 1000 }')
echo "   ready in ${ready_seconds} s (from start to the sign-in page answering)"
java_pid=$(cat "$pidfile")
# heap used (survivors + eden + old, KiB) once a second while the server runs
jstat -gc "$java_pid" 1000 >"$work/heap.txt" 2>/dev/null &
heap_pid=$!

# ---- Gatling ----
echo "== Gatling: one user at a time, then $users users for ${duration}s"
gatling_status=0
before=$( (ls -d "$root"/perf/target/gatling/*/ 2>/dev/null || true) | wc -l)  # none yet on a fresh clone
# the JVM options Gatling's own launcher uses
java -Xmx1g -XX:+HeapDumpOnOutOfMemoryError -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12 \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED -Dbench.baseUrl="$base_url" -Dbench.db.url="$db_url" -Dbench.db.user="$db_user" \
  -Dbench.db.password="$db_password" -Dbench.users="$users" -Dbench.duration="$duration" \
  "${bench_opts[@]}" ${BENCH_OPTS:-} -cp "$classpath" io.gatling.app.Gatling \
  --simulation org.waypoint.perf.bench.WaypointBenchmark \
  --results-folder "$root/perf/target/gatling" || gatling_status=$?
run=""
if [ "$( (ls -d "$root"/perf/target/gatling/*/ 2>/dev/null || true) | wc -l)" -gt "$before" ]; then
  run=$(ls -td "$root"/perf/target/gatling/waypointbenchmark-*/ | head -n 1)
fi

heap_mib=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
  END { printf "%.0f", max / 1024 }' "$work/heap.txt")
stop_server

# ---- report ----
echo "== Results"
echo "   server ready: ${ready_seconds} s; heap used at most: ${heap_mib} MiB of 1024"
report_status=0
if [ -z "$run" ] || [ ! -f "$run/index.html" ]; then
  echo "No Gatling report was written" >&2
  report_status=1
else
  echo "   Gatling's report: ${run}index.html"
  java -cp "$classpath" org.waypoint.perf.bench.Summary "$run" || report_status=$?
  if [ -f perf/target/classes/org/waypoint/perf/floor/FloorReport.class ]; then
    java -cp "$classpath" org.waypoint.perf.floor.FloorReport "$run" "$db_url" "$db_user" \
      "$db_password" --ready-seconds "$ready_seconds" --heap-mib "$heap_mib" \
      --markdown "perf/target/benchmark-$stamp.md" || report_status=$?
  else
    echo "(no FloorReport in this build: Gatling's figures only)"
  fi
fi
echo "== Done in $(( $(date +%s) - started )) s; this output: $out"
if [ "$gatling_status" != 0 ]; then
  echo "FAILED: Gatling reported failed requests or checks (status $gatling_status)" >&2
  exit 1
fi
exit "$report_status"
