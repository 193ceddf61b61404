#!/usr/bin/env bash
# Measurement results for a bestuur of 40 schools × 60 staff × 2 rounds (issue
# 16: under 100 ms), against reading those schools' rounds as a baseline in the
# same run. Builds the benchmark with the release preset (PRESET=debug to use
# the debug build) and replaces the section "## Metingen: a bestuur's results"
# in docs/PERFORMANCE.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PRESET="${PRESET:-release}"
cd "$ROOT"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" --target measurements_results_bench >/dev/null
OUT=$(timeout 600 "build/$PRESET/src/modules/measurements/measurements_results_bench" 40 21)
echo "$OUT"
field() { sed -n "s/^$1 .*median_ms=\([0-9.]*\).*/\1/p" <<<"$OUT"; }
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Metingen: a bestuur's results" <<SECTION
Command: \`PRESET=$PRESET bash bench/measurements/run.sh\` (\`make bench\` runs it with the release preset), measured $(date -u +%Y-%m-%d) on $(nproc) cores
with the \`$PRESET\` preset (the debug preset carries AddressSanitizer and UBSan), load average $(cut -d' ' -f1 /proc/loadavg)
when it ran (the machine is shared with other builds). A fresh SQLite database holds a bestuur of 40 schools, each with
6 teams of 10 teachers (60 staff) and a baseline and a follow-up round that all 60 answered (20 statements each:
4,800 answers kept as counters). The bestuur's trend (\`read_bestuur_measurements\` in one unit of work, as
\`GET /api/v1/besturen/{id}/measurement-trend\` does: per school the latest baseline and follow-up, every team's
counters summed per dimension, the minimum-group rules) is timed against reading the 40 schools' rounds alone,
interleaved, median of 21 runs. Target from issue 16: under 100 ms.

| read | median |
|---|---:|
| the bestuur's trend (40 schools × 60 staff × 2 rounds) | $(field trend) ms |
| baseline: the 40 schools' rounds alone | $(field baseline) ms |
| ratio trend / baseline | $(sed -n 's/^ratio //p' <<<"$OUT")× |
SECTION
