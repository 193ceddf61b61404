// The bestuur's overview keeps each team's figures per server process for as long as the team's data version
// (rhythm_team_versions) stands (docs/PERFORMANCE.md, "Rhythm: the bestuur's overview"). Here: each kind of board
// write the overview depends on moves the version in the database, on SQLite and on PostgreSQL; and on PostgreSQL
// with two server processes, a write through one shows at the next read of the other, whose answer equals that of
// a third process started afresh (nothing kept).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { signedIn } from './lib/client.mjs';
import { queryRows } from './lib/database.mjs';

const onPostgres = Boolean(process.env.SAMENBETER_TEST_POSTGRES_URL);
let a;
let b;
let teacher;
let leader;
let bestuurderOnB;
let teamId;
let bestuurId;

before(async () => {
  a = await startServer();
  b = onPostgres ? await startServer({ dataDir: a.dir }) : a;
  teacher = await signedIn(a.base, 'leraar');
  leader = await signedIn(a.base, 'schoolleider');
  bestuurderOnB = await signedIn(b.base, 'bestuurder');
  const me = (await teacher.get('/api/v1/me')).json;
  teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  bestuurId = (await bestuurderOnB.get('/api/v1/me')).json.memberships.find((m) => m.role === 'bestuurder').bestuur_id;
});
after(async () => {
  if (b !== a) await b?.stop({ keepData: true });
  await a?.stop();
});

const ok = async (promise, status = 200) => {
  const response = await promise;
  assert.equal(response.status, status, response.text);
  return response.json;
};
const version = () => Number(queryRows(a.dir, `SELECT version FROM rhythm_team_versions WHERE team_id = ${teamId}`)[0]?.version ?? 0);
const overviewOn = (client) => ok(client.get(`/api/v1/besturen/${bestuurId}/rhythm-overview`));
const teamIn = (overview) => overview.schools.flatMap((s) => s.teams).find((t) => t.team_id === teamId);

/** Runs `write` and checks that it moved the team's version by at least one. */
async function moves(what, write) {
  const before = version();
  const result = await write();
  assert.ok(version() > before, `${what} moved the team's data version (${before} -> ${version()})`);
  return result;
}

test('each kind of board write the overview shows moves the team\'s data version in the database', async () => {
  const start = teamIn(await overviewOn(bestuurderOnB));  // fills B's cache

  const session = await moves('a session started', () => ok(teacher.post(`/api/v1/teams/${teamId}/session`, {}), 201));
  const board = await ok(teacher.get(`/api/v1/teams/${teamId}/board`));
  const present = board.members.slice(0, 3).map((m) => m.user_id);
  const updated = await moves('attendance ticked', () => ok(teacher.patch(`/api/v1/sessions/${session.id}`, { attendance: present, version: session.version })));
  await moves('a session closed', () => ok(teacher.post(`/api/v1/sessions/${session.id}/close`, { version: updated.version })));

  const obstacle = await moves('an obstacle added', () => ok(teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Geen invaller' }), 201));
  const handed = await moves('an obstacle handed to the leadership', () => ok(teacher.post(`/api/v1/items/${obstacle.id}/to-leadership`, { version: obstacle.version })));
  assert.equal(teamIn(await overviewOn(bestuurderOnB)).open_obstacles, start.open_obstacles + 1);
  const answered = await moves('an obstacle answered', () => ok(leader.post(`/api/v1/items/${obstacle.id}/leadership-reply`, { reply: 'Geregeld', resolve: false, version: handed.version })));
  await moves('an obstacle resolved', () => ok(teacher.post(`/api/v1/items/${obstacle.id}/resolve`, { version: answered.version })));
  assert.equal(teamIn(await overviewOn(bestuurderOnB)).open_obstacles, start.open_obstacles);

  const second = await ok(teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Lokaal te klein' }), 201);
  const secondHanded = await ok(teacher.post(`/api/v1/items/${second.id}/to-leadership`, { version: second.version }));
  await moves('an obstacle deleted', async () => {
    const response = await teacher.delete(`/api/v1/items/${second.id}?version=${secondHanded.version}`);
    assert.equal(response.status, 204, response.text);
  });

  const cycles = (await ok(teacher.get(`/api/v1/teams/${teamId}/board`))).cycles;
  const current = cycles.find((c) => !c.retrospective && c.starts_on <= new Date().toISOString().slice(0, 10)) ?? cycles[cycles.length - 1];
  const goals = (await ok(teacher.get(`/api/v1/teams/${teamId}/board`))).goals.filter((g) => g.cycle_id === current.id);
  await moves('a cycle closed', () => ok(teacher.post(`/api/v1/cycles/${current.id}/retrospective`, {
    helped: 'Samen meten', change: 'Kleiner',
    goals: goals.map((g) => ({ goal_id: g.id, reached: 'yes' })), version: current.version,
  })));

  const end = teamIn(await overviewOn(bestuurderOnB));
  assert.equal(end.goals_judged, start.goals_judged + goals.length);
  assert.equal(end.goals_reached, start.goals_reached + goals.length);
  assert.equal(end.open_obstacles, start.open_obstacles);
});

test('a write through one process shows at the next read of the overview on another, equal to a fresh process\'s answer',
  { skip: !onPostgres && 'PostgreSQL only (SQLite is one process)' }, async () => {
    const before = teamIn(await overviewOn(bestuurderOnB));  // B keeps every team's figures
    const session = await ok(teacher.post(`/api/v1/teams/${teamId}/session`, {}), 201);
    const board = await ok(teacher.get(`/api/v1/teams/${teamId}/board`));
    const present = board.members.map((m) => m.user_id);
    const updated = await ok(teacher.patch(`/api/v1/sessions/${session.id}`, { attendance: present, version: session.version }));
    await ok(teacher.post(`/api/v1/sessions/${session.id}/close`, { version: updated.version }));
    const obstacle = await ok(teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Over twee processen' }), 201);
    await ok(teacher.post(`/api/v1/items/${obstacle.id}/to-leadership`, { version: obstacle.version }));

    const onB = await overviewOn(bestuurderOnB);
    const after = teamIn(onB);
    assert.equal(after.open_obstacles, before.open_obstacles + 1, 'the obstacle handed over through A shows on B');

    const fresh = await startServer({ dataDir: a.dir });
    try {
      const bestuurder = await signedIn(fresh.base, 'bestuurder');
      assert.deepEqual(onB, await overviewOn(bestuurder), 'B\'s kept figures equal a fresh process\'s');
    } finally {
      await fresh.stop({ keepData: true });
    }
  });
