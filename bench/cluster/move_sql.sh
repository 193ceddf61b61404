#!/usr/bin/env bash
# What PostgreSQL itself can do with a card move on this machine: the statements of a move (as the server sends
# them) run by pgbench, 64 clients each on its own board, each move its own READ COMMITTED transaction — writers side
# by side that never wait for each other, with no HTTP and no server in the loop — next to pgbench's simplest write
# transaction (-N) on the same cluster in the same minute. For each: transactions a second, and the whole machine's
# busy CPU time per transaction (/proc/stat) with the rate that allows with every core busy. Prints a table; the
# figures are read into docs/PERFORMANCE.md by hand ("PostgreSQL moves: the database's own cost").
#   bench/cluster/move_sql.sh [seconds] [rounds]    (defaults: 10 s, 2 rounds)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
rounds="${2:-2}"
bin="${SAMENBETER_BIN:-build/release/samenbeter}"
pgbench=/usr/lib/postgresql/15/bin/pgbench
work=$(mktemp -d /tmp/sb-move-sql.XXXXXX)
chmod 755 "$work"  # PostgreSQL runs as another user
source bench/lib/http.sh
source bench/lib/cluster.sh
trap 'kill $(jobs -p) 2>/dev/null || true; scripts/postgres-cluster.sh stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
(cd bench/board && [ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error)

# The demo data and 64 boards with a card each, made through the server as users make them.
scripts/postgres-cluster.sh start "$work/pg" >/dev/null
database="postgresql://postgres@localhost/postgres?host=$work/pg&port=5432"
SAMENBETER_DATABASE="$database" SAMENBETER_DATA_DIR="$work/files" "$bin" demo --if-empty >/dev/null
port=$(free_port)
SAMENBETER_DATABASE="$database" SAMENBETER_DATA_DIR="$work/files" "$bin" serve --port "$port" --access-log false >"$work/server.out" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -fsS "$base/api/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
cookie=$(login_cookie schoolleider@demo.samenbeter.nl)
csrf=$(curl -s -H "Cookie: $cookie" "$base/api/v1/me" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).csrf_token))")
teams=$(node bench/board/load.mjs teams "$base" "$cookie" 64)
client=0
for team in ${teams//,/ }; do
  card=$(curl -s -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" -H 'content-type: application/json' \
    -d '{"kind":"action","text":"Kaart die heen en weer gaat"}' "$base/api/v1/teams/$team/items" |
    node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).id))")
  echo "$client,$card,$team"
  client=$((client + 1))
done >"$work/cards.csv"
kill "$server"
wait "$server" 2>/dev/null || true
psql=(psql -q -h "$work/pg" -p 5432 -U postgres)
"${psql[@]}" -c "CREATE TABLE bench_cards (client INT PRIMARY KEY, item_id BIGINT, team_id BIGINT)" postgres
"${psql[@]}" -c "\copy bench_cards FROM '$work/cards.csv' WITH (FORMAT csv)" postgres
"${psql[@]}" -c "CREATE DATABASE pgbench" postgres
"$pgbench" -q -i -s 10 -h "$work/pg" -p 5432 -U postgres pgbench >/dev/null 2>&1

# The write of a move alone: the whole move without the access check's reads (between the card's pick and BEGIN)
# and without the commit token.
awk '/\\gset$/ { print; skip = 1; next } /^BEGIN;/ { skip = 0 } !skip && !/store_commits|pg_current_xact_id/' \
  bench/cluster/move_sql.sql >"$work/move_writes.sql"

busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# run LABEL DATABASE PGBENCH-ARGS… -> a table row
run() {
  local label=$1 db=$2 before out ticks done_tx
  shift 2
  before=$(busy_ticks)
  out=$("$pgbench" -n -M prepared -c 64 -j 2 -T "$duration" "$@" -h "$work/pg" -p 5432 -U postgres "$db" 2>&1)
  ticks=$(($(busy_ticks) - before))
  done_tx=$(awk '/actually processed/ { print $NF }' <<<"$out")
  awk -v label="$label" -v n="$done_tx" -v s="$duration" -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" \
    -v failed="$(awk '/failed transactions/ { print $5 }' <<<"$out")" \
    'BEGIN { ms = t * 1000 / hz / n; printf "| %s | %d | %.0f | %.3f | %.0f | %s |\n", label, n, n / s, ms, cores * 1000 / ms, failed }'
}
echo "| what (64 clients, ${duration} s) | transactions | per second | CPU ms each (machine) | ceiling/s | failed |"
echo "|---|---|---|---|---|---|"
for _ in $(seq "$rounds"); do
  run "pgbench -N (UPDATE, SELECT, INSERT)" pgbench -N
  run "a whole move" postgres -f bench/cluster/move_sql.sql
  run "a move's write alone" postgres -f "$work/move_writes.sql"
done
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u '+%Y-%m-%d %H:%M') UTC"
