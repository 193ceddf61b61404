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
  const bestuurder = await signedIn(server.base, 'bestuurder');
  ids.strategic_goal = (await bestuurder.post(`/api/v1/besturen/${school.bestuur_id}/strategic-goals`,
    { school_year: '2026-2027', title: 'Toegangsdoel' })).json.id;
  ids.holiday = (await (await signedIn(server.base, 'programma')).post('/api/v1/school-holidays',
    { region: 'noord', school_year: '2029-2030', name: 'toegangsvakantie', starts_on: '2029-10-13', ends_on: '2029-10-21' })).json.id;
  const expert = await signedIn(server.base, 'expertcoach');
  ids.visit = (await expert.post(`/api/v1/schools/${schoolId}/visits`, { date: '2030-03-05', start_time: '09:00', minutes: 60 })).json.id;
  ids.lesson_design = (await member.post(`/api/v1/teams/${team.id}/lesson-designs`, { goal_id: ids.goal, title: 'Toegangsles', criteria: ['Ze doen mee'] })).json.id;
  const visitor = school.staff.find((m) => m.role === 'leraar' && m.team_id === team.id && m.email !== 'leraar@demo.samenbeter.nl');
  ids.lesson_visit = (await member.post(`/api/v1/teams/${team.id}/lesson-visits`, { design_id: ids.lesson_design,
    teacher_id: (await member.get('/api/v1/me')).json.user.id, visitor_id: visitor.user_id, starts_at: new Date(Date.now() + 86400e3).toISOString().slice(0, 19) + 'Z' })).json.id;
  ids.material = (await member.post(`/api/v1/lesson-designs/${ids.lesson_design}/materials?name=toegang.pdf`,
    Buffer.from('%PDF-1.4 toegang'), { raw: true, headers: { 'content-type': 'application/pdf' } })).json.id;
  ids.voice_round = (await member.post(`/api/v1/teams/${team.id}/voice/rounds`,
    { title: 'Toegangsronde', level: 'po', template: 'po-les', class_size: 20 })).json.id;
  const questionnaire = (await leader.get('/api/v1/questionnaires')).json.questionnaires[0];
  ids.measurement_round = (await leader.post(`/api/v1/schools/${schoolId}/measurement-rounds`,
    { questionnaire_id: questionnaire.id, kind: 'baseline', title: 'Toegangsmeting', team_ids: [team.id] })).json.id;
  const classboard = (await member.post(`/api/v1/teams/${team.id}/classboards`,
    { class_name: 'Toegangsklas', goal: 'Doel', measure_kind: 'smiley', measure_label: 'Hoe ging het?' })).json;
  ids.classboard = classboard.id;
  ids.classboard_item = (await member.post(`/api/v1/classboards/${classboard.id}/items`, { kind: 'action', text: 'Toegangskaart' })).json.id;
  await new Client(server.base).post('/api/v1/classboard-ideas', { code: classboard.code, text: 'Toegangsidee' });
  ids.classboard_idea = (await member.get(`/api/v1/classboards/${classboard.id}`)).json.ideas[0]?.id;
  for (const kind of ['item', 'cycle', 'goal', 'session', 'ambition', 'strategic_goal', 'holiday', 'visit', 'lesson_design', 'lesson_visit',
    'voice_round', 'measurement_round', 'material', 'classboard', 'classboard_item', 'classboard_idea']) {
    assert.ok(ids[kind], `made a ${kind} to walk with`);
  }

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
  // One of each programmes entity, from the demo's seed programmes.
  const programme = (await users.programmeManager.get('/api/v1/staff/programmes')).json[0];
  ids.programme = programme.id;
  for (const round of programme.rounds) {
    const enrolments = (await users.programmeManager.get(`/api/v1/staff/programme-rounds/${round.id}`)).json.enrolments;
    if (enrolments.length === 0) continue;
    ids.programmeRound = round.id;
    ids.programmeSession = round.sessions[0].id;
    ids.programmeEnrolment = enrolments[0].id;
  }
  for (const kind of ['programme', 'programmeRound', 'programmeSession', 'programmeEnrolment']) assert.ok(ids[kind], `found a ${kind}`);
  // An assignment with a hand-in (so the walk's DELETE is refused as has_hand_ins and deletes nothing).
  for (const p of (await users.programmeManager.get('/api/v1/staff/programmes')).json) {
    for (const round of p.rounds) {
      const { assignments } = (await users.programmeManager.get(`/api/v1/staff/programme-rounds/${round.id}/assignments`)).json;
      // Not one of the walking users' own rounds (the other school's leader followed seed 000 and 001).
      const handedIn = assignments.find((a) => a.lines.some((l) => l.hand_in) &&
        !a.lines.some((l) => l.user_email === 'gerard.timmermans@demo.samenbeter.nl'));
      if (!handedIn || ids.programmeAssignment) continue;
      ids.programmeAssignment = handedIn.id;
      ids.programmeHandIn = handedIn.lines.find((l) => l.hand_in).hand_in.id;
    }
  }
  assert.ok(ids.programmeHandIn, 'found a hand-in');
  const academyModule = (await leader.get('/api/v1/academy')).json.modules[0];
  ids.academyModule = academyModule.id;
  ids.academyItem = academyModule.items[0].id;
  ids.meeting = (await leader.get('/api/v1/meetings')).json.meetings[0].id;
  ids.mentoringRun = (await users.programmeManager.post('/api/v1/staff/mentoring/runs')).json.id;
  assert.ok(ids.mentoringRun, 'made a mentoring run to walk with');
  ids.mentoringPair = (await users.programmeManager.get('/api/v1/staff/mentoring/on-track')).json[0]?.id;
  assert.ok(ids.mentoringPair, 'found a published mentoring pair');
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
    ['/strategic-goals/{id}', 'strategic_goal'], ['/school-holidays/{id}', 'holiday'], ['/visits/{id}', 'visit'],
    ['/lesson-designs/{id}', 'lesson_design'], ['/lesson-visits/{id}', 'lesson_visit'],
    ['/programmes/{id}', 'programme'], ['/programme-rounds/{id}', 'programmeRound'], ['/programme-sessions/{id}', 'programmeSession'],
    ['/programme-enrolments/{id}', 'programmeEnrolment'], ['/voice/rounds/{id}', 'voice_round'],
    ['/programme-assignments/{id}', 'programmeAssignment'], ['/programme-hand-ins/{id}', 'programmeHandIn'],
    ['/measurement-rounds/{id}', 'measurement_round'],
    ['/academy-items/{id}', 'academyItem'], ['/academy-modules/{id}', 'academyModule'], ['/meetings/{id}', 'meeting'],
    ['/classboards/{id}', 'classboard'], ['/classboard-items/{id}', 'classboard_item'], ['/classboard-ideas/{id}', 'classboard_idea'],
    ['/mentoring/runs/{id}', 'mentoringRun'], ['/mentoring/pairs/{id}', 'mentoringPair']];
  for (const [segment, kind] of kinds) {
    if (path.includes(segment)) {
      return path.replace('{id}', String(ids[kind])).replace('{week}', ids.week).replace('{material_id}', String(ids.material));
    }
  }
  if (path.includes('{')) throw new Error(`access walk does not know how to fill ${path}: add it here`);
  return path;
}

// DELETE of a versioned board entity names its version in the query.
function withVersion(route) {
  const path = fill(route.path);
  return route.method === 'DELETE' && /\/(items|goals|ambitions|strategic-goals)\//.test(path) ? `${path}?version=1` : path;
}

// A body that would be valid, so that only access can be the reason for refusal.
const bodies = {
  '/api/v1/besturen': { name: 'Sluipbestuur' },
  '/api/v1/schools': { bestuur_id: 1, name: 'Sluipschool', sector: 'PO', brin: '98YY', region: 'noord' },
  '/api/v1/appointments': { email: 'sluip@example.nl', role: 'programmabeheerder' },
  '/api/v1/school-holidays': { region: 'zuid', school_year: '2029-2030', name: 'sluipvakantie', starts_on: '2029-10-13', ends_on: '2029-10-21' },
};
function bodyFor(method, path) {
  if (method === 'GET' || method === 'DELETE') return undefined;
  // Programme staff are walked with these too (their own routes must not refuse them): a programme or round
  // without its required fields is refused as input, so the walk changes no seed programme.
  if (path.startsWith('/api/v1/staff/programme') && (method === 'PUT' || path.endsWith('/rounds') || path.endsWith('/programmes'))) {
    return {};
  }
  if (path.endsWith('/attendance')) return { marks: [] };
  if (path.endsWith('/hours')) return { part: 0, minutes: 60 };
  if (path.endsWith('/copy')) return {};
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
  if (path.endsWith('/strategic-goal')) return { strategic_goal_id: null };
  if (path.endsWith('/strategic-goals')) return { school_year: '2026-2027', title: 'Sluipdoel' };
  if (path.includes('/strategic-goals/')) return { title: 'Sluipdoel', version: 1 };
  if (path.includes('/ambitions/')) return { title: 'Sluipambitie', version: 1 };
  if (path.endsWith('/cycles')) return { name: 'Sluipcyclus', starts_on: '2027-01-04', ends_on: '2027-02-14' };
  return { name: 'Gewijzigd' };
}

// An id of another school answers 404 like an unknown id. A route without an id,
// a person (who lives on the platform, whatever the id), or the bestuur of the
// caller's own school, is plainly refused with 403.
function expectedRefusal(who, path) {
  // Programmes live on the platform (their catalogue is public): their staff routes are plainly refused.
  const known = !path.includes('{id}') || path.startsWith('/api/v1/people/') || path.startsWith('/api/v1/school-holidays/') ||
    path.startsWith('/api/v1/staff/') ||
    (who === 'otherSchool' && (path.startsWith('/api/v1/besturen/') || path.startsWith('/api/v1/strategic-goals/')));
  return known ? [403, 'permission_denied'] : [404, 'not_found'];
}

// Programme staff run every school's trajectory (the trajectory module's actions); elsewhere they are refused.
const PROGRAMME_ACTIONS = ['scoped:manage_holidays', 'scoped:view_trajectory', 'scoped:run_trajectory', 'scoped:manage_trajectories', 'scoped:plan_visits',
  'scoped:manage_academy'];
// Programme staff also write the questionnaires of metingen and run and see every school's rounds.
PROGRAMME_ACTIONS.push('scoped:manage_questionnaires', 'scoped:run_measurements', 'scoped:view_measurements', 'scoped:view_released_measurements');

test('every scoped route refuses users of another school, another bestuur, and programme staff', async () => {
  const all = await routes();
  const scoped = all.filter((r) => r.access.startsWith('scoped:'));
  assert.ok(scoped.length >= 30, `expected the scoped routes, found ${scoped.length}`);
  for (const route of scoped) {
    for (const [who, client] of Object.entries(users)) {
      // What programme staff run (school holidays, trajectories): the places they are let in.
      if (who === 'programmeManager' && PROGRAMME_ACTIONS.includes(route.access)) continue;
      if (who === 'programmeManager' && route.access === 'scoped:manage_programmes') continue;  // theirs: walked below
      if (who === 'programmeManager' && route.access === 'scoped:manage_mentoring') continue;  // theirs: mentoring.test.mjs
      const path = withVersion(route);
      const response = await client.request(route.method, path, bodyFor(route.method, route.path));
      const [status, code] = expectedRefusal(who, route.path);
      assert.equal(response.status, status, `${who}: ${route.method} ${path} -> ${response.status} ${response.text}`);
      assert.equal(response.json?.error?.code, code, `${who}: ${route.method} ${path} error shape`);
    }
  }
});

test('programme staff reach every programmes staff route, and school leaders none', async () => {
  const leader = await signedIn(server.base, 'schoolleider');
  const staffRoutes = (await routes()).filter((r) => r.access === 'scoped:manage_programmes');
  assert.ok(staffRoutes.length >= 9, `expected the staff routes, found ${staffRoutes.length}`);
  for (const route of staffRoutes) {
    const path = fill(route.path);
    const allowed = await users.programmeManager.request(route.method, path, bodyFor(route.method, route.path));
    assert.ok(![401, 403, 404].includes(allowed.status), `programme staff: ${route.method} ${path} -> ${allowed.status} ${allowed.text}`);
    const refused = await leader.request(route.method, path, bodyFor(route.method, route.path));
    assert.equal(refused.status, 403, `school leader: ${route.method} ${path} -> ${refused.status}`);
  }
});

test('a hand-in is its participant’s and the programme staff’s: to anyone else it does not exist', async () => {
  for (const [who, client] of Object.entries(users)) {
    if (who === 'programmeManager') continue;
    const read = await client.get(`/api/v1/programme-hand-ins/${ids.programmeHandIn}`);
    assert.equal(read.status, 404, `${who}: ${read.text}`);
    const write = await client.put(`/api/v1/programme-assignments/${ids.programmeAssignment}/hand-in`, { text: 'Sluipwerk' });
    assert.equal(write.status, 404, `${who}: ${write.text}`);
  }
  assert.equal((await users.programmeManager.get(`/api/v1/programme-hand-ins/${ids.programmeHandIn}`)).status, 200);
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
