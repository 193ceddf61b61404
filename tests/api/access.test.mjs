// Nobody sees another school's data. This walks every route in the OpenAPI
// document (which a C++ test keeps equal to the router) and calls each scoped
// route as a user of another school and of another bestuur, with the ids of
// the demo school: every call must be refused, and an id of another school
// answers 404 exactly like an id that does not exist. A new scoped route whose
// path this test cannot fill in fails the test, so it cannot slip through
// unwalked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server;
let ids;
const users = {};

before(async () => {
  server = await startServer();
  const admin = await signedIn(server.base, 'beheer');
  const leader = await signedIn(server.base, 'schoolleider');
  const me = (await leader.get('/api/v1/me')).json;
  const schoolId = me.memberships.find((m) => m.role === 'schoolleider').school_id;
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  const team = school.teams.find((t) => t.name === 'Groep 5-6');
  const teacher = school.staff.find((m) => m.role === 'leraar' && m.team_id === team.id);
  const invitation = (await leader.post(`/api/v1/schools/${schoolId}/invitations`,
    { email: 'nieuw@example.nl', role: 'leraar', team_id: team.id })).json.invitation;
  ids = { bestuur: school.bestuur_id, school: schoolId, team: team.id, invitation: invitation.id, membership: teacher.membership_id,
    person: teacher.user_id, personEmail: teacher.email };
  // One of each board entity, made by a member of the team.
  const member = await signedIn(server.base, 'leraar');
  ids.item = (await member.post(`/api/v1/teams/${team.id}/items`, { kind: 'action', text: 'Voorbeeldkaart' })).json.id;
  const monday = new Date();
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  ids.week = monday.toISOString().slice(0, 10);
  const start = new Date(monday);
  start.setUTCDate(start.getUTCDate() + 56);  // after the demo's running cycle
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 41);
  ids.cycle = (await member.post(`/api/v1/teams/${team.id}/cycles`,
    { name: 'Toegangscyclus', starts_on: start.toISOString().slice(0, 10), ends_on: end.toISOString().slice(0, 10) })).json.id;
  const goal = await member.post(`/api/v1/teams/${team.id}/goals`, { cycle_id: ids.cycle, title: 'Doel', students: 'groep 5',
    measure: 'iets', unit: 'count', baseline: 1, target: 5, direction: 'higher' });
  assert.equal(goal.status, 201, goal.text);
  ids.goal = goal.json.id;
  ids.session = (await member.post(`/api/v1/teams/${team.id}/session`, {})).json.id;
  ids.ambition = (await leader.post(`/api/v1/schools/${schoolId}/ambitions`, { school_year: '2026-2027', title: 'Toegangsambitie' })).json.id;
  ids.voice_round = (await member.post(`/api/v1/teams/${team.id}/voice/rounds`,
    { title: 'Toegangsronde', level: 'po', template: 'po-les', class_size: 20 })).json.id;
  for (const kind of ['item', 'cycle', 'goal', 'session', 'ambition', 'voice_round']) assert.ok(ids[kind], `made a ${kind} to walk with`);

  // Another bestuur with a school and its own school leader.
  const bestuur = (await admin.post('/api/v1/besturen', { name: 'Stichting Elders' })).json;
  const elsewhere = (await admin.post('/api/v1/schools',
    { bestuur_id: bestuur.id, name: 'De Overkant', sector: 'VO', brin: '99ZZ', region: 'zuid' })).json;
  const link = (await admin.post(`/api/v1/schools/${elsewhere.id}/invitations`, { email: 'leider@overkant.nl', role: 'schoolleider' })).json.link;
  const outsider = new Client(server.base);
  const token = link.split('/').pop();
  assert.equal((await outsider.post(`/api/v1/invitation-links/${token}/accept`, { name: 'Olga Overkant', password: 'overkant-wachtwoord' })).status, 200);
  users.otherBestuur = outsider;
  // The demo's second school: same bestuur, other school.
  users.otherSchool = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  users.programmeManager = await signedIn(server.base, 'programma');
});
after(async () => { await server.stop(); });

async function routes() {
  const document = (await new Client(server.base).get('/api/v1/openapi.json')).json;
  const out = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) out.push({ method: method.toUpperCase(), path, access: operation['x-access'] });
  }
  return out;
}

function fill(path) {
  const kinds = [['/besturen/{id}', 'bestuur'], ['/schools/{id}', 'school'], ['/teams/{id}', 'team'],
    ['/invitations/{id}', 'invitation'], ['/memberships/{id}', 'membership'], ['/people/{id}', 'person'], ['/items/{id}', 'item'],
    ['/goals/{id}', 'goal'], ['/cycles/{id}', 'cycle'], ['/sessions/{id}', 'session'], ['/ambitions/{id}', 'ambition'],
    ['/voice/rounds/{id}', 'voice_round']];
  for (const [segment, kind] of kinds) {
    if (path.includes(segment)) {
      return path.replace('{id}', String(ids[kind])).replace('{week}', ids.week);
    }
  }
  if (path.includes('{')) throw new Error(`access walk does not know how to fill ${path}: add it here`);
  return path;
}

// DELETE of a versioned board entity names its version in the query.
function withVersion(route) {
  const path = fill(route.path);
  return route.method === 'DELETE' && /\/(items|goals|ambitions)\//.test(path) ? `${path}?version=1` : path;
}

// A body that would be valid, so that only access can be the reason for refusal.
const bodies = {
  '/api/v1/besturen': { name: 'Sluipbestuur' },
  '/api/v1/schools': { bestuur_id: 1, name: 'Sluipschool', sector: 'PO', brin: '98YY', region: 'noord' },
  '/api/v1/appointments': { email: 'sluip@example.nl', role: 'programmabeheerder' },
};
function bodyFor(method, path) {
  if (method === 'GET' || method === 'DELETE') return undefined;
  if (bodies[path]) return bodies[path];
  if (path.endsWith('/teams')) return { name: 'Sluipteam' };
  if (path.endsWith('/invitations')) return { email: 'sluip@example.nl', role: 'leraar', team_id: ids.team };
  if (path.endsWith('/memberships')) return { user_id: 1, role: 'schoolcoach' };
  if (path.endsWith('/items')) return { kind: 'idea', text: 'Sluipidee' };
  if (path.endsWith('/move')) return { status: 'done', version: 1 };
  if (path.includes('/measurements/')) return { value: 1 };
  if (path.endsWith('/session')) return {};
  if (path.includes('/items/') || path.includes('/sessions/') || path.includes('/cycles/') || path.includes('/goals/')) {
    return { version: 1 };
  }
  if (path.endsWith('/ambitions')) return { school_year: '2026-2027', title: 'Sluipambitie' };
  if (path.includes('/ambitions/')) return { title: 'Sluipambitie', version: 1 };
  if (path.endsWith('/cycles')) return { name: 'Sluipcyclus', starts_on: '2027-01-04', ends_on: '2027-02-14' };
  return { name: 'Gewijzigd' };
}

// An id of another school answers 404 like an unknown id. A route without an id,
// a person (who lives on the platform, whatever the id), or the bestuur of the
// caller's own school, is plainly refused with 403.
function expectedRefusal(who, path) {
  const known = !path.includes('{id}') || path.startsWith('/api/v1/people/') ||
    (who === 'otherSchool' && path.startsWith('/api/v1/besturen/'));
  return known ? [403, 'permission_denied'] : [404, 'not_found'];
}

test('every scoped route refuses users of another school, another bestuur, and programme staff', async () => {
  const all = await routes();
  const scoped = all.filter((r) => r.access.startsWith('scoped:'));
  assert.ok(scoped.length >= 30, `expected the scoped routes, found ${scoped.length}`);
  for (const route of scoped) {
    for (const [who, client] of Object.entries(users)) {
      const path = withVersion(route);
      const response = await client.request(route.method, path, bodyFor(route.method, route.path));
      const [status, code] = expectedRefusal(who, route.path);
      assert.equal(response.status, status, `${who}: ${route.method} ${path} -> ${response.status} ${response.text}`);
      assert.equal(response.json?.error?.code, code, `${who}: ${route.method} ${path} error shape`);
    }
  }
});

test('every non-public route refuses a caller without a session', async () => {
  const anonymous = new Client(server.base);
  for (const route of await routes()) {
    if (route.access === 'public') continue;
    const response = await anonymous.request(route.method, withVersion(route), bodyFor(route.method, route.path));
    assert.equal(response.status, 401, `${route.method} ${route.path}`);
  }
});

test('the refused calls changed nothing', async () => {
  const leader = await signedIn(server.base, 'schoolleider');
  const school = (await leader.get(`/api/v1/schools/${ids.school}`)).json;
  assert.ok(school.teams.some((t) => t.id === ids.team));
  assert.ok(!school.teams.some((t) => t.name === 'Sluipteam'));
  assert.ok(school.staff.some((m) => m.membership_id === ids.membership));
  const invitations = (await leader.get(`/api/v1/schools/${ids.school}/invitations`)).json.invitations;
  assert.ok(invitations.some((i) => i.id === ids.invitation));
  const admin = await signedIn(server.base, 'beheer');
  const besturen = (await admin.get('/api/v1/besturen')).json.besturen;
  assert.ok(!besturen.some((b) => b.name === 'Sluipbestuur'));
  const appointments = (await admin.get('/api/v1/appointments')).json.invitations;
  assert.ok(!appointments.some((i) => i.email === 'sluip@example.nl'));
  const person = (await admin.get(`/api/v1/people?q=${encodeURIComponent(ids.personEmail)}`)).json.people[0];
  assert.equal(person.is_admin, false);
});

test('lists show only what the caller has a role in', async () => {
  const schools = (await users.otherBestuur.get('/api/v1/schools')).json.schools;
  assert.deepEqual(schools.map((s) => s.name), ['De Overkant']);
  assert.deepEqual((await users.otherBestuur.get('/api/v1/besturen')).json.besturen, []);
  const sameBestuur = (await users.otherSchool.get('/api/v1/schools')).json.schools;
  assert.deepEqual(sameBestuur.map((s) => s.name), ['Het Baken College']);
  assert.deepEqual((await users.programmeManager.get('/api/v1/schools')).json.schools, []);
});

test('a teacher reads her team and school but cannot manage them', async () => {
  const teacher = await signedIn(server.base, 'leraar');
  assert.equal((await teacher.get(`/api/v1/teams/${ids.team}`)).status, 200);
  assert.equal((await teacher.get(`/api/v1/schools/${ids.school}`)).status, 200);
  assert.equal((await teacher.post(`/api/v1/schools/${ids.school}/teams`, { name: 'Eigen team' })).status, 403);
  assert.equal((await teacher.patch(`/api/v1/teams/${ids.team}`, { name: 'Hernoemd' })).status, 403);
  assert.equal((await teacher.get(`/api/v1/schools/${ids.school}/invitations`)).status, 403);
  const otherTeam = (await (await signedIn(server.base, 'schoolleider')).get(`/api/v1/schools/${ids.school}`)).json.teams
    .find((t) => t.name === 'Groep 3-4');
  assert.equal((await teacher.get(`/api/v1/teams/${otherTeam.id}`)).status, 403);
});

test('the bestuurder sees both schools of the bestuur, read-only', async () => {
  const bestuurder = await signedIn(server.base, 'bestuurder');
  const bestuur = (await bestuurder.get(`/api/v1/besturen/${ids.bestuur}`)).json;
  assert.deepEqual(bestuur.schools.map((s) => s.name).sort(), ['Het Baken College', 'OBS De Regenboog']);
  assert.equal((await bestuurder.get(`/api/v1/teams/${ids.team}`)).status, 200);
  assert.equal((await bestuurder.post(`/api/v1/schools/${ids.school}/teams`, { name: 'Van boven' })).status, 403);
});
