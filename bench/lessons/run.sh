#!/usr/bin/env bash
# Lesson visit benchmark of issue 12, point 10 (a), loopback only, about a minute: 30 visitors save their whole
# observation every 2 s at once with full durability (SQLite synchronous=FULL, group commit); the baseline is the
# same clients asking GET /api/v1/health at the same cadence in the same run. Writes its section of
# docs/PERFORMANCE.md.
#   bench/lessons/run.sh [seconds-per-run]        (bin=build/debug/samenbeter to try it on a debug build)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-20}"
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT
start_samenbeter
loadavg=$(cut -d' ' -f1-3 /proc/loadavg)
result=$(node bench/lessons/load.mjs "$base" "$duration")
row=$(node -e "const r=$result; const b=r.baseline, o=r.observations;
console.log('| GET /api/v1/health (baseline) | ' + [b.requests, b.p50_ms, b.p99_ms, b.max_ms, b.errors].join(' | ') + ' | – |');
console.log('| PUT /lesson-visits/{id}/observation | ' + [o.requests, o.p50_ms, o.p99_ms, o.max_ms, o.errors].join(' | ') + ' | ' + r.lost + ' |');")
section=$(cat <<MD
Command: \`bench/lessons/run.sh $duration\` (run by \`make bench\`), $(date -u +%Y-%m-%d), $(nproc) cores, binary \`$bin\`;
load from \`bench/lessons/load.mjs\` (Node, 30 keep-alive clients) on the same machine; load average at the start:
$loadavg.

30 visitors, each on a visit of its own, save the whole observation (3 criteria, ~400 characters each) every 2 s,
spread over the 2 s, for ${duration} s; latency from send to answer. *lost* counts visitors whose last acknowledged
save is missing afterwards.

| what | requests | p50 ms | p99 ms | max ms | errors | lost |
|---|---|---|---|---|---|---|
$row

Target (issue 12, point 10): p99 < 20 ms with full durability.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Lesson visits: saving observations" <<<"$section"
