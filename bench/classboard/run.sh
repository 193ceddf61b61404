#!/usr/bin/env bash
# Class board benchmark (issue 13, point 5: live on every screen like the team board), loopback only, about a
# minute: BOARDS classes in a board session at once, SCREENS live display screens each, and per class every second a
# student's idea that the teacher approves and a card added on the session screen; fan-out delay from each
# acknowledgement to arrival on every display screen (bench/classboard/load.mjs). Writes its section of
# docs/PERFORMANCE.md.
#   bench/classboard/run.sh [seconds] [boards] [screens]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-20}"
boards="${2:-30}"
screens="${3:-30}"
work="$(mktemp -d)"
source bench/lib/http.sh
trap stop_all EXIT
(cd bench/board && [ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error)

start_samenbeter
cookie=$(login_cookie leraar@demo.samenbeter.nl)
result=$(node bench/classboard/load.mjs "$base" "$cookie" "$boards" "$screens" "$duration")
load=$(cut -d' ' -f1-3 /proc/loadavg)
row() {  # row WHAT FIELD
  node -e "const r=$result, f=r['$2']; console.log('| $1 | ' + [f.count, f.p50_ms, f.p99_ms, f.max_ms].join(' | ') + ' |')"
}
summary=$(node -e "const r=$result; console.log([r.boards, r.screens, r.ideas, r.cards, r.deliveries_expected, r.missed, r.errors].join(' | '))")

section=$(cat <<MD
Command: \`bench/classboard/run.sh $duration $boards $screens\` (run by \`make bench\`), $(date -u '+%Y-%m-%d %H:%M') UTC,
load average $load at the end, $(nproc) cores, binary \`$bin\`; load from \`bench/classboard/load.mjs\` (Node) on the
same machine.

$boards classes in a board session at once, each with $screens live display screens (the display link's) and its
session screen, for $duration s. Every second, per class: a student sends an idea with the class code, the teacher
reads her board and approves it, and the session screen adds a card. *Fan-out* is the delay from the approval's
(the card's) acknowledgement to its arrival on each display screen (0 when the event came first, as it often does:
the event leaves on commit, as the answer does); *sent → on each screen* runs from the request's send instead: the
whole way through request, commit and fan-out.

| classes | display screens | ideas approved | cards added | deliveries expected | missed | errors |
|---|---|---|---|---|---|---|
| $summary |

| what | count | p50 ms | p99 ms | max ms |
|---|---|---|---|---|
$(row "fan-out of an approved idea, per screen" approval_fanout)
$(row "fan-out of a session card, per screen" card_fanout)
$(row "approval sent → on each screen" approval_from_send)
$(row "card sent → on each screen" card_from_send)
$(row "POST /classboard-ideas (student)" send_idea)
$(row "POST /classboard-ideas/{id}/approve (teacher)" approve)
$(row "POST /classboard-screens/{token}/items (session screen)" add_card)

No target in issue 13; the team board's (issue 3) is p99 < 50 ms fan-out with 0 missed.
MD
)
printf '%s\n' "$section"
node bench/lib/write_section.mjs docs/PERFORMANCE.md "## Class board: a session on many screens" <<<"$section"
