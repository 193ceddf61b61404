#!/usr/bin/env bash
# Upload benchmark of issue 12, point 10 (b), loopback only, under a minute: 8 parallel 10 MB uploads of lesson
# materials, twice, while the server's resident memory is sampled; the baseline is its RSS at rest just before, in
# the same run. Target: it grows by less than 20 MB (uploads stream to storage, never whole in memory). Writes its
# section of docs/PERFORMANCE.md.
#   bench/lessons/uploads.sh        (bin=build/debug/samenbeter to try it on a debug build)
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT
start_samenbeter
loadavg=$(cut -d' ' -f1-3 /proc/loadavg)
result=$(node bench/lessons/uploads.mjs "$base" "$server_pid")
rows=$(node -e "const r=$result;
console.log('| at rest (baseline) | – | ' + r.rest_mb + ' | – | – | – | – |');
for (const [name, b] of [['first 8 at once', r.first], ['second 8 at once', r.second]])
  console.log('| ' + name + ' | ' + r.uploads + ' × ' + r.file_mb + ' MB | ' + b.peak_mb + ' | ' + b.growth_mb + ' | ' + b.seconds + ' | ' + b.mb_per_s + ' | ' + b.errors + ' |');
console.log('| after both | – | ' + r.after_mb + ' | ' + Math.round((r.after_mb - r.rest_mb) * 10) / 10 + ' | – | – | – |');")
section=$(cat <<MD
Command: \`bench/lessons/uploads.sh\` (run by \`make bench\`), $(date -u +%Y-%m-%d), $(nproc) cores, binary \`$bin\`;
load from \`bench/lessons/uploads.mjs\` (Node fetch, 8 connections) on the same machine; load average at the start:
$loadavg.

8 teachers upload a different 10 MB pdf each at once to one design (the body streamed by the listener to an anonymous
spool file in 64 KiB chunks, then copied to the file store, fsync'd and linked into place), twice; the server's VmRSS
is sampled every 10 ms. *growth* is the peak over the RSS at rest just before (the same run's baseline).

| what | uploads | RSS MB (peak) | growth MB | seconds | MB/s | errors |
|---|---|---|---|---|---|---|
$rows

Target (issue 12, point 10): the resident memory grows by less than 20 MB.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Lesson materials: 8 parallel 10 MB uploads" <<<"$section"
