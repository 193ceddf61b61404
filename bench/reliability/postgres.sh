#!/usr/bin/env bash
# Nothing acknowledged is lost (issue 18, point 5), on PostgreSQL: kill -9 of the server process, and of
# PostgreSQL itself, under 16 writers, ROUNDS rounds each, on a throwaway cluster. Writes its section of
# docs/RELIABILITY.md. Not run by make test.
#   bench/reliability/postgres.sh [rounds] [binary]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-1000}"
bin="${2:-build/release/samenbeter}"
cluster=$(mktemp -d /tmp/sb-reliability-pg.XXXXXX)
chmod 755 "$cluster"
trap 'scripts/postgres-cluster.sh stop "$cluster/pg" >/dev/null 2>&1 || true; rm -rf "$cluster"' EXIT

scripts/postgres-cluster.sh start "$cluster/pg" >/dev/null
rows=()
for kill in server postgres; do
  database="sb_kill_$kill"
  psql "host=$cluster/pg port=5432 user=postgres dbname=postgres" -qc "CREATE DATABASE $database"
  result=$(SAMENBETER_DATABASE="postgresql://postgres@localhost/$database?host=$cluster/pg&port=5432" \
           PG_CLUSTER_DIR="$cluster/pg" KILL=$kill node bench/reliability/kill9.mjs "$bin" "$rounds" 16)
  echo "$result"
  rows+=("$(node -e "const r=$result; console.log(['$kill', r.rounds, r.writers, r.acknowledged, r.checks, r.lost, r.seconds].join(' | '))")")
done

node bench/lib/write_section.mjs docs/RELIABILITY.md "## PostgreSQL: kill -9 of a server process and of PostgreSQL under load" <<MD
Command: \`bench/reliability/postgres.sh $rounds $bin\`, $(date -u +%Y-%m-%d), $(nproc) cores.

The same 16 writers and checks as for SQLite above (\`bench/reliability/kill9.mjs\`), on a throwaway PostgreSQL 15
cluster with \`synchronous_commit=on\`. *server*: the server process is killed with -9 and started again. *postgres*:
PostgreSQL's postmaster and every backend are killed with -9 (as a crash of its machine would), PostgreSQL is started
again and recovers from its WAL, and the same server process goes on — its connections are replaced and the unit of
work that found one broken runs again when nothing of it was committed.

| killed | rounds | writers | writes acknowledged | checks | lost | seconds |
|---|---|---|---|---|---|---|
$(printf '| %s |\n' "${rows[@]}")
MD
