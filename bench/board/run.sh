#!/usr/bin/env bash
# Board benchmarks of issue 3, loopback only, about 3 minutes:
#   (a) GET a full board (3 goals × 40 measurements, 60 cards, 20 successes/obstacles) with wrk at 8 and 64
#       connections, against nginx serving the same JSON as a static file in the same run;
#   (b) move a card at 8 and 64 concurrent connections with full durability, then check every acknowledged move;
#   (c) fan-out: 300 boards × 30 live screens (9,000 WebSockets), one writer per board at one change a second.
# (b) uses move_load.cpp (a C++ client driving every connection from one epoll thread, as wrk does).
# Writes its section of docs/PERFORMANCE.md.
#   bench/board/run.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT
(cd bench/board && [ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error)

g++ -O2 -std=c++20 -pthread -I bench/lib bench/board/move_load.cpp -o "$work/move_load"
start_samenbeter
cookie=$(login_cookie schoolleider@demo.samenbeter.nl)
csrf=$(curl -s -H "Cookie: $cookie" "$base/api/v1/me" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).csrf_token))")
team=$(node bench/board/load.mjs seed "$base" "$cookie")
mkdir -p "$work/www"
curl -s -H "Cookie: $cookie" "$base/api/v1/teams/$team/board" > "$work/www/board.json"
size=$(wc -c < "$work/www/board.json")
start_nginx

rows_a=()
for connections in 8 64; do
  read -r n_rps n_p50 n_p99 < <(measure "$nginx_base/board.json" "$connections" "$duration")
  read -r b_rps b_p50 b_p99 < <(measure "$base/api/v1/teams/$team/board" "$connections" "$duration" "Cookie: $cookie")
  rows_a+=("| nginx static board.json | $connections | $n_rps | $n_p50 | $n_p99 | 1.00 |")
  rows_a+=("| GET /api/v1/teams/{id}/board | $connections | $b_rps | $b_p50 | $b_p99 | $(ratio "$b_rps" "$n_rps") |")
done

rows_b=()
for connections in 8 64; do
  result=$("$work/move_load" "$port" "$cookie" "$csrf" "$team" "$connections" "$duration")
  rows_b+=("| $connections | $(node -e "const r=$result; console.log([r.moves, r.per_second, r.p50_ms, r.p99_ms, r.max_ms, r.errors, r.lost].join(' | '))") |")
done

admin=$(login_cookie beheer@demo.samenbeter.nl)
fan=$(node bench/board/load.mjs fanout "$base" "$admin" "$server_pid" 300 30 20)
row_c=$(node -e "const r=$fan; console.log([r.sockets, r.writes, r.deliveries_expected, r.missed, r.p50_ms, r.p99_ms, r.max_ms, r.rss_idle_mb, r.rss_connected_mb, r.rss_loaded_mb, r.peak_rss_mb].join(' | '))")

section=$(cat <<MD
Command: \`bench/board/run.sh $duration\` (run by \`make bench\`), $(date -u +%Y-%m-%d), $(nproc) cores, release build,
access log off; load from \`bench/board/load.mjs\` (Node) and wrk on the same machine.

(a) Reading a whole board of $size bytes (3 goals × 40 weekly measurements, 60 + 20 items), signed in, wrk -t2,
${duration} s per row; the ratio is to nginx serving the same bytes as a static file, measured just before it.

| what | connections | requests/s | p50 ms | p99 ms | ratio to nginx |
|---|---|---|---|---|---|
$(printf '%s\n' "${rows_a[@]}")

(b) Moving a card (POST /items/{id}/move with its version), each connection its own card, ${duration} s, SQLite
with \`synchronous=FULL\` and group commit; latency measured by the client from send to answer. *lost* counts
acknowledged moves missing from the board afterwards. Client: \`bench/board/move_load.cpp\`, keep-alive
connections driven from one epoll thread.

| connections | moves | moves/s | p50 ms | p99 ms | max ms | errors | lost |
|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows_b[@]}")

(c) Fan-out: 300 boards × 30 live screens, one writer per board moving a card once a second for 20 s. Delay is
from the writer's acknowledgement to arrival at each screen (0 when the event came first); memory is the
server's resident set (MB).

| sockets | writes | deliveries expected | missed | p50 ms | p99 ms | max ms | RSS idle | RSS connected | RSS loaded | peak RSS |
|---|---|---|---|---|---|---|---|---|---|---|
| $row_c |

Targets (issue 3): (a) ≥ 0.5× nginx; (b) p99 < 10 ms at 64 connections, nothing lost; (c) p99 < 50 ms, 0 missed,
resident memory < 300 MB.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Team board: read, move, fan-out" <<<"$section"
