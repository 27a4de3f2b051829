#!/usr/bin/env bash
# Generates Waypoint's scale network (org.waypoint.perf.data.Generator) into a new, empty
# PostgreSQL database: programs, staff, clients and three years of history, bulk-loaded with COPY.
# Usage: scripts/generate-scale-data.sh [--db NAME] [--scale S] [--seed N]
#   --db     the database, (re)created empty first (default waypoint_scale)
#   --scale  1.0 is the issue's network (20,000 clients, 3 million check-ins); 0.001 takes seconds
#   --seed   the same seed and scale give the same network (default 42)
# Every generated account's password is waypoint-bench (see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
db=waypoint_scale
scale=1.0
seed=42
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage: $0 [--db NAME] [--scale S] [--seed N]" >&2; exit 2 ;;
  esac
done
user=${WAYPOINT_DB_USER:-waypoint}
password=${WAYPOINT_DB_PASSWORD:-waypoint}

scripts/prepare-postgres.sh "$db"
offline=""
if [ "${WAYPOINT_OFFLINE:-1}" = 1 ]; then
  offline="-o"
fi
# exec:java runs in Maven's JVM: the audit trail is sorted in memory before it is hashed
export MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx6g"
mvn -B -q $offline -Pperf -pl perf -am compile exec:java \
  -Dexec.skip=true -Dexec.mainClass=org.waypoint.perf.data.Generator -Dspotless.check.skip=true \
  -Dexec.args="--url jdbc:postgresql://localhost:5432/$db --user $user --password $password --scale $scale --seed $seed"
