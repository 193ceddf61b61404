// A full disk under load. 16 writers add cards while a filler file takes the
// last free space. Every write must be either acknowledged (and then be there,
// also after a restart) or refused with 503 `unavailable` and a JSON error
// (code, message, field) — never a 500, never an acknowledged write that is
// missing; reads go on; when the filler is removed, writes work again without
// a restart of the server.
//   node disk_full.mjs BIN [WRITERS]         (needs root for the tmpfs; prints one JSON line)
//
// On SQLite the server's data folder is a 16 MB tmpfs made here. On PostgreSQL
// (SAMENBETER_DATABASE=postgresql://… of a throwaway cluster in PG_CLUSTER_DIR,
// made by bench/reliability/postgres_disk_full.sh) the tmpfs is PostgreSQL's:
// FILL_DIR names it (its data folder, or its pg_wal), and the filler goes
// there. PostgreSQL answers a table that cannot grow with SQLSTATE 53100, but
// WAL it cannot write makes it PANIC: it restarts, and if its recovery cannot
// write either, it stays down — then it is started again once the filler is
// gone, as an operator would, and the same server process must go on.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [bin, writersArg = '16'] = process.argv.slice(2);
const WRITERS = Number(writersArg);
const env = { ...process.env, SAMENBETER_INSECURE_FAST_HASH: '1' };
const onPostgres = Boolean(process.env.SAMENBETER_DATABASE);
const clusterDir = process.env.PG_CLUSTER_DIR;
if (onPostgres && !(clusterDir && process.env.FILL_DIR)) throw new Error('on PostgreSQL, set PG_CLUSTER_DIR and FILL_DIR');
const dir = mkdtempSync(join(tmpdir(), 'sb-full-'));
if (!onPostgres) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir]);
const fillDir = onPostgres ? process.env.FILL_DIR : dir;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// SERVERS=2 (PostgreSQL): a second server process on the same database takes the writers of odd number.
const SERVERS = onPostgres ? Number(process.env.SERVERS ?? '1') : 1;
// FREE_AT_PANIC=1 (PostgreSQL): the filler goes the moment PostgreSQL PANICs — a disk full for a moment, after which
// PostgreSQL recovers by itself.
const freeAtPanic = onPostgres && process.env.FREE_AT_PANIC === '1';
let child, base, cookie = '', csrf = '';
let second = null;  // { child, base }
async function start() {
  child = await spawnServer();
  base = child.base;
  if (SERVERS > 1) second = await spawnServer();
}
async function spawnServer() {
  const child = spawn(bin, ['serve', '--data-dir', dir, '--port', '0', '--access-log', 'false'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
  child.base = `http://127.0.0.1:${port}`;
  return child;
}
async function stop() {
  for (const running of [child, second]) {
    if (!running) continue;
    const exited = new Promise((resolve) => running.on('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  }
  second = null;
}
async function call(method, path, body, withCookie = true, through = base) {
  const headers = withCookie ? { cookie, 'x-csrf-token': csrf } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(through + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = { not_json: text.slice(0, 200) }; }
  return { status: response.status, json, cookie: /sb_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '')?.[0] };
}
// A refusal as promised: 503 with a JSON error naming its code, a message and a field (empty: no one field is at fault).
const clearRefusal = (r) => r.status === 503 && r.json?.error?.code === 'unavailable'
  && typeof r.json.error.message === 'string' && r.json.error.message.length > 0 && typeof r.json.error.field === 'string';

// Writes zeros until the file system is full.
function fill(path) {
  const fd = openSync(path, 'a');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (let size = chunk.length; size >= 1;) {
      try { writeSync(fd, chunk, 0, size); } catch (error) {
        if (error.code !== 'ENOSPC') throw error;
        size = Math.floor(size / 2);
      }
    }
  } finally { closeSync(fd); }
}

// PostgreSQL's postmaster is running (its lock file names a live process).
function postgresUp() {
  try {
    const pid = Number(readFileSync(join(clusterDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
// PostgreSQL takes connections (it is not down, starting or recovering).
function postgresAccepting() {
  try {
    execFileSync('psql', ['-qAtc', 'SELECT 1', process.env.SAMENBETER_DATABASE], { stdio: 'pipe', env: { ...process.env, PGCONNECT_TIMEOUT: '2' } });
    return true;
  } catch {
    return false;
  }
}
// What PostgreSQL wrote in its log since `from`: tables it could not extend (SQLSTATE 53100) and PANICs.
function postgresLog(from) {
  const log = readFileSync(join(clusterDir, 'server.log'), 'utf8').slice(from);
  const count = (pattern) => (log.match(pattern) ?? []).length;
  return {
    could_not_extend: count(/could not extend file/g), panics: count(/PANIC:/g),
    recovery_failed: count(/startup process .* exited|aborting startup due to startup process failure/g),
    ready_again: count(/database system is ready to accept connections/g),
  };
}

let result;
try {
  execFileSync(bin, ['demo', '--data-dir', dir], { env, stdio: 'pipe' });
  await start();
  const login = await call('POST', '/api/v1/auth/login', { email: 'leraar@demo.samenbeter.nl', password: 'demo-samenbeter' }, false);
  cookie = login.cookie;
  const me = await call('GET', '/api/v1/me');
  csrf = me.json.csrf_token;
  const team = me.json.memberships.find((m) => m.role === 'leraar').team_id;
  const logFrom = onPostgres ? readFileSync(join(clusterDir, 'server.log'), 'utf8').length : 0;

  const acked = [];
  const statuses = {};
  const unexpected = [];  // answers other than 201 and a clear 503, and requests that got no answer
  let stopWriters = false;
  const writer = async (w) => {
    for (let i = 0; !stopWriters; i++) {
      let r;
      const text = `w${w} kaart ${i} ` + 'x'.repeat(400);
      try {
        r = await call('POST', `/api/v1/teams/${team}/items`, { kind: 'idea', text, notes: 'n'.repeat(3000) }, true,
          second && w % 2 ? second.base : base);
      } catch (error) {
        r = { status: 'no answer', json: String(error.cause ?? error) };
      }
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status === 201) acked.push({ id: r.json.id, text });
      else if (!clearRefusal(r)) {
        if (unexpected.length < 5) unexpected.push({ status: r.status, body: r.json });
        await sleep(50);
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
  await sleep(300);
  const filler = join(fillDir, 'filler');
  fill(filler);
  let freedAtPanic = false;
  const panicWatch = freeAtPanic && setInterval(() => {
    if (!freedAtPanic && /PANIC:/.test(readFileSync(join(clusterDir, 'server.log'), 'utf8').slice(logFrom))) {
      rmSync(filler);
      freedAtPanic = true;
    }
  }, 5);
  // Let the writers run into the full disk: until writes are refused (PostgreSQL may first use WAL it had
  // allocated before), then 2 s more.
  const filled = Date.now();
  let postgresDownAfterMs = null;  // when PostgreSQL stopped (a PANIC it did not recover from), after the fill
  while (!statuses[503] && Date.now() - filled < 60000) {
    await sleep(50);
    if (onPostgres && postgresDownAfterMs === null && !postgresUp()) postgresDownAfterMs = Date.now() - filled;
  }
  const firstRefusalMs = statuses[503] ? Date.now() - filled : null;
  await sleep(2000);
  const refusedBefore = statuses[503] ?? 0;
  const acceptingWhileFull = onPostgres ? postgresAccepting() : null;  // asked before the read, which it explains
  const read = await call('GET', `/api/v1/teams/${team}/board`);
  const readBody = read.status === 200 ? 'board' : read.json;
  const signIn = await call('POST', '/api/v1/auth/login', { email: 'schoolcoach@demo.samenbeter.nl', password: 'demo-samenbeter' }, false);
  const postgresUpWhileFull = onPostgres ? postgresUp() : null;
  if (panicWatch) clearInterval(panicWatch);
  if (existsSync(filler)) rmSync(filler);
  // A PostgreSQL that gave up (its recovery could not write) is started again now that there is room.
  let postgresRestarted = false;
  if (onPostgres && !postgresUp()) {
    execFileSync('scripts/postgres-cluster.sh', ['start', clusterDir, process.env.PG_PORT ?? '5432'], { stdio: 'pipe' });
    postgresRestarted = true;
  }
  // Writes must come back without a restart of the server: the first card acknowledged after the room returned.
  const freed = Date.now();
  const ackedBeforeFree = acked.length;
  while (acked.length === ackedBeforeFree && Date.now() - freed < 60000) await sleep(50);
  const resumedAfterMs = acked.length > ackedBeforeFree ? Date.now() - freed : null;
  await sleep(1000);
  stopWriters = true;
  await Promise.all(writers);
  const resumed = resumedAfterMs !== null && (await call('POST', `/api/v1/teams/${team}/items`, { kind: 'idea', text: 'weer ruimte' })).status === 201;
  // Restart: every acknowledged card must still be there.
  await stop();
  await start();
  const board = (await call('GET', `/api/v1/teams/${team}/board`)).json;
  const present = new Map(board.items.map((i) => [i.id, i.text]));
  const missing = acked.filter((card) => present.get(card.id) !== card.text);
  const lost = missing.length;
  result = {
    database: onPostgres ? 'postgresql' : 'sqlite', writers: WRITERS, acknowledged: acked.length, refused_503: statuses[503] ?? 0,
    refused_while_full: refusedBefore, first_refusal_ms: firstRefusalMs,
    other_statuses: Object.keys(statuses).filter((s) => s !== '201' && s !== '503'), unexpected,
    read_while_full: read.status, read_while_full_body: readBody, sign_in_while_full: signIn.status,
    writes_resumed: resumed, resumed_after_ms: resumedAfterMs, lost,
    lost_cards: missing.slice(0, 3).map((card) => ({ ...card, text: card.text.slice(0, 20), now: present.get(card.id)?.slice(0, 20) ?? null })),
    ...(onPostgres ? { servers: SERVERS, freed_at_panic: freedAtPanic, postgres_up_while_full: postgresUpWhileFull, postgres_accepting_while_full: acceptingWhileFull, postgres_down_after_ms: postgresDownAfterMs, postgres_restarted: postgresRestarted, postgres: postgresLog(logFrom) } : {}),
  };
  await stop();
} finally {
  if (!onPostgres) {
    try { execFileSync('umount', [dir]); } catch { /* already gone */ }
  }
  rmSync(dir, { recursive: true, force: true });
  if (existsSync(join(fillDir, 'filler'))) rmSync(join(fillDir, 'filler'));
}
console.log(JSON.stringify(result));
// Reads keep working while full where the database can answer them; while PostgreSQL is down or recovering they are a
// clear 503.
const readOk = result.read_while_full === 200 || (onPostgres && result.read_while_full === 503 && !result.postgres_accepting_while_full);
process.exit(result.lost === 0 && result.writes_resumed && result.unexpected.length === 0 && readOk ? 0 : 1);
