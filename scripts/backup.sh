#!/usr/bin/env bash
# Backs up Waypoint's database with pg_dump in PostgreSQL's custom format (-Fc: compressed, every
# table, sequence, constraint and trigger; restored with scripts/restore.sh). The dump is written
# to a temporary name and renamed when complete, so a file of that name is always a whole dump.
#
# Usage: scripts/backup.sh [DATABASE [FILE]]
#   DATABASE  default: waypoint
#   FILE      default: backups/waypoint-<database>-<UTC time>.dump
# The connection comes from libpq's own variables: PGHOST (default localhost), PGPORT (5432),
# PGUSER (default $WAYPOINT_DB_USER, else waypoint), PGPASSWORD (default $WAYPOINT_DB_PASSWORD,
# else waypoint). See docs/reliability.md, "Backup and restore".
set -euo pipefail
database=${1:-waypoint}
file=${2:-backups/waypoint-$database-$(date -u +%Y%m%dT%H%M%SZ).dump}
export PGHOST=${PGHOST:-localhost}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-${WAYPOINT_DB_USER:-waypoint}}
export PGPASSWORD=${PGPASSWORD:-${WAYPOINT_DB_PASSWORD:-waypoint}}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
pg_dump=${bin:+$bin/}pg_dump

mkdir -p "$(dirname "$file")"
partial="$file.partial"
"$pg_dump" --format=custom --compress=6 --no-password --dbname="$database" --file="$partial"
mv "$partial" "$file"
echo "Backed up $database ($PGHOST:$PGPORT) to $file ($(du -h "$file" | cut -f1))"
