// The live channel: every screen of a board hears every change, in order,
// within a second; a screen that was away catches up or is told to reload;
// access is checked on connect, on every message and when memberships change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';
import { watchScreen } from './lib/screen.mjs';

let server;
let teamId;
before(async () => {
  server = await startServer();
  const teacher = await signedIn(server.base, 'leraar');
  teamId = (await teacher.get('/api/v1/me')).json.memberships.find((m) => m.role === 'leraar').team_id;
});
after(async () => { await server.stop(); });

// A board screen: connects with the client's cookie and collects messages.
function watch(client, team = teamId, path = `/api/v1/teams/${team}/board/live`) {
  return watchScreen(server.base, client, path);
}

test('every screen of a board hears a change, in order, well within a second', async () => {
  const teacher = await signedIn(server.base, 'leraar');
  const screens = [watch(teacher), watch(await signedIn(server.base, 'schoolleider')), watch(await signedIn(server.base, 'bestuurder'))];
  const hellos = await Promise.all(screens.map((s) => s.next((m) => m.type === 'hello')));
  const seq = hellos[0].seq;
  const sent = performance.now();
  const created = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'success', text: 'Live gezien' })).json;
  const moved = (await teacher.patch(`/api/v1/items/${created.id}`, { text: 'Live gezien!', version: created.version })).json;
  for (const screen of screens) {
    const first = await screen.next((m) => m.type === 'event' && m.event.kind === 'item' && m.event.item.id === created.id);
    const second = await screen.next((m) => m.type === 'event' && m.event.item?.version === moved.version);
    assert.equal(first.seq, seq + 1);
    assert.equal(second.seq, seq + 2);
    assert.equal(second.event.item.text, 'Live gezien!');
    assert.ok(first.receivedAt - sent < 1000, `arrived after ${first.receivedAt - sent} ms`);
  }
  screens.forEach((s) => s.socket.close());
});

test('a change to the school’s ambitions reaches the screens of its boards live', async () => {
  const leader = await signedIn(server.base, 'schoolleider');
  const screen = watch(await signedIn(server.base, 'leraar'));
  const { seq } = await screen.next((m) => m.type === 'hello');
  const schoolId = (await leader.get('/api/v1/me')).json.memberships[0].school_id;
  const created = (await leader.post(`/api/v1/schools/${schoolId}/ambitions`, { school_year: '2026-2027', title: 'Live ambitie' })).json;
  const renamed = (await leader.patch(`/api/v1/ambitions/${created.id}`, { title: 'Live ambitie, scherper', version: created.version })).json;
  assert.equal((await leader.delete(`/api/v1/ambitions/${created.id}?version=${renamed.version}`)).status, 204);
  const added = await screen.next((m) => m.event?.kind === 'ambition' && m.event.ambition.version === 1);
  const changed = await screen.next((m) => m.event?.kind === 'ambition' && m.event.ambition.version === renamed.version);
  const removed = await screen.next((m) => m.event?.kind === 'ambition_deleted' && m.event.id === created.id);
  assert.deepEqual([added.seq, changed.seq, removed.seq], [seq + 1, seq + 2, seq + 3]);
  assert.equal(changed.event.ambition.title, 'Live ambitie, scherper');
  screen.socket.close();
});

test('a screen that was away catches up from its last sequence number', async () => {
  const teacher = await signedIn(server.base, 'leraar');
  const away = watch(teacher);
  const { seq } = await away.next((m) => m.type === 'hello');
  away.socket.close();
  await away.closedWith();
  const a = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'Gemist 1' })).json;
  const b = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'Gemist 2' })).json;
  const back = watch(teacher);
  await back.next((m) => m.type === 'hello');
  back.send({ type: 'resume', since: seq });
  const first = await back.next((m) => m.type === 'event' && m.event.item?.id === a.id);
  const second = await back.next((m) => m.type === 'event' && m.event.item?.id === b.id);
  assert.deepEqual([first.seq, second.seq], [seq + 1, seq + 2]);
  back.socket.close();
});

test('after a restart the history is gone: a screen behind is told to reload', async () => {
  const teacher = await signedIn(server.base, 'leraar');
  const before = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json.seq;
  await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'Voor de herstart' });
  await server.stop({ keepData: true });
  server = await startServer({ dataDir: server.dir });
  const client = await signedIn(server.base, 'leraar');
  const screen = watch(client);
  const hello = await screen.next((m) => m.type === 'hello');
  assert.equal(hello.seq, before + 1, 'the stored sequence survives the restart');
  screen.send({ type: 'resume', since: before });
  await screen.next((m) => m.type === 'resync');
  screen.socket.close();
});

test('malformed messages get an error and the socket stays open', async () => {
  const screen = watch(await signedIn(server.base, 'leraar'));
  await screen.next((m) => m.type === 'hello');
  screen.socket.send('not json');
  await screen.next((m) => m.type === 'error');
  screen.send({ type: 'resume', since: 'yesterday' });
  await screen.next((m) => m.type === 'error' && /since/.test(m.error.message));
  screen.send({ type: 'ping' });
  await screen.next((m) => m.type === 'pong');
  screen.socket.close();
});

test('only those who may read the board can open its live channel', async () => {
  const outsider = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  const refused = watch(outsider);
  const status = await new Promise((resolve) => refused.socket.on('unexpected-response', (request, response) => resolve(response.statusCode)));
  assert.equal(status, 404);  // another school's board answers as if it did not exist
  const anonymous = watch(new Client(server.base));
  const anonymousStatus = await new Promise((resolve) => anonymous.socket.on('unexpected-response', (request, response) => resolve(response.statusCode)));
  assert.equal(anonymousStatus, 401);
  const plain = await (await signedIn(server.base, 'leraar')).get(`/api/v1/teams/${teamId}/board/live`);
  assert.equal(plain.status, 426);
});

test('a member removed from the team loses the live channel at once', async () => {
  const leader = await signedIn(server.base, 'schoolleider');
  const school = (await leader.get(`/api/v1/schools/${(await leader.get('/api/v1/me')).json.memberships[0].school_id}`)).json;
  const thijs = school.staff.find((m) => m.name === 'Thijs Mulder');
  const screen = watch(await signedIn(server.base, 'thijs.mulder@demo.samenbeter.nl'));
  await screen.next((m) => m.type === 'hello');
  assert.equal((await leader.delete(`/api/v1/memberships/${thijs.membership_id}`)).status, 204);
  assert.equal(await screen.closedWith(), 4403);
});

// The school leader's obstacles page follows its school's obstacles room.
const watchObstacles = (client, schoolId) => watch(client, undefined, `/api/v1/schools/${schoolId}/obstacles/live`);
const refusedWith = (screen) => new Promise((resolve) => screen.socket.on('unexpected-response', (request, response) => resolve(response.statusCode)));

test('the school leader hears live how her teams’ obstacles move through their life', async () => {
  const teacher = await signedIn(server.base, 'leraar');
  const leader = await signedIn(server.base, 'schoolleider');
  const schoolId = (await leader.get('/api/v1/me')).json.memberships[0].school_id;
  const screen = watchObstacles(leader, schoolId);
  const { seq } = await screen.next((m) => m.type === 'hello');

  const obstacle = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Geen gymzaal op vrijdag' })).json;
  const handed = (await teacher.post(`/api/v1/items/${obstacle.id}/to-leadership`, { version: obstacle.version })).json;
  const waiting = await screen.next((m) => m.event?.kind === 'obstacle' && m.event.obstacle.id === obstacle.id);
  assert.equal(waiting.seq, seq + 1);  // the open obstacle was not sent: it is still the team's
  assert.equal(waiting.event.obstacle.status, 'leadership');
  assert.equal(waiting.event.obstacle.team_name, 'Groep 5-6');
  const answered = (await leader.post(`/api/v1/items/${obstacle.id}/leadership-reply`, { reply: 'Ik vraag de sporthal', version: handed.version })).json;
  assert.equal(answered.status, 'answered');
  await screen.next((m) => m.event?.kind === 'obstacle' && m.event.obstacle.status === 'answered');
  const resolved = await teacher.post(`/api/v1/items/${obstacle.id}/resolve`, { version: answered.version });
  assert.equal(resolved.status, 200, resolved.text);
  assert.equal(resolved.json.status, 'resolved');
  await screen.next((m) => m.event?.kind === 'obstacle' && m.event.obstacle.status === 'resolved');
  await teacher.delete(`/api/v1/items/${obstacle.id}?version=${resolved.json.version}`);
  await screen.next((m) => m.event?.kind === 'obstacle_deleted' && m.event.id === obstacle.id);
  screen.socket.close();
});

test('only the school’s leaders follow its obstacles room', async () => {
  const leader = await signedIn(server.base, 'schoolleider');
  const schoolId = (await leader.get('/api/v1/me')).json.memberships[0].school_id;
  assert.equal(await refusedWith(watchObstacles(await signedIn(server.base, 'leraar'), schoolId)), 403);
  assert.equal(await refusedWith(watchObstacles(await signedIn(server.base, 'schoolcoach'), schoolId)), 403);
  assert.equal(await refusedWith(watchObstacles(await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl'), schoolId)), 404);
  assert.equal(await refusedWith(watchObstacles(new Client(server.base), schoolId)), 401);
});

test('a board session starts with the people who have the board open, and closing alone needs a yes', async () => {
  const teacher = await signedIn(server.base, 'leraar');
  const coach = await signedIn(server.base, 'schoolcoach');
  const bestuurder = await signedIn(server.base, 'bestuurder');
  const screens = [watch(coach), watch(bestuurder)];
  await Promise.all(screens.map((s) => s.next((m) => m.type === 'hello')));
  const ids = Object.fromEntries(await Promise.all([['teacher', teacher], ['coach', coach], ['bestuurder', bestuurder]]
    .map(async ([name, client]) => [name, (await client.get('/api/v1/me')).json.user.id])));
  const started = await teacher.post(`/api/v1/teams/${teamId}/session`, {});
  assert.equal(started.status, 201, started.text);
  // The coach works on the board; the bestuurder only reads it; the teacher started it without a screen open.
  assert.deepEqual([...started.json.attendance].sort((a, b) => a - b), [ids.teacher, ids.coach].sort((a, b) => a - b));
  screens.forEach((s) => s.socket.close());

  const alone = (await teacher.patch(`/api/v1/sessions/${started.json.id}`, { attendance: [ids.teacher], version: started.json.version })).json;
  const refused = await teacher.post(`/api/v1/sessions/${alone.id}/close`, { version: alone.version });
  assert.equal(refused.status, 422);
  assert.equal(refused.json.error.field, 'confirm_alone');
  assert.equal(refused.json.current.closed_at, null);
  const closed = await teacher.post(`/api/v1/sessions/${alone.id}/close`, { version: alone.version, confirm_alone: true });
  assert.equal(closed.status, 200, closed.text);
});
