#!/usr/bin/env bash
# Builds the test build (AddressSanitizer, UBSan, warnings as errors) and runs
# every suite: C++ unit and contract tests (ctest), web unit tests (Vitest),
# API tests and end-to-end tests in headless Chromium (node --test) against
# the real binary, and each fuzz target briefly on its seeds (scripts/fuzz.sh). Runs them all even when one fails; exits non-zero if any
# failed; the last line gives the counts.
#
# PostgreSQL: a throwaway cluster (scripts/postgres-cluster.sh) runs for the
# length of the tests; the contract suites run against it as well as SQLite,
# and the API tests run a second time with every server on PostgreSQL.
set -uo pipefail
cd "$(dirname "$0")/.."
export SAMENBETER_BIN="$PWD/build/debug/samenbeter"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
log_dir="build/test-logs"
mkdir -p "$log_dir"

set -e
(cd web && npm run check --silent)
(cd web && npm run build --silent)
cmake --preset debug >/dev/null
cmake --build --preset debug
set +e

# In /tmp, not in the checkout: PostgreSQL runs as another user, who may not enter a private clone's folder.
pg_dir=$(mktemp -d /tmp/sb-test-postgres.XXXXXX)
pg_port=5432  # names the socket file only: the cluster listens on its folder's Unix socket, no TCP
stop_postgres() { scripts/postgres-cluster.sh stop "$pg_dir" 2>/dev/null; rm -rf "$pg_dir"; }
trap stop_postgres EXIT
if conninfo=$(scripts/postgres-cluster.sh start "$pg_dir" 2>&1 | tail -1) && [[ $conninfo == host=* ]]; then
  export SAMENBETER_TEST_POSTGRES="$conninfo"
  postgres_url="postgresql://postgres@localhost/postgres?host=$pg_dir&port=$pg_port"
else
  echo "Cannot start PostgreSQL for the tests: $conninfo" >&2
  postgres_url=""
fi

total_passed=0
total_failed=0
summary=()

# suite NAME LOG PASSED FAILED
record() {
  total_passed=$((total_passed + $3))
  total_failed=$((total_failed + $4))
  summary+=("$(printf '%-10s %4d passed, %d failed   (log: %s)' "$1" "$3" "$4" "$2")")
}

run_ctest() {
  local log="$log_dir/ctest.log"
  ctest --preset debug -j2 2>&1 | tee "$log"
  local line passed failed totals
  line=$(grep -E "tests passed, [0-9]+ tests failed out of" "$log" | tail -1)
  failed=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$line")
  totals=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  [ -n "$line" ] || { failed=1; totals=1; }
  passed=$((totals - failed))
  record ctest "$log" "$passed" "$failed"
}

run_node() {  # NAME FOLDER
  local log="$log_dir/$1.log"
  (cd "$2" && npm test --silent) 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local passed failed
  passed=$(grep -E "^# pass [0-9]+" "$log" | tail -1 | awk '{print $3}')
  failed=$(grep -E "^# fail [0-9]+" "$log" | tail -1 | awk '{print $3}')
  passed=${passed:-0}
  failed=${failed:-0}
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  record "$1" "$log" "$passed" "$failed"
}

run_vitest() {
  local log="$log_dir/vitest.log"
  (cd web && NO_COLOR=1 npx vitest run --reporter=default) 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | tee "$log"
  local status=${PIPESTATUS[0]}
  local line passed failed
  line=$(grep -E "^\s*Tests\s" "$log" | tail -1)
  passed=$(grep -oE "[0-9]+ passed" <<<"$line" | awk '{print $1}')
  failed=$(grep -oE "[0-9]+ failed" <<<"$line" | awk '{print $1}')
  passed=${passed:-0}
  failed=${failed:-0}
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  record vitest "$log" "$passed" "$failed"
}

# Each libFuzzer target for FUZZ_BRIEF_SECONDS (default 8) on a fresh copy of its seed corpus.
run_fuzz() {
  local log="$log_dir/fuzz.log"
  scripts/fuzz.sh --brief "${FUZZ_BRIEF_SECONDS:-8}" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local line passed failed
  line=$(grep -E "^[0-9]+ passed, [0-9]+ failed$" "$log" | tail -1)
  passed=$(awk '{print $1}' <<<"$line")
  failed=$(awk '{print $3}' <<<"$line")
  passed=${passed:-0}
  failed=${failed:-0}
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  record fuzz "$log" "$passed" "$failed"
}

run_ctest
run_fuzz
run_vitest
run_node api tests/api
if [ -n "$postgres_url" ]; then
  SAMENBETER_TEST_POSTGRES_URL="$postgres_url" run_node api-pg tests/api
else
  record api-pg "(PostgreSQL did not start)" 0 1
fi
run_node e2e tests/e2e

echo
echo "Test summary"
printf '  %s\n' "${summary[@]}"
echo "${total_passed} passed, ${total_failed} failed"
[ "$total_failed" -eq 0 ]
