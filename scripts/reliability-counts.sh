#!/usr/bin/env bash
# Prints the counts the reliability tests leave behind (docs/reliability.md): the days per role,
# the concurrency checks and hostile input from it/ (the last run of `mvn verify`), and the faults
# survived and records lost from faults/ (the last run of -Pfaults). A count that is missing is
# said to be missing: its test did not run in this tree.
set -uo pipefail
cd "$(dirname "$0")/.."

for file in it/target/reliability/days.txt it/target/reliability/concurrency.txt \
  it/target/reliability/hostile.txt faults/target/reliability/faults.txt; do
  if [ -s "$file" ]; then
    cat "$file"
  else
    echo "(no counts in $file: its test did not run here)"
  fi
done
