#!/usr/bin/env bash
# Student-voice benchmarks of issue 13 (point 9), loopback only, about a minute:
#   (a) a whole school answering at once: 256 keep-alive connections posting answers (each a new device, spread
#       over enough rounds that no round fills and no code reaches its rate limit), full durability:
#       open loop at RATE answers/s in total (each connection on its own fixed schedule, latency from the scheduled
#       send), then closed loop for the maximum rate; afterwards every acknowledged answer must be counted in its
#       round. Baseline in the same run: the same rows written with one SQLite transaction per answer
#       (one_tx_per_answer.cpp, WAL, synchronous=FULL, no group commit).
#   (b) the results of a round of 30 answers: 200 sequential GETs, p50 and p99.
# Load from answer_load.cpp (C++, one epoll thread). Writes its section of docs/PERFORMANCE.md.
#   bench/voice/run.sh [seconds] [rate]   (bin=build/debug/samenbeter bench/voice/run.sh to use another build)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
rate="${2:-5000}"
connections=256
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT

g++ -O2 -std=c++20 bench/voice/one_tx_per_answer.cpp -lsqlite3 -o "$work/one_tx_per_answer"
g++ -O2 -std=c++20 -I bench/lib bench/voice/answer_load.cpp -o "$work/answer_load"
baseline=$("$work/one_tx_per_answer" src/modules/voice/sqlite/migrations/0001_voice_rounds.sql "$work/baseline.sqlite" "$duration")

start_samenbeter
cookie=$(login_cookie leraar@demo.samenbeter.nl)
me=$(curl -s -H "Cookie: $cookie" "$base/api/v1/me")
csrf=$(node -e "console.log(JSON.parse(process.argv[1]).csrf_token)" "$me")
team=$(node -e "console.log(JSON.parse(process.argv[1]).memberships.find((m) => m.role === 'leraar').team_id)" "$me")
# 600 answers per code per minute at most (docs/API.md): enough rounds that 12,000 answers/s stay below it
# (7.5 a second per code), and their class size of 200 lasts both runs up to 10 s each.
rounds=1600
node bench/voice/load.mjs seed "$base" "$cookie" "$csrf" "$team" "$rounds" > "$work/codes.json"
"$work/answer_load" "$port" "$work/codes.json" "$connections" "$rate" "$duration" > "$work/open.json"
"$work/answer_load" "$port" "$work/codes.json" "$connections" 0 "$duration" > "$work/closed.json"
lost=$(node bench/voice/load.mjs check "$base" "$cookie" "$team" "$work/open.json" "$work/closed.json")
results=$(node bench/voice/load.mjs results "$base" "$cookie" "$csrf" "$team" 200)
load=$(cut -d' ' -f1-3 /proc/loadavg)

row() {  # row WHAT RESULT_FILE
  node -e "const r=JSON.parse(require('fs').readFileSync('$2','utf8')); const b=$baseline;
console.log('| $1 | ' + [r.connections, r.offered_per_second || 'max', r.acknowledged, r.per_second, r.p50_ms.toFixed(2),
  r.p99_ms.toFixed(2), r.p999_ms.toFixed(2), r.max_ms.toFixed(2), r.errors, (r.per_second / b.per_second).toFixed(1)].join(' | ') + ' |')"
}
row_open=$(row "server, group commit, open loop" "$work/open.json")
row_closed=$(row "server, group commit, closed loop" "$work/closed.json")
row_b=$(node -e "const b=$baseline; console.log('| one transaction per answer (baseline) | 1 | max | ' + [b.answers, b.per_second, '–', '–', '–', b.max_ms, 0, '1.0'].join(' | ') + ' |')")
row_c=$(node -e "const r=$results; console.log('| ' + [r.requests, r.p50_ms, r.p99_ms].join(' | ') + ' |')")

section=$(cat <<MD
Command: \`bench/voice/run.sh $duration $rate\` (run by \`make bench\`), $(date -u '+%Y-%m-%d %H:%M') UTC, load average
$load at the end, $(nproc) cores, binary \`$bin\`; load from \`bench/voice/answer_load.cpp\` (C++, one epoll thread)
on the same machine.

(a) A whole school answering at once: $connections connections post answers (3 scale questions and one open answer,
each from a new device) for ${duration} s per row across $rounds open rounds, SQLite with \`synchronous=FULL\` and group
commit, each answer acknowledged after its commit. *Open loop*: the connections together offer $rate answers/s, each
on a fixed schedule of its own, and latency runs from the *scheduled* send (a late answer delays the next one of
its connection, and that delay counts). *Closed loop*: each connection sends again when its answer arrives (the
maximum rate; latency from send). *answers/s* counts acknowledged answers over the time until the last one came
back, so a server that falls behind the offered rate shows it. The baseline writes the same rows with one
transaction per answer (\`bench/voice/one_tx_per_answer.cpp\`) in the same run.

| what | connections | offered/s | answers | answers/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | ratio to baseline |
|---|---|---|---|---|---|---|---|---|---|---|
$row_open
$row_closed
$row_b

Lost after both rows (acknowledged, then missing from its round): $lost.

(b) The results of a round of 30 answers (GET /api/v1/voice/rounds/{id}, the teacher signed in), sequential:

| requests | p50 ms | p99 ms |
|---|---|---|
$row_c

Targets (issue 13): (a) ≥ 5,000 answers/s, p99 < 25 ms, nothing lost; (b) < 5 ms.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Student voice: a school answering, results" <<<"$section"
