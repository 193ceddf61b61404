#!/usr/bin/env bash
# Instructions per request, counted by callgrind: a figure that does not move
# with the machine's load, for comparing two builds on a shared, noisy machine
# (wrk's requests per second do). For each binary and route it serves the demo
# data under `valgrind --tool=callgrind`, sends FEW and then MANY signed-in
# requests over one keep-alive connection (or card moves, route "move"), and divides the difference in
# instructions by the difference in requests, so start-up and shutdown cancel.
#   bench/http/instructions.sh BINARY [BINARY ...]
#   ROUTES=move FEW=100 MANY=600 bench/http/instructions.sh BINARY   (one route, other counts)
# Prints one Markdown row per binary and route. Takes a few minutes per binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
few=${FEW:-200}
many=${MANY:-1200}
routes=(/api/v1/health /api/v1/me '/api/v1/teams/{team}/board' move)

# count BINARY ROUTE REQUESTS -> total instructions of the server process
count() {
  local bin="$1" route="$2" requests="$3" work
  work="$(mktemp -d)"
  "$bin" demo --data-dir "$work/data" >/dev/null
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$bin" serve --data-dir "$work/data" --port 0 --access-log false > "$work/server.out" 2>&1 &
  local pid=$!
  for _ in $(seq 600); do grep -q "listening on" "$work/server.out" && break; sleep 0.1; done
  local port
  port=$(grep -oE "127.0.0.1:[0-9]+" "$work/server.out" | head -1 | cut -d: -f2)
  node bench/http/requests.mjs "http://127.0.0.1:$port" "$route" "$requests"
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  grep -E "^(summary|totals):" "$work/callgrind.out" | head -1 | awk '{print $2}'
  rm -rf "$work"
}

echo "| binary | route | instructions per request |"
echo "|---|---|---|"
for bin in "$@"; do
  for route in "${ROUTES[@]:-${routes[@]}}"; do
    low=$(count "$bin" "$route" "$few")
    high=$(count "$bin" "$route" "$many")
    echo "| $bin | $route | $(( (high - low) / (many - few) )) |"
  done
done
