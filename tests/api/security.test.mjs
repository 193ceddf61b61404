// Security: an invitation link is no password oracle, ids are never reused,
// guessing is throttled by the real client address, another school's ids look
// unknown, the live channel checks where it is opened from and ends with its
// session, the log keeps secrets out, a full disk answers 503, and signing out
// and query parameters follow the same strict rules as everything else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { useServer } from './lib/app.mjs';
import { startServer } from './lib/server.mjs';
import { Client, demo, schoolLeader, signedIn, DEMO_PASSWORD } from './lib/client.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const tokenOf = (link) => link.split('/').pop();
const occurrences = (text, part) => text.split(part).length - 1;

function assertError(answer, status, code, field) {
  assert.equal(answer.status, status, answer.text);
  assert.equal(answer.json?.error?.code, code, answer.text);
  if (field !== undefined) assert.equal(answer.json.error.field, field, answer.text);
}

// Awaits a create request and returns what it made.
async function created(request) {
  const answer = await request;
  assert.equal(answer.status, 201, answer.text);
  return answer.json;
}

async function deleted(request) {
  const answer = await request;
  assert.equal(answer.status, 204, answer.text);
}

// A server of its own for one test: for other flags, or for throttling counters nobody else touched.
async function ownServer(t, options) {
  const own = await startServer(options);
  t.after(() => own.stop());
  return own;
}

// Waits until the server's log has been quiet for a moment, so every line written so far is in.
async function logSettled(server) {
  let length;
  do {
    length = server.log().length;
    await sleep(200);
  } while (server.log().length !== length);
}

async function wrongLogin(base, email, forwardedFor) {
  const headers = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  return (await new Client(base).post('/api/v1/auth/login', { email, password: 'wrong-password' }, { headers })).status;
}

// Failed sign-ins on made-up accounts, one after another; forwardedFor is an address or a function of the attempt.
async function failLogins(base, count, prefix, forwardedFor) {
  const statuses = [];
  for (let i = 0; i < count; i++) {
    const address = typeof forwardedFor === 'function' ? forwardedFor(i) : forwardedFor;
    statuses.push(await wrongLogin(base, `${prefix}-${i}@example.nl`, address));
  }
  return statuses;
}

const server = await useServer();

// The demo school: its leader, the teacher of Groep 5-6 and that team.
const { leader, schoolId } = await schoolLeader(server.base);
const teamId = (await leader.get(`/api/v1/schools/${schoolId}`)).json.teams.find((t) => t.name === 'Groep 5-6').id;
const teacher = await signedIn(server.base, 'leraar');

// Another bestuur with the school De Overkant, whose leader came in through an invitation link.
const overkant = await (async () => {
  const admin = await signedIn(server.base, 'beheer');
  const bestuur = await created(admin.post('/api/v1/besturen', { name: 'Stichting Elders' }));
  const school = await created(admin.post('/api/v1/schools',
    { bestuur_id: bestuur.id, name: 'De Overkant', sector: 'VO', brin: '99ZZ', region: 'zuid' }));
  const invited = await created(admin.post(`/api/v1/schools/${school.id}/invitations`, { email: 'leider@overkant.nl', role: 'schoolleider' }));
  const outsider = new Client(server.base);
  const accepted = await outsider.post(`/api/v1/invitation-links/${tokenOf(invited.link)}/accept`,
    { name: 'Olga Overkant', password: 'overkant-wachtwoord' });
  assert.equal(accepted.status, 200, accepted.text);
  return { leader: outsider, schoolId: school.id };
})();

// Opens a board's live channel with the client's cookie; resolves with the HTTP status (101 when it opened).
function openLive(client, team, headers = {}) {
  const socket = new WebSocket(`${server.base.replace('http', 'ws')}/api/v1/teams/${team}/board/live`,
    { headers: { cookie: client.cookie, ...headers } });
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve({ status: 101, socket }));
    socket.on('unexpected-response', (request, response) => resolve({ status: response.statusCode }));
    socket.on('error', reject);
  });
}

test('a deleted card, ambition or team leaves its id unused: the next one gets a higher id', async () => {
  // Makes one, removes it, makes another: the new one must not take the old id.
  async function idAfterDelete(what, make, remove) {
    const first = await make(1);
    await remove(first);
    const second = await make(2);
    assert.ok(second.id > first.id, `${what}: new id ${second.id}, deleted id ${first.id}`);
  }
  await idAfterDelete('card',
    (n) => created(teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: `Idee ${n}` })),
    (card) => deleted(teacher.delete(`/api/v1/items/${card.id}?version=${card.version}`)));
  await idAfterDelete('ambition',
    (n) => created(leader.post(`/api/v1/schools/${schoolId}/ambitions`, { school_year: '2026-2027', title: `Ambitie ${n}` })),
    (ambition) => deleted(leader.delete(`/api/v1/ambitions/${ambition.id}?version=${ambition.version}`)));
  await idAfterDelete('team',
    (n) => created(leader.post(`/api/v1/schools/${schoolId}/teams`, { name: `Werkgroep ${n}` })),
    (team) => deleted(leader.delete(`/api/v1/teams/${team.id}`)));
});

test('a card deleted at another school does not pass its access on to the teacher’s next card', async () => {
  const team = await created(overkant.leader.post(`/api/v1/schools/${overkant.schoolId}/teams`, { name: 'Sectie wiskunde' }));
  const theirs = await created(overkant.leader.post(`/api/v1/teams/${team.id}/items`, { kind: 'idea', text: 'Van de overkant' }));
  await deleted(overkant.leader.delete(`/api/v1/items/${theirs.id}?version=${theirs.version}`));
  const mine = await created(teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'Van hier' }));
  const edited = await teacher.patch(`/api/v1/items/${mine.id}`, { text: 'Van hier, bijgewerkt', version: mine.version });
  assert.equal(edited.status, 200, edited.text);
  const moved = await teacher.post(`/api/v1/items/${mine.id}/move`, { status: 'doing', version: edited.json.version });
  assert.equal(moved.status, 200, moved.text);
});

test('the leader of another bestuur cannot tell the demo board from a board that does not exist', async () => {
  assert.equal((await openLive(overkant.leader, teamId)).status, 404);
  assert.equal((await openLive(overkant.leader, 999999)).status, 404);
});

test('the live channel opens only from this site, and closes when its session signs out', async () => {
  const client = await signedIn(server.base, 'leraar');
  const evil = await openLive(client, teamId, { origin: 'http://evil.example' });
  evil.socket?.terminate();
  assert.equal(evil.status, 403, 'a page on another site may not open the board with the user’s cookie');
  const live = await openLive(client, teamId, { origin: server.base });
  assert.equal(live.status, 101);
  const closed = new Promise((resolve) => live.socket.on('close', (code) => resolve(code)));
  assert.equal((await client.post('/api/v1/auth/logout')).status, 204);
  const code = await Promise.race([closed, sleep(2000).then(() => 'still open after 2 s')]);
  live.socket.terminate();
  assert.equal(code, 4401);
});

test('invitation tokens stay out of the log', async () => {
  const invited = await created(leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: 'logboek@example.nl', role: 'schoolcoach' }));
  const token = tokenOf(invited.link);
  // Without SMTP the mail with the link goes to the log, as it should; nothing after it may repeat the token.
  await logSettled(server);
  const mark = server.log().length;
  const visitor = new Client(server.base);
  assert.equal((await visitor.get(`/api/v1/invitation-links/${token}`)).status, 200);
  const madeUp = randomBytes(32).toString('base64url');
  const accepted = await visitor.post(`/api/v1/invitation-links/${madeUp}/accept`, { name: 'Niemand', password: 'geen-idee-1234' });
  assertError(accepted, 404, 'not_found');
  await logSettled(server);
  const since = server.log().slice(mark);
  assert.match(since, /invitation-links/, 'both requests are in the access log');
  assert.ok(!since.includes(token), 'the real token is not in the log');
  assert.ok(!server.log().includes(madeUp), 'the made-up token is not in the log');
});

test('with the access log off, mails are still written to the log', async (t) => {
  const quiet = await ownServer(t, { args: ['--access-log', 'false'] });
  const { leader: quietLeader, schoolId: quietSchool } = await schoolLeader(quiet.base);
  assert.equal((await quietLeader.get('/api/v1/me')).status, 200);
  const invited = await created(quietLeader.post(`/api/v1/schools/${quietSchool}/invitations`, { email: 'stil@example.nl', role: 'schoolcoach' }));
  await logSettled(quiet);
  assert.match(quiet.log(), /Uitnodiging voor SamenBeter/);
  assert.ok(quiet.log().includes(invited.link), 'the mail carries the link');
  assert.ok(!quiet.log().includes(' GET /api/v1/me '), 'no access-log lines');
});

test('signing out needs the CSRF token like every other change', async () => {
  const client = await signedIn(server.base, 'leraar');
  const withoutToken = Object.assign(new Client(server.base), { cookie: client.cookie });
  assertError(await withoutToken.post('/api/v1/auth/logout'), 403, 'permission_denied');
  assert.equal((await client.get('/api/v1/me')).status, 200, 'the session still works');
});

test('a query parameter given twice is refused rather than guessed at', async () => {
  const card = await created(teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'Twee versies' }));
  assertError(await teacher.delete(`/api/v1/items/${card.id}?version=${card.version}&version=${card.version + 1}`),
    400, 'invalid_argument', 'version');
  assert.ok((await teacher.get(`/api/v1/teams/${teamId}/board`)).json.items.some((i) => i.id === card.id), 'the card is still there');
});

// Last on this server: it leaves the admin's account throttled.
test('an invitation link for an existing account is no way to guess its password', async () => {
  const invited = await overkant.leader.post(`/api/v1/schools/${overkant.schoolId}/invitations`,
    { email: demo('beheer'), role: 'schoolleider' });
  assert.equal(invited.status, 201, invited.text);
  const token = tokenOf(invited.json.link);
  const list = await overkant.leader.get(`/api/v1/schools/${overkant.schoolId}/invitations`);
  const link = await new Client(server.base).get(`/api/v1/invitation-links/${token}`);
  assert.equal(link.status, 200, link.text);
  for (const answer of [invited, list, link]) assert.doesNotMatch(answer.text, /existing_user/);

  const guesser = new Client(server.base);
  const answers = [];
  for (let i = 0; i < 12; i++) {
    answers.push(await guesser.post(`/api/v1/invitation-links/${token}/accept`, { name: 'X', password: `wrong-guess-${i}` }));
  }
  const statuses = answers.map((a) => a.status).join(',');
  assert.ok(answers.filter((a) => a.status === 401).length <= 5, statuses);
  for (const answer of answers.filter((a) => a.status !== 401)) {
    assert.equal(answer.status, 429, statuses);
    assert.ok(Number(answer.headers.get('retry-after')) >= 1, 'Retry-After');
  }
  const login = await new Client(server.base).post('/api/v1/auth/login', { email: demo('beheer'), password: DEMO_PASSWORD });
  assert.equal(login.status, 429, 'the guesses through the link count against the account');
});

// Throttling, on a server of its own so the counters of the tests above stay clean.
const throttled = await useServer();

test('without a trusted proxy, X-Forwarded-For is ignored: every guess counts for the real address', async () => {
  const statuses = await failLogins(throttled.base, 25, 'spoofer', (i) => `198.51.100.${i + 1}`);
  assert.ok(statuses.slice(20).includes(429), statuses.join(','));
});

test('guessing from one address does not lock the account owner out', async () => {
  await failLogins(throttled.base, 25, 'sprayer');
  const owner = await new Client(throttled.base).post('/api/v1/auth/login', { email: demo('leraar'), password: DEMO_PASSWORD });
  assert.equal(owner.status, 200, owner.text);
});

test('behind a trusted proxy, X-Forwarded-For names the client that is throttled', async (t) => {
  const proxied = await ownServer(t, { args: ['--trusted-proxies', '127.0.0.1'] });
  const statuses = await failLogins(proxied.base, 30, 'proxied', '203.0.113.7');
  assert.ok(statuses.slice(20).includes(429), statuses.join(','));
  assert.equal(await wrongLogin(proxied.base, 'neighbour@example.nl', '203.0.113.8'), 401, 'another client behind the proxy');
});

test('forty guesses at once for one account: five are checked, the rest must wait', async (t) => {
  const fresh = await ownServer(t);
  const started = Date.now();
  const statuses = await Promise.all(Array.from({ length: 40 }, () => wrongLogin(fresh.base, 'target@example.nl')));
  const seconds = Math.floor((Date.now() - started) / 1000);
  const count = (status) => statuses.filter((s) => s === status).length;
  // Five run at once; then each wait (at least 1 s after the fifth failure, 2 s after the sixth, …) lets one
  // more through: a burst on a busy machine may see one more check per second it lasts — never forty.
  assert.ok(count(401) >= 5 && count(401) <= 5 + seconds, `${count(401)} checked in ${seconds} s: ${statuses.join(',')}`);
  assert.equal(count(401) + count(429), 40, statuses.join(','));
});

test('asking for password resets over and over sends a few mails, then is refused', async (t) => {
  const fresh = await ownServer(t);
  const client = new Client(fresh.base);
  const answers = [];
  for (let i = 0; i < 30; i++) answers.push(await client.post('/api/v1/auth/password-reset', { email: demo('leraar') }));
  const statuses = answers.map((a) => a.status);
  assert.equal(statuses[0], 202);
  const firstRefused = statuses.indexOf(429);
  assert.ok(firstRefused > 0 && firstRefused <= 10, `refused from the 11th request at the latest: ${statuses.join(',')}`);
  for (const answer of answers.slice(firstRefused)) {
    assert.equal(answer.status, 429, statuses.join(','));
    assert.ok(Number(answer.headers.get('retry-after')) >= 1, 'Retry-After');
  }
  await logSettled(fresh);
  const mails = Math.max(occurrences(fresh.log(), 'SamenBeter: nieuw wachtwoord instellen'),
    occurrences(fresh.log(), '/wachtwoord-herstellen?token='));
  assert.ok(mails >= 1 && mails <= 3, `${mails} reset mails`);
});

// Writes zeros to path until the file system is full.
function fillDisk(path) {
  const fd = openSync(path, 'a');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (let size = chunk.length; size >= 1;) {
      try {
        writeSync(fd, chunk, 0, size);
      } catch (error) {
        if (error.code !== 'ENOSPC') throw error;
        size = Math.floor(size / 2);
      }
    }
  } finally {
    closeSync(fd);
  }
}

// Adds long cards until one is refused; returns the ids that were confirmed and the refusal.
async function writeUntilRefused(client, team) {
  const kept = [];
  for (let i = 0; i < 500; i++) {
    const answer = await client.post(`/api/v1/teams/${team}/items`,
      { kind: 'idea', text: `Vol ${i} ` + 'x'.repeat(480), notes: 'n'.repeat(4000) });
    if (answer.status !== 201) return { kept, refused: answer };
    kept.push(answer.json.id);
  }
  throw new Error('500 cards fit on a full disk');
}

test('on a full disk writes and sign-ins answer 503, nothing confirmed is lost, and writes resume when space returns', async (t) => {
  if (process.getuid?.() !== 0) return t.skip('needs root to mount a small tmpfs');
  // The SQLite file fills this folder; a PostgreSQL server keeps its data elsewhere (its own disk full is
  // a case of bench/reliability, not of this test).
  if (process.env.SAMENBETER_TEST_POSTGRES_URL) return t.skip('the database is not in the data folder on PostgreSQL');
  const dir = mkdtempSync(join(tmpdir(), 'sb-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    rmdirSync(dir);
    return t.skip('needs root to mount a small tmpfs');
  }
  let small;
  t.after(async () => {
    await small?.stop({ keepData: true });
    execFileSync('umount', [dir]);
    rmdirSync(dir);
  });
  execFileSync(process.env.SAMENBETER_BIN, ['demo', '--data-dir', dir],
    { env: { ...process.env, SAMENBETER_INSECURE_FAST_HASH: '1' }, stdio: 'pipe' });
  small = await startServer({ dataDir: dir });
  const client = await signedIn(small.base, 'leraar');
  const team = (await client.get('/api/v1/me')).json.memberships.find((m) => m.role === 'leraar').team_id;
  const before = [];
  for (let i = 0; i < 3; i++) before.push((await created(client.post(`/api/v1/teams/${team}/items`, { kind: 'idea', text: `Voor ${i}` }))).id);

  const filler = join(dir, 'filler');
  fillDisk(filler);
  const { kept, refused } = await writeUntilRefused(client, team);
  assertError(refused, 503, 'unavailable');
  assert.match(refused.json.error.message, /full/i);
  const board = (await client.get(`/api/v1/teams/${team}/board`)).json;
  for (const id of [...before, ...kept]) assert.ok(board.items.some((i) => i.id === id), `card ${id} is still there`);

  rmSync(filler);
  await created(client.post(`/api/v1/teams/${team}/items`, { kind: 'idea', text: 'Weer ruimte' }));

  fillDisk(filler);
  await writeUntilRefused(client, team);
  const login = await new Client(small.base).post('/api/v1/auth/login', { email: demo('schoolleider'), password: DEMO_PASSWORD });
  assertError(login, 503, 'unavailable');
});
