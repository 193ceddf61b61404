#!/usr/bin/env bash
# The soak (issue 18, point 7): MINUTES (default 30) of mixed load on two server processes on a throwaway
# PostgreSQL cluster behind nginx — board reads, card moves, measurements, 3,000 live screens — sampling each
# minute the processes' resident memory, the minute's request latencies, errors and missed live events.
# Writes its section of docs/RELIABILITY.md. Not run by make test.
#   bench/reliability/soak.sh [minutes] [binary]
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes="${1:-30}"
bin="${2:-build/release/samenbeter}"
work=$(mktemp -d /tmp/sb-soak.XXXXXX)
chmod 755 "$work"  # PostgreSQL and nginx workers run as other users
source bench/lib/http.sh
source bench/lib/cluster.sh
trap stop_cluster EXIT
(cd bench/reliability && [ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error)

start_cluster 2
result=$(node bench/reliability/soak.mjs "$cluster_base" "$(cluster_pids)" "$minutes" 3000 100)
echo "$result"
summary=$(node bench/reliability/soak_table.mjs <<<"$result")

node bench/lib/write_section.mjs docs/RELIABILITY.md "## Soak: mixed load on two processes" <<MD
Command: \`bench/reliability/soak.sh $minutes $bin\`, $(date -u +%Y-%m-%d), $(nproc) cores, load average
$(cut -d' ' -f1-3 /proc/loadavg) at the end. Two server processes on a throwaway PostgreSQL 15 cluster, nginx in
front (\`bench/lib/cluster.sh\`, as \`make run-cluster\` starts them); everything through nginx. 100 boards, each with a
writer moving its card every 2 s (50 moves/s) and entering the week's measurement every 20 s; 100 board reads a
second; 3,000 live screens (30 a board). Open-loop load from \`bench/reliability/soak.mjs\` on the same two cores.
Per minute: requests, errors (anything but 2xx, and failed connections), request latency, the p99 delay from a
move's acknowledgement to its arrival on each of its board's screens, live events missed (not arrived 10 s after
the acknowledgement), screens closed by the server, and the two processes' resident memory together.

| minute | requests | errors | p50 ms | p99 ms | live p99 ms | missed | screens closed | RSS MB |
|---|---|---|---|---|---|---|---|---|
$summary

Target (issue 18, point 7): 0 errors, resident memory flat (within 10 %), p99 steady.
MD
