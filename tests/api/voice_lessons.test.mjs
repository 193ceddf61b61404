// Student voice about a co-designed lesson (issue 13 points 1, 3 and 7): Sanne opens a feedback round about the
// lesson design she made with Thijs, with its success criteria as questions; once the minimum group answered, the
// results show next to the visit of that design — to Sanne, who may see both the visit and her round, and to the
// school leader only when Sanne shared both; Thijs (the visitor, not the round's teacher), a teacher of another
// team and another school see none of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server;
let sanne, thijs, daan, leader, outsider;
let teamId, otherTeamId, goalId, sanneId, thijsId, design, visit;

before(async () => {
  server = await startServer();
  sanne = await signedIn(server.base, 'leraar');
  thijs = await signedIn(server.base, 'thijs.mulder@demo.samenbeter.nl');
  daan = await signedIn(server.base, 'daan.deboer@demo.samenbeter.nl');
  leader = await signedIn(server.base, 'schoolleider');
  outsider = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  const me = (await sanne.get('/api/v1/me')).json;
  sanneId = me.user.id;
  teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  thijsId = (await thijs.get('/api/v1/me')).json.user.id;
  otherTeamId = (await daan.get('/api/v1/me')).json.memberships.find((m) => m.role === 'leraar').team_id;
  const board = (await sanne.get(`/api/v1/teams/${teamId}/board`)).json;
  goalId = board.goals.find((g) => g.cycle_id === board.current_cycle_id).id;
  design = (await sanne.post(`/api/v1/teams/${teamId}/lesson-designs`, {
    goal_id: goalId, title: 'Breuken op de getallenlijn', co_author_ids: [thijsId],
    criteria: ['Ik kan uitleggen welke breuk groter is', 'Ik kan een breuk op de getallenlijn zetten'],
  })).json;
  visit = (await sanne.post(`/api/v1/teams/${teamId}/lesson-visits`, {
    design_id: design.id, teacher_id: sanneId, visitor_id: thijsId,
    starts_at: new Date(Date.now() + 86400e3).toISOString().slice(0, 19) + 'Z', minutes: 45,
  })).json;
  assert.ok(design.id && visit.id);
});
after(async () => { await server.stop(); });

const student = () => {
  const client = new Client(server.base);
  const device = randomBytes(24).toString('base64url');
  return (code, answers) => client.post('/api/v1/voice/answers', { code, device_token: device, answers });
};
const results = (client) => client.get(`/api/v1/lesson-visits/${visit.id}/voice-results`);

test('a round about a lesson design asks its success criteria when the teacher chooses, and names the design', async () => {
  const plain = await sanne.post(`/api/v1/teams/${teamId}/voice/rounds`,
    { title: 'Zonder criteria', level: 'po', template: 'po-les', class_size: 20, lesson_design_id: design.id });
  assert.equal(plain.status, 201, plain.text);
  assert.equal(plain.json.lesson_design_id, design.id);
  assert.equal(plain.json.questions.length, 7, 'without the choice only the template');

  const round = await sanne.post(`/api/v1/teams/${teamId}/voice/rounds`, {
    title: 'Breuken, les 3', level: 'po', template: 'po-les', class_size: 20, lesson_design_id: design.id, criteria_as_questions: true,
  });
  assert.equal(round.status, 201, round.text);
  assert.equal(round.json.questions.length, 9);
  assert.deepEqual(round.json.questions.slice(7), [
    { kind: 'scale', text: 'Ik kan uitleggen welke breuk groter is' },
    { kind: 'scale', text: 'Ik kan een breuk op de getallenlijn zetten' },
  ]);

  // Below the minimum group only the count shows, beside the visit too.
  for (let i = 0; i < 4; i++) {
    const sent = await student()(round.json.code, [{ question: 7, value: 3 }, { question: 8, value: i < 2 ? 2 : 3 }]);
    assert.equal(sent.status, 204, sent.text);
  }
  let seen = (await results(sanne)).json.rounds.find((r) => r.id === round.json.id);
  assert.equal(seen.results.visible, false);
  assert.equal(seen.results.answers, 4);
  assert.deepEqual(seen.results.questions, []);

  assert.equal((await student()(round.json.code, [{ question: 7, value: 1 }, { question: 8, value: 3 }])).status, 204);
  seen = (await results(sanne)).json.rounds.find((r) => r.id === round.json.id);
  assert.equal(seen.results.visible, true);
  assert.equal(seen.mine, true);
  assert.equal(seen.code, undefined, 'no code beside the visit');
  const criterion = seen.results.questions.find((q) => q.question === 7);
  assert.equal(criterion.text, 'Ik kan uitleggen welke breuk groter is');
  assert.equal(criterion.average, 2.6);
  assert.ok(seen.results.questions.every((q) => q.open_answers === undefined), 'never open answers beside the visit');
  assert.deepEqual((await results(sanne)).json.rounds.map((r) => r.title).sort(), ['Breuken, les 3', 'Zonder criteria']);
});

test('only whoever may see both: the visitor sees no round that is not hers, the leader only when visit and round are shared', async () => {
  assert.deepEqual((await results(thijs)).json, { rounds: [] });
  assert.equal((await results(leader)).status, 403, 'the visit is not shared with the leadership');
  assert.equal((await results(daan)).status, 403);
  assert.equal((await results(outsider)).status, 404);

  const current = (await sanne.get(`/api/v1/lesson-visits/${visit.id}`)).json.visit;
  assert.equal((await sanne.put(`/api/v1/lesson-visits/${visit.id}/sharing`, { shared_with_leadership: true, version: current.version })).status, 200);
  assert.deepEqual((await results(leader)).json, { rounds: [] }, 'the visit is shared, the rounds not yet');
  const mine = (await results(sanne)).json.rounds.find((r) => r.title === 'Breuken, les 3');
  assert.equal((await sanne.put(`/api/v1/voice/rounds/${mine.id}/sharing`, { shared: true })).status, 200);
  const forLeader = (await results(leader)).json.rounds;
  assert.deepEqual(forLeader.map((r) => r.title), ['Breuken, les 3']);
  assert.equal(forLeader[0].mine, false);
  assert.equal(forLeader[0].results.visible, true);
});

test('bad input: a design of another team or none, criteria without a design or a design without criteria', async () => {
  const theirs = (await daan.get(`/api/v1/teams/${otherTeamId}/lesson-designs`)).json[0];
  const base = { title: 'Les', level: 'po', template: 'po-les', class_size: 20 };
  let refused = await sanne.post(`/api/v1/teams/${teamId}/voice/rounds`, { ...base, lesson_design_id: theirs.id });
  assert.equal(refused.status, 404, refused.text);
  assert.equal(refused.json.error.field, 'lesson_design_id');
  refused = await sanne.post(`/api/v1/teams/${teamId}/voice/rounds`, { ...base, lesson_design_id: 99999999 });
  assert.equal(refused.status, 404);
  refused = await sanne.post(`/api/v1/teams/${teamId}/voice/rounds`, { ...base, criteria_as_questions: true });
  assert.equal(refused.status, 400);
  assert.equal(refused.json.error.field, 'criteria_as_questions');
  const bare = (await sanne.post(`/api/v1/teams/${teamId}/lesson-designs`, { goal_id: goalId, title: 'Nog zonder criteria' })).json;
  refused = await sanne.post(`/api/v1/teams/${teamId}/voice/rounds`, { ...base, lesson_design_id: bare.id, criteria_as_questions: true });
  assert.equal(refused.status, 400);
  assert.equal(refused.json.error.reason, 'no_criteria');
  refused = await sanne.post(`/api/v1/teams/${teamId}/voice/rounds`, { ...base, lesson_design_id: 'een' });
  assert.equal(refused.status, 400);
});

test('the demo: Sanne’s round about a lesson design shows its results next to her visit of that design', async () => {
  const mine = (await sanne.get('/api/v1/me/lesson-visits')).json;
  const all = [...mine.coming, ...mine.done].filter((v) => v.teacher_id === sanneId);
  let found = null;
  for (const v of all) {
    const rounds = (await sanne.get(`/api/v1/lesson-visits/${v.id}/voice-results`)).json.rounds;
    if (rounds.some((r) => r.title === 'Breuken, les 2' && r.results.visible)) found = v;
  }
  assert.ok(found, 'a demo visit of Sanne shows the demo round about its design');
});
