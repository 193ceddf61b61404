// Two server processes on one PostgreSQL database, as behind a load balancer:
// a session works on both, failed sign-ins count across both, a change made
// through one reaches the screens of the other in order (and its board reads),
// a sign-out ends the session on both, and when a process is killed its screens reconnect to the
// other and catch up. Runs in the PostgreSQL pass of the API tests (make test
// sets SAMENBETER_TEST_POSTGRES_URL); skipped on SQLite, which is one process.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, serverEnv } from './lib/server.mjs';
import { Client, demo, signedIn } from './lib/client.mjs';
import { watchScreen } from './lib/screen.mjs';

const onPostgres = Boolean(process.env.SAMENBETER_TEST_POSTGRES_URL);
let a;
let b;
let teamId;

before(async () => {
  if (!onPostgres) return;
  a = await startServer();
  b = await startServer({ dataDir: a.dir });
  const teacher = await signedIn(a.base, 'leraar');
  teamId = (await teacher.get('/api/v1/me')).json.memberships.find((m) => m.role === 'leraar').team_id;
});
after(async () => {
  if (!onPostgres) return;
  await b?.stop({ keepData: true });
  await a?.stop();
});

/** The same signed-in person, talking to another process. */
function sameSessionOn(server, client) {
  const other = new Client(server.base);
  other.cookie = client.cookie;
  other.csrf = client.csrf;
  return other;
}

const boardPath = () => `/api/v1/teams/${teamId}/board/live`;

/**
 * Asks again (every 20 ms, for at most `ms`) until `check` holds. The process that made a change answers only once
 * its notice to the others is in PostgreSQL; the other's listener reads it within milliseconds. Without the notice
 * the other would keep a cached principal for 2 s, and a cached board view until the board next changes.
 */
async function soon(check, ms = 500) {
  const until = Date.now() + ms;
  for (;;) {
    const result = await check();
    if (result || Date.now() > until) return result;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('a session made by one process works on the other', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const onA = await signedIn(a.base, 'leraar');
  const onB = sameSessionOn(b, onA);
  const me = await onB.get('/api/v1/me');
  assert.equal(me.status, 200);
  assert.equal(me.json.user.email, demo('leraar'));
});

test('a change made through one process reaches the screens of both, in order, once', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const teacher = await signedIn(a.base, 'leraar');
  const screens = [watchScreen(a.base, teacher, boardPath()), watchScreen(b.base, sameSessionOn(b, teacher), boardPath())];
  const hellos = await Promise.all(screens.map((s) => s.next((m) => m.type === 'hello')));
  const seq = Math.max(...hellos.map((h) => h.seq));
  const writers = [teacher, sameSessionOn(b, teacher)];
  const texts = [];
  for (let i = 0; i < 6; i++) {  // through A and B in turn
    const text = `Gezien over twee processen ${i}`;
    texts.push(text);
    assert.equal((await writers[i % 2].post(`/api/v1/teams/${teamId}/items`, { kind: 'success', text })).status, 201);
  }
  for (const screen of screens) {
    await screen.next((m) => m.event?.item?.text === texts.at(-1));
    const events = screen.messages.filter((m) => m.type === 'event' && m.seq > seq);
    assert.deepEqual(events.map((m) => m.seq), [1, 2, 3, 4, 5, 6].map((n) => seq + n), 'each event once, in order');
    assert.deepEqual(events.map((m) => m.event.item.text), texts);
  }
  screens.forEach((s) => s.socket.close());
});

test('a board read through one process shows what was changed through the other', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const teacher = await signedIn(a.base, 'leraar');
  const onB = sameSessionOn(b, teacher);
  const before = await onB.get(`/api/v1/teams/${teamId}/board`);  // B now holds this board in its cache
  assert.equal(before.status, 200);
  const screen = watchScreen(b.base, onB, boardPath());
  await screen.next((m) => m.type === 'hello');
  const card = before.json.items.find((item) => item.kind === 'action');
  const status = card.status === 'doing' ? 'todo' : 'doing';
  const moved = await teacher.post(`/api/v1/items/${card.id}/move`, { status, version: card.version });
  assert.equal(moved.status, 200);
  // Once B's screens have heard of the move, a read through B shows it too.
  await screen.next((m) => m.event?.item?.id === card.id && m.event.item.version === moved.json.version);
  const after = await onB.get(`/api/v1/teams/${teamId}/board`);
  assert.equal(after.json.items.find((item) => item.id === card.id).status, status);
  assert.ok(after.json.seq > before.json.seq);
  screen.socket.close();
});

test('the school leader’s obstacles screens hear obstacles handed over through both processes, in order, without a resync', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const teacher = await signedIn(a.base, 'leraar');
  const leader = await signedIn(a.base, 'schoolleider');
  const schoolId = (await leader.get('/api/v1/me')).json.memberships[0].school_id;
  const obstaclesPath = `/api/v1/schools/${schoolId}/obstacles/live`;
  const leaderOn = [leader, sameSessionOn(b, leader)];
  const watchOnBoth = () => [a, b].map((server, i) => watchScreen(server.base, leaderOn[i], obstaclesPath));
  const screens = watchOnBoth();
  const hellos = await Promise.all(screens.map((s) => s.next((m) => m.type === 'hello')));
  assert.equal(hellos[0].seq, hellos[1].seq, 'both processes start a screen at the number the database holds');
  const { seq } = hellos[0];
  const writers = [teacher, sameSessionOn(b, teacher)];
  const handed = [];
  for (let i = 0; i < 6; i++) {  // through A and B in turn
    const writer = writers[i % 2];
    const obstacle = await writer.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: `Knelpunt over twee processen ${i}` });
    assert.equal(obstacle.status, 201);
    const toLeadership = await writer.post(`/api/v1/items/${obstacle.json.id}/to-leadership`, { version: obstacle.json.version });
    assert.equal(toLeadership.status, 200);
    handed.push(obstacle.json.id);
  }
  for (const screen of screens) {
    await screen.next((m) => m.event?.obstacle?.id === handed.at(-1));
    const events = screen.messages.filter((m) => m.type === 'event');
    assert.deepEqual(events.map((m) => m.seq), [1, 2, 3, 4, 5, 6].map((n) => seq + n), 'each event once, in order');
    assert.deepEqual(events.map((m) => m.event.obstacle.id), handed);
    assert.equal(screen.messages.filter((m) => m.type === 'resync').length, 0, 'no reload');
  }
  // Once both have heard it all, a screen that starts now starts at the same number on either process.
  const fresh = watchOnBoth();
  const again = await Promise.all(fresh.map((s) => s.next((m) => m.type === 'hello')));
  assert.deepEqual(again.map((h) => h.seq), [seq + 6, seq + 6]);
  [...screens, ...fresh].forEach((s) => s.socket.close());
});

test('failed sign-ins count across processes', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const email = demo('expertcoach');
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    const client = new Client((i % 2 ? b : a).base);
    statuses.push((await client.post('/api/v1/auth/login', { email, password: 'guess-' + i })).status);
  }
  assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429], 'five free failures in all, not five per process');
});

test('a sign-out through one process ends the session on the other', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const onA = await signedIn(a.base, 'schoolleider');
  const onB = sameSessionOn(b, onA);
  assert.equal((await onB.get('/api/v1/me')).status, 200);
  const screen = watchScreen(b.base, onB, boardPath());
  await screen.next((m) => m.type === 'hello');
  assert.equal((await onA.post('/api/v1/auth/logout', {})).status, 204);
  // Another process may remember a session for up to 2 s (its principal cache); its screens leave at once.
  await screen.closedWith();
  await new Promise((resolve) => setTimeout(resolve, 2500));
  assert.equal((await onB.get('/api/v1/me')).status, 401);
});

test('an invitation accepted through one process counts on the other at once', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const leader = await signedIn(a.base, 'schoolleider');
  const schoolId = (await leader.get('/api/v1/me')).json.memberships[0].school_id;
  const teacherOnB = sameSessionOn(b, await signedIn(a.base, 'leraar'));
  assert.equal((await teacherOnB.get(`/api/v1/teams/${teamId}/board`)).status, 200);  // B now holds the board's view
  const invited = await leader.post(`/api/v1/schools/${schoolId}/invitations`,
    { email: 'nieuw.cluster@example.nl', role: 'leraar', team_id: teamId });
  assert.equal(invited.status, 201);
  const newcomer = new Client(a.base);
  const token = invited.json.link.split('/').at(-1);
  const accepted = await newcomer.post(`/api/v1/invitation-links/${token}/accept`, { name: 'Noor Nieuwkomer', password: 'samen-beter-leren' });
  assert.equal(accepted.status, 200);
  const board = await sameSessionOn(b, newcomer).get(`/api/v1/teams/${teamId}/board`);
  assert.equal(board.status, 200);
  // Her colleagues on the other process see her among the team's members.
  const listed = await soon(async () => (await teacherOnB.get(`/api/v1/teams/${teamId}/board`)).json.members.some((m) => m.name === 'Noor Nieuwkomer'));
  assert.ok(listed, 'the board read through B lists the new member');
});

test('a name changed through one process shows on the other at once', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const onA = await signedIn(a.base, 'schoolcoach');
  const onB = sameSessionOn(b, onA);
  const before = (await onB.get('/api/v1/me')).json.user.name;  // B now holds her principal
  assert.equal((await onA.patch('/api/v1/me', { name: 'Andere Naam' })).status, 200);
  try {
    assert.ok(await soon(async () => (await onB.get('/api/v1/me')).json.user.name === 'Andere Naam'), 'B shows the new name');
  } finally {
    await onA.patch('/api/v1/me', { name: before });
  }
});

test('a password reset from the command line ends the sessions on the running servers at once', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const email = 'thijs.mulder@demo.samenbeter.nl';
  const onB = sameSessionOn(b, await signedIn(a.base, email));
  assert.equal((await onB.get('/api/v1/me')).status, 200);  // B now holds the session
  const screen = watchScreen(b.base, onB, boardPath());
  await screen.next((m) => m.type === 'hello');
  execFileSync(process.env.SAMENBETER_BIN, ['user', 'reset-password', '--data-dir', a.dir, '--email', email, '--password', 'een-nieuw-wachtwoord'],
    { env: serverEnv(a.dir), stdio: 'pipe' });
  assert.ok(await screen.closedWith(1000));
  assert.ok(await soon(async () => (await onB.get('/api/v1/me')).status === 401), 'the old session is gone on B');
});

test('screens of a killed process reconnect to the other and catch up', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const c = await startServer({ dataDir: a.dir });
  const teacher = await signedIn(c.base, 'leraar');
  const doomed = watchScreen(c.base, teacher, boardPath());
  const { seq } = await doomed.next((m) => m.type === 'hello');
  const created = await sameSessionOn(b, teacher).post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'Voor de crash' });
  assert.equal(created.status, 201);
  await doomed.next((m) => m.event?.item?.id === created.json.id);
  const lastSeen = Math.max(...doomed.messages.filter((m) => m.seq).map((m) => m.seq));
  c.kill();
  await doomed.closedWith();
  // Written while the screen is away, through the surviving process.
  const meanwhile = await sameSessionOn(b, teacher).post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'Na de crash' });
  assert.equal(meanwhile.status, 201);
  const again = watchScreen(b.base, sameSessionOn(b, teacher), boardPath());
  await again.next((m) => m.type === 'hello');
  again.send({ type: 'resume', since: lastSeen });
  const caughtUp = await again.next((m) => m.event?.item?.id === meanwhile.json.id || m.type === 'resync');
  if (caughtUp.type === 'event') assert.ok(caughtUp.seq > seq);
  again.socket.close();
  await c.stop({ keepData: true });
});
