#!/usr/bin/env bash
# Nothing acknowledged is lost (issue 18, point 5), on PostgreSQL with a full disk: 16 writers add cards while a
# filler file takes the last free space of a small tmpfs that holds, in turn,
#   data  PostgreSQL's whole data folder (tables and pg_wal on one volume: the default layout, and what a full
#         disk of a single-volume database server looks like);
#   wal   its pg_wal alone (WAL on a volume of its own, as production setups often have): PostgreSQL PANICs when it
#         cannot write WAL, so this is the path where the database itself goes down;
#   blip  as wal, but the filler goes the moment PostgreSQL PANICs (a disk full for a moment), so PostgreSQL recovers
#         by itself, and two server processes write (SERVERS=2 FREE_AT_PANIC=1 of disk_full.mjs).
# A throwaway cluster on port PG_PORT (default 5472); needs root (mount). Every tmpfs and cluster it makes is
# removed when it ends, also when it fails. Writes its section of docs/RELIABILITY.md; exits 1 when a check fails.
#   bench/reliability/postgres_disk_full.sh [binary] [layouts, default "data wal blip"]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-build/release/samenbeter}"
layouts="${2:-data wal blip}"
port="${PG_PORT:-5472}"
[ "$(id -u)" = 0 ] || { echo "needs root: the data folder goes on a tmpfs (mount)"; exit 1; }
owner=$(id -u postgres 2>/dev/null || id -u nobody)
work=$(mktemp -d /tmp/sb-reliability-pgfull.XXXXXX)
chmod 755 "$work"
cluster="" mounts=()
cleanup() {
  if [ -n "$cluster" ]; then
    scripts/postgres-cluster.sh stop "$cluster" >/dev/null 2>&1 ||
      runuser -u "$(id -nu "$owner")" -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_ctl" \
        -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  local m
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
  mounts=()
  rm -rf "$work"
}
trap cleanup EXIT
# A tmpfs of SIZE at DIR that PostgreSQL's user owns (mode 700, as PostgreSQL wants its folders).
tmpfs() { mkdir -p "$2"; mount -t tmpfs -o "size=$1,mode=0700,uid=$owner" tmpfs "$2"; mounts+=("$2"); }

rows=()
status=0
for layout in $layouts; do
  cluster="$work/$layout"
  mkdir -p "$cluster"
  chmod 755 "$cluster"
  case "$layout" in data | wal | blip) ;; *) echo "no such layout: $layout (data, wal, blip)"; exit 2 ;; esac
  if [ "$layout" = data ]; then
    tmpfs 96m "$cluster/data"
    fill="$cluster/data"
    initdb_options=""
  else
    tmpfs 48m "$cluster/wal"
    fill="$cluster/wal"
    # WAL segments of 1 MB instead of 16: PostgreSQL needs a new one (and meets the full disk) after a megabyte of WAL
    # past the segments it has already made, not 16.
    initdb_options="--waldir=$cluster/wal --wal-segsize=1"
  fi
  PG_INITDB_OPTIONS="$initdb_options" scripts/postgres-cluster.sh start "$cluster" "$port" >/dev/null
  started=$(date -u +%H:%M)
  servers=1 free_at_panic=0
  [ "$layout" = blip ] && servers=2 free_at_panic=1
  result=$(SERVERS=$servers FREE_AT_PANIC=$free_at_panic \
           SAMENBETER_DATABASE="postgresql://postgres@localhost/postgres?host=$cluster&port=$port" \
           PG_CLUSTER_DIR="$cluster" PG_PORT="$port" FILL_DIR="$fill" node bench/reliability/disk_full.mjs "$bin" 16) || status=1
  echo "$result"
  # What PostgreSQL said about it, for the reader of the output.
  grep -E "PANIC|FATAL|No space left|startup process|terminat|ready to accept|shut down" "$cluster/server.log" |
    sed -E -e 's/^[^]]*\] //' -e 's/"[^"]*"/"…"/g' | sort | uniq -c | sort -rn | sed 's/^/  postgres log: /' >&2 || true
  row=$(node -e "const r=$result, p=r.postgres, s=(ms) => ms === null ? '–' : (ms / 1000).toFixed(1) + ' s';
    console.log(['$layout', r.writers, r.acknowledged, r.refused_503, s(r.first_refusal_ms), r.other_statuses.join(',') || 'none',
      p.could_not_extend, p.panics,
      r.postgres_accepting_while_full ? 'up' : r.postgres_up_while_full ? 'recovering' : 'down after ' + s(r.postgres_down_after_ms),
      r.read_while_full, r.sign_in_while_full, r.postgres_restarted ? 'yes' : 'no',
      r.writes_resumed ? 'yes, after ' + s(r.resumed_after_ms) : 'no', r.lost].join(' | '))" 2>/dev/null) ||
    row="$layout | 16 | the script failed: no figures"
  rows+=("$row")
  scripts/postgres-cluster.sh stop "$cluster" >/dev/null 2>&1 || true
  for m in "${mounts[@]}"; do umount "$m"; done
  mounts=()
  cluster=""
done

node bench/lib/write_section.mjs docs/RELIABILITY.md "## PostgreSQL: a full disk under load" <<MD
Command: \`bench/reliability/postgres_disk_full.sh $bin\` (as root), $(date -u +%Y-%m-%d) $started UTC, $(nproc) cores,
load average $(cut -d' ' -f1-3 /proc/loadavg) at the end.

The same 16 writers of cards of about 3.4 kB as for SQLite above (\`bench/reliability/disk_full.mjs\`), on a throwaway
PostgreSQL 15 cluster, while a filler file takes the last free space of a tmpfs. *data*: the whole data folder on a
96 MB tmpfs (tables and WAL on one volume, the default layout). *wal*: pg_wal alone on a 48 MB tmpfs (initdb
\`--waldir\`, with \`--wal-segsize=1\` so that it needs a new segment after 1 MB of WAL rather than 16), the tables on disk.
*blip*: as *wal*, but the filler is removed the moment PostgreSQL PANICs — a disk full for a moment — so that
PostgreSQL recovers by itself, while two server processes on the database take half of the writers each.
2 s after the first refusal the board is read and someone signs in; then the filler is removed — and PostgreSQL, if
it stopped, is started again, as an operator would — and writes must come back without a restart of the server;
after one, every acknowledged card must be there with its text. Every refusal must be a 503 with a JSON error (\`code\`
\`unavailable\`, a \`message\`, \`field\`). *53100*: how often PostgreSQL's log says it could not extend a table's file
(SQLSTATE 53100, \`disk_full\`); *PANIC*: how often it stopped because it could not write its WAL.

| layout | writers | acknowledged | refused 503 | first 503 after the fill | other answers | 53100 | PANIC | PostgreSQL while full | read while full | sign-in while full | PostgreSQL restarted | writes resumed | lost |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
$(printf '| %s |\n' "${rows[@]}")
MD
exit $status
