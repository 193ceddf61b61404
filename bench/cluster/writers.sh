#!/usr/bin/env bash
# Moves on PostgreSQL with one server process and 1, 2, 8 … writer connections (--database-writers), 64 client
# connections: every card on one board, then one card on each of 64 boards. Why the store keeps one writer:
# PostgreSQL's serializable isolation tracks reads through a B-tree by the index page, so writers side by side
# abort each other even on different boards (docs/PERFORMANCE.md, "PostgreSQL: one writer or several").
#   bench/cluster/writers.sh [seconds] [writers…]    (defaults: 8 s; 1 2 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-8}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 2 8)
bin="${SAMENBETER_BIN:-build/release/samenbeter}"
work=$(mktemp -d /tmp/sb-writers.XXXXXX)
chmod 755 "$work"
source bench/lib/http.sh
source bench/lib/cluster.sh
trap 'kill $(jobs -p) 2>/dev/null || true; scripts/postgres-cluster.sh stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
g++ -O2 -std=c++20 -pthread -I bench/lib bench/board/move_load.cpp -o "$work/move_load"
(cd bench/board && [ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error)
scripts/postgres-cluster.sh start "$work/pg" >/dev/null
database="postgresql://postgres@localhost/postgres?host=$work/pg&port=5432"
SAMENBETER_DATABASE="$database" SAMENBETER_DATA_DIR="$work/files" "$bin" demo --if-empty >/dev/null
echo "| writers | boards | moves/s | p50 ms | p99 ms | errors | lost | serialization failures |"
echo "|---|---|---|---|---|---|---|---|"
for writers in "${counts[@]}"; do
  port=$(free_port)
  SAMENBETER_DATABASE="$database" SAMENBETER_DATA_DIR="$work/files" \
    "$bin" serve --port "$port" --access-log false --database-writers "$writers" >"$work/server.out" 2>&1 &
  pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 100); do curl -fsS "$base/api/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
  cookie=$(login_cookie schoolleider@demo.samenbeter.nl)
  csrf=$(curl -s -H "Cookie: $cookie" "$base/api/v1/me" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).csrf_token))")
  for boards in 1 64; do
    teams=$(node bench/board/load.mjs teams "$base" "$cookie" "$boards")
    before=$(grep -c "could not serialize" "$work/pg/server.log" || true)
    result=$("$work/move_load" "$port" "$cookie" "$csrf" "$teams" 64 "$duration" || true)
    after=$(grep -c "could not serialize" "$work/pg/server.log" || true)
    echo "| $writers | $boards | $(node -e "const r=$result; console.log([r.per_second, r.p50_ms, r.p99_ms, r.errors, r.lost].join(' | '))") | $((after - before)) |"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
