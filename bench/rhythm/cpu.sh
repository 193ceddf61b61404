#!/usr/bin/env bash
# The server's CPU time per request of the bestuur's overview (and its heatmap) at SCHOOLS schools × 10 teams ×
# 40 weeks, for one or more binaries on the same seeded database, one after the other: the figure of issue 17,
# point 8 that does not depend on what else runs on the machine (user + system time of /proc/<pid>/stat over
# COUNT sequential requests after 20 that warm up the connections and, where there is one, the cache).
#   bench/rhythm/cpu.sh SCHOOLS COUNT BINARY...
set -euo pipefail
cd "$(dirname "$0")/../.."
schools="$1"; count="$2"; shift 2
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT
bin="$1"
"$bin" demo --data-dir "$work/seeded" >/dev/null
node bench/rhythm/seed.mjs "$schools" 10 40 | sqlite3 "$work/seeded/samenbeter.sqlite"

for bin in "$@"; do
  rm -rf "$work/data" && cp -r "$work/seeded" "$work/data"
  "$bin" serve --data-dir "$work/data" --port 0 --access-log false > "$work/server.out" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do grep -q "listening on" "$work/server.out" && break; sleep 0.1; done
  port=$(grep -oE "127.0.0.1:[0-9]+" "$work/server.out" | head -1 | cut -d: -f2)
  base="http://127.0.0.1:$port"
  cookie=$(login_cookie bestuurder@demo.samenbeter.nl)
  bestuur=$(curl -s -H "Cookie: $cookie" "$base/api/v1/me" |
    node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).memberships.find(m=>m.role==='bestuurder').bestuur_id))")
  overview="$base/api/v1/besturen/$bestuur/rhythm-overview?school_year=2025-2026"
  heatmap="$base/api/v1/besturen/$bestuur/rhythm?school_year=2025-2026"
  sum=$(curl -s -H "Cookie: $cookie" "$overview" | sha256sum | cut -c1-16)
  echo "$bin: overview $(cpu_ms "$overview" "$count") ms, heatmap $(cpu_ms "$heatmap" "$count") ms per request (load $(cut -d' ' -f1 /proc/loadavg)), overview sha256 $sum"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
done
