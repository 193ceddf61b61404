#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster in a folder, for tests and for run-cluster:
#   scripts/postgres-cluster.sh start DIR [PORT]   initdb (if new) and start; prints the conninfo
#   scripts/postgres-cluster.sh stop DIR           stop it (the folder stays; remove it yourself)
# It listens only on a Unix socket in DIR (and on 127.0.0.1:PORT when PORT is given), trusts local
# connections, and runs as an unprivileged user: initdb refuses root, so as root it runs as `postgres`
# (made by Debian's postgresql package) or `nobody`.
set -euo pipefail
command=${1:?usage: postgres-cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: postgres-cluster.sh start|stop DIR [PORT]}
port=${3:-5432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server not found: apt-get install postgresql" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    (cd / && runuser -u "$user" -- "$@")  # from a folder that user may enter (a private clone is not one)
  else
    "$@"
  fi
}
case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" = 0 ]; then chown "$(id postgres >/dev/null 2>&1 && echo postgres || echo nobody)" "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      # shellcheck disable=SC2086  # PG_INITDB_OPTIONS: more initdb options, e.g. --waldir=… (bench/reliability)
      as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C ${PG_INITDB_OPTIONS:-} >"$dir/initdb.log"
    fi
    listen="''"
    [ -n "${3:-}" ] && listen=127.0.0.1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
      "-k $dir -p $port -c listen_addresses=$listen -c max_connections=300 -c fsync=${PG_FSYNC:-on}" start >/dev/null
    echo "host=$dir port=$port user=postgres dbname=postgres"
    ;;
  stop)
    dir=$(cd "$dir" && pwd)
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *) echo "usage: postgres-cluster.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
