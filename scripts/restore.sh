#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a NEW database (it never writes over an existing
# one): creates DATABASE owned by OWNER, restores every table, sequence, constraint and trigger in
# one transaction (all or nothing), and prints each table's row count. Point Waypoint at the new
# database (WAYPOINT_DB_URL) and start it; then check the audit chain (docs/reliability.md).
#
# Usage: scripts/restore.sh FILE DATABASE [OWNER]
#   OWNER  the role the application connects as (default $WAYPOINT_DB_USER, else waypoint)
# The connection comes from libpq's variables: PGHOST (default localhost), PGPORT (5432), PGUSER
# and PGPASSWORD of a role that may create databases and act as OWNER (default postgres: on the
# database machine, run as the postgres account, e.g. `sudo -u postgres scripts/restore.sh ...`).
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
file=$1
database=$2
owner=${3:-${WAYPOINT_DB_USER:-waypoint}}
export PGHOST=${PGHOST:-localhost}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
tool() {
  "${bin:+$bin/}$1" "${@:2}"
}

if [ ! -s "$file" ]; then
  echo "No dump at $file" >&2
  exit 1
fi
tool pg_restore --list "$file" >/dev/null # refuses a file that is not a whole custom-format dump
exists=$(tool psql --no-password -d postgres -tAc "select 1 from pg_database where datname = '$database'")
if [ "$exists" = 1 ]; then
  echo "Database $database exists already: restore into a new database, then point Waypoint at it" >&2
  exit 1
fi
tool createdb --no-password --owner="$owner" "$database"
tool pg_restore --no-password --exit-on-error --single-transaction --no-owner --role="$owner" \
  --dbname="$database" "$file"
tool psql --no-password -d "$database" -v ON_ERROR_STOP=1 -q -c "analyze"
echo "Restored $file into $database (owner $owner) on $PGHOST:$PGPORT. Rows per table:"
tool psql --no-password -d "$database" -tA -F ' ' -c \
  "select table_name, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
     table_schema, table_name), false, true, '')))[1]::text from information_schema.tables
   where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" | sed 's/^/  /'
