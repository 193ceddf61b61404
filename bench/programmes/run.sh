#!/usr/bin/env bash
# Benchmarks of issue 14 (leadership programmes), loopback only, about a minute:
#   (a) 300 simultaneous enrolments for one group of 20 places (enrol_burst.cpp: the use case on the real
#       SQLite store, 300 threads released at once): exactly 20 placed, 280 waiting in order of arrival,
#       none over capacity, and each caller's latency;
#   (b) the public catalogue (GET /api/v1/programmes, no sign-in) with wrk at 64 connections, against nginx
#       serving the same bytes as a static file in the same run.
# Writes its section of docs/PERFORMANCE.md.
#   bench/programmes/run.sh [seconds-per-run]
# Uses the release build (build/release) unless `bin` and `build` name another, e.g. the debug build:
#   bin=build/debug/samenbeter build=build/debug bench/programmes/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
build="${build:-build/release}"
preset="$(basename "$build")"
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT

cmake --build --preset "$preset" --target samenbeter programmes_enrol_burst >/dev/null

burst=$("$build/bench/programmes/programmes_enrol_burst" 300 20) || { echo "enrolment burst failed its checks: $burst"; exit 1; }
field() { node -e "console.log(JSON.parse(process.argv[1])[process.argv[2]])" "$burst" "$1"; }

start_samenbeter
mkdir -p "$work/www"
curl -s "$base/api/v1/programmes" > "$work/www/programmes.json"
size=$(wc -c < "$work/www/programmes.json")
start_nginx
read -r n_rps n_p50 n_p99 < <(measure "$nginx_base/programmes.json" 64 "$duration")
read -r c_rps c_p50 c_p99 < <(measure "$base/api/v1/programmes" 64 "$duration")

section=$(cat <<MD
Command: \`bench/programmes/run.sh $duration\` (run by \`make bench\`), $(date -u +%Y-%m-%d), $(nproc) cores, build \`$build\`.

(a) 300 school leaders enrol at the same moment in a round with one group of 20 places: the use case \`enrol\` on
the SQLite store (WAL, synchronous=FULL, group commit), 300 threads released by a barrier.

| enrolments | placed | waiting | over capacity | waiting list in arrival order | p50 ms | p99 ms | max ms | wall ms |
|---|---|---|---|---|---|---|---|---|
| $(field people) | $(field placed) | $(field waiting) | $([ "$(field placed)" -le 20 ] && echo none || echo YES) | $(field waiting_positions) | $(field p50_ms) | $(field p99_ms) | $(field max_ms) | $(field wall_ms) |

(b) The public catalogue, ${duration} s at 64 connections with wrk -t2; the ratio is its throughput over nginx
(Debian's nginx-light) serving the same $size bytes as a static file, measured just before it.

| what | connections | requests/s | p50 ms | p99 ms | ratio to nginx |
|---|---|---|---|---|---|
| nginx static programmes.json | 64 | $n_rps | $n_p50 | $n_p99 | 1.00 |
| GET /api/v1/programmes | 64 | $c_rps | $c_p50 | $c_p99 | $(ratio "$c_rps" "$n_rps") |

Targets (issue 14): exactly 20 placed and 280 waiting in arrival order, p99 < 50 ms; the catalogue ≥ 0.5× nginx.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Leadership programmes: enrolment burst and public catalogue" <<<"$section"
