// Nothing acknowledged is lost, on SQLite: ROUNDS times, 16 writers change one
// team's board as fast as they can (creating cards, moving and editing their
// own card, entering a week's measurement), the server is killed with -9 at a
// random moment, the database is checked (PRAGMA integrity_check, on the file
// as the kill left it), the server restarts, and every acknowledged write must
// be there at its acknowledged version — or at the one after it, when the
// write that was in flight at the kill committed but was never answered.
//   node kill9.mjs BIN ROUNDS [WRITERS]      (prints one JSON line of figures)
// Loopback only; a throwaway data folder; the demo data's school leader.
//
// On PostgreSQL (SAMENBETER_DATABASE=postgresql://… of a throwaway cluster made
// by scripts/postgres-cluster.sh in PG_CLUSTER_DIR, on port PG_PORT): KILL=server kills the
// server process as above; KILL=postgres kills PostgreSQL itself (the
// postmaster and every process it started, as a crash of its machine would), restarts it
// and lets the same server process reconnect; KILL=backend kills one of its client
// backends, after which PostgreSQL ends the others and recovers by itself. PostgreSQL checks itself when it
// recovers from its WAL; the SQLite integrity check does not apply.
import { spawn, execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiClient } from '../lib/api_client.mjs';

const [bin, roundsArg = '20', writersArg = '16'] = process.argv.slice(2);
const ROUNDS = Number(roundsArg);
const WRITERS = Number(writersArg);
const dir = mkdtempSync(join(tmpdir(), 'sb-kill9-'));
const env = { ...process.env, SAMENBETER_INSECURE_FAST_HASH: '1' };
const onPostgres = Boolean(process.env.SAMENBETER_DATABASE);
const KILL = process.env.KILL ?? 'server';
const clusterDir = process.env.PG_CLUSTER_DIR;
if (KILL !== 'server' && !(onPostgres && clusterDir)) throw new Error(`KILL=${KILL} needs SAMENBETER_DATABASE and PG_CLUSTER_DIR`);

let server = null;
// SERVERS=2 (PostgreSQL, KILL=backend or postgres): a second server process on the same database takes the writers of
// odd number, as behind nginx; both go on through PostgreSQL's crash.
const SERVERS = Number(process.env.SERVERS ?? '1');
if (SERVERS > 1 && (KILL === 'server' || !onPostgres)) throw new Error('SERVERS=2 is for KILL=backend or KILL=postgres');
let second = null;

async function startServer(isSecond = false) {
  const child = spawn(bin, ['serve', '--data-dir', dir, '--port', '0', '--access-log', 'false'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start:\n' + output)), 30000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) { clearTimeout(timer); resolve(Number(match[1])); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (process.env.SERVER_LOG) {  // everything the servers say, for a failure's diagnosis
      for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => appendFileSync(process.env.SERVER_LOG, chunk));
    }
    child.on('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}):\n${output}`)));
  });
  const started = { child, exited: new Promise((resolve) => child.on('exit', resolve)), base: `http://127.0.0.1:${port}` };
  if (isSecond) {
    second = started;
    return;
  }
  server = started;
  api.base = started.base;
}

async function kill9() {
  server.child.kill('SIGKILL');
  await server.exited;
  server = null;
}

const api = apiClient('');
const baseOf = (w) => (second && w.index % 2 ? second.base : api.base);
const { call, ok } = api;

const monday = (weeksAgo) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7 * weeksAgo);
  return d.toISOString().slice(0, 10);
};

// One writer's own things and what the server acknowledged of them.
function newWriter(index, card, goal) {
  return {
    index, goal, week: monday(index), n: 0,
    card: { id: card.id, acked: { version: card.version, status: card.status, text: card.text }, inflight: null },
    measure: { acked: null, inflight: null },  // {version, value}
    created: [],      // [{id, text}] acknowledged creations
    pendingCreate: null,
    acked: 0,
  };
}

const STATUSES = ['todo', 'doing', 'done'];

// One change by writer w; resolves when answered, rejects when the connection died.
async function step(w) {
  const kind = w.n++ % 4;
  if (kind === 0) {
    const text = `w${w.index} kaart ${w.n}`;
    w.pendingCreate = text;
    const r = await call('POST', `/api/v1/teams/${team}/items`, { kind: 'action', text }, baseOf(w));
    if (r.status === 201) w.created.push({ id: r.json.id, text });
    w.pendingCreate = null;
    return r.status;
  }
  if (kind === 1 || kind === 2) {
    const c = w.card;
    const change = kind === 1
      ? { path: `/api/v1/items/${c.id}/move`, method: 'POST', body: { status: STATUSES[(STATUSES.indexOf(c.acked.status) + 1) % 3], version: c.acked.version } }
      : { path: `/api/v1/items/${c.id}`, method: 'PATCH', body: { text: `w${w.index} eigen kaart ${w.n}`, version: c.acked.version } };
    c.inflight = { version: c.acked.version + 1, status: change.body.status ?? c.acked.status, text: change.body.text ?? c.acked.text };
    const r = await call(change.method, change.path, change.body, baseOf(w));
    if (r.status === 200) c.acked = { version: r.json.version, status: r.json.status, text: r.json.text };
    else c.refused = { status: r.status, tried: c.inflight, error: r.json?.error?.code };  // shown when a check fails
    c.inflight = null;
    return r.status;
  }
  const m = w.measure;
  const value = (w.n * 7) % 101;
  const body = m.acked ? { value, version: m.acked.version } : { value };
  m.inflight = { version: m.acked ? m.acked.version + 1 : 1, value };
  const r = await call('PUT', `/api/v1/goals/${w.goal}/measurements/${w.week}`, body, baseOf(w));
  if (r.status === 200) m.acked = { version: r.json.version, value: r.json.value };
  m.inflight = null;
  return r.status;
}

let team = 0;
const failures = [];

async function setup() {
  execFileSync(bin, ['demo', '--data-dir', dir], { env, stdio: 'pipe' });
  await startServer();
  if (SERVERS > 1) await startServer(true);
  const login = await call('POST', '/api/v1/auth/login', { email: 'schoolleider@demo.samenbeter.nl', password: 'demo-samenbeter' });
  if (login.status !== 200) throw new Error('login failed');
  api.csrf = login.json.csrf_token;
  const me = await ok('GET', '/api/v1/me');
  api.csrf = me.csrf_token;
  const school = me.memberships.find((m) => m.role === 'schoolleider').school_id;
  team = (await ok('POST', `/api/v1/schools/${school}/teams`, { name: `Kill9 ${Date.now()}` })).id;
  const start = monday(WRITERS + 1);
  const end = new Date(start + 'T00:00:00Z');
  end.setUTCDate(end.getUTCDate() + 55);
  const cycle = await ok('POST', `/api/v1/teams/${team}/cycles`, { name: 'Kill9', starts_on: start, ends_on: end.toISOString().slice(0, 10) });
  const goal = await ok('POST', `/api/v1/teams/${team}/goals`, {
    cycle_id: cycle.id, title: 'Meer leerlingen lezen thuis', students: 'groep 5', measure: 'leerlingen', unit: 'percentage',
    baseline: 10, target: 60, direction: 'higher',
  });
  const writers = [];
  for (let i = 0; i < WRITERS; i++) {
    const card = await ok('POST', `/api/v1/teams/${team}/items`, { kind: 'action', text: `w${i} eigen kaart` });
    writers.push(newWriter(i, card, goal.id));
  }
  return writers;
}

// Kills PostgreSQL — the postmaster and every process it started — with -9 and starts it again on the same folder.
function crashAndRestartPostgres() {
  const lockFile = join(clusterDir, 'data', 'postmaster.pid');
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  // Stopped first, the postmaster starts no process between the listing of its children and the kill.
  process.kill(pid, 'SIGSTOP');
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split(/\s+/).filter(Boolean).map(Number);
  for (const victim of [...children, pid]) {
    try { process.kill(victim, 'SIGKILL'); } catch { /* already gone */ }
  }
  // A killed process whose parent has not reaped it yet (a zombie) holds nothing any more: it counts as gone.
  const alive = (p) => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${p}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + 10000;
  while ([pid, ...children].some(alive) && Date.now() < deadline) execFileSync('sleep', ['0.05']);
  // PostgreSQL refuses to start while the lock file's process exists, and a zombie exists until it is reaped; after a
  // real crash of the machine there is no such process, so the stale lock files (data folder, socket) go, as the
  // machine's restart would.
  try {
    process.kill(pid, 0);
    for (const file of [lockFile, ...readdirSync(clusterDir).filter((f) => f.endsWith('.lock')).map((f) => join(clusterDir, f))]) rmSync(file);
  } catch { /* gone: PostgreSQL sees that itself */ }
  execFileSync('scripts/postgres-cluster.sh', ['start', clusterDir, process.env.PG_PORT ?? '5432'], { stdio: 'pipe' });
}

// Kills one of PostgreSQL's client backends with -9 (as the kernel's OOM killer would): the postmaster then ends every
// other backend, recovers from its WAL by itself and takes connections again; this waits until it does.
function crashOneBackend() {
  const pid = Number(readFileSync(join(clusterDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const backends = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n')
    .filter((line) => /postgres: postgres /.test(line)).map((line) => Number(line.trim().split(/\s+/)[0]));
  if (!backends.length) throw new Error('no client backend to kill');
  try { process.kill(backends[Math.floor(Math.random() * backends.length)], 'SIGKILL'); } catch { /* already gone */ }
  const deadline = Date.now() + 60000;
  for (;;) {
    execFileSync('sleep', ['0.1']);
    try {
      execFileSync('psql', ['-qAtc', 'SELECT 1', `host=${clusterDir} port=${process.env.PG_PORT ?? '5432'} user=postgres dbname=postgres`], { stdio: 'pipe' });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

// After the server is killed, PostgreSQL still finishes what its backends were given — a COMMIT already sent commits
// after the server died. So the check waits until the killed server's backends are gone: what it then reads no longer
// changes under it, as an unanswered write that commits later would (a write that was never acknowledged, but would
// seem to overwrite an acknowledged one that the check read first).
function waitForKilledServersBackends() {
  const others = 'SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()';
  const deadline = Date.now() + 60000;
  while (execFileSync('psql', ['-qAtc', others, process.env.SAMENBETER_DATABASE], { encoding: 'utf8' }).trim() !== '0') {
    if (Date.now() > deadline) throw new Error("the killed server's PostgreSQL backends did not end");
    execFileSync('sleep', ['0.05']);
  }
}

function integrityCheck() {
  if (onPostgres) return 'ok';  // PostgreSQL recovers and checks from its WAL at start
  const out = execFileSync('sqlite3', [join(dir, 'samenbeter.sqlite'), 'PRAGMA integrity_check;'], { encoding: 'utf8' }).trim();
  return out;
}

// Every acknowledged write is there (or the in-flight one after it).
async function verify(writers, round) {
  const board = await ok('GET', `/api/v1/teams/${team}/board`);
  const items = new Map(board.items.map((i) => [i.id, i]));
  const goal = await ok('GET', `/api/v1/goals/${writers[0].goal}`);
  if (!Array.isArray(goal.measurements)) throw new Error('GET /goals/{id} answered no measurements');
  const measurements = new Map((goal.measurements ?? []).map((m) => [m.week, m]));
  let checked = 0;
  for (const w of writers) {
    const c = w.card;
    const got = items.get(c.id);
    const matches = (s) => got && got.version === s.version && got.status === s.status && got.text === s.text;
    if (!(matches(c.acked) || (c.inflight && matches(c.inflight)))) {
      failures.push({ round, what: 'card', id: c.id, acked: c.acked, inflight: c.inflight, last_refused: c.refused, got: got && { version: got.version, status: got.status, text: got.text } });
    }
    checked++;
    for (const created of w.created) {
      const found = items.get(created.id);
      if (!found || found.text !== created.text) failures.push({ round, what: 'created', ...created, got: found?.text });
      checked++;
    }
    const m = w.measure;
    if (m.acked) {
      const found = measurements.get(w.week);
      const same = (s) => found && found.version === s.version && found.value === s.value;
      if (!(same(m.acked) || (m.inflight && same(m.inflight)))) failures.push({ round, what: 'measurement', week: w.week, acked: m.acked, got: found && { version: found.version, value: found.value } });
      checked++;
    }
    // The in-flight change, answered or not, is settled by what the server now holds.
    if (c.inflight && matches(c.inflight)) c.acked = c.inflight;
    c.inflight = null;
    if (m.inflight) {
      const found = measurements.get(w.week);
      if (found && found.version === m.inflight.version) m.acked = { version: found.version, value: found.value };
      m.inflight = null;
    }
    w.pendingCreate = null;
  }
  return checked;
}

// The throwaway data folder goes also when the run fails.
process.on('exit', () => {
  for (const running of [server, second]) running?.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});
const writers = await setup();
let acknowledged = 0;
let checks = 0;
let integrityFailures = 0;
const started = Date.now();
for (let round = 1; round <= ROUNDS; round++) {
  let alive = true;
  const loops = writers.map(async (w) => {
    while (alive) {
      try {
        const status = await step(w);
        if (status < 300) acknowledged++;
      } catch {
        return;  // the connection died with the server
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 450));
  if (KILL === 'postgres' || KILL === 'backend') {
    const killed = (async () => { if (KILL === 'postgres') crashAndRestartPostgres(); else crashOneBackend(); })();
    alive = false;
    await Promise.all(loops);
    await killed;
  } else {
    await kill9();
    alive = false;
    await Promise.all(loops);
  }
  const integrity = integrityCheck();
  if (integrity !== 'ok') { integrityFailures++; failures.push({ round, what: 'integrity', integrity }); }
  if (!server) {
    if (onPostgres) waitForKilledServersBackends();
    await startServer();
  }
  checks += await verify(writers, round);
  if (failures.length) break;
}
await kill9();
if (second) second.child.kill('SIGKILL');
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({
  database: onPostgres ? 'postgresql' : 'sqlite', killed: KILL, servers: SERVERS, rounds: ROUNDS, writers: WRITERS, acknowledged, checks, lost: failures.filter((f) => f.what !== 'integrity').length,
  integrity_failures: integrityFailures, seconds: Math.round((Date.now() - started) / 1000), failures: failures.slice(0, 5),
}));
process.exit(failures.length ? 1 : 0);
