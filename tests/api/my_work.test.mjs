// Mijn acties over HTTP (GET /api/v1/me/work): the caller's own open actions
// across their teams — overdue first, then by due date, undated last — and the
// obstacles they raised with the leadership's answer; only their own items,
// only in teams where they still hold a role.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { demo, signedIn } from './lib/client.mjs';

let server;
let teacher, coach, leader;
let teamId, otherTeamId, schoolId, ids, today;
before(async () => {
  server = await startServer();
  teacher = await signedIn(server.base, 'leraar');
  coach = await signedIn(server.base, 'schoolcoach');
  leader = await signedIn(server.base, 'schoolleider');
  const me = (await teacher.get('/api/v1/me')).json;
  teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  schoolId = me.memberships[0].school_id;
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  otherTeamId = school.teams.find((t) => t.name === 'Groep 3-4').id;
  const userOf = (email) => school.staff.find((m) => m.email === email).user_id;
  ids = { teacher: me.user.id, coach: userOf(demo('schoolcoach')), leader: userOf(demo('schoolleider')) };
  today = (await teacher.get('/api/v1/me/work')).json.today;
});
after(async () => { await server.stop(); });

const addDays = (date, days) => {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function action(client, team, text, owners, due_on) {
  const created = await client.post(`/api/v1/teams/${team}/items`, { kind: 'action', text, owner_ids: owners, ...(due_on ? { due_on } : {}) });
  assert.equal(created.status, 201, created.text);
  return created.json;
}

test('a teacher sees only her own open actions, overdue first, then by due date, undated last', async () => {
  await action(teacher, teamId, 'Mijn: zonder datum', [ids.teacher]);
  await action(teacher, teamId, 'Mijn: overmorgen', [ids.teacher], addDays(today, 2));
  await action(teacher, teamId, 'Mijn: drie dagen te laat', [ids.teacher, ids.coach], addDays(today, -3));
  await action(teacher, teamId, 'Van de coach', [ids.coach], addDays(today, -10));
  const done = await action(teacher, teamId, 'Mijn: al klaar', [ids.teacher], addDays(today, -4));
  assert.equal((await teacher.post(`/api/v1/items/${done.id}/move`, { status: 'done', version: done.version })).status, 200);

  const response = await teacher.get('/api/v1/me/work');
  assert.equal(response.status, 200);
  const { actions } = response.json;
  const mine = actions.filter((a) => a.text.startsWith('Mijn:')).map((a) => a.text);
  assert.deepEqual(mine, ['Mijn: drie dagen te laat', 'Mijn: overmorgen', 'Mijn: zonder datum']);
  assert.ok(!actions.some((a) => a.text === 'Van de coach' || a.text === 'Mijn: al klaar'));
  for (const a of actions) {
    assert.ok(a.owner_ids.includes(ids.teacher), a.text);
    assert.ok(a.status === 'todo' || a.status === 'doing', a.text);
    assert.equal(a.team_name, 'Groep 5-6');
    assert.equal(a.school_name, 'OBS De Regenboog');
    assert.equal(a.overdue, a.due_on !== null && a.due_on < today, a.text);
  }
  // The whole list keeps the order: dated ones by date (so the overdue first), then the undated.
  const dates = actions.map((a) => a.due_on ?? '9999-99-99');
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(actions[0].text, 'Mijn: drie dagen te laat');
  assert.equal(actions[0].overdue, true);
});

test('the coach, who also teaches another team, sees her actions of both teams with their names', async () => {
  await action(coach, otherTeamId, 'Rekenhoek opruimen', [ids.coach], addDays(today, 1));
  const { actions } = (await coach.get('/api/v1/me/work')).json;
  const byText = Object.fromEntries(actions.map((a) => [a.text, a]));
  assert.equal(byText['Rekenhoek opruimen'].team_name, 'Groep 3-4');
  assert.equal(byText['Van de coach'].team_name, 'Groep 5-6');
  assert.equal(byText['Van de coach'].overdue, true);
  assert.equal(actions[0].text, 'Van de coach');  // ten days late: the first
});

test('raised obstacles come with their status and the leadership’s answer', async () => {
  const raised = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Te weinig leesboeken' })).json;
  const handed = (await teacher.post(`/api/v1/items/${raised.id}/to-leadership`, { version: raised.version })).json;
  let { obstacles } = (await teacher.get('/api/v1/me/work')).json;
  let mine = obstacles.find((o) => o.id === raised.id);
  assert.equal(mine.status, 'leadership');
  assert.equal(mine.leadership_reply, '');
  assert.equal(mine.team_name, 'Groep 5-6');
  await leader.post(`/api/v1/items/${raised.id}/leadership-reply`, { reply: 'Ik bestel er twintig bij.', version: handed.version });
  ({ obstacles } = (await teacher.get('/api/v1/me/work')).json);
  mine = obstacles.find((o) => o.id === raised.id);
  assert.equal(mine.leadership_reply, 'Ik bestel er twintig bij.');
  for (const o of obstacles) {
    assert.equal(o.kind, 'obstacle');
    assert.equal(o.created_by, ids.teacher);
  }
  // The leader's list holds only what she raised herself: none of the teacher's.
  const leaders = (await leader.get('/api/v1/me/work')).json;
  assert.ok(!leaders.obstacles.some((o) => o.id === raised.id));
});

test('after leaving the team a teacher no longer sees its actions and obstacles', async () => {
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  const thijs = school.staff.find((m) => m.name === 'Thijs Mulder' && m.team_id === teamId);
  const colleague = await signedIn(server.base, thijs.email);
  await action(teacher, teamId, 'Voor Thijs', [thijs.user_id], addDays(today, -1));
  await colleague.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Van Thijs' });
  let work = (await colleague.get('/api/v1/me/work')).json;
  assert.ok(work.actions.some((a) => a.text === 'Voor Thijs'));
  assert.ok(work.obstacles.some((o) => o.text === 'Van Thijs'));
  assert.equal((await leader.delete(`/api/v1/memberships/${thijs.membership_id}`)).status, 204);
  work = (await colleague.get('/api/v1/me/work')).json;
  assert.deepEqual(work.actions, []);
  assert.deepEqual(work.obstacles, []);
});

test('someone who owns no actions gets empty lists', async () => {
  const bestuurder = await signedIn(server.base, 'bestuurder');
  const response = await bestuurder.get('/api/v1/me/work');
  assert.equal(response.status, 200);
  assert.deepEqual(response.json.actions, []);
  assert.deepEqual(response.json.obstacles, []);
});
