#!/usr/bin/env bash
# Student-voice benchmarks of issue 13 (point 9), loopback only, about a minute:
#   (a) a whole school answering at once: 256 keep-alive connections posting answers (each a new device, spread
#       over enough rounds that no round fills and no code reaches its rate limit) for SECONDS, full durability;
#       then every acknowledged answer must be counted in its round. Baseline in the same run: the same rows written
#       with one SQLite transaction per answer (one_tx_per_answer.cpp, WAL, synchronous=FULL, no group commit).
#   (b) the results of a round of 30 answers: 200 sequential GETs, p50 and p99.
# Writes its section of docs/PERFORMANCE.md.
#   bench/voice/run.sh [seconds]        (bin=build/debug/samenbeter bench/voice/run.sh to use another build)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT

g++ -O2 -std=c++20 bench/voice/one_tx_per_answer.cpp -lsqlite3 -o "$work/one_tx_per_answer"
baseline=$("$work/one_tx_per_answer" src/modules/voice/sqlite/migrations/0001_voice_rounds.sql "$work/baseline.sqlite" "$duration")

start_samenbeter
cookie=$(login_cookie leraar@demo.samenbeter.nl)
me=$(curl -s -H "Cookie: $cookie" "$base/api/v1/me")
csrf=$(node -e "console.log(JSON.parse(process.argv[1]).csrf_token)" "$me")
team=$(node -e "console.log(JSON.parse(process.argv[1]).memberships.find((m) => m.role === 'leraar').team_id)" "$me")
# 600 answers per code per minute at most (docs/API.md): enough rounds that 8,000 answers/s stay below it
# (7 a second per code), and their class size of 200 lasts runs up to 25 s.
rounds=1100
node bench/voice/load.mjs seed "$base" "$cookie" "$csrf" "$team" "$rounds" > "$work/codes.json"
node bench/voice/load.mjs answer "$base" "$work/codes.json" 256 "$duration" > "$work/answers.json"
lost=$(node bench/voice/load.mjs check "$base" "$cookie" "$team" "$work/answers.json")
results=$(node bench/voice/load.mjs results "$base" "$cookie" "$csrf" "$team" 200)

row_a=$(node -e "const r=JSON.parse(require('fs').readFileSync('$work/answers.json','utf8')); const b=$baseline;
console.log('| server, group commit | 256 | ' + [r.acknowledged, r.per_second, r.p50_ms, r.p99_ms, r.max_ms, r.errors, $lost,
  (r.per_second / b.per_second).toFixed(1)].join(' | ') + ' |')")
row_b=$(node -e "const b=$baseline; console.log('| one transaction per answer (baseline) | 1 | ' + [b.answers, b.per_second, '–', '–', b.max_ms, 0, 0, '1.0'].join(' | ') + ' |')")
row_c=$(node -e "const r=$results; console.log('| ' + [r.requests, r.p50_ms, r.p99_ms].join(' | ') + ' |')")

section=$(cat <<MD
Command: \`bench/voice/run.sh $duration\` (run by \`make bench\`), $(date -u +%Y-%m-%d), $(nproc) cores, binary \`$bin\`;
load from \`bench/voice/load.mjs\` (Node, keep-alive) on the same machine.

(a) A whole school answering at once: 256 connections post answers (3 scale questions and one open answer, each
from a new device) for ${duration} s across $rounds open rounds, SQLite with \`synchronous=FULL\` and group commit;
latency from send to answer at the client. *lost* counts acknowledged answers missing from their round afterwards.
The baseline writes the same rows with one transaction per answer (\`bench/voice/one_tx_per_answer.cpp\`) in the
same run.

| what | connections | answers | answers/s | p50 ms | p99 ms | max ms | errors | lost | ratio to baseline |
|---|---|---|---|---|---|---|---|---|---|
$row_a
$row_b

(b) The results of a round of 30 answers (GET /api/v1/voice/rounds/{id}, the teacher signed in), sequential:

| requests | p50 ms | p99 ms |
|---|---|---|
$row_c

Targets (issue 13): (a) ≥ 5,000 answers/s, p99 < 25 ms, nothing lost; (b) < 5 ms.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Student voice: a school answering, results" <<<"$section"
