#!/usr/bin/env bash
# Nothing acknowledged is lost (issue 18, point 5), on PostgreSQL: kill -9 under 16 writers, ROUNDS rounds of each
# of: the server process, one PostgreSQL backend (PostgreSQL recovers by itself), and PostgreSQL as a whole (the
# postmaster and every backend; started again), on a throwaway cluster on port PG_PORT (default 5471). Writes its
# section of docs/RELIABILITY.md; exits 1 if anything acknowledged was lost. Not run by make test.
#   bench/reliability/postgres.sh [rounds] [binary] [kinds, default "server backend postgres"]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-1000}"
bin="${2:-build/release/samenbeter}"
kinds="${3:-server backend postgres}"
port="${PG_PORT:-5471}"
cluster=$(mktemp -d /tmp/sb-reliability-pg.XXXXXX)
chmod 755 "$cluster"
trap 'scripts/postgres-cluster.sh stop "$cluster/pg" >/dev/null 2>&1 || true; rm -rf "$cluster"' EXIT

scripts/postgres-cluster.sh start "$cluster/pg" "$port" >/dev/null
rows=()
status=0
for kill in $kinds; do
  database="sb_kill_$kill"
  psql "host=$cluster/pg port=$port user=postgres dbname=postgres" -qc "CREATE DATABASE $database"
  started=$(date -u +%H:%M)
  result=$(SAMENBETER_DATABASE="postgresql://postgres@localhost/$database?host=$cluster/pg&port=$port" \
           PG_CLUSTER_DIR="$cluster/pg" PG_PORT="$port" KILL=$kill node bench/reliability/kill9.mjs "$bin" "$rounds" 16) || status=1
  echo "$result"
  row=$(node -e "const r=$result; console.log(['$kill', r.rounds, r.writers, r.acknowledged, r.checks, r.lost, r.seconds, '$started–'+new Date().toISOString().slice(11,16)].join(' | '))" 2>/dev/null) ||
    row="$kill | $rounds | 16 | the script failed: no figures | | | | $started"
  rows+=("$row")
done

node bench/lib/write_section.mjs docs/RELIABILITY.md "## PostgreSQL: kill -9 of a server process and of PostgreSQL under load" <<MD
Command: \`bench/reliability/postgres.sh $rounds $bin\`, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end.

The same 16 writers and checks as for SQLite above (\`bench/reliability/kill9.mjs\`), on a throwaway PostgreSQL 15
cluster with \`synchronous_commit=on\` and \`fsync=on\`, a database per kind of kill. *server*: the server process is
killed with -9 and started again. *backend*: one of PostgreSQL's client backends (picked at random among the server's
connections) is killed with -9, as the kernel's OOM killer would; the postmaster then ends every other backend,
recovers from its WAL by itself (\`restart_after_crash\`, the default) and takes connections again, and the same
server process goes on. *postgres*: PostgreSQL's postmaster and every backend are killed with -9 (as a crash of its
machine would), PostgreSQL is started again and recovers from its WAL, and the same server process goes on. In
both of the last two the server replaces its connections, runs again the unit of work that found one broken when
nothing of it can have been committed, and asks the database (\`pg_xact_status\`) what became of a COMMIT that was
under way.

| killed | rounds | writers | writes acknowledged | checks | lost | seconds | UTC |
|---|---|---|---|---|---|---|---|
$(printf '| %s |\n' "${rows[@]}")
MD
exit $status
