// The soak (issue 18, point 7): MINUTES of mixed load on a running cluster, every request through nginx as in
// production — board reads, card moves, a week's measurement — while SCREENS live screens watch the boards.
// Each minute it samples the server processes' resident memory and the minute's latencies, errors and missed live
// events; it prints one JSON line of figures.
//   node soak.mjs BASE PIDS MINUTES [SCREENS] [BOARDS]
// BASE: nginx in front of the processes; PIDS: the processes' ids, comma-separated. Loopback only.
// Rates: every board's writer moves its card every 2 s and enters a measurement every 20 s; readers fetch a board
// 100 times a second in all. The load is open-loop: it does not slow down when the servers do.
import WebSocket from 'ws';
import { readFileSync } from 'node:fs';
import { apiClient } from '../lib/api_client.mjs';

const [base, pidList, minutesArg, screensArg = '3000', boardsArg = '100'] = process.argv.slice(2);
const MINUTES = Number(minutesArg);
const SCREENS = Number(screensArg);
const BOARDS = Number(boardsArg);
const READS_PER_SECOND = 100;
const pids = pidList.split(',').map(Number);
const api = apiClient(base);
const { call, ok } = api;

const round = (x) => Math.round(x * 100) / 100;
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0);
const monday = () => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};
const daysAfter = (date, days) => new Date(Date.parse(date) + days * 86400000).toISOString().slice(0, 10);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function residentMb() {
  let kb = 0;
  for (const pid of pids) kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return round(kb / 1024);
}

// The minute being measured; replaced each minute.
let minute = { latencies: [], deliveries: [], errors: 0, requests: 0, missed: 0, closed: 0, kinds: {} };

// Counts an error of the minute by its kind (method, path, status and code).
function failed(kind) {
  minute.errors++;
  minute.kinds[kind] = (minute.kinds[kind] ?? 0) + 1;
}

async function timed(method, path, body) {
  const started = performance.now();
  try {
    const r = await call(method, path, body);
    minute.latencies.push(performance.now() - started);
    minute.requests++;
    if (r.status >= 300) failed(`${method} ${path.replace(/\d+/g, '{id}')} ${r.status} ${r.json?.error?.code ?? ''}`);
    return r;
  } catch (error) {
    minute.requests++;
    failed(`${method} ${path.replace(/\d+/g, '{id}')} ${error.cause?.code ?? error.message}`);
    return { status: 0, json: null };
  }
}

async function setUp() {
  await ok('POST', '/api/v1/auth/login', { email: 'schoolleider@demo.samenbeter.nl', password: 'demo-samenbeter' });
  const me = await ok('GET', '/api/v1/me');
  api.csrf = me.csrf_token;
  const school = me.memberships.find((m) => m.role === 'schoolleider').school_id;
  const boards = [];
  for (let b = 0; b < BOARDS; b++) {
    const team = await ok('POST', `/api/v1/schools/${school}/teams`, { name: `Soak ${Date.now()}-${b}` });
    const cycle = await ok('POST', `/api/v1/teams/${team.id}/cycles`, { name: 'Soakcyclus', starts_on: monday(), ends_on: daysAfter(monday(), 48) });
    const goal = await ok('POST', `/api/v1/teams/${team.id}/goals`, {
      cycle_id: cycle.id, title: 'Meer leerlingen lezen thuis', students: 'groep 5', measure: 'lazen thuis',
      unit: 'percentage', baseline: 30, target: 70, direction: 'higher',
    });
    const card = await ok('POST', `/api/v1/teams/${team.id}/items`, { kind: 'action', text: 'Kaart die heen en weer gaat' });
    boards.push({ team: team.id, goal: goal.id, card, acked: [] });
  }
  return boards;
}

// A screen counts each acknowledged move of its board that it has not seen 10 s later as missed.
function watch(board, sockets) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${base.replace('http', 'ws')}/api/v1/teams/${board.team}/board/live`, { headers: { cookie: api.cookie }, perMessageDeflate: false });
    const seen = new Map();
    socket.on('message', (data) => {
      const message = JSON.parse(data);
      if (message.type === 'hello') resolve();
      else if (message.type === 'event' && message.event.kind === 'item') seen.set(message.event.item.version, performance.now());
    });
    socket.on('close', () => { minute.closed++; });
    socket.on('error', reject);
    sockets.push({ socket, board, seen });
  });
}

async function writer(board, end) {
  let version = board.card.version;
  let measurement;  // the week's measurement's version, once entered
  let status = 'todo';
  let tick = 0;
  while (performance.now() < end) {
    const started = performance.now();
    status = status === 'todo' ? 'doing' : 'todo';
    const moved = await timed('POST', `/api/v1/items/${board.card.id}/move`, { status, version });
    if (moved.status === 200) {
      version = moved.json.version;
      board.acked.push({ version, at: performance.now() });
    }
    if (++tick % 10 === 0) {
      const measured = await timed('PUT', `/api/v1/goals/${board.goal}/measurements/${monday()}`, { value: 30 + (tick % 40), version: measurement });
      if (measured.status === 200) measurement = measured.json.version;
    }
    await sleep(Math.max(0, 2000 - (performance.now() - started)));
  }
}

async function readers(boards, end) {
  const inFlight = new Set();
  let n = 0;
  while (performance.now() < end) {
    const started = performance.now();
    for (let i = 0; i < READS_PER_SECOND / 10; i++) {
      const read = timed('GET', `/api/v1/teams/${boards[n++ % boards.length].team}/board`);
      inFlight.add(read);
      read.then(() => inFlight.delete(read));
    }
    await sleep(Math.max(0, 100 - (performance.now() - started)));
  }
  await Promise.all(inFlight);
}

// Deliveries of moves acknowledged 10–70 s ago, checked once each, then forgotten.
function checkDeliveries(sockets, now) {
  for (const { board, seen } of sockets) {
    for (const { version, at } of board.acked) {
      if (at > now - 10000 || at <= now - 70000) continue;
      const arrived = seen.get(version);
      if (arrived === undefined) minute.missed++;
      else minute.deliveries.push(Math.max(0, arrived - at));
    }
    for (const [version, at] of seen) if (at <= now - 70000) seen.delete(version);
  }
  for (const board of new Set(sockets.map((s) => s.board))) board.acked = board.acked.filter(({ at }) => at > now - 10000);
}

const boards = await setUp();
const sockets = [];
for (let start = 0; start < SCREENS; start += 500) {
  const batch = [];
  for (let n = start; n < Math.min(start + 500, SCREENS); n++) batch.push(watch(boards[n % BOARDS], sockets));
  await Promise.all(batch);
}
const rows = [];
const started = performance.now();
const end = started + MINUTES * 60000;
const load = Promise.all([...boards.map((board) => writer(board, end)), readers(boards, end)]);
for (let m = 1; m <= MINUTES; m++) {
  await sleep(Math.max(0, started + m * 60000 - performance.now()));
  checkDeliveries(sockets, performance.now());
  const { latencies, deliveries } = minute;
  latencies.sort((a, b) => a - b);
  deliveries.sort((a, b) => a - b);
  rows.push({
    minute: m, requests: minute.requests, errors: minute.errors, p50_ms: round(percentile(latencies, 0.5)),
    p99_ms: round(percentile(latencies, 0.99)), live_p99_ms: round(percentile(deliveries, 0.99)), missed: minute.missed,
    screens_closed: minute.closed, rss_mb: residentMb(), error_kinds: minute.kinds,
  });
  minute = { latencies: [], deliveries: [], errors: 0, requests: 0, missed: 0, closed: 0, kinds: {} };
}
await load;
sockets.forEach(({ socket }) => socket.removeAllListeners('close').terminate());
console.log(JSON.stringify({ screens: sockets.length, boards: BOARDS, minutes: MINUTES, rows }));
process.exit(0);
