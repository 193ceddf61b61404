// The soak's table and summary (docs/RELIABILITY.md) from the JSON line that soak.mjs prints, on standard input.
// Memory is judged once every board's replay history is full: the hub keeps each room's last 512 events for
// screens that reconnect (server/realtime/hub.h), and a board whose card moves every 2 s fills it in 1,024 s, so
// resident memory rightly grows until minute 18.
import { readFileSync } from 'node:fs';

const HISTORY_FULL_MINUTE = Math.ceil((512 * 2) / 60) + 1;
const { rows } = JSON.parse(readFileSync(0, 'utf8'));
const settled = rows.length > HISTORY_FULL_MINUTE ? rows.slice(HISTORY_FULL_MINUTE - 1) : rows;
const rss = settled.map((x) => x.rss_mb);
const p99 = rows.map((x) => x.p99_ms);
const sum = (key) => rows.reduce((n, x) => n + x[key], 0);
const kinds = {};
for (const row of rows) for (const [kind, n] of Object.entries(row.error_kinds ?? {})) kinds[kind] = (kinds[kind] ?? 0) + n;
console.log(rows.map((x) => `| ${x.minute} | ${x.requests} | ${x.errors} | ${x.p50_ms} | ${x.p99_ms} | ${x.live_p99_ms} | ${x.missed} | ${x.screens_closed} | ${x.rss_mb} |`).join('\n'));
console.log();
console.log(`In all: ${sum('requests')} requests, ${sum('errors')} errors${Object.keys(kinds).length ? ` (${Object.entries(kinds).map(([k, n]) => `${n} × ${k}`).join('; ')})` : ''}, ` +
  `${sum('missed')} live events missed, ${sum('screens_closed')} screens closed. Resident memory grew from ${rows[0].rss_mb} MB ` +
  `while the boards' replay histories filled; from minute ${settled[0].minute} on it ranged ${Math.min(...rss)}–${Math.max(...rss)} MB ` +
  `(${((100 * (Math.max(...rss) - Math.min(...rss))) / Math.min(...rss)).toFixed(1)} % of the lowest). The minute p99 ranged ` +
  `${Math.min(...p99)}–${Math.max(...p99)} ms.`);
