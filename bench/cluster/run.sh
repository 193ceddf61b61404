#!/usr/bin/env bash
# Benchmarks of several server processes on PostgreSQL (issue 18, point 8), loopback only, on a throwaway
# PostgreSQL 15 cluster (fsync and synchronous_commit on, its defaults), about 3 minutes:
#   (a) moving a card with full durability at 8 and 64 connections, on PostgreSQL and on SQLite in the same run;
#   (b) reading a whole board through nginx in front of two server processes, against nginx serving the same bytes;
#   (c) cross-process fan-out: 300 boards × 30 live screens spread over two processes, one writer per board at one
#       change a second, each writer going through one of the two processes.
# Clients: bench/board/move_load.cpp (moves), wrk (reads), bench/board/load.mjs (fan-out).
# Writes its section of docs/PERFORMANCE.md.
#   bench/cluster/run.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
work=$(mktemp -d /tmp/sb-bench-cluster.XXXXXX)
chmod 755 "$work"  # PostgreSQL and nginx workers run as other users
source bench/lib/http.sh
source bench/lib/cluster.sh
trap stop_cluster EXIT
(cd bench/board && [ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error)
g++ -O2 -std=c++20 -pthread -I bench/lib bench/board/move_load.cpp -o "$work/move_load"

# csrf_of COOKIE BASE -> the session's CSRF token
csrf_of() {
  curl -s -H "Cookie: $1" "$2/api/v1/me" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).csrf_token))"
}

# The whole machine's busy CPU time so far, in clock ticks (user, nice, system, irq, softirq, steal of /proc/stat).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# cpu_cost TICKS UNITS -> "ms of machine CPU a unit | units a second with every core busy": what a unit costs everyone
# together (server, database, nginx, client), and so the most this machine could do however the work is arranged.
cpu_cost() {
  awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" \
    'BEGIN { ms = n ? t * 1000 / hz / n : 0; printf "%.3f | %.0f", ms, ms ? cores * 1000 / ms : 0 }'
}

# moves PORT COOKIE TEAM DATABASE -> table rows for 8 and 64 connections on one board, then 64 on 64 boards
moves() {
  local csrf teams
  csrf=$(csrf_of "$2" "http://127.0.0.1:$1")
  teams=$(node bench/board/load.mjs teams "http://127.0.0.1:$1" "$2" 64)
  for run in "$3 8 one" "$3 64 one" "$teams 64 64"; do
    local result boards connections before moved
    read -r boards connections label <<<"$run"
    before=$(busy_ticks)
    result=$("$work/move_load" "$1" "$2" "$csrf" "$boards" "$connections" "$duration")
    moved=$(node -e "console.log(($result).moves)")
    echo "| $4, $label board$([ "$label" = one ] || echo s) | $connections | $(node -e "const r=$result; console.log([r.moves, r.per_second, r.p50_ms, r.p99_ms, r.max_ms, r.errors, r.lost].join(' | '))") | $(cpu_cost $(($(busy_ticks) - before)) "$moved") |"
  done
}

# (a) SQLite first, as the baseline of the same run.
start_samenbeter
cookie=$(login_cookie schoolleider@demo.samenbeter.nl)
team=$(node bench/board/load.mjs seed "$base" "$cookie")
rows_a=("$(moves "$port" "$cookie" "$team" SQLite)")
sqlite_rate=$(awk -F'|' 'NR == 2 { print $5 }' <<<"${rows_a[0]}")
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

# PostgreSQL: two server processes on one database, nginx in front.
start_cluster 2
base="http://127.0.0.1:${ports[0]}"
cookie=$(login_cookie schoolleider@demo.samenbeter.nl)
team=$(node bench/board/load.mjs seed "$base" "$cookie")
pg_moves=$(moves "${ports[0]}" "$cookie" "$team" PostgreSQL)
rows_a+=("$pg_moves")
pg_rate=$(awk -F'|' 'NR == 2 { print $5 + 0 }' <<<"$pg_moves")
pg_p99=$(awk -F'|' 'NR == 2 { print $7 + 0 }' <<<"$pg_moves")
pg_spread_rate=$(awk -F'|' 'NR == 3 { print $5 + 0 }' <<<"$pg_moves")
pg_spread_p99=$(awk -F'|' 'NR == 3 { print $7 + 0 }' <<<"$pg_moves")
pg_ceiling=$(awk -F'|' 'NR == 2 { print $12 + 0 }' <<<"$pg_moves")
pg_spread_ceiling=$(awk -F'|' 'NR == 3 { print $12 + 0 }' <<<"$pg_moves")

# The database's own ceiling on this machine: pgbench's simple-update transaction (UPDATE, SELECT, INSERT, each
# its own commit, -N) at the same connections, on the same cluster, in a database of its own.
pgbench=/usr/lib/postgresql/15/bin/pgbench
psql -q -h "$work/pg" -p 5432 -U postgres -c "CREATE DATABASE pgbench" postgres
"$pgbench" -q -i -s 10 -h "$work/pg" -p 5432 -U postgres pgbench >/dev/null 2>&1
for connections in 8 64; do
  before=$(busy_ticks)
  out=$("$pgbench" -N -M prepared -c "$connections" -j 2 -T "$duration" -h "$work/pg" -p 5432 -U postgres pgbench 2>/dev/null)
  ticks=$(($(busy_ticks) - before))
  tps=$(awk '/^tps/ { printf "%.0f", $3 }' <<<"$out")
  done_tx=$(awk '/actually processed/ { print $NF }' <<<"$out")
  pgbench_rows+=("| PostgreSQL alone: pgbench -N transactions | $connections | $done_tx | $tps | – | – | – | – | – | $(cpu_cost "$ticks" "$done_tx") |")
  [ "$connections" = 64 ] && pgbench_rate=$tps
done
rows_a+=("$(printf '%s\n' "${pgbench_rows[@]}")")

# (b) Reads through nginx in front of both processes, against nginx serving the board's bytes.
mkdir -p "$work/www"
curl -s -H "Cookie: $cookie" "$cluster_base/api/v1/teams/$team/board" >"$work/www/board.json"
size=$(wc -c <"$work/www/board.json")
start_nginx
# Three rounds of the pair, one after the other, each row the round with the median rate: nginx's static rate swings
# far more than the proxied one on a shared machine (22,000-61,000/s within a minute at load 12), so one pair can say
# anything. The ratio is the median of the three rounds' ratios.
median_of_3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
rows_b=()
ratios_b=()
round_seconds=$(( (duration + 1) / 2 ))
for connections in 8 64; do
  n_rounds=() c_rounds=() pair_ratios=()
  for _ in 1 2 3; do
    n_rounds+=("$(measure "$nginx_base/board.json" "$connections" "$round_seconds")")
    c_rounds+=("$(measure "$cluster_base/api/v1/teams/$team/board" "$connections" "$round_seconds" "Cookie: $cookie")")
    pair_ratios+=("$(ratio "${c_rounds[-1]%% *}" "${n_rounds[-1]%% *}")")
  done
  n_median=$(median_of_3 "${n_rounds[0]%% *}" "${n_rounds[1]%% *}" "${n_rounds[2]%% *}")
  c_median=$(median_of_3 "${c_rounds[0]%% *}" "${c_rounds[1]%% *}" "${c_rounds[2]%% *}")
  for round in "${n_rounds[@]}"; do [ "${round%% *}" = "$n_median" ] && read -r n_rps n_p50 n_p99 <<<"$round" && break; done
  for round in "${c_rounds[@]}"; do [ "${round%% *}" = "$c_median" ] && read -r c_rps c_p50 c_p99 <<<"$round" && break; done
  pair_ratio=$(median_of_3 "${pair_ratios[@]}")
  rows_b+=("| nginx static board.json | $connections | $n_rps | $n_p50 | $n_p99 | 1.00 |")
  rows_b+=("| nginx → 2 processes, GET /api/v1/teams/{id}/board | $connections | $c_rps | $c_p50 | $c_p99 | $pair_ratio |")
  ratios_b+=("$pair_ratio")
  echo "(b) $connections connections, rounds: nginx ${n_rounds[*]%% *}; proxied ${c_rounds[*]%% *}; ratios ${pair_ratios[*]}" >&2
done

# (c) Fan-out over both processes.
admin=$(login_cookie beheer@demo.samenbeter.nl)
fan=$(node bench/board/load.mjs fanout "http://127.0.0.1:${ports[0]},http://127.0.0.1:${ports[1]}" "$admin" "$(cluster_pids)" 300 30 20)
row_c=$(node -e "const r=$fan; console.log([r.processes, r.sockets, r.writes, r.deliveries_expected, r.missed, r.p50_ms, r.p99_ms, r.max_ms, r.rss_connected_mb, r.peak_rss_mb, r.client_threads, r.client_loop_delay_p99_ms].join(' | '))")
fan_missed=$(node -e "console.log(($fan).missed)")
fan_p99=$(node -e "console.log(($fan).p99_ms)")

# verdict MET? LABEL: "met" or "NOT met", for the targets' lines.
verdict() { [ "$1" = 1 ] && echo "met" || echo "NOT met"; }
met_a=$(awk -v r="$pg_rate" -v p="$pg_p99" 'BEGIN { print (r >= 5000 && p < 20) ? 1 : 0 }')
met_a_spread=$(awk -v r="$pg_spread_rate" -v p="$pg_spread_p99" 'BEGIN { print (r >= 5000 && p < 20) ? 1 : 0 }')
met_b=$(awk -v a="${ratios_b[0]}" -v b="${ratios_b[1]}" 'BEGIN { print (a >= 0.5 && b >= 0.5) ? 1 : 0 }')
met_c=$(awk -v m="$fan_missed" -v p="$fan_p99" 'BEGIN { print (m == 0 && p < 50) ? 1 : 0 }')

section=$(cat <<MD
Command: \`bench/cluster/run.sh $duration\` (run by \`make bench\`), $(date -u +%Y-%m-%d), $(nproc) cores, release build,
access log off, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; PostgreSQL 15 in a throwaway cluster on the
same machine with its defaults (\`fsync=on\`, \`synchronous_commit=on\`), reached over its Unix socket. The clients run
on the same two cores as the servers and the database.

(a) Moving a card (POST /items/{id}/move with its version), each connection its own card, ${duration} s, on one server
process: all cards on one board (every move takes that board's next sequence number), then one card on each of 64
boards (as many board sessions at once); *lost* counts acknowledged moves missing from the board afterwards. SQLite (\`synchronous=FULL\`, group
commit) is the baseline of the same run. Client: \`bench/board/move_load.cpp\`. At 64 connections PostgreSQL moves
$(ratio "$pg_rate" "$sqlite_rate")× as many cards a second as SQLite, and $(ratio "$pg_rate" "$pgbench_rate")× as many as PostgreSQL
itself commits pgbench's simplest write transaction (\`pgbench -N\`: an UPDATE, a SELECT and an INSERT, 64 clients,
same cluster, same seconds) — the database's own ceiling on this machine for a write with its own commit.
*CPU ms a move* is the whole machine's busy CPU time during the run (every process: servers, PostgreSQL, nginx,
the client) divided by the moves made; *ceiling/s* is what that cost allows with all $(nproc) cores busy — the most
this machine could move however the writes were arranged, with no waiting at all.

| database | connections | moves | moves/s | p50 ms | p99 ms | max ms | errors | lost | CPU ms a move | ceiling/s |
|---|---|---|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows_a[@]}")

(b) Reading a whole board of $size bytes, signed in, through nginx (\`deploy/nginx/cluster.conf\`) in front of two
server processes on PostgreSQL, wrk -t2; three rounds of ${round_seconds} s of nginx serving the same bytes as a static file, then
the proxied read, one after the other; each row is the round with the median rate, the ratio the median of the
three rounds' ratios.

| what | connections | requests/s | p50 ms | p99 ms | ratio to nginx |
|---|---|---|---|---|---|
$(printf '%s\n' "${rows_b[@]}")

(c) Cross-process fan-out: 300 boards × 30 live screens, each board's screens spread over both processes, one writer
per board moving a card once a second for 20 s through one of the two, so half of each board's screens hear of it
through PostgreSQL's LISTEN/NOTIFY. Delay is from the writer's acknowledgement to arrival at each screen (0 when the
event came first); memory is the two processes' resident sets together (MB). The client (\`bench/board/load.mjs\`)
splits the boards over worker threads, each timing its own boards' acknowledgements and arrivals; *client loop p99*
is the worst thread's event-loop delay (ms): when it nears the p99 of the delays, the client is part of what they show.

| processes | sockets | writes | deliveries expected | missed | p50 ms | p99 ms | max ms | RSS connected | peak RSS | client threads | client loop p99 |
|---|---|---|---|---|---|---|---|---|---|---|---|
| $row_c |

Targets (issue 18, point 8), this run:
- (a) PostgreSQL ≥ 5,000 moves/s with p99 < 20 ms at 64 connections: one board **$(verdict "$met_a")** ($pg_rate moves/s, p99 $pg_p99 ms; CPU ceiling $pg_ceiling/s); 64 boards **$(verdict "$met_a_spread")** ($pg_spread_rate moves/s, p99 $pg_spread_p99 ms; CPU ceiling $pg_spread_ceiling/s).
- (b) ≥ 0.5× nginx at 8 and 64 connections: **$(verdict "$met_b")** (${ratios_b[0]}× and ${ratios_b[1]}×).
- (c) p99 < 50 ms, 0 missed: **$(verdict "$met_c")** (p99 $fan_p99 ms, $fan_missed missed).
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Several processes on PostgreSQL: moves, reads through nginx, fan-out" <<<"$section"
