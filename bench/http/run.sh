#!/usr/bin/env bash
# HTTP benchmark of the foundation: wrk against GET /api/v1/health and an
# authenticated GET /api/v1/me at 8 and 64 connections, and in the same run
# nginx serving static files of the same sizes (the machine's ceiling).
# Loopback only, bounded in time (about 2 minutes). Writes its section of
# docs/PERFORMANCE.md.
#   bench/http/run.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
bin="build/release/samenbeter"
work="$(mktemp -d)"
server_pid=""
nginx_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" demo --data-dir "$work/data" >/dev/null
"$bin" serve --data-dir "$work/data" --port 0 --access-log false > "$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/server.out" && break; sleep 0.1; done
port=$(grep -oE "127.0.0.1:[0-9]+" "$work/server.out" | head -1 | cut -d: -f2)
base="http://127.0.0.1:$port"

cookie=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
  -d '{"email":"leraar@demo.samenbeter.nl","password":"demo-samenbeter"}' "$base/api/v1/auth/login" |
  grep -i '^set-cookie' | grep -oE 'sb_session=[^;]+')

# nginx serves byte-for-byte copies of the two responses as static files.
mkdir -p "$work/www" "$work/nginx"
chmod 755 "$work"  # nginx workers run as www-data
curl -s "$base/api/v1/health" > "$work/www/health.json"
curl -s -H "Cookie: $cookie" "$base/api/v1/me" > "$work/www/me.json"
nginx_port=$((port + 1))
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  default_type application/json;
  client_body_temp_path $work/nginx;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
sleep 0.5

# run NAME URL CONNECTIONS [HEADER] -> "requests_per_second p50_ms p99_ms"
measure() {
  local url="$2" connections="$3" header="${4:-}"
  local args=(-t2 -c"$connections" -d"${duration}s" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  local out
  out=$(wrk "${args[@]}" "$url")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local errors
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" || true)
  [ -n "$errors" ] && echo "WARNING $1: $errors" >&2
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() {  # wrk prints 123.45us, 1.23ms or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'
}

rows=()
for connections in 8 64; do
  read -r n_rps n_p50 n_p99 < <(measure nginx-health "http://127.0.0.1:$nginx_port/health.json" "$connections")
  read -r h_rps h_p50 h_p99 < <(measure health "$base/api/v1/health" "$connections")
  read -r nm_rps nm_p50 nm_p99 < <(measure nginx-me "http://127.0.0.1:$nginx_port/me.json" "$connections")
  read -r m_rps m_p50 m_p99 < <(measure me "$base/api/v1/me" "$connections" "Cookie: $cookie")
  ratio_h=$(awk -v a="$h_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a / b }')
  ratio_m=$(awk -v a="$m_rps" -v b="$nm_rps" 'BEGIN { printf "%.2f", a / b }')
  rows+=("| nginx static, $(wc -c < "$work/www/health.json") B | $connections | $n_rps | $n_p50 | $n_p99 | 1.00 |")
  rows+=("| GET /api/v1/health | $connections | $h_rps | $h_p50 | $h_p99 | $ratio_h |")
  rows+=("| nginx static, $(wc -c < "$work/www/me.json") B | $connections | $nm_rps | $nm_p50 | $nm_p99 | 1.00 |")
  rows+=("| GET /api/v1/me (signed in) | $connections | $m_rps | $m_p50 | $m_p99 | $ratio_m |")
done

section=$(cat <<MD
Command: \`bench/http/run.sh $duration\` (run by \`make bench\`), $(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2, ${duration} s per row,
release build, demo data, access log off. Each ratio is the row's throughput over nginx (Debian's nginx-light,
\`worker_processes auto\`) serving a static file of the same size, measured just before it in the same run.

| what | connections | requests/s | p50 ms | p99 ms | ratio to nginx |
|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")

Targets (issue 2): the signed-in read at ≥ 0.5× nginx, p99 < 5 ms at 64 connections.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## HTTP foundation: health and signed-in read" <<<"$section"
