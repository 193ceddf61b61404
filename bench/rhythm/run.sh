#!/usr/bin/env bash
# The rhythm benchmark of issue 17, point 8, loopback only, about 2 minutes:
#   (a) the bestuur's overview (GET /besturen/{id}/rhythm-overview) for 40 schools × 10 teams × 40 weeks of rhythm,
#       with wrk at 16 connections, against nginx serving the same JSON as a static file in the same run;
#   (b) its cost as the number of schools doubles: 10, 20, 40 and 80 schools, each in a fresh database;
#   plus the heatmap of the same bestuur at 40 schools, and the server's CPU time per request of both over
#   sequential requests (the figure that does not depend on what else runs on the machine).
# Data is written straight into the database (seed.mjs) before the server starts. Writes its section of
# docs/PERFORMANCE.md.
#   bench/rhythm/run.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT

# start_seeded SCHOOLS: a fresh demo database with SCHOOLS bench schools of 10 teams × 40 weeks; sets base, cookie, bestuur.
start_seeded() {
  [ -n "$server_pid" ] && kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work/data"
  "$bin" demo --data-dir "$work/data" >/dev/null
  node bench/rhythm/seed.mjs "$1" 10 40 | sqlite3 "$work/data/samenbeter.sqlite"
  "$bin" serve --data-dir "$work/data" --port 0 --access-log false > "$work/server.out" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do grep -q "listening on" "$work/server.out" && break; sleep 0.1; done
  port=$(grep -oE "127.0.0.1:[0-9]+" "$work/server.out" | head -1 | cut -d: -f2)
  base="http://127.0.0.1:$port"
  cookie=$(login_cookie bestuurder@demo.samenbeter.nl)
  bestuur=$(curl -s -H "Cookie: $cookie" "$base/api/v1/me" |
    node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).memberships.find(m=>m.role==='bestuurder').bestuur_id))")
}

overview() { echo "$base/api/v1/besturen/$bestuur/rhythm-overview?school_year=2025-2026"; }

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
rows_b=()
for schools in 10 20 40 80; do
  start_seeded "$schools"
  read -r rps p50 p99 < <(measure "$(overview)" 16 "$duration" "Cookie: $cookie")
  rows_b+=("$schools $rps $p50 $p99 $(cpu_ms "$(overview)" 100)")
  if [ "$schools" = 40 ]; then
    mkdir -p "$work/www"
    curl -s -H "Cookie: $cookie" "$(overview)" > "$work/www/overview.json"
    size=$(wc -c < "$work/www/overview.json")
    start_nginx
    read -r n_rps n_p50 n_p99 < <(measure "$nginx_base/overview.json" 16 "$duration")
    read -r o_rps o_p50 o_p99 <<<"$rps $p50 $p99"
    read -r h_rps h_p50 h_p99 < <(measure "$base/api/v1/besturen/$bestuur/rhythm?school_year=2025-2026" 16 "$duration" "Cookie: $cookie")
    kill "$nginx_pid" 2>/dev/null || true
    nginx_pid=""
    o_cpu=$(cpu_ms "$(overview)" 100)
    h_cpu=$(cpu_ms "$base/api/v1/besturen/$bestuur/rhythm?school_year=2025-2026" 100)
  fi
done

read -r _ _ base_p50 _ base_cpu <<<"${rows_b[0]}"
table_b=$(for row in "${rows_b[@]}"; do
  read -r schools rps p50 p99 cpu <<<"$row"
  echo "| $schools | $((schools * 10)) | $rps | $p50 | $p99 | $(ratio "$p50" "$base_p50") | $cpu | $(ratio "$cpu" "$base_cpu") | $(ratio "$schools" 10) |"
done)

section=$(cat <<MD
Command: \`bench/rhythm/run.sh $duration\` (run by \`make bench\`), $(date -u +%Y-%m-%d), $(nproc) cores, release build,
access log off, wrk -t2 -c16, ${duration} s per row. Data: the demo plus N schools of 10 teams (6 teachers each) with
40 weeks of school year 2025–26 per team (a closed board session most weeks, two goals measured weekly, an obstacle
with the leadership), written by \`bench/rhythm/seed.mjs\` straight into the database. Load average at the start:
$load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg). The machine is shared and noisy:
compare the ratios and the CPU time per request rather than the absolute times.

(a) The bestuur's overview at 40 schools × 10 teams × 40 weeks ($size bytes of JSON), and its heatmap (a row per
school), against nginx serving the overview's bytes as a static file in the same run.

| what | requests/s | p50 ms | p99 ms | ratio to nginx (requests/s) |
|---|---|---|---|---|
| nginx static overview.json | $n_rps | $n_p50 | $n_p99 | 1.00 |
| GET /besturen/{id}/rhythm-overview | $o_rps | $o_p50 | $o_p99 | $(ratio "$o_rps" "$n_rps") |
| GET /besturen/{id}/rhythm | $h_rps | $h_p50 | $h_p99 | $(ratio "$h_rps" "$n_rps") |

Server CPU time per request (user + system time of \`/proc/<pid>/stat\`, 100 sequential requests after 20 to warm
up the connections): the overview $o_cpu ms, the heatmap $h_cpu ms.

(b) The overview as the number of schools doubles (p50 and the server's CPU time per request, over 100 sequential
requests, relative to 10 schools; linear growth would follow the last column).

| schools | teams | requests/s | p50 ms | p99 ms | p50 ratio | CPU ms/request | CPU ratio | schools ratio |
|---|---|---|---|---|---|---|---|---|
$table_b

Target (issue 17, point 8): p99 < 50 ms at 16 connections for 40 schools, growing linearly or better.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Rhythm: the bestuur's overview" <<<"$section"
