#!/usr/bin/env bash
# The staff pipeline of 1,000 schools (issue 16: under 50 ms), against reading
# the 1,000 schools themselves as a baseline in the same run. Builds the
# benchmark with the release preset and replaces the section
# "## Trajectory: the staff pipeline of 1,000 schools" in docs/PERFORMANCE.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PRESET="${PRESET:-release}"
cd "$ROOT"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" --target trajectory_pipeline_bench >/dev/null
OUT=$(timeout 300 "build/$PRESET/src/modules/trajectory/trajectory_pipeline_bench" 1000 21)
echo "$OUT"
field() { sed -n "s/^$1 .*median_ms=\([0-9.]*\).*/\1/p" <<<"$OUT"; }
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Trajectory: the staff pipeline of 1,000 schools" <<SECTION
Command: \`PRESET=$PRESET bash bench/trajectory/run.sh\` (\`make bench\` runs it with the release preset), measured $(date -u +%Y-%m-%d) on $(nproc) cores
with the \`$PRESET\` preset (the debug preset carries AddressSanitizer and UBSan), load average $(cut -d' ' -f1 /proc/loadavg)
when it ran (the machine is shared). A fresh SQLite database holds 1,000 schools (25 besturen) in every phase, with their
steps, four condition checks and 12 visits each; the pipeline read (\`trajectories(tx).pipeline()\` in one unit of
work, as \`GET /api/v1/trajectories\` does) is timed against reading the 1,000 schools alone, interleaved, median
of 21 runs. Target from issue 16: under 50 ms.

| read | median |
|---|---:|
| pipeline of 1,000 schools | $(field pipeline) ms |
| baseline: the 1,000 schools alone | $(field baseline) ms |
| ratio pipeline / baseline | $(sed -n 's/^ratio //p' <<<"$OUT")× |
SECTION
