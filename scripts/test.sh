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
  if ! dotnet test "$project" -c Release --no-build --nologo --results-directory "$results" \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" 2>&1 | tee "$log" | grep -E '^\s+(Failed|Skipped) |Error Message|^(Passed|Failed)!'; then
    :
  fi
  line=$(grep -E '^(Passed|Failed)!' "$log" | tail -n 1 || true)
  if [ -z "$line" ]; then
    echo "$name: no test summary (the test host crashed?); see $log"
    status=1
    continue
  fi
  count() { echo "$line" | sed -E "s/.*$1: *([0-9]+).*/\1/"; }
  passed=$((passed + $(count Passed))); failed=$((failed + $(count Failed))); skipped=$((skipped + $(count Skipped)))
done

echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
