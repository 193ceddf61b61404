// A full disk under load, on SQLite: the data folder lives on a small tmpfs;
// 16 writers add cards while a filler file takes the last free space. Every
// write must be either acknowledged (and then be there, also after a restart)
// or refused with 503 `unavailable` — never a 500, never an acknowledged write
// that is missing; reads go on; sign-in answers 503; when the filler is
// removed, writes work again without a restart.
//   node disk_full.mjs BIN [WRITERS]         (needs root for the tmpfs; prints one JSON line)
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [bin, writersArg = '16'] = process.argv.slice(2);
const WRITERS = Number(writersArg);
const env = { ...process.env, SAMENBETER_INSECURE_FAST_HASH: '1' };
const dir = mkdtempSync(join(tmpdir(), 'sb-full-'));
execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir]);

let child, base, cookie = '', csrf = '';
async function start() {
  child = spawn(bin, ['serve', '--data-dir', dir, '--port', '0', '--access-log', 'false'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  base = `http://127.0.0.1:${port}`;
}
async function stop() {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
async function call(method, path, body, withCookie = true) {
  const headers = withCookie ? { cookie, 'x-csrf-token': csrf } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, cookie: /sb_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '')?.[0] };
}

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

let result;
try {
  execFileSync(bin, ['demo', '--data-dir', dir], { env, stdio: 'pipe' });
  await start();
  const login = await call('POST', '/api/v1/auth/login', { email: 'leraar@demo.samenbeter.nl', password: 'demo-samenbeter' }, false);
  cookie = login.cookie;
  const me = await call('GET', '/api/v1/me');
  csrf = me.json.csrf_token;
  const team = me.json.memberships.find((m) => m.role === 'leraar').team_id;

  const acked = [];
  const statuses = {};
  let stopWriters = false;
  const writer = async (w) => {
    for (let i = 0; !stopWriters; i++) {
      const r = await call('POST', `/api/v1/teams/${team}/items`, { kind: 'idea', text: `w${w} kaart ${i} ` + 'x'.repeat(400), notes: 'n'.repeat(3000) });
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status === 201) acked.push(r.json.id);
      else if (r.status !== 503 || r.json?.error?.code !== 'unavailable') throw new Error(`unexpected ${r.status} ${JSON.stringify(r.json)}`);
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const filler = join(dir, 'filler');
  fill(filler);
  // Let the writers run into the full disk for a while.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const refusedBefore = statuses[503] ?? 0;
  const read = await call('GET', `/api/v1/teams/${team}/board`);
  const signIn = await call('POST', '/api/v1/auth/login', { email: 'schoolcoach@demo.samenbeter.nl', password: 'demo-samenbeter' }, false);
  rmSync(filler);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  stopWriters = true;
  await Promise.all(writers);
  const resumed = (statuses[201] ?? 0) > 0 && (await call('POST', `/api/v1/teams/${team}/items`, { kind: 'idea', text: 'weer ruimte' })).status === 201;
  // Restart: every acknowledged card must still be there.
  await stop();
  await start();
  const board = (await call('GET', `/api/v1/teams/${team}/board`)).json;
  const present = new Set(board.items.map((i) => i.id));
  const lost = acked.filter((id) => !present.has(id)).length;
  result = {
    writers: WRITERS, acknowledged: acked.length, refused_503: statuses[503] ?? 0, refused_while_full: refusedBefore,
    other_statuses: Object.keys(statuses).filter((s) => s !== '201' && s !== '503'), read_while_full: read.status,
    sign_in_while_full: signIn.status, writes_resumed: resumed, lost,
  };
  await stop();
} finally {
  try { execFileSync('umount', [dir]); rmdirSync(dir); } catch { /* already gone */ }
}
console.log(JSON.stringify(result));
process.exit(result.lost === 0 && result.writes_resumed && result.read_while_full === 200 ? 0 : 1);
