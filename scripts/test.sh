#!/usr/bin/env bash
# The whole test suite: installs what the tests need (PostgreSQL), builds once, runs every test
# project without rebuilding against one shared throwaway PostgreSQL server, prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prerequisites.sh
# shellcheck source=/dev/null
source scripts/postgres-test-server.sh
start_test_postgres

results=artifacts/test-results
rm -rf "$results" && mkdir -p "$results"
echo "== build (Release) =="
dotnet build Gamification.sln -c Release --nologo -clp:ErrorsOnly

passed=0 failed=0 skipped=0 status=0
for project in $(find tests -name '*.Tests.csproj' | sort); do
  name=$(basename "$project" .csproj)
  echo "== $name =="
  log="$results/$name.log"
  dotnet test "$project" -c Release --no-build --nologo --results-directory "$results" \
    --logger "trx;LogFileName=$name.trx" >"$log" 2>&1 || true
  grep -E -A8 '^\s+Failed ' "$log" || true
  grep -E '^(Passed|Failed)!' "$log" || true
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "$name: no results (the test host crashed?); see $log"
    tail -n 30 "$log"
    status=1
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  count() { echo "$counters" | sed -E "s/.* $1=\"([0-9]+)\".*/\1/"; }
  passed=$((passed + $(count passed))); failed=$((failed + $(count failed) + $(count error) + $(count timeout)))
  skipped=$((skipped + $(count notExecuted)))
done

echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
