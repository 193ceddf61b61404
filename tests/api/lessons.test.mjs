// Co-designed lessons and lesson visits (issue 12), as the teachers of Groep 5-6 of OBS De Regenboog do them:
// Sanne (the demo's "leraar") and Thijs design together, plan a visit, Thijs observes from his phone (also
// after a dropped connection), both reflect, and the conclusion lands on the board live. The school leader
// sees counts, and notes only when Sanne shares them; a teacher outside the team sees nothing of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startServer } from './lib/server.mjs';
import { signedIn } from './lib/client.mjs';

let server;
let sanne, thijs, eva, daan, leader, expert, outsider;
let teamId, otherTeamId, schoolId, goalId, sanneId, thijsId, daanId;

before(async () => {
  server = await startServer();
  sanne = await signedIn(server.base, 'leraar');
  thijs = await signedIn(server.base, 'thijs.mulder@demo.samenbeter.nl');
  eva = await signedIn(server.base, 'eva.vandijk@demo.samenbeter.nl');
  daan = await signedIn(server.base, 'daan.deboer@demo.samenbeter.nl');  // Groep 3-4: outside the team
  leader = await signedIn(server.base, 'schoolleider');
  expert = await signedIn(server.base, 'expertcoach');
  outsider = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');  // the other school's leader
  const me = (await sanne.get('/api/v1/me')).json;
  sanneId = me.user.id;
  teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  schoolId = me.memberships.find((m) => m.role === 'leraar').school_id;
  thijsId = (await thijs.get('/api/v1/me')).json.user.id;
  const daanMe = (await daan.get('/api/v1/me')).json;
  daanId = daanMe.user.id;
  otherTeamId = daanMe.memberships.find((m) => m.role === 'leraar').team_id;
  const board = (await sanne.get(`/api/v1/teams/${teamId}/board`)).json;
  goalId = board.goals.find((g) => g.cycle_id === board.current_cycle_id).id;
});
after(async () => { await server.stop(); });

const tomorrow = () => new Date(Date.now() + 86400e3).toISOString().slice(0, 19) + 'Z';

async function design(criteria = ['Leerlingen leggen hardop uit welke breuk groter is']) {
  const created = await sanne.post(`/api/v1/teams/${teamId}/lesson-designs`, {
    goal_id: goalId, title: 'Breuken vergelijken', lesson_goal: 'Leerlingen vergelijken breuken', criteria,
    phases: [{ title: 'Instructie', minutes: 10 }, { title: 'Samen oefenen', minutes: 20, description: 'In tweetallen' }],
    group_name: 'Groep 6', subject: 'Rekenen', planned_on: '2026-12-10', co_author_ids: [thijsId],
    links: [{ title: 'Werkblad', url: 'https://example.org/werkblad.pdf' }],
  });
  assert.equal(created.status, 201, created.text);
  return created.json;
}

async function visit(designId) {
  const planned = await sanne.post(`/api/v1/teams/${teamId}/lesson-visits`, {
    design_id: designId, teacher_id: sanneId, visitor_id: thijsId, starts_at: tomorrow(), minutes: 45, location: 'Lokaal 12',
  });
  assert.equal(planned.status, 201, planned.text);
  return planned.json;
}

test('two teachers co-design a lesson: saves of different parts merge, the same part changed differently is a 409 with the design as it is now', async () => {
  const d = await design();
  assert.deepEqual(d.authors.map((a) => a.id).sort(), [sanneId, thijsId].sort());
  assert.equal(d.status, 'concept');
  const bySanne = await sanne.patch(`/api/v1/lesson-designs/${d.id}`, { version: d.version, lesson_goal: 'Sanne: ordenen van drie breuken' });
  assert.equal(bySanne.status, 200, bySanne.text);
  const byThijs = await thijs.patch(`/api/v1/lesson-designs/${d.id}`, { version: d.version, criteria: ['Leerlingen gebruiken een getallenlijn'] });
  assert.equal(byThijs.status, 200, byThijs.text);
  assert.equal(byThijs.json.lesson_goal, 'Sanne: ordenen van drie breuken');
  assert.deepEqual(byThijs.json.criteria, ['Leerlingen gebruiken een getallenlijn']);
  const clash = await thijs.patch(`/api/v1/lesson-designs/${d.id}`, { version: d.version, lesson_goal: 'Thijs: iets anders' });
  assert.equal(clash.status, 409, clash.text);
  assert.equal(clash.json.error.code, 'conflict');
  assert.equal(clash.json.error.field, 'lesson_goal');
  assert.equal(clash.json.current.lesson_goal, 'Sanne: ordenen van drie breuken');
  const versions = (await eva.get(`/api/v1/lesson-designs/${d.id}/versions`)).json;
  assert.deepEqual(versions.map((v) => v.version), [3, 2, 1]);
  const changes = (await sanne.get(`/api/v1/lesson-designs/${d.id}/changes?from=1&to=3`)).json;
  assert.deepEqual(changes.changed, ['lesson_goal', 'criteria']);
  assert.equal(changes.from.content.lesson_goal, 'Leerlingen vergelijken breuken');
  const ready = await sanne.patch(`/api/v1/lesson-designs/${d.id}`, { version: 3, status: 'klaar' });
  assert.equal(ready.json.status, 'klaar');
  const comment = await thijs.post(`/api/v1/lesson-designs/${d.id}/comments`, { part: 'phases', body: 'Instructie korter?' });
  assert.equal(comment.status, 201, comment.text);
  assert.deepEqual((await sanne.get(`/api/v1/lesson-designs/${d.id}/comments`)).json.map((c) => c.part), ['phases']);
  const library = (await sanne.get(`/api/v1/teams/${teamId}/lesson-designs?status=klaar&author_id=${thijsId}`)).json;
  assert.ok(library.some((x) => x.id === d.id));
  assert.ok(library.every((x) => x.status === 'klaar'));
});

test('a visit is planned in the future, for a design of the team, with a visitor from the team', async () => {
  const d = await design();
  const planned = await visit(d.id);
  assert.equal(planned.status, 'planned');
  assert.equal(planned.visitor_name, 'Thijs Mulder');
  const body = { design_id: d.id, teacher_id: sanneId, visitor_id: thijsId, starts_at: '2020-01-06T09:00:00Z' };
  let refused = await sanne.post(`/api/v1/teams/${teamId}/lesson-visits`, body);
  assert.equal(refused.status, 400);
  assert.equal(refused.json.error.field, 'starts_at');
  assert.equal(refused.json.error.reason, 'in_the_past');
  refused = await sanne.post(`/api/v1/teams/${teamId}/lesson-visits`, { ...body, starts_at: tomorrow(), visitor_id: daanId });
  assert.equal(refused.status, 400);
  assert.equal(refused.json.error.field, 'visitor_id');
  const theirs = (await daan.get(`/api/v1/teams/${otherTeamId}/lesson-designs`)).json[0];
  refused = await sanne.post(`/api/v1/teams/${teamId}/lesson-visits`, { ...body, starts_at: tomorrow(), design_id: theirs.id });
  assert.equal(refused.status, 404);
  assert.equal(refused.json.error.field, 'design_id');
  // A teacher outside the team neither plans nor reads the team's visits.
  assert.equal((await daan.post(`/api/v1/teams/${teamId}/lesson-visits`, { ...body, starts_at: tomorrow() })).status, 403);
  assert.equal((await daan.get(`/api/v1/teams/${teamId}/lesson-visits`)).status, 403);
  assert.equal((await daan.get(`/api/v1/lesson-visits/${planned.id}`)).status, 403);
  const mine = (await thijs.get('/api/v1/me/lesson-visits')).json;
  assert.ok(mine.coming.some((v) => v.id === planned.id));
});

test('the visitor observes from the phone; a save resent after the connection came back is neither lost nor doubled', async () => {
  const d = await design(['Leerlingen leggen uit', 'Leerlingen tekenen een getallenlijn']);
  const v = await visit(d.id);
  const form = (await thijs.get(`/api/v1/lesson-visits/${v.id}`)).json;
  assert.equal(form.may_observe, true);
  assert.deepEqual(form.form.map((f) => f.criterion), ['Leerlingen leggen uit', 'Leerlingen tekenen een getallenlijn']);
  const first = { client_key: 'phone-abc-0001', client_seq: 1, criteria: [{ notes: 'Zes van de acht', rating: 3 }, { notes: '' }], notes: '' };
  assert.equal((await thijs.put(`/api/v1/lesson-visits/${v.id}/observation`, first)).json.applied, true);
  const second = { ...first, client_seq: 2, criteria: [{ notes: 'Zes van de acht', rating: 3 }, { notes: 'Iedereen tekende', rating: 4 }] };
  assert.equal((await thijs.put(`/api/v1/lesson-visits/${v.id}/observation`, second)).json.applied, true);
  const resent = await thijs.put(`/api/v1/lesson-visits/${v.id}/observation`, first);
  assert.equal(resent.status, 200);
  assert.equal(resent.json.applied, false);
  assert.equal(resent.json.observation.criteria[1].notes, 'Iedereen tekende');
  const seen = (await sanne.get(`/api/v1/lesson-visits/${v.id}`)).json;
  assert.equal(seen.visit.status, 'held');
  assert.equal(seen.form[1].rating, 4);
  // The visited teacher and a colleague do not write the visitor's observation.
  assert.equal((await sanne.put(`/api/v1/lesson-visits/${v.id}/observation`, { ...first, client_seq: 9 })).status, 403);
  assert.equal((await eva.put(`/api/v1/lesson-visits/${v.id}/observation`, { ...first, client_seq: 9 })).status, 403);
  const colleague = (await eva.get(`/api/v1/lesson-visits/${v.id}`)).json;
  assert.equal(colleague.may_read_notes, false);
  assert.equal(colleague.observation, null);
});

test('the school leader, the expert coach and a teacher outside the team read no notes until the visited teacher shares them with the leader', async () => {
  const d = await design();
  const v = await visit(d.id);
  await thijs.put(`/api/v1/lesson-visits/${v.id}/observation`, { client_key: 'phone-abc-0002', client_seq: 1, criteria: [{ notes: 'Persoonlijk' }] });
  for (const reader of [leader, expert, daan]) assert.equal((await reader.get(`/api/v1/lesson-visits/${v.id}`)).status, 403);
  assert.equal((await outsider.get(`/api/v1/lesson-visits/${v.id}`)).status, 404);
  assert.equal((await leader.get(`/api/v1/lesson-designs/${d.id}`)).status, 403);
  const counts = (await leader.get(`/api/v1/schools/${schoolId}/lesson-counts`)).json;
  const ours = counts.find((c) => c.team_id === teamId);
  assert.ok(ours.designs >= 5 && ours.visits_held >= 3);
  assert.equal(JSON.stringify(counts).includes('Persoonlijk'), false);
  assert.equal((await sanne.get(`/api/v1/schools/${schoolId}/lesson-counts`)).status, 403);
  const now = (await sanne.get(`/api/v1/lesson-visits/${v.id}`)).json.visit;
  assert.equal((await thijs.put(`/api/v1/lesson-visits/${v.id}/sharing`, { shared_with_leadership: true, version: now.version })).status, 403);
  const shared = await sanne.put(`/api/v1/lesson-visits/${v.id}/sharing`, { shared_with_leadership: true, version: now.version });
  assert.equal(shared.status, 200, shared.text);
  const read = await leader.get(`/api/v1/lesson-visits/${v.id}`);
  assert.equal(read.status, 200);
  assert.equal(read.json.observation.criteria[0].notes, 'Persoonlijk');
  assert.equal((await expert.get(`/api/v1/lesson-visits/${v.id}`)).status, 403);
  assert.equal((await leader.put(`/api/v1/lesson-visits/${v.id}/reflection`, { version: 0, students_did: 'x' })).status, 403);
});

test('the reflection’s conclusion lands on the team’s board as an action, live, linked to the visit and the goal', async () => {
  const d = await design();
  const v = await visit(d.id);
  await thijs.put(`/api/v1/lesson-visits/${v.id}/observation`, { client_key: 'phone-abc-0003', client_seq: 1, criteria: [{ notes: 'Ze legden uit' }] });
  let r = await sanne.put(`/api/v1/lesson-visits/${v.id}/reflection`, { version: 0, students_did: 'Ze legden het uit' });
  assert.equal(r.status, 200, r.text);
  r = await thijs.put(`/api/v1/lesson-visits/${v.id}/reflection`, { version: r.json.version, conclusion: 'Elke rekenles start met een uitlegkaartje' });
  assert.equal(r.json.students_did, 'Ze legden het uit');
  const stale = await sanne.put(`/api/v1/lesson-visits/${v.id}/reflection`, { version: 1, change_next: 'x' });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.current.reflection.conclusion, 'Elke rekenles start met een uitlegkaartje');

  const socket = new WebSocket(`${server.base.replace('http', 'ws')}/api/v1/teams/${teamId}/board/live`, { headers: { cookie: leader.cookie } });
  const heard = new Promise((resolve, reject) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'event' && message.event.item?.source?.kind === 'lesson_visit' && message.event.item.source.id === v.id) resolve(message);
    });
    setTimeout(() => reject(new Error('the board never heard of the conclusion')), 5000);
  });
  await new Promise((resolve) => socket.on('open', resolve));
  const concluded = await thijs.post(`/api/v1/lesson-visits/${v.id}/conclusion`, { kind: 'action', version: r.json.version });
  assert.equal(concluded.status, 200, concluded.text);
  assert.equal(concluded.json.visit.status, 'reflected');
  const event = await heard;
  socket.close();
  assert.equal(event.event.item.id, concluded.json.visit.board_item_id);
  assert.equal(event.event.item.kind, 'action');
  assert.equal(event.event.item.goal_id, goalId);
  const board = (await sanne.get(`/api/v1/teams/${teamId}/board`)).json;
  const item = board.items.find((i) => i.id === concluded.json.visit.board_item_id);
  assert.equal(item.text, 'Elke rekenles start met een uitlegkaartje');
  assert.deepEqual(item.source, { kind: 'lesson_visit', id: v.id });
  assert.equal((await sanne.post(`/api/v1/lesson-visits/${v.id}/conclusion`, { kind: 'success', version: concluded.json.reflection.version })).status, 422);
  const ofGoal = (await eva.get(`/api/v1/goals/${goalId}/lessons`)).json;
  assert.ok(ofGoal.designs.some((x) => x.id === d.id));
  assert.ok(ofGoal.visits.some((x) => x.id === v.id && x.status === 'reflected'));
});

test('bad input is a clear 4xx with the field, and nothing is half-written', async () => {
  const before = (await sanne.get(`/api/v1/teams/${teamId}/lesson-designs`)).json.length;
  const cases = [
    [{ goal_id: goalId, title: 'x'.repeat(201) }, 400, 'title', 'too_long'],
    [{ goal_id: goalId, title: 'Les', criteria: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 400, 'criteria', 'too_many'],
    [{ goal_id: goalId, title: 'Les', lesson_goal: 'x'.repeat(2001) }, 400, 'lesson_goal', 'too_long'],
    [{ goal_id: goalId, title: 'Les', status: 'klaar' }, 400, 'criteria', 'required'],
    [{ goal_id: goalId, title: 'Les', links: [{ url: 'javascript:alert(1)' }] }, 400, 'links.0.url', 'not_a_link'],
    [{ goal_id: goalId, title: 'Les', phases: [{ title: 'Fase', minutes: 0 }] }, 400, 'phases.0.minutes', 'out_of_range'],
    [{ goal_id: goalId, title: 'Les', sneaky: true }, 400, 'sneaky', undefined],
    [{ goal_id: 999999, title: 'Les' }, 404, 'goal_id', undefined],
  ];
  for (const [body, status, field, reason] of cases) {
    const response = await sanne.post(`/api/v1/teams/${teamId}/lesson-designs`, body);
    assert.equal(response.status, status, `${JSON.stringify(body).slice(0, 80)} -> ${response.text}`);
    assert.equal(response.json.error.field, field);
    if (reason) assert.equal(response.json.error.reason, reason);
  }
  assert.equal((await sanne.get(`/api/v1/teams/${teamId}/lesson-designs`)).json.length, before);
  // An observation for a design without criteria: refused, and the visit stays planned.
  const bare = await design([]);
  const v = await visit(bare.id);
  const refused = await thijs.put(`/api/v1/lesson-visits/${v.id}/observation`, { client_key: 'phone-abc-0004', client_seq: 1, criteria: [] });
  assert.equal(refused.status, 422);
  assert.equal(refused.json.error.field, 'criteria');
  assert.equal((await sanne.get(`/api/v1/lesson-visits/${v.id}`)).json.visit.status, 'planned');
  const overlong = await thijs.put(`/api/v1/lesson-visits/${v.id}/reflection`, { version: 0, students_did: 'x'.repeat(4001) });
  assert.equal(overlong.status, 400);
  assert.equal(overlong.json.error.reason, 'too_long');
});

test('the demo gives every team designs in different states and four visits', async () => {
  const counts = (await leader.get(`/api/v1/schools/${schoolId}/lesson-counts`)).json;
  for (const team of counts) {
    assert.ok(team.designs >= 3, team.team_name);
    assert.ok(team.visits_planned >= 1 && team.visits_held >= 3 && team.reflections_done >= 1, JSON.stringify(team));
  }
  const library = (await daan.get(`/api/v1/teams/${otherTeamId}/lesson-designs`)).json;
  assert.deepEqual([...new Set(library.map((d) => d.status))].sort(), ['concept', 'geevalueerd', 'gegeven', 'klaar']);
  const shared = (await leader.get(`/api/v1/me/lesson-visits`)).json;
  assert.deepEqual(shared, { coming: [], done: [] });
});
