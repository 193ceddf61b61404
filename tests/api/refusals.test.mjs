// Every refusal of bad input names its field, and where it can a stable
// reason and the limit broken, so the web app can say it in the user's
// language next to the right input (issue 11, point 2). Nothing refused is
// stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { signedIn } from './lib/client.mjs';

let server;
let teacher;
let leader;
let teamId;
let schoolId;
let board;
before(async () => {
  server = await startServer();
  teacher = await signedIn(server.base, 'leraar');
  leader = await signedIn(server.base, 'schoolleider');
  const me = (await teacher.get('/api/v1/me')).json;
  teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  schoolId = me.memberships[0].school_id;
  board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
});
after(async () => { await server.stop(); });

function assertRefusal(response, field, reason, bounds = {}) {
  assert.equal(response.status, 400, response.text);
  const error = response.json.error;
  assert.equal(error.code, 'invalid_argument');
  assert.equal(error.field, field);
  assert.equal(error.reason, reason);
  assert.equal(error.min, bounds.min);
  assert.equal(error.max, bounds.max);
}

const mondayOf = (date) => {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};

test('a measurement outside its goal\'s unit is refused with the bounds, and not stored', async () => {
  // The demo's "Rustige start" goal counts minutes until the class works: a score that is never negative.
  const minutes = board.goals.find((g) => g.unit === 'score');
  assert.ok(minutes, 'the demo board has a goal scored in minutes');
  const week = mondayOf(new Date().toISOString().slice(0, 10));
  const stored = (await teacher.get(`/api/v1/goals/${minutes.id}`)).json.measurements.length;
  assertRefusal(await teacher.put(`/api/v1/goals/${minutes.id}/measurements/${week}`, { value: -5 }), 'value', 'negative', { min: 0 });
  assert.equal((await teacher.get(`/api/v1/goals/${minutes.id}`)).json.measurements.length, stored);

  const percentage = board.goals.find((g) => g.unit === 'percentage');
  assertRefusal(await teacher.put(`/api/v1/goals/${percentage.id}/measurements/${week}`, { value: 120 }), 'value', 'out_of_range',
    { min: 0, max: 100 });
});

test('a goal\'s baseline and target fit its unit', async () => {
  const base = {
    cycle_id: board.current_cycle_id, title: 'Op tijd beginnen', students: 'groep 6', measure: 'minuten tot iedereen werkt',
    unit: 'score', baseline: 9, target: 4, direction: 'lower',
  };
  assertRefusal(await teacher.post(`/api/v1/teams/${teamId}/goals`, { ...base, baseline: -1 }), 'baseline', 'negative', { min: 0 });
  assertRefusal(await teacher.post(`/api/v1/teams/${teamId}/goals`, { ...base, unit: 'yes_no', baseline: 0, target: 2 }), 'target',
    'yes_or_no', { min: 0, max: 1 });
});

test('text over its limit is refused with the limit named, never cut', async () => {
  assertRefusal(await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'x'.repeat(501) }), 'text', 'too_long',
    { max: 500 });
  assertRefusal(await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'idea', text: 'Idee', notes: 'n'.repeat(4001) }), 'notes',
    'too_long', { max: 4000 });
  assertRefusal(await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: '   ' }), 'text', 'required');
  assertRefusal(await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'T'.repeat(201) }), 'name', 'too_long', { max: 200 });
  const items = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json.items;
  assert.equal(items.length, board.items.length);
});

test('dates, weeks and cycles say what is wrong with them', async () => {
  assertRefusal(await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'Iets', due_on: '31-12-2026' }), 'due_on',
    'not_a_date');
  const goal = board.goals[0];
  assertRefusal(await teacher.put(`/api/v1/goals/${goal.id}/measurements/2026-11-18`, { value: 1 }), 'week', 'not_a_monday');
  assertRefusal(await teacher.post(`/api/v1/teams/${teamId}/cycles`, { name: 'Kort', starts_on: '2031-01-06', ends_on: '2031-01-20' }),
    'ends_on', 'cycle_weeks', { min: 6, max: 8 });
});

test('an e-mail address says what is wrong with it', async () => {
  assertRefusal(await leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: 'geen-adres', role: 'leraar', team_id: teamId }),
    'email', 'invalid_email');
});
