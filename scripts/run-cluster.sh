#!/usr/bin/env bash
# SamenBeter as it runs when one process is not enough, on one machine: a
# throwaway PostgreSQL cluster, two server processes on it with the demo data,
# and nginx in front. Ctrl-C (or the end of any part) stops everything and
# removes the folder; nothing keeps running.
#   make run-cluster            (PORT=8080 by default; the processes use PORT+1 and PORT+2)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8080}
bin=${SAMENBETER_BIN:-build/release/samenbeter}
work=$(mktemp -d /tmp/samenbeter-cluster.XXXXXX)
chmod 755 "$work"  # nginx workers and PostgreSQL run as other users
pids=()

stop_all() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  scripts/postgres-cluster.sh stop "$work/pg" 2>/dev/null || true
  rm -rf "$work"
  echo "Cluster stopped; nothing left running."
}
trap stop_all EXIT INT TERM

scripts/postgres-cluster.sh start "$work/pg" >/dev/null  # a Unix socket in the folder only
database="postgresql://postgres@localhost/postgres?host=$work/pg&port=5432"
export SAMENBETER_DATABASE="$database"
# Uploaded files: one folder that both processes share (on several machines: a shared volume).
export SAMENBETER_DATA_DIR="$work/files"

"$bin" demo --if-empty
for process_port in $((port + 1)) $((port + 2)); do
  "$bin" serve --port "$process_port" --trusted-proxies 127.0.0.1 >"$work/server-$process_port.log" 2>&1 &
  pids+=($!)
done

mkdir -p "$work/nginx"
sed -e "s|@WORK@|$work|g" -e "s|@PORT@|$port|g" -e "s|@PORT_A@|$((port + 1))|g" -e "s|@PORT_B@|$((port + 2))|g" \
  deploy/nginx/cluster.conf >"$work/nginx/nginx.conf"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)

for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.2
done
echo "SamenBeter runs on http://127.0.0.1:$port — nginx in front of two processes (:$((port + 1)), :$((port + 2)))"
echo "on PostgreSQL ($work/pg). Logs in $work. Ctrl-C stops it all."
wait -n "${pids[@]}"
echo "A part of the cluster stopped; stopping the rest."
