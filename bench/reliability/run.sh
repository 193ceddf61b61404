#!/usr/bin/env bash
# Nothing acknowledged is lost (issue 18, point 5), on SQLite: kill -9 under 16 writers for ROUNDS rounds, and a
# full disk under 16 writers (needs root: the data folder goes on a small tmpfs). Writes its sections of
# docs/RELIABILITY.md. Not run by make test: it takes about a second a round.
#   bench/reliability/run.sh [rounds] [binary]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-1000}"
bin="${2:-build/release/samenbeter}"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command (apt-get install sqlite3)"; exit 1; }

kill9=$(node bench/reliability/kill9.mjs "$bin" "$rounds" 16)
echo "$kill9"
row=$(node -e "const r=$kill9; console.log([r.rounds, r.writers, r.acknowledged, r.checks, r.lost, r.integrity_failures, r.seconds].join(' | '))")
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

full=$(node bench/reliability/disk_full.mjs "$bin" 16)
echo "$full"
row=$(node -e "const r=$full; console.log([r.writers, r.acknowledged, r.refused_503, r.other_statuses.join(',') || 'none', r.read_while_full, r.sign_in_while_full, r.writes_resumed ? 'yes' : 'no', r.lost].join(' | '))")
node bench/lib/write_section.mjs docs/RELIABILITY.md "## SQLite: a full disk under load" <<MD
Command: \`bench/reliability/run.sh $rounds $bin\`, $(date -u +%Y-%m-%d), $(nproc) cores.

The data folder is a 16 MB tmpfs. 16 writers add cards of about 3.4 kB while a filler file takes the last free space;
after 2 s on the full disk the filler is removed, the writers go on for a second, the server restarts and every
acknowledged card is looked for. Script: \`bench/reliability/disk_full.mjs\`.

| writers | acknowledged | refused 503 | other answers | read while full | sign-in while full | writes resumed | lost |
|---|---|---|---|---|---|---|---|
| $row |
MD
