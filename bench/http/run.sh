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
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT

start_samenbeter
cookie=$(login_cookie leraar@demo.samenbeter.nl)
mkdir -p "$work/www"
curl -s "$base/api/v1/health" > "$work/www/health.json"
curl -s -H "Cookie: $cookie" "$base/api/v1/me" > "$work/www/me.json"
start_nginx

rows=()
for connections in 8 64; do
  read -r n_rps n_p50 n_p99 < <(measure "$nginx_base/health.json" "$connections" "$duration")
  read -r h_rps h_p50 h_p99 < <(measure "$base/api/v1/health" "$connections" "$duration")
  read -r nm_rps nm_p50 nm_p99 < <(measure "$nginx_base/me.json" "$connections" "$duration")
  read -r m_rps m_p50 m_p99 < <(measure "$base/api/v1/me" "$connections" "$duration" "Cookie: $cookie")
  rows+=("| nginx static, $(wc -c < "$work/www/health.json") B | $connections | $n_rps | $n_p50 | $n_p99 | 1.00 |")
  rows+=("| GET /api/v1/health | $connections | $h_rps | $h_p50 | $h_p99 | $(ratio "$h_rps" "$n_rps") |")
  rows+=("| nginx static, $(wc -c < "$work/www/me.json") B | $connections | $nm_rps | $nm_p50 | $nm_p99 | 1.00 |")
  rows+=("| GET /api/v1/me (signed in) | $connections | $m_rps | $m_p50 | $m_p99 | $(ratio "$m_rps" "$nm_rps") |")
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
