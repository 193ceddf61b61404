#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang 16, ASan, UBSan) and
# runs each in turn for SECONDS of wall time, one at a time at the lowest
# priority, on its committed seeds (fuzz/corpus/<target>/) plus what earlier
# runs found (build/fuzz/corpus/<target>/). A crash, leak, UB report, timeout
# or broken invariant fails the run and leaves the input in
# build/fuzz/artifacts/; the last lines give runs and CPU seconds per target
# (docs/RELIABILITY.md, "Fuzzing").
#   scripts/fuzz.sh [SECONDS] [TARGET...]   what `make fuzz` runs (FUZZ_SECONDS, default 600)
#   scripts/fuzz.sh --brief [SECONDS]       what `make test` runs: each target on a fresh copy of its seeds only
# FUZZ_JOBS=N runs N fuzzing processes per target (libFuzzer's -fork=N), for
# more CPU seconds in the same wall time; the CPU seconds reported are all of
# them together.
set -uo pipefail
cd "$(dirname "$0")/.."

brief=0
if [ "${1:-}" = --brief ]; then brief=1; shift; fi
seconds="${1:-600}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  for dir in fuzz/corpus/*/; do targets+=("$(basename "$dir")"); done
fi

set -e
cmake --preset fuzz >/dev/null 2>&1 || cmake --preset fuzz
cmake --build --preset fuzz
set +e

# The longest input each target takes: a live message is at most 4 KiB (realtime/live_session.h).
max_len() {
  case "$1" in
    fuzz_live_message) echo 4096 ;;
    *) echo 16384 ;;
  esac
}

mkdir -p build/fuzz/artifacts
summary=()
failed=0
for target in "${targets[@]}"; do
  binary="build/fuzz/fuzz/$target"
  if [ ! -x "$binary" ]; then
    echo "fuzz: no target $target" >&2
    failed=$((failed + 1))
    continue
  fi
  if ((brief)); then
    work=$(mktemp -d)
  else
    work="build/fuzz/corpus/$target"
    mkdir -p "$work"
  fi
  log="build/fuzz/$target.log"
  TIMEFORMAT='%U %S'
  fork=()
  if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then fork=(-fork="$FUZZ_JOBS"); fi
  cpu=$( { time nice -n 19 "$binary" "${fork[@]}" -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 \
             -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$target-" \
             "$work" "fuzz/corpus/$target" >"$log" 2>&1; echo "status $?" >>"$log"; } 2>&1 )
  status=$(sed -nE 's/^status ([0-9]+)$/\1/p' "$log" | tail -1)
  runs=$(sed -nE 's/^stat::number_of_executed_units: ([0-9]+)/\1/p' "$log" | tail -1)
  # With -fork the parent prints no final stats; its last progress line ("#N: cov: …") counts every job's runs.
  if [ -z "$runs" ]; then runs=$(sed -nE 's/^#([0-9]+): cov:.*/\1/p' "$log" | tail -1); fi
  cpu_seconds=$(awk '{printf "%d", $1 + $2}' <<<"$cpu")
  if ((brief)); then rm -rf "$work"; fi
  if [ "$status" = 0 ]; then
    result=ok
  else
    result="FAILED (log: $log)"
    failed=$((failed + 1))
    grep -E "ERROR|SUMMARY|Test unit written|runtime error" "$log" | head -5
  fi
  summary+=("$(printf '%-22s %10s runs %6s CPU s  %s' "$target" "${runs:-0}" "$cpu_seconds" "$result")")
done

echo
echo "Fuzzing, ${seconds} s per target"
printf '  %s\n' "${summary[@]}"
echo "$(( ${#targets[@]} - failed )) passed, ${failed} failed"
[ "$failed" -eq 0 ]
