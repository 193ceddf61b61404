// A school's trajectory over HTTP: programme staff and the school's expert
// coach register a school, record its steps and check its conditions; the
// agreement waits until every condition is met; the school leader and the
// bestuurder read where their school stands; staff see every school in the
// pipeline and keep the coach-fte rule. Each role reaches only what it may.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server, staff, expert, otherExpert, leader, bestuurder, teacher, coach, admin;
let regenboog, baken, wegwijzer;

before(async () => {
  server = await startServer();
  staff = await signedIn(server.base, 'programma');
  expert = await signedIn(server.base, 'expertcoach');
  otherExpert = await signedIn(server.base, 'anne.vos@demo.samenbeter.nl');
  leader = await signedIn(server.base, 'schoolleider');
  bestuurder = await signedIn(server.base, 'bestuurder');
  teacher = await signedIn(server.base, 'leraar');
  coach = await signedIn(server.base, 'schoolcoach');
  admin = await signedIn(server.base, 'beheer');
  const schools = (await admin.get('/api/v1/schools')).json.schools;
  const id = (name) => schools.find((s) => s.name === name).id;
  regenboog = id('OBS De Regenboog');
  baken = id('Het Baken College');
  wegwijzer = id('CBS De Wegwijzer');
});
after(async () => { await server.stop(); });

test('the staff pipeline shows the six demo schools in their phases, furthest first', async () => {
  const response = await staff.get('/api/v1/trajectories');
  assert.equal(response.status, 200, response.text);
  const rows = response.json.schools;
  assert.equal(rows.length, 6);
  assert.deepEqual(rows.map((r) => r.phase),
    ['second_year', 'starting', 'preparing', 'conditions', 'intake', 'registration']);
  assert.deepEqual(new Set(rows.map((r) => r.sector)), new Set(['PO', 'VO', 'MBO']));
  const baken = rows.find((r) => r.school_name === 'Het Baken College');
  assert.equal(baken.conditions_met, 3);
  assert.equal(rows.find((r) => r.school_name === 'Da Vinci Lyceum').visits_awaiting, 1);
  assert.equal(baken.bestuur_name, 'Stichting Samen Leren');
  assert.match(baken.phase_on, /^\d{4}-\d{2}-\d{2}$/);
});

test('only programme staff (and the admin) see the pipeline and the coach-fte rule', async () => {
  for (const who of [expert, leader, bestuurder, teacher, coach]) {
    assert.equal((await who.get('/api/v1/trajectories')).status, 403);
    assert.equal((await who.get('/api/v1/coach-fte-rule')).status, 403);
    assert.equal((await who.put('/api/v1/coach-fte-rule', { bands: [{ from_pupils: 0, fte: 0.3 }] })).status, 403);
  }
  assert.equal((await admin.get('/api/v1/trajectories')).status, 200);
  assert.equal((await new Client(server.base).get('/api/v1/trajectories')).status, 401);
});

test('the school leader, school coach and bestuurder see where their school stands; a teacher does not', async () => {
  for (const who of [leader, coach, bestuurder, expert, staff]) {
    const response = await who.get(`/api/v1/schools/${regenboog}/trajectory`);
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json.phase, 'starting');
    assert.equal(response.json.school_name, 'OBS De Regenboog');
    assert.equal(response.json.steps.length, 6);
    assert.equal(response.json.steps[1].phase, 'intake');
    assert.ok(response.json.steps.every((s, i, all) => i === 0 || all[i - 1].happened_on <= s.happened_on));
    assert.equal(response.json.conditions.length, 4);
    assert.ok(response.json.conditions.every((c) => c.status === 'met'));
    assert.equal(response.json.required_coach_fte, 0.3);
  }
  assert.equal((await teacher.get(`/api/v1/schools/${regenboog}/trajectory`)).status, 403);
  // Another school's trajectory answers 404, as a school that does not exist.
  const elsewhere = await leader.get(`/api/v1/schools/${baken}/trajectory`);
  assert.equal(elsewhere.status, 404);
  assert.equal((await leader.get('/api/v1/schools/999999/trajectory')).status, 404);
  assert.equal((await otherExpert.get(`/api/v1/schools/${regenboog}/trajectory`)).status, 404);
  // The school leader reads but does not record.
  const step = await leader.post(`/api/v1/schools/${regenboog}/trajectory/steps`, { phase: 'starting', happened_on: '2026-12-01' });
  assert.equal(step.status, 403);
});

test('an intake runs to the agreement only when every condition is met', async () => {
  // Het Baken College is in its condition check with the team size not met.
  let view = (await expert.get(`/api/v1/schools/${baken}/trajectory`)).json;
  assert.equal(view.phase, 'conditions');
  assert.equal(view.next_phase, 'agreement');
  assert.equal(view.agreement_blocked, true);
  assert.equal(view.required_coach_fte, 0.6);
  const blocked = await expert.post(`/api/v1/schools/${baken}/trajectory/steps`,
    { phase: 'agreement', happened_on: '2026-12-01', who: 'Gerard Timmermans', notes: 'Getekend' });
  assert.equal(blocked.status, 422, blocked.text);
  assert.equal(blocked.json.error.code, 'failed_precondition');
  assert.equal(blocked.json.error.reason, 'conditions_open');
  assert.equal((await expert.get(`/api/v1/schools/${baken}/trajectory`)).json.steps.length, view.steps.length,
    'the refused step was not stored');

  const checked = await expert.put(`/api/v1/schools/${baken}/trajectory/conditions`,
    { condition: 'team_size', status: 'met', note: 'Twee teams van zes.' });
  assert.equal(checked.status, 200, checked.text);
  const teamSize = checked.json.conditions.find((c) => c.condition === 'team_size');
  assert.deepEqual([teamSize.status, teamSize.note, teamSize.checked_by], ['met', 'Twee teams van zes.', 'Marieke Kuipers']);
  assert.equal(checked.json.agreement_blocked, false);

  const agreed = await expert.post(`/api/v1/schools/${baken}/trajectory/steps`,
    { phase: 'agreement', happened_on: '2026-12-01', who: 'Gerard Timmermans', notes: 'Getekend' });
  assert.equal(agreed.status, 201, agreed.text);
  assert.equal(agreed.json.phase, 'agreement');
  assert.equal(agreed.json.phase_on, '2026-12-01');
  const last = agreed.json.steps.at(-1);
  assert.deepEqual([last.phase, last.who, last.notes, last.recorded_by], ['agreement', 'Gerard Timmermans', 'Getekend', 'Marieke Kuipers']);
  // The bestuurder sees it too.
  assert.equal((await bestuurder.get(`/api/v1/schools/${baken}/trajectory`)).json.phase, 'agreement');
});

test('steps go one phase at a time, and bad input is a clear 400', async () => {
  const skip = await staff.post(`/api/v1/schools/${wegwijzer}/trajectory/steps`, { phase: 'agreement', happened_on: '2026-12-01' });
  assert.equal(skip.status, 400);
  assert.equal(skip.json.error.reason, 'not_next');
  const cases = [
    [{ phase: 'intake' }, 'happened_on'],
    [{ phase: 'intake', happened_on: '2026-13-01' }, 'happened_on'],
    [{ phase: 'lunch', happened_on: '2026-12-01' }, 'phase'],
    [{ phase: 'intake', happened_on: '2026-12-01', notes: 'x'.repeat(4001) }, 'notes'],
    [{ phase: 'intake', happened_on: '2026-12-01', extra: 1 }, 'extra'],
  ];
  for (const [body, field] of cases) {
    const response = await staff.post(`/api/v1/schools/${wegwijzer}/trajectory/steps`, body);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.equal(response.json.error.field, field, JSON.stringify(body));
  }
  const condition = await staff.put(`/api/v1/schools/${wegwijzer}/trajectory/conditions`, { condition: 'weather', status: 'met' });
  assert.equal(condition.json.error.field, 'condition');
  const intake = await staff.post(`/api/v1/schools/${wegwijzer}/trajectory/steps`,
    { phase: 'intake', happened_on: '2026-12-03', who: 'Anne Vos', notes: 'Kennismaking' });
  assert.equal(intake.status, 201, intake.text);
  assert.equal(intake.json.phase, 'intake');
});

test('a school is registered once, with its number of pupils setting the coach fte', async () => {
  const school = (await admin.post('/api/v1/schools',
    { bestuur_id: (await admin.get('/api/v1/besturen')).json.besturen[0].id, name: 'IKC Het Anker', sector: 'PO', brin: '31AK', region: 'zuid' })).json;
  assert.equal((await staff.get(`/api/v1/schools/${school.id}/trajectory`)).json.registered, false);
  assert.equal((await staff.post(`/api/v1/schools/${school.id}/trajectory/steps`, { phase: 'intake', happened_on: '2026-12-01' })).status, 422);
  const bad = await staff.post(`/api/v1/schools/${school.id}/trajectory`, { pupils: 0, happened_on: '2026-12-01' });
  assert.equal(bad.status, 400);
  assert.deepEqual([bad.json.error.field, bad.json.error.reason, bad.json.error.min], ['pupils', 'out_of_range', 1]);
  const registered = await staff.post(`/api/v1/schools/${school.id}/trajectory`,
    { pupils: 140, happened_on: '2026-11-20', who: 'Directeur', notes: 'Nodig ons uit' });
  assert.equal(registered.status, 201, registered.text);
  assert.deepEqual([registered.json.phase, registered.json.pupils, registered.json.required_coach_fte], ['registration', 140, 0.2]);
  const again = await staff.post(`/api/v1/schools/${school.id}/trajectory`, { pupils: 140, happened_on: '2026-11-20' });
  assert.equal(again.status, 409);
  const grown = await staff.patch(`/api/v1/schools/${school.id}/trajectory`, { pupils: 800 });
  assert.equal(grown.json.required_coach_fte, 0.5);
});

test('staff change the coach-fte rule, and a school\'s required fte follows it', async () => {
  const rule = (await staff.get('/api/v1/coach-fte-rule')).json;
  assert.deepEqual(rule.bands[0], { from_pupils: 0, fte: 0.2 });
  const wrong = await staff.put('/api/v1/coach-fte-rule', { bands: [{ from_pupils: 10, fte: 0.2 }] });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.json.error.field, 'bands.0.from_pupils');
  const tooMuch = await staff.put('/api/v1/coach-fte-rule', { bands: [{ from_pupils: 0, fte: 0.2 }, { from_pupils: 100, fte: 1.5 }] });
  assert.equal(tooMuch.json.error.field, 'bands.1.fte');
  for (const bands of [[{ from_pupils: 0, fte: 1e300 }], [{ from_pupils: 0, fte: -1e300 }], [{ from_pupils: 0, fte: 0.3 }, { from_pupils: 1e15, fte: 0.4 }]]) {
    const huge = await staff.put('/api/v1/coach-fte-rule', { bands });
    assert.equal(huge.status, 400, huge.text);
    assert.match(huge.json.error.field, /^bands\.\d\.(fte|from_pupils)$/);
  }
  const changed = await staff.put('/api/v1/coach-fte-rule', { bands: [{ from_pupils: 0, fte: 0.25 }, { from_pupils: 300, fte: 0.45 }] });
  assert.equal(changed.status, 200, changed.text);
  assert.deepEqual(changed.json.bands, [{ from_pupils: 0, fte: 0.25 }, { from_pupils: 300, fte: 0.45 }]);
  assert.equal((await leader.get(`/api/v1/schools/${regenboog}/trajectory`)).json.required_coach_fte, 0.45);
  assert.equal((await staff.put('/api/v1/coach-fte-rule', { bands: rule.bands })).status, 200);
});
