// The team board over HTTP: who may read and edit it, items and their
// versions (409 on a stale one), goals and measurements, obstacles for the
// school leadership, and a whole board session closed into its record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { signedIn } from './lib/client.mjs';

let server;
let teacher;
let leader;
let teamId;
let schoolId;
before(async () => {
  server = await startServer();
  teacher = await signedIn(server.base, 'leraar');
  leader = await signedIn(server.base, 'schoolleider');
  const me = (await teacher.get('/api/v1/me')).json;
  teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  schoolId = me.memberships[0].school_id;
});
after(async () => { await server.stop(); });

const monday = (date) => {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};
const addDays = (date, days) => {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

test('a teacher adds a card, moves it, and a stale move is refused with the current card', async () => {
  const created = await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'Leesmaatjes inroosteren', due_on: '2026-12-01' });
  assert.equal(created.status, 201);
  assert.equal(created.json.status, 'todo');
  const card = created.json;
  const moved = await teacher.post(`/api/v1/items/${card.id}/move`, { status: 'doing', version: card.version });
  assert.equal(moved.status, 200);
  assert.equal(moved.json.status, 'doing');
  assert.equal(moved.json.version, card.version + 1);
  const stale = await leader.post(`/api/v1/items/${card.id}/move`, { status: 'done', version: card.version });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.error.code, 'conflict');
  assert.equal(stale.json.current.status, 'doing');
  const board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  assert.equal(board.items.find((i) => i.id === card.id).status, 'doing');
  assert.ok(board.seq >= 2, 'every change takes a sequence number');
  const gone = await teacher.delete(`/api/v1/items/${card.id}?version=${moved.json.version}`);
  assert.equal(gone.status, 204);
});

test('simultaneous writes: one card moved by many at once changes once; many cards moved at once all land', async () => {
  // Writes wait for their commit side by side (as fibers on the I/O threads, sharing group commits):
  // the version check still lets exactly one of many equal moves through.
  const card = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'Rooster delen' })).json;
  const racers = await Promise.all(Array.from({ length: 24 }, (_, i) =>
    (i % 2 ? leader : teacher).post(`/api/v1/items/${card.id}/move`, { status: 'done', version: card.version })));
  assert.deepEqual(racers.map((r) => r.status).sort(), [200, ...Array(23).fill(409)]);
  assert.ok(racers.filter((r) => r.status === 409).every((r) => r.json.current.version === card.version + 1));

  const seqBefore = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json.seq;
  const cards = await Promise.all(Array.from({ length: 16 }, (_, i) =>
    teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: `Kaart ${i}` })));
  assert.ok(cards.every((r) => r.status === 201));
  const moves = await Promise.all(cards.map((r) =>
    teacher.post(`/api/v1/items/${r.json.id}/move`, { status: 'doing', version: r.json.version })));
  assert.ok(moves.every((r) => r.status === 200), JSON.stringify(moves.map((r) => r.status)));
  const board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  for (const r of cards) assert.equal(board.items.find((i) => i.id === r.json.id).status, 'doing');
  assert.equal(board.seq, seqBefore + 32, 'each create and each move took its own sequence number');
});

test('the board lists who can own actions: its teachers and the school leaders and coaches, once each', async () => {
  const board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  const names = board.members.map((m) => m.name);
  assert.equal(new Set(board.members.map((m) => m.user_id)).size, board.members.length);
  assert.ok(names.includes('Sanne de Vries') && names.includes('Karin Hofman') && names.includes('Lotte Jansen'));
  assert.ok(!names.includes('Marieke Kuipers'), 'the expert coach reads along but owns no actions');
  assert.ok(!names.includes('Bram Smit'), 'teachers of another team are not on this board');
  const bram = (await leader.get(`/api/v1/schools/${schoolId}`)).json.staff.find((m) => m.name === 'Bram Smit');
  const refused = await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'x', owner_ids: [bram.user_id] });
  assert.equal(refused.json.error.field, 'owner_ids');
});

test('bad board input is refused and nothing is written', async () => {
  const before = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  const bad = [
    [{ kind: 'wish', text: 'x' }, 'kind'],
    [{ kind: 'action', text: '' }, 'text'],
    [{ kind: 'action', text: 'x'.repeat(501) }, 'text'],
    [{ kind: 'action', text: 'x', status: 'flying' }, 'status'],
    [{ kind: 'action', text: 'x', due_on: '2026-02-30' }, 'due_on'],
    [{ kind: 'action', text: 'x', owner_ids: [999999] }, 'owner_ids'],
    [{ kind: 'action', text: 'x', goal_id: 'one' }, 'goal_id'],
  ];
  for (const [body, field] of bad) {
    const response = await teacher.post(`/api/v1/teams/${teamId}/items`, body);
    assert.ok([400, 404].includes(response.status), JSON.stringify(body));
    assert.equal(response.json.error.field, field, JSON.stringify(body));
  }
  const after = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  assert.equal(after.items.length, before.items.length);
  assert.equal(after.seq, before.seq);
});

test('the bestuurder and the expert coach read the board but cannot change it; other teams cannot see it', async () => {
  const bestuurder = await signedIn(server.base, 'bestuurder');
  const expert = await signedIn(server.base, 'expertcoach');
  assert.equal((await bestuurder.get(`/api/v1/teams/${teamId}/board`)).status, 200);
  assert.equal((await expert.get(`/api/v1/teams/${teamId}/board`)).status, 200);
  assert.equal((await bestuurder.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'x' })).status, 403);
  assert.equal((await expert.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'x' })).status, 403);
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  const otherTeam = school.teams.find((t) => t.id !== teamId);
  assert.equal((await teacher.get(`/api/v1/teams/${otherTeam.id}/board`)).status, 403);
  const otherSchool = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  // Another school's board and cards answer as if they did not exist.
  assert.equal((await otherSchool.get(`/api/v1/teams/${teamId}/board`)).status, 404);
  const card = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'Buitenles' })).json;
  assert.equal((await otherSchool.post(`/api/v1/items/${card.id}/move`, { status: 'open', version: card.version })).status, 404);
});

test('a cycle, a goal and weekly measurements; a second entry for a week needs the version', async () => {
  const thisWeek = monday(new Date().toISOString().slice(0, 10));
  const start = addDays(thisWeek, 56);  // after the demo's running cycle
  const overlapping = await teacher.post(`/api/v1/teams/${teamId}/cycles`, { name: 'Overlap', starts_on: thisWeek, ends_on: addDays(thisWeek, 41) });
  assert.equal(overlapping.json.error.field, 'starts_on');
  const cycle = await teacher.post(`/api/v1/teams/${teamId}/cycles`, { name: 'Cyclus test', starts_on: start, ends_on: addDays(start, 41) });
  assert.equal(cycle.status, 201, cycle.text);
  const tooShort = await teacher.post(`/api/v1/teams/${teamId}/cycles`, { name: 'Kort', starts_on: addDays(start, 100), ends_on: addDays(start, 110) });
  assert.equal(tooShort.json.error.field, 'ends_on');
  const goal = await teacher.post(`/api/v1/teams/${teamId}/goals`, {
    cycle_id: cycle.json.id, title: 'Meer leesplezier', students: 'groep 5', measure: 'leerlingen die thuis lezen',
    unit: 'percentage', baseline: 40, target: 70, direction: 'higher',
  });
  assert.equal(goal.status, 201, goal.text);
  const week = thisWeek;
  const first = await teacher.put(`/api/v1/goals/${goal.json.id}/measurements/${week}`, { value: 48 });
  assert.equal(first.status, 200);
  assert.equal(first.json.entered_by_name, 'Sanne de Vries');
  const again = await leader.put(`/api/v1/goals/${goal.json.id}/measurements/${week}`, { value: 50 });
  assert.equal(again.status, 409);
  const corrected = await leader.put(`/api/v1/goals/${goal.json.id}/measurements/${week}`, { value: 50, version: first.json.version });
  assert.equal(corrected.status, 200);
  assert.equal(corrected.json.value, 50);
  assert.equal((await teacher.put(`/api/v1/goals/${goal.json.id}/measurements/${addDays(week, 2)}`, { value: 1 })).json.error.field, 'week');
  assert.equal((await teacher.put(`/api/v1/goals/${goal.json.id}/measurements/${addDays(week, 7)}`, { value: 120 })).json.error.field, 'value');
  const read = (await teacher.get(`/api/v1/goals/${goal.json.id}`)).json;
  assert.deepEqual(read.measurements.map((m) => m.value), [50]);
});

test('an obstacle goes to the school leadership, who answer it; the leader can take it on as an action', async () => {
  const obstacle = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Geen tijd voor lesbezoek' })).json;
  const handed = await teacher.post(`/api/v1/items/${obstacle.id}/to-leadership`, { version: obstacle.version });
  assert.equal(handed.json.status, 'leadership');
  const list = (await leader.get('/api/v1/obstacles')).json.obstacles;
  const seen = list.find((o) => o.id === obstacle.id);
  assert.ok(seen, 'the leader sees the obstacle in one list');
  assert.equal(seen.team_name, 'Groep 5-6');
  assert.equal((await teacher.post(`/api/v1/items/${obstacle.id}/leadership-reply`, { reply: 'zelf', version: handed.json.version })).status, 403);
  const action = await leader.post(`/api/v1/items/${obstacle.id}/leadership-action`, { text: 'Invaller regelen voor lesbezoeken', version: handed.json.version });
  assert.equal(action.status, 201);
  assert.equal(action.json.kind, 'action');
  assert.equal(action.json.from_obstacle_id, obstacle.id);  // the leader's own action, marked as such
  assert.equal(action.json.created_by_name, 'Karin Hofman');
  const me = (await leader.get('/api/v1/me')).json.user;
  assert.deepEqual(action.json.owner_ids, [me.id]);
  const board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  const taken = board.items.find((i) => i.id === obstacle.id);
  assert.equal(taken.status, 'taken_on');
  assert.match(taken.leadership_reply, /Invaller regelen/);
  assert.equal((await leader.get('/api/v1/obstacles')).json.obstacles.find((o) => o.id === obstacle.id).status, 'taken_on');
  const resolved = await leader.post(`/api/v1/items/${obstacle.id}/leadership-reply`, { reply: 'Geregeld', resolve: true, version: taken.version });
  assert.equal(resolved.json.status, 'resolved');
});

test('an answered obstacle leaves the waiting list; the team resolves its own obstacle', async () => {
  const obstacle = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Digibord hapert' })).json;
  const handed = (await teacher.post(`/api/v1/items/${obstacle.id}/to-leadership`, { version: obstacle.version })).json;
  const waiting = async () => (await leader.get('/api/v1/obstacles')).json.obstacles.filter((o) => o.status === 'leadership').map((o) => o.id);
  assert.ok((await waiting()).includes(obstacle.id));
  const answered = (await leader.post(`/api/v1/items/${obstacle.id}/leadership-reply`, { reply: 'ICT komt morgen', version: handed.version })).json;
  assert.equal(answered.status, 'answered');
  assert.ok(!(await waiting()).includes(obstacle.id));
  // The answer did not help: back to the leadership, then the team fixes it itself.
  const again = (await teacher.post(`/api/v1/items/${obstacle.id}/to-leadership`, { version: answered.version })).json;
  assert.equal(again.status, 'leadership');
  const bestuurder = await signedIn(server.base, 'bestuurder');
  assert.equal((await bestuurder.post(`/api/v1/items/${obstacle.id}/resolve`, { version: again.version })).status, 403);
  const resolved = await teacher.post(`/api/v1/items/${obstacle.id}/resolve`, { version: again.version });
  assert.equal(resolved.json.status, 'resolved');
  const twice = await teacher.post(`/api/v1/items/${obstacle.id}/resolve`, { version: resolved.json.version });
  assert.equal(twice.status, 422);
  assert.equal(twice.json.current.status, 'resolved');
  assert.equal((await leader.get('/api/v1/obstacles')).json.obstacles.find((o) => o.id === obstacle.id).status, 'resolved');
});

test('a board session runs from start to close and leaves an immutable record', async () => {
  const started = await teacher.post(`/api/v1/teams/${teamId}/session`, {});
  assert.equal(started.status, 201, started.text);
  assert.equal(started.json.agenda.length, 5);
  assert.equal(started.json.agenda.reduce((sum, step) => sum + step.minutes, 0), 20);
  assert.equal((await leader.post(`/api/v1/teams/${teamId}/session`, {})).status, 409);  // one at a time
  const board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  assert.equal(board.session.id, started.json.id);
  const coach = board.members.find((m) => m.name === 'Lotte Jansen');
  const me = (await teacher.get('/api/v1/me')).json.user;
  let session = (await teacher.patch(`/api/v1/sessions/${started.json.id}`, { attendance: [me.id, coach.user_id], step: 1, version: started.json.version })).json;
  assert.equal(session.step, 1);
  const success = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'success', text: 'Iedereen las 20 minuten' })).json;
  const action = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'Boekenkast aanvullen' })).json;
  await teacher.post(`/api/v1/items/${action.id}/move`, { status: 'done', version: action.version });
  session = (await teacher.patch(`/api/v1/sessions/${session.id}`, { step: 4, version: session.version })).json;
  const closed = await teacher.post(`/api/v1/sessions/${session.id}/close`, { version: session.version });
  assert.equal(closed.status, 200, closed.text);
  const record = closed.json;
  assert.deepEqual(record.attendees.map((a) => a.name).sort(), ['Lotte Jansen', 'Sanne de Vries']);
  assert.ok(record.successes.some((s) => s.item_id === success.id));
  assert.ok(record.actions_created.some((a) => a.item_id === action.id));
  assert.ok(record.actions_closed.some((a) => a.item_id === action.id));
  // The record does not change when the board does.
  await teacher.patch(`/api/v1/items/${success.id}`, { text: 'Later aangepast', version: success.version });
  const again = (await teacher.get(`/api/v1/sessions/${session.id}`)).json;
  assert.equal(again.successes.find((s) => s.item_id === success.id).text, 'Iedereen las 20 minuten');
  assert.equal((await teacher.post(`/api/v1/sessions/${session.id}/close`, { version: session.version + 1 })).status, 422);
  const history = (await teacher.get(`/api/v1/teams/${teamId}/sessions`)).json.sessions;
  assert.ok(history.some((h) => h.id === session.id && h.closed_at && h.attendee_count === 2));
});

test('a record holds the week since the previous session, each measurement with its unit for good', async () => {
  const board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  const goal = board.goals.find((g) => g.cycle_id === board.current_cycle_id);
  const coach = board.members.find((m) => m.name === 'Lotte Jansen');
  const me = (await teacher.get('/api/v1/me')).json.user;
  const week = monday(new Date().toISOString().slice(0, 10));
  const existing = goal.measurements.find((m) => m.week === week);
  const value = goal.unit === 'yes_no' ? 1 : 7;
  const measured = await teacher.put(`/api/v1/goals/${goal.id}/measurements/${week}`, existing ? { value, version: existing.version } : { value });
  assert.equal(measured.status, 200, measured.text);
  // Moved before the session starts, after the previous one closed.
  const card = board.items.find((i) => i.kind === 'action' && i.status === 'todo');
  await teacher.post(`/api/v1/items/${card.id}/move`, { status: 'doing', version: card.version });

  const started = (await teacher.post(`/api/v1/teams/${teamId}/session`, {})).json;
  const session = (await teacher.patch(`/api/v1/sessions/${started.id}`, { attendance: [me.id, coach.user_id], version: started.version })).json;
  const record = (await teacher.post(`/api/v1/sessions/${session.id}/close`, { version: session.version })).json;
  const line = record.measurements.find((m) => m.goal_id === goal.id && m.week === week);
  assert.deepEqual({ value: line.value, unit: line.unit }, { value, unit: goal.unit });
  assert.ok(record.actions_moved.some((a) => a.item_id === card.id && a.from === 'todo' && a.to === 'doing'));

  // The goal's unit changes later: the record keeps the unit it had.
  const other = goal.unit === 'count' ? 'score' : 'count';
  const now = (await teacher.get(`/api/v1/goals/${goal.id}`)).json;
  const changed = await teacher.patch(`/api/v1/goals/${goal.id}`, { unit: other, version: now.version });
  assert.equal(changed.status, 200, changed.text);
  const again = (await teacher.get(`/api/v1/sessions/${session.id}`)).json;
  assert.equal(again.measurements.find((m) => m.goal_id === goal.id && m.week === week).unit, goal.unit);
  await teacher.patch(`/api/v1/goals/${goal.id}`, { unit: goal.unit, version: changed.json.version });
});

test('a board read again shows every change at once: items, team name, ambitions, members', async () => {
  const first = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  const item = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'agreement', text: 'Telefoons in de bak' })).json;
  assert.ok((await teacher.get(`/api/v1/teams/${teamId}/board`)).json.items.some((i) => i.id === item.id));
  assert.equal((await leader.patch(`/api/v1/teams/${teamId}`, { name: 'Groep 5/6' })).status, 200);
  assert.equal((await teacher.get(`/api/v1/teams/${teamId}/board`)).json.team.name, 'Groep 5/6');
  const ambition = await leader.post(`/api/v1/schools/${schoolId}/ambitions`, { school_year: '2026-2027', title: 'Alle kinderen lezen met plezier' });
  assert.equal(ambition.status, 201, ambition.text);
  assert.ok((await teacher.get(`/api/v1/teams/${teamId}/board`)).json.ambitions.some((a) => a.id === ambition.json.id));
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  const milan = school.staff.find((m) => m.name === 'Milan Dekker');
  assert.equal((await leader.delete(`/api/v1/memberships/${milan.membership_id}`)).status, 204);
  const last = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  assert.ok(!last.members.some((m) => m.user_id === milan.user_id && m.team_id === teamId));
  assert.ok(last.seq > first.seq);
  await leader.patch(`/api/v1/teams/${teamId}`, { name: 'Groep 5-6' });
});

test('a change names who made it, so a stale change can say who was first', async () => {
  const created = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'Voorleeswedstrijd' })).json;
  assert.equal(created.updated_by_name, null);
  const byLeader = await leader.patch(`/api/v1/items/${created.id}`, { text: 'Voorleeswedstrijd in maart', version: created.version });
  assert.equal(byLeader.status, 200, byLeader.text);
  assert.equal(byLeader.json.updated_by_name, 'Karin Hofman');
  const stale = await teacher.patch(`/api/v1/items/${created.id}`, { text: 'Voorleeswedstrijd in april', version: created.version });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.current.updated_by_name, 'Karin Hofman');

  const goal = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json.goals[0];
  const renamed = await leader.patch(`/api/v1/goals/${goal.id}`, { title: `${goal.title} (bijgesteld)`, version: goal.version });
  assert.equal(renamed.json.updated_by_name, 'Karin Hofman');
  const cycle = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json.cycles.find((c) => c.id === goal.cycle_id);
  const cycleChanged = await teacher.patch(`/api/v1/cycles/${cycle.id}`, { name: `${cycle.name}.`, version: cycle.version });
  assert.equal(cycleChanged.status, 200, cycleChanged.text);
  assert.equal(cycleChanged.json.updated_by_name, 'Sanne de Vries');
});
