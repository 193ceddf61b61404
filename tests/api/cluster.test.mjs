// Two server processes on one PostgreSQL database, as behind a load balancer:
// a session works on both, failed sign-ins count across both, a change made
// through one reaches the screens of the other in order (and its board reads),
// a sign-out ends the session on both, and when a process is killed its screens reconnect to the
// other and catch up. Runs in the PostgreSQL pass of the API tests (make test
// sets SAMENBETER_TEST_POSTGRES_URL); skipped on SQLite, which is one process.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
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

test('the school leader’s obstacles screen hears obstacles handed over through both processes, in order, without a resync', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  const teacher = await signedIn(a.base, 'leraar');
  const leader = await signedIn(a.base, 'schoolleider');
  const schoolId = (await leader.get('/api/v1/me')).json.memberships[0].school_id;
  const obstaclesPath = `/api/v1/schools/${schoolId}/obstacles/live`;
  const screen = watchScreen(b.base, sameSessionOn(b, leader), obstaclesPath);
  const { seq } = await screen.next((m) => m.type === 'hello');
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
  await screen.next((m) => m.event?.obstacle?.id === handed.at(-1));
  const events = screen.messages.filter((m) => m.type === 'event');
  assert.deepEqual(events.map((m) => m.seq), [1, 2, 3, 4, 5, 6].map((n) => seq + n), 'each event once, in order');
  assert.deepEqual(events.map((m) => m.event.obstacle.id), handed);
  assert.equal(screen.messages.filter((m) => m.type === 'resync').length, 0, 'no reload');
  // A screen that starts now starts at the same number on either process.
  const fresh = [watchScreen(a.base, leader, obstaclesPath), watchScreen(b.base, sameSessionOn(b, leader), obstaclesPath)];
  const hellos = await Promise.all(fresh.map((s) => s.next((m) => m.type === 'hello')));
  assert.deepEqual(hellos.map((h) => h.seq), [seq + 6, seq + 6]);
  [screen, ...fresh].forEach((s) => s.socket.close());
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
