// The school's ambitions: the school leadership adds, changes and removes
// them; a change names the version it was made on; an ambition that goals
// still serve is not removed; nobody else changes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerWithSchoolLeader } from './lib/app.mjs';
import { signedIn } from './lib/client.mjs';

const { server, leader, schoolId } = await useServerWithSchoolLeader();

const add = async (title) => {
  const created = await leader.post(`/api/v1/schools/${schoolId}/ambitions`, { school_year: '2026-2027', title });
  assert.equal(created.status, 201, created.text);
  return created.json;
};

test('the school leader rewrites an ambition; a stale change is refused with the current ambition', async () => {
  const ambition = await add('Elke leerling leest');
  const changed = await leader.patch(`/api/v1/ambitions/${ambition.id}`, {
    title: '  Elke leerling leest met plezier ', description: 'Samen met de bibliotheek', school_year: '2027-2028', version: ambition.version,
  });
  assert.equal(changed.status, 200, changed.text);
  assert.deepEqual([changed.json.title, changed.json.description, changed.json.school_year, changed.json.version],
    ['Elke leerling leest met plezier', 'Samen met de bibliotheek', '2027-2028', ambition.version + 1]);
  const stale = await leader.patch(`/api/v1/ambitions/${ambition.id}`, { title: 'Oud', version: ambition.version });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.error.code, 'conflict');
  assert.equal(stale.json.current.title, 'Elke leerling leest met plezier');
  // The teams' boards show the new text at once.
  const teacher = await signedIn(server.base, 'leraar');
  const teamId = (await teacher.get('/api/v1/me')).json.memberships.find((m) => m.role === 'leraar').team_id;
  const board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  assert.equal(board.ambitions.find((a) => a.id === ambition.id).title, 'Elke leerling leest met plezier');
});

test('bad ambition changes name the field and change nothing', async () => {
  const ambition = await add('Feedback die helpt');
  const bad = [
    [{ title: '', version: ambition.version }, 'title'],
    [{ title: 'x'.repeat(301), version: ambition.version }, 'title'],
    [{ school_year: '2026-2028', version: ambition.version }, 'school_year'],
    [{ school_year: 'dit jaar', version: ambition.version }, 'school_year'],
    [{ description: 7, version: ambition.version }, 'description'],
    [{ title: 'Zonder versie' }, 'version'],
    [{ name: 'Onbekend veld', version: ambition.version }, 'name'],
  ];
  for (const [body, field] of bad) {
    const response = await leader.patch(`/api/v1/ambitions/${ambition.id}`, body);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.equal(response.json.error.field, field, JSON.stringify(body));
  }
  assert.equal((await leader.patch('/api/v1/ambitions/999999', { title: 'x', version: 1 })).status, 404);
  assert.equal((await leader.delete(`/api/v1/ambitions/${ambition.id}`)).json.error.field, 'version');
  const list = (await leader.get(`/api/v1/schools/${schoolId}/ambitions`)).json.ambitions;
  assert.deepEqual(list.find((a) => a.id === ambition.id), ambition);
});

test('an ambition that goals serve stays until they are linked elsewhere, then it can go', async () => {
  const ambition = await add('Rust in de klas');
  const teacher = await signedIn(server.base, 'leraar');
  const teamId = (await teacher.get('/api/v1/me')).json.memberships.find((m) => m.role === 'leraar').team_id;
  const board = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  const goal = (await teacher.post(`/api/v1/teams/${teamId}/goals`, {
    cycle_id: board.current_cycle_id, title: 'Rustige start', students: 'groep 5', measure: 'minuten', unit: 'score',
    baseline: 9, target: 4, direction: 'lower', ambition_id: ambition.id,
  })).json;
  const refused = await leader.delete(`/api/v1/ambitions/${ambition.id}?version=${ambition.version}`);
  assert.equal(refused.status, 422);
  assert.equal(refused.json.error.code, 'failed_precondition');
  assert.equal(refused.json.error.field, 'goals');
  assert.match(refused.json.error.message, /1 goal still serves/);
  assert.equal(refused.json.current.id, ambition.id);

  const unlinked = await teacher.patch(`/api/v1/goals/${goal.id}`, { ambition_id: null, version: goal.version });
  assert.equal(unlinked.status, 200, unlinked.text);
  const stale = await leader.delete(`/api/v1/ambitions/${ambition.id}?version=${ambition.version + 1}`);
  assert.equal(stale.status, 409);
  assert.equal(stale.json.error.field, 'version');
  assert.equal((await leader.delete(`/api/v1/ambitions/${ambition.id}?version=${ambition.version}`)).status, 204);
  assert.equal((await leader.delete(`/api/v1/ambitions/${ambition.id}?version=${ambition.version}`)).status, 404);
  const after = (await teacher.get(`/api/v1/teams/${teamId}/board`)).json;
  assert.ok(!after.ambitions.some((a) => a.id === ambition.id), 'the board no longer offers it');
});

test('only the school leadership changes ambitions; another school cannot touch them', async () => {
  const ambition = await add('Samen beter');
  const refusedBy = {
    teacher: await signedIn(server.base, 'leraar'),
    coach: await signedIn(server.base, 'schoolcoach'),
    bestuurder: await signedIn(server.base, 'bestuurder'),
    expert: await signedIn(server.base, 'expertcoach'),
    otherSchool: await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl'),
  };
  for (const [who, client] of Object.entries(refusedBy)) {
    // Another school's ambition answers as if it did not exist.
    const status = who === 'otherSchool' ? 404 : 403;
    assert.equal((await client.patch(`/api/v1/ambitions/${ambition.id}`, { title: 'Gekaapt', version: 1 })).status, status, who);
    assert.equal((await client.delete(`/api/v1/ambitions/${ambition.id}?version=1`)).status, status, who);
  }
  const admin = await signedIn(server.base, 'beheer');
  const byAdmin = await admin.patch(`/api/v1/ambitions/${ambition.id}`, { description: 'Door de beheerder', version: 1 });
  assert.equal(byAdmin.status, 200, byAdmin.text);
  assert.equal(byAdmin.json.title, 'Samen beter');
});
