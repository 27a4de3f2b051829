#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL, and creates Waypoint's role and a new,
# empty database. Usage: scripts/prepare-postgres.sh [DATABASE]   (default: waypoint)
# Dropping the database first is the point: use a database name of its own for tests.
set -euo pipefail
database=${1:-waypoint}
user=${WAYPOINT_DB_USER:-waypoint}
password=${WAYPOINT_DB_PASSWORD:-waypoint}

sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo=sudo
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages..."
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq postgresql
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  $sudo pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h localhost && break
  sleep 1
done
pg_isready -h localhost

psql_admin() {
  $sudo su postgres -c "psql -v ON_ERROR_STOP=1 -q -c \"$1\""
}
if ! $sudo su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = '$user'\"" | grep -q 1; then
  psql_admin "create role $user login password '$password'"
fi
psql_admin "drop database if exists $database"
psql_admin "create database $database owner $user"
echo "PostgreSQL $version ready: database $database, owner $user"
