#!/usr/bin/env bash
# Nothing acknowledged is lost (issue 18, point 5), every target in turn, each writing its section of
# docs/RELIABILITY.md, then a verdict per target (exit 1 if any failed):
#   SQLite      kill -9 under 16 writers for ROUNDS rounds; a full disk under 16 writers
#   PostgreSQL  kill -9 of the server process, of one backend and of PostgreSQL, PG_ROUNDS rounds each
#               (bench/reliability/postgres.sh); a full disk, for its data folder and for its pg_wal
#               (bench/reliability/postgres_disk_full.sh)
# The full disks need root (tmpfs); without it they are skipped. Not run by make test: a kill -9 round takes about a
# second on SQLite and 1–6 s on PostgreSQL.
#   bench/reliability/run.sh [rounds, default 1000] [binary] [PostgreSQL rounds, default 100]
set -uo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-1000}"
bin="${2:-build/release/samenbeter}"
pg_rounds="${3:-100}"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command (apt-get install sqlite3)"; exit 1; }
[ -x "$bin" ] || { echo "no server binary at $bin: cmake --preset release && cmake --build --preset release"; exit 1; }

sqlite_kill9() {
  local kill9 row status=0
  kill9=$(node bench/reliability/kill9.mjs "$bin" "$rounds" 16) || status=1
  echo "$kill9"
  row=$(node -e "const r=$kill9; console.log([r.rounds, r.writers, r.acknowledged, r.checks, r.lost, r.integrity_failures, r.seconds].join(' | '))") ||
    row="$rounds | 16 | the script failed: no figures | | | |"
  node bench/lib/write_section.mjs docs/RELIABILITY.md "## SQLite: kill -9 under load" <<MD
Command: \`bench/reliability/run.sh $rounds $bin\`, $(date -u +%Y-%m-%d), $(nproc) cores.

Each round 16 writers change one team's board as fast as they can — create a card, move their own card, edit its
text, enter their week's measurement (with versions) — and after 50–500 ms the server is killed with -9. Then
\`PRAGMA integrity_check\` runs on the database as the kill left it, the server restarts, and every write acknowledged
so far must be there at its acknowledged version, or at the next version when the write in flight at the kill
committed without its answer arriving. *checks* counts the acknowledged things compared after each restart, summed
over the rounds. Script: \`bench/reliability/kill9.mjs\`.

| rounds | writers | writes acknowledged | checks | lost | integrity failures | seconds |
|---|---|---|---|---|---|---|
| $row |
MD
  return $status
}

sqlite_disk_full() {
  local full row status=0
  full=$(node bench/reliability/disk_full.mjs "$bin" 16) || status=1
  echo "$full"
  row=$(node -e "const r=$full; console.log([r.writers, r.acknowledged, r.refused_503, r.other_statuses.join(',') || 'none', r.read_while_full, r.sign_in_while_full, r.writes_resumed ? 'yes' : 'no', r.lost].join(' | '))") ||
    row="16 | the script failed: no figures | | | | | |"
  node bench/lib/write_section.mjs docs/RELIABILITY.md "## SQLite: a full disk under load" <<MD
Command: \`bench/reliability/run.sh $rounds $bin\`, $(date -u +%Y-%m-%d), $(nproc) cores.

The data folder is a 16 MB tmpfs. 16 writers add cards of about 3.4 kB while a filler file takes the last free space;
after 2 s on the full disk the filler is removed, the writers go on for a second, the server restarts and every
acknowledged card is looked for. Script: \`bench/reliability/disk_full.mjs\`.

| writers | acknowledged | refused 503 | other answers | read while full | sign-in while full | writes resumed | lost |
|---|---|---|---|---|---|---|---|
| $row |
MD
  return $status
}

verdicts=()
failed=0
# target NAME COMMAND…: runs it and notes PASS or FAIL.
target() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then verdicts+=("PASS  $name"); else verdicts+=("FAIL  $name"); failed=1; fi
}
skip() { verdicts+=("SKIP  $1 ($2)"); }

target "SQLite: kill -9, $rounds rounds" sqlite_kill9
if [ "$(id -u)" = 0 ]; then target "SQLite: full disk" sqlite_disk_full; else skip "SQLite: full disk" "needs root"; fi
target "PostgreSQL: kill -9 of the server, a backend, PostgreSQL, $pg_rounds rounds each" \
  bench/reliability/postgres.sh "$pg_rounds" "$bin"
if [ "$(id -u)" = 0 ]; then
  target "PostgreSQL: full disk — the data folder, pg_wal, pg_wal for a moment with two processes" bench/reliability/postgres_disk_full.sh "$bin"
else
  skip "PostgreSQL: full disk" "needs root"
fi

echo
echo "Verdicts (details above and in docs/RELIABILITY.md):"
printf '  %s\n' "${verdicts[@]}"
exit $failed
