// Load generator of the board benchmarks, loopback only and bounded in time.
//   node load.mjs seed    BASE COOKIE             -> prints the id of a full board's team
//   node load.mjs teams   BASE COOKIE N           -> makes N teams, prints their ids comma-separated
//   node load.mjs fanout  BASE COOKIE SERVER_PID BOARDS WATCHERS SECONDS   (FANOUT_THREADS=2: client threads)
// Prints one JSON line of figures. For several server processes on one database, BASE and SERVER_PID are
// comma-separated lists: a board's screens are spread over every process and its writer uses one of them,
// so most deliveries cross from one process to another.
import WebSocket from 'ws';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const [mode, baseList, cookie, ...rest] = process.argv.slice(2);
const bases = baseList.split(',');
const base = bases[0];
let csrf = '';

async function call(method, path, body, through = base) {
  const headers = { cookie };
  if (method !== 'GET') headers['x-csrf-token'] = csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(through + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

async function ok(method, path, body) {
  const response = await call(method, path, body);
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.json)}`);
  return response.json;
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;
const round = (x) => Math.round(x * 100) / 100;
const monday = () => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
};
const day = (date, days) => {
  const d = new Date(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function schoolOfCaller() {
  const me = await ok('GET', '/api/v1/me');
  csrf = me.csrf_token;
  return me.memberships.find((m) => m.role === 'schoolleider')?.school_id ?? (await ok('GET', '/api/v1/schools')).schools[0].id;
}

// A board as issue 3 sizes it: 3 goals × 40 weekly measurements, 60 cards, 20 successes and obstacles.
async function seed() {
  const school = await schoolOfCaller();
  const team = await ok('POST', `/api/v1/schools/${school}/teams`, { name: `Benchteam ${Date.now()}` });
  const start = day(monday(), 7 * 60);
  const cycle = await ok('POST', `/api/v1/teams/${team.id}/cycles`, { name: 'Benchcyclus', starts_on: start, ends_on: day(start, 55) });
  for (let g = 0; g < 3; g++) {
    const goal = await ok('POST', `/api/v1/teams/${team.id}/goals`, {
      cycle_id: cycle.id, title: `Doel ${g + 1}: meer leerlingen lezen thuis`, students: 'groep 5 en 6',
      measure: 'leerlingen die thuis lazen', unit: 'percentage', baseline: 30, target: 70, direction: 'higher',
    });
    for (let w = 0; w < 40; w++) {
      await ok('PUT', `/api/v1/goals/${goal.id}/measurements/${day(monday(), -7 * w)}`, { value: 30 + (w % 40) });
    }
  }
  const statuses = ['todo', 'doing', 'done'];
  for (let i = 0; i < 60; i++) {
    await ok('POST', `/api/v1/teams/${team.id}/items`, { kind: 'action', status: statuses[i % 3], text: `Actie ${i + 1}: samen de les voorbereiden`, due_on: day(monday(), i - 30) });
  }
  for (let i = 0; i < 20; i++) {
    await ok('POST', `/api/v1/teams/${team.id}/items`, { kind: i % 2 ? 'success' : 'obstacle', text: `Punt ${i + 1} voor de bordsessie` });
  }
  console.log(team.id);
}

// Teams with empty boards, for writers spread over many boards.
async function teams(count) {
  const school = await schoolOfCaller();
  const ids = [];
  for (let t = 0; t < count; t++) ids.push((await ok('POST', `/api/v1/schools/${school}/teams`, { name: `Schuifteam ${Date.now()}-${t}` })).id);
  console.log(ids.join(','));
}

// Resident memory of the server processes, summed.
function rssOf(pids) {
  let rss = 0;
  let peak = 0;
  for (const pid of String(pids).split(',')) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    rss += kb('VmRSS');
    peak += kb('VmHWM');
  }
  return { rss_mb: round(rss / 1024), peak_rss_mb: round(peak / 1024) };
}

// Many boards, many screens each, one writer per board at one change a second. The screens and writers are
// split over worker threads (FANOUT_THREADS, default 2), each owning whole boards: a board's acknowledgements and
// its screens' arrivals are timed by the same thread's clock, and one Node event loop with 9,000 sockets on a
// loaded machine does not add its own queueing to the delays it measures. Each thread's event-loop delay is
// reported, so a client that falls behind shows.
async function fanout(serverPid, boards, watchers, seconds) {
  const school = await schoolOfCaller();
  const rssBefore = rssOf(serverPid);
  const teams = [];
  for (let b = 0; b < boards; b++) {
    const team = await ok('POST', `/api/v1/schools/${school}/teams`, { name: `Fan-out ${Date.now()}-${b}` });
    const card = await ok('POST', `/api/v1/teams/${team.id}/items`, { kind: 'action', text: 'Kaart die heen en weer gaat' });
    teams.push({ index: b, id: team.id, card });
  }
  const threads = Math.max(1, Number(process.env.FANOUT_THREADS ?? 2));
  const workers = [];
  for (let t = 0; t < threads; t++) {
    const worker = new Worker(new URL(import.meta.url), {
      argv: ['fanout-worker', baseList, cookie],
      workerData: { csrf, boards, watchers, seconds, teams: teams.filter((team) => team.index % threads === t) },
    });
    const replies = [];
    let waiting = null;
    worker.on('message', (message) => { replies.push(message); if (waiting) { waiting(); waiting = null; } });
    worker.on('error', (error) => { console.error(error); process.exit(1); });
    const next = async () => {
      while (!replies.length) await new Promise((resolve) => { waiting = resolve; });
      return replies.shift();
    };
    workers.push({ worker, next });
  }
  for (const { next } of workers) await next();  // every screen connected
  const rssConnected = rssOf(serverPid);
  const startAt = performance.timeOrigin + performance.now() + 200;
  workers.forEach(({ worker }) => worker.postMessage({ startAt }));
  const results = [];
  for (const { next } of workers) results.push(await next());
  const rssLoaded = rssOf(serverPid);
  const delays = results.flatMap((r) => r.delays).sort((a, b) => a - b);
  const sum = (name) => results.reduce((n, r) => n + r[name], 0);
  console.log(JSON.stringify({
    processes: bases.length, boards, watchers_per_board: watchers, client_threads: threads, sockets: sum('sockets'),
    writes: sum('writes'), deliveries_expected: sum('expected'), missed: sum('missed'),
    p50_ms: round(percentile(delays, 0.5)), p99_ms: round(percentile(delays, 0.99)), max_ms: round(delays[delays.length - 1] ?? 0),
    rss_idle_mb: rssBefore.rss_mb, rss_connected_mb: rssConnected.rss_mb, rss_loaded_mb: rssLoaded.rss_mb, peak_rss_mb: rssLoaded.peak_rss_mb,
    client_loop_delay_p99_ms: Math.max(...results.map((r) => r.loop_delay_p99_ms)),
    client_loop_delay_max_ms: Math.max(...results.map((r) => r.loop_delay_max_ms)),
  }));
  await Promise.all(workers.map(({ worker }) => worker.terminate()));
}

// One worker thread's share: its boards' screens and writers.
async function fanoutWorker({ csrf: token, boards, watchers, seconds, teams }) {
  csrf = token;
  const arrivals = [];  // per socket: its board and Map(version -> time)
  const sockets = [];
  const screens = teams.flatMap((team) => Array.from({ length: watchers }, (_, w) => ({ team, w })));
  for (let start = 0; start < screens.length; start += 500) {
    await Promise.all(screens.slice(start, start + 500).map(({ team, w }) => new Promise((resolve, reject) => {
      const wsBase = bases[w % bases.length].replace('http', 'ws');  // each board's screens spread over the processes
      const socket = new WebSocket(`${wsBase}/api/v1/teams/${team.id}/board/live`, { headers: { cookie }, perMessageDeflate: false });
      const seen = new Map();
      arrivals.push({ team, seen });
      socket.on('message', (data) => {
        const now = performance.now();
        const message = JSON.parse(data);
        if (message.type === 'hello') resolve();
        else if (message.type === 'event' && message.event.kind === 'item') seen.set(message.event.item.version, now);
      });
      socket.on('error', reject);
      sockets.push(socket);
    })));
  }
  teams.forEach((team) => { team.acks = new Map(); });
  parentPort.postMessage({ connected: sockets.length });
  const { startAt } = await new Promise((resolve) => parentPort.once('message', resolve));
  const begin = startAt - performance.timeOrigin;
  const end = begin + seconds * 1000;
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  await Promise.all(teams.map(async (team) => {
    // Spread the writers over the second, in the same places whichever thread runs them.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, begin - performance.now()) + (team.index / boards) * 1000));
    let version = team.card.version;
    let status = 'todo';
    while (performance.now() < end) {
      const tick = performance.now();
      status = status === 'todo' ? 'doing' : 'todo';
      const response = await call('POST', `/api/v1/items/${team.card.id}/move`, { status, version }, bases[team.index % bases.length]);
      if (response.status === 200) {
        version = response.json.version;
        team.acks.set(version, performance.now());
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - tick))));
    }
  }));
  loopDelay.disable();
  await new Promise((resolve) => setTimeout(resolve, 1000));  // let the last events arrive
  const delays = [];
  let missed = 0;
  let expected = 0;
  for (const { team, seen } of arrivals) {
    for (const [version, acked] of team.acks) {
      expected++;
      const arrived = seen.get(version);
      if (arrived === undefined) missed++;
      else delays.push(Math.max(0, arrived - acked));
    }
  }
  sockets.forEach((s) => s.terminate());
  parentPort.postMessage({
    sockets: sockets.length, writes: teams.reduce((n, t) => n + t.acks.size, 0), expected, missed, delays,
    loop_delay_p99_ms: round(loopDelay.percentile(99) / 1e6), loop_delay_max_ms: round(loopDelay.max / 1e6),
  });
}

if (mode === 'seed') await seed();
else if (mode === 'teams') await teams(Number(rest[0]));
else if (mode === 'fanout') await fanout(rest[0], Number(rest[1]), Number(rest[2]), Number(rest[3]));
else if (mode === 'fanout-worker' && !isMainThread) await fanoutWorker(workerData);
else throw new Error('usage: load.mjs seed|teams|fanout …');
if (isMainThread) process.exit(0);
