// The rhythm (issue 17): the heatmap per role scope, a team's week, the
// overview for school leaders and boards, the cascade, and the school
// holidays — on the demo's school year (one team steady, one with a gap in
// September, one that now and then misses a week, one that stopped). Access:
// a school leader sees only her school, a teacher only her team.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/app.mjs';
import { signedIn } from './lib/client.mjs';

const server = await useServer();
const bestuurder = await signedIn(server.base, 'bestuurder');
const leader = await signedIn(server.base, 'schoolleider');
const teacher = await signedIn(server.base, 'leraar');
const staff = await signedIn(server.base, 'programma');

const me = async (client) => (await client.get('/api/v1/me')).json;
const bestuurId = (await me(bestuurder)).memberships.find((m) => m.role === 'bestuurder').bestuur_id;
const schoolId = (await me(leader)).memberships.find((m) => m.role === 'schoolleider').school_id;
const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
const team = (name) => school.teams.find((t) => t.name === name).id;
const otherSchoolId = (await bestuurder.get(`/api/v1/besturen/${bestuurId}`)).json.schools.find((s) => s.id !== schoolId).id;

const ok = async (promise, status = 200) => {
  const response = await promise;
  assert.equal(response.status, status, response.text);
  return response.json;
};

test('the bestuurder sees a row per school over the school year; holidays are never missed', async () => {
  const map = await ok(bestuurder.get(`/api/v1/besturen/${bestuurId}/rhythm?school_year=2026-2027`));
  assert.equal(map.school_year, '2026-2027');
  assert.equal(map.weeks[0], '2026-08-03');
  assert.equal(map.weeks.length, 52);
  assert.deepEqual(map.kinds, ['board_session', 'measurement', 'lesson_design', 'lesson_visit', 'voice_round',
    'class_board_session']);
  assert.deepEqual(map.rows.map((r) => r.kind), ['school', 'school']);
  for (const row of map.rows) {
    const autumn = row.weeks.find((w) => w.week === '2026-10-19');  // herfstvakantie, region midden
    assert.equal(autumn.state, 'holiday');
    assert.equal(autumn.holiday, 'herfstvakantie');
    assert.equal(row.weeks.find((w) => w.week === '2026-08-10').state, 'holiday');  // zomervakantie
    assert.ok(!row.weeks.some((w) => w.holiday && w.state === 'missed'));
    assert.equal(row.teams, 2);
  }
  // OBS De Regenboog: in the gap weeks only one of its two teams held a session.
  const regenboog = map.rows.find((r) => r.id === schoolId);
  const gapWeek = regenboog.weeks.find((w) => w.week === '2026-10-05');
  assert.deepEqual([gapWeek.state, gapWeek.teams_held, gapWeek.teams_counted], ['partly', 1, 2]);
  assert.equal(regenboog.weeks.find((w) => w.week === '2026-09-14').state, 'held');
});

test('the school leader sees her school a row per team; a gap, a steady team and a week in detail', async () => {
  const map = await ok(leader.get(`/api/v1/schools/${schoolId}/rhythm`));
  assert.deepEqual(map.rows.map((r) => [r.kind, r.name]), [['team', 'Groep 3-4'], ['team', 'Groep 5-6']]);
  const steady = map.rows.find((r) => r.name === 'Groep 5-6');
  assert.equal(steady.figures.recent_held, steady.figures.recent_weeks);
  assert.equal(steady.figures.missed_in_a_row, 0);
  assert.equal(steady.rates_shown, true);
  assert.ok(steady.figures.session_rate > 0.95, JSON.stringify(steady.figures));
  const gap = map.rows.find((r) => r.name === 'Groep 3-4');
  assert.deepEqual(['2026-09-28', '2026-10-05', '2026-10-12'].map((w) => gap.weeks.find((c) => c.week === w).state),
    ['missed', 'missed', 'missed']);
  assert.ok(gap.figures.session_rate < steady.figures.session_rate);

  const missed = await ok(leader.get(`/api/v1/teams/${team('Groep 3-4')}/rhythm/weeks/2026-10-05`));
  assert.deepEqual([missed.team_name, missed.week.state, missed.week.counts.board_session ?? 0], ['Groep 3-4', 'missed', 0]);
  const held = await ok(leader.get(`/api/v1/teams/${team('Groep 5-6')}/rhythm/weeks/2026-09-07`));
  assert.equal(held.week.state, 'held');
  assert.equal(held.week.counts.board_session, 1);
  assert.ok(held.week.attended >= 6 && held.attendance_rate > 0.8, JSON.stringify(held));
  const holiday = await ok(leader.get(`/api/v1/teams/${team('Groep 3-4')}/rhythm/weeks/2026-10-19`));
  assert.deepEqual([holiday.week.state, holiday.week.holiday], ['holiday', 'herfstvakantie']);
});

test('the overview: goals of closed cycles, recent sessions, obstacles with the leadership, trend; a stopped team shows', async () => {
  const overview = await ok(bestuurder.get(`/api/v1/besturen/${bestuurId}/rhythm-overview`));
  assert.equal(overview.schools.length, 2);
  assert.equal(overview.recent_weeks, 6);
  const teams = overview.schools.flatMap((s) => s.teams);
  assert.equal(teams.length, 4);
  for (const t of teams) {
    // The demo's first cycle was closed with both goals partly reached; one obstacle waits for the leadership.
    assert.deepEqual([t.goals_reached, t.goals_partly, t.goals_judged], [0, 2, 2], t.name);
    assert.equal(t.open_obstacles, 1, t.name);
    assert.ok(t.oldest_obstacle_days >= 0, t.name);
    assert.ok(!('notes' in t) && !('text' in t));
  }
  const stopped = teams.find((t) => t.name === 'Onderbouw havo/vwo');
  assert.ok(stopped.figures.missed_in_a_row >= 5, JSON.stringify(stopped.figures));
  assert.equal(stopped.figures.recent_held, 0);
  assert.equal(stopped.figures.trend, 'falling');
  const steady = teams.find((t) => t.name === 'Groep 5-6');
  assert.equal(steady.figures.trend, 'steady');
  const baken = overview.schools.find((s) => s.school_id === otherSchoolId);
  assert.equal(baken.total.team_id, null);
  assert.equal(baken.total.open_obstacles, 2);
  assert.equal(baken.total.people, 14);

  const own = await ok(leader.get(`/api/v1/schools/${schoolId}/rhythm-overview`));
  assert.deepEqual(own.schools.map((s) => s.school_id), [schoolId]);
});

test('a team under three people shows counts but no rates', async () => {
  const small = await ok(leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'Klein team' }), 201);
  const sanne = (await me(teacher)).user.id;
  await ok(leader.post(`/api/v1/schools/${schoolId}/memberships`, { user_id: sanne, role: 'leraar', team_id: small.id }), 201);
  const map = await ok(leader.get(`/api/v1/schools/${schoolId}/rhythm`));
  const row = map.rows.find((r) => r.id === small.id);
  assert.deepEqual([row.people, row.rates_shown, row.figures.session_rate, row.figures.attendance_rate, row.figures.trend],
    [1, false, null, null, null]);
  const overview = await ok(leader.get(`/api/v1/schools/${schoolId}/rhythm-overview`));
  const line = overview.schools[0].teams.find((t) => t.team_id === small.id);
  assert.deepEqual([line.rates_shown, line.figures.session_rate], [false, null]);
});

test('access: a school leader only her school, a teacher only her team, the bestuurder only her bestuur', async () => {
  // Another school of the same bestuur is refused; an unknown one answers like it.
  assert.equal((await leader.get(`/api/v1/schools/${otherSchoolId}/rhythm`)).status, 404);
  assert.equal((await leader.get('/api/v1/schools/999999/rhythm')).status, 404);
  assert.equal((await leader.get(`/api/v1/besturen/${bestuurId}/rhythm`)).status, 403);
  assert.equal((await leader.get(`/api/v1/besturen/${bestuurId}/rhythm-overview`)).status, 403);
  const own = await ok(teacher.get(`/api/v1/teams/${team('Groep 5-6')}/rhythm`));
  assert.deepEqual(own.rows.map((r) => r.name), ['Groep 5-6']);
  assert.equal((await teacher.get(`/api/v1/teams/${team('Groep 5-6')}/rhythm/weeks/2026-09-07`)).status, 200);
  assert.equal((await teacher.get(`/api/v1/teams/${team('Groep 3-4')}/rhythm`)).status, 403);
  assert.equal((await teacher.get(`/api/v1/teams/${team('Groep 3-4')}/rhythm/weeks/2026-09-07`)).status, 403);
  assert.equal((await teacher.get(`/api/v1/schools/${schoolId}/rhythm`)).status, 403);
  assert.equal((await teacher.get(`/api/v1/schools/${schoolId}/rhythm-overview`)).status, 403);
  assert.equal((await teacher.get(`/api/v1/schools/${schoolId}/cascade`)).status, 403);
  assert.equal((await bestuurder.get(`/api/v1/schools/${otherSchoolId}/rhythm`)).status, 200);
  const coach = await signedIn(server.base, 'schoolcoach');
  assert.equal((await coach.get(`/api/v1/schools/${schoolId}/rhythm`)).status, 200);
});

test('bad weeks and school years name the field', async () => {
  const week = await leader.get(`/api/v1/teams/${team('Groep 5-6')}/rhythm/weeks/2026-10-06`);
  assert.equal(week.status, 400);
  assert.equal(week.json.error.field, 'week');
  for (const year of ['2026', '2026-2028', 'dit-jaar']) {
    const response = await leader.get(`/api/v1/schools/${schoolId}/rhythm?school_year=${year}`);
    assert.equal(response.status, 400, year);
    assert.equal(response.json.error.field, 'school_year');
  }
});

test('the cascade: strategic goals, linked ambitions, team goals with latest and target, ambitions nobody serves', async () => {
  const cascade = await ok(bestuurder.get(`/api/v1/besturen/${bestuurId}/cascade`));
  assert.equal(cascade.school_year, '2026-2027');
  assert.equal(cascade.strategic_goals.length, 2);
  const reading = cascade.strategic_goals.find((g) => g.title.startsWith('Elk kind leest'));
  assert.equal(reading.ambitions.length, 2);  // one per school
  // No running goal of De Regenboog's teams is about reading: its reading ambition shows as not served.
  assert.equal(reading.ambitions.find((a) => a.school_id === schoolId).served, false);
  assert.equal(reading.ambitions.find((a) => a.school_id === otherSchoolId).served, true);
  const goals = reading.ambitions.flatMap((a) => a.goals);
  assert.ok(goals.length > 0);
  for (const g of goals) {
    assert.match(g.title, /lezen/);
    assert.ok(typeof g.target === 'number' && g.latest !== null && g.latest_week, JSON.stringify(g));
    assert.ok(['improving', 'worsening', 'flat', 'unknown'].includes(g.progress));
  }
  assert.deepEqual(cascade.unlinked_ambitions.map((a) => [a.title, a.served]),
    [['Ouders als partner bij het leren', false], ['Ouders als partner bij het leren', false]]);
  assert.equal(cascade.ambitions_without_goals, 3);

  const mine = await ok(leader.get(`/api/v1/schools/${schoolId}/cascade`));
  assert.ok(mine.strategic_goals.every((g) => g.ambitions.every((a) => a.school_id === schoolId)));
  assert.equal((await leader.get(`/api/v1/schools/${otherSchoolId}/cascade`)).status, 404);
});

test('the bestuurder sets strategic goals, the school leader links an ambition to one', async () => {
  const created = await ok(bestuurder.post(`/api/v1/besturen/${bestuurId}/strategic-goals`,
    { school_year: '2026-2027', title: '  Ouders doen mee  ', description: 'Elke school een ouderpanel.' }), 201);
  assert.deepEqual([created.title, created.version], ['Ouders doen mee', 1]);
  assert.equal((await leader.post(`/api/v1/besturen/${bestuurId}/strategic-goals`, { school_year: '2026-2027', title: 'x' })).status, 403);
  for (const [body, field] of [[{ title: 'x' }, 'school_year'], [{ school_year: '2026-2027' }, 'title'],
    [{ school_year: '2026-2027', title: 'x'.repeat(301) }, 'title'], [{ school_year: '2026-2027', title: 'x', extra: 1 }, 'extra']]) {
    const response = await bestuurder.post(`/api/v1/besturen/${bestuurId}/strategic-goals`, body);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.equal(response.json.error.field, field);
  }
  const changed = await ok(bestuurder.patch(`/api/v1/strategic-goals/${created.id}`, { title: 'Ouders als partner', version: 1 }));
  assert.equal(changed.version, 2);
  assert.equal((await bestuurder.patch(`/api/v1/strategic-goals/${created.id}`, { title: 'Oud', version: 1 })).status, 409);

  const parents = (await ok(leader.get(`/api/v1/schools/${schoolId}/cascade`))).unlinked_ambitions[0];
  assert.equal((await bestuurder.put(`/api/v1/ambitions/${parents.id}/strategic-goal`, { strategic_goal_id: created.id })).status, 403);
  assert.equal((await leader.put(`/api/v1/ambitions/${parents.id}/strategic-goal`, { strategic_goal_id: 999999 })).json.error.field,
    'strategic_goal_id');
  assert.equal((await leader.put(`/api/v1/ambitions/${parents.id}/strategic-goal`, {})).json.error.field, 'strategic_goal_id');
  await ok(leader.put(`/api/v1/ambitions/${parents.id}/strategic-goal`, { strategic_goal_id: created.id }));
  let cascade = await ok(bestuurder.get(`/api/v1/besturen/${bestuurId}/cascade`));
  assert.deepEqual(cascade.strategic_goals.find((g) => g.id === created.id).ambitions.map((a) => a.id), [parents.id]);
  // Deleting the goal unlinks its ambitions.
  assert.equal((await bestuurder.delete(`/api/v1/strategic-goals/${created.id}?version=1`)).status, 409);
  assert.equal((await bestuurder.delete(`/api/v1/strategic-goals/${created.id}?version=2`)).status, 204);
  cascade = await ok(bestuurder.get(`/api/v1/besturen/${bestuurId}/cascade`));
  assert.ok(cascade.unlinked_ambitions.some((a) => a.id === parents.id));
  assert.equal((await bestuurder.get(`/api/v1/besturen/${bestuurId}/strategic-goals`)).json.length, 2);
});

test('school holidays: the dataset for three school years and regions, with its checks; staff add later years', async () => {
  const all = await ok(teacher.get('/api/v1/school-holidays'));
  for (const year of ['2025-2026', '2026-2027', '2027-2028']) {
    for (const region of ['noord', 'midden', 'zuid']) {
      assert.equal(all.filter((h) => h.school_year === year && h.region === region).length, 5, `${year} ${region}`);
    }
  }
  assert.ok(all.every((h) => ['rijksoverheid', 'secondary', 'unverified'].includes(h.checked) && h.id === null));
  const later = { region: 'noord', school_year: '2028-2029', name: 'herfstvakantie', starts_on: '2028-10-14', ends_on: '2028-10-22' };
  assert.equal((await teacher.post('/api/v1/school-holidays', later)).status, 403);
  const added = await ok(staff.post('/api/v1/school-holidays', later), 201);
  assert.deepEqual([added.checked, typeof added.id], ['staff', 'number']);
  assert.equal((await staff.post('/api/v1/school-holidays', later)).status, 409);
  const bad = await staff.post('/api/v1/school-holidays', { ...later, ends_on: '2028-10-01' });
  assert.deepEqual([bad.status, bad.json.error.field], [400, 'ends_on']);
  assert.ok((await ok(teacher.get('/api/v1/school-holidays'))).some((h) => h.id === added.id));
  assert.equal((await staff.delete(`/api/v1/school-holidays/${added.id}`)).status, 204);
  assert.equal((await staff.delete(`/api/v1/school-holidays/${added.id}`)).status, 404);
});

test('each view exports to CSV and XLSX in the reader\'s language; a teacher cannot export the school', async () => {
  const csv = await leader.get(`/api/v1/schools/${schoolId}/rhythm-overview?format=csv&school_year=2026-2027`);
  assert.equal(csv.status, 200, csv.text);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.headers.get('content-disposition'), /overzicht-2026-2027\.csv/);
  const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  assert.match(lines[0], /^School;Team;Leraren;Doelen gehaald;/);
  assert.ok(lines.some((l) => l.startsWith('OBS De Regenboog;Groep 5-6;7;0;2;2;6;6;1;')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('OBS De Regenboog;Hele school;')));

  const cascade = await leader.get(`/api/v1/schools/${schoolId}/cascade?format=csv`);
  assert.match(cascade.text, /Ouders als partner bij het leren;\(geen teamdoel\)/);

  const response = await fetch(`${server.base}/api/v1/besturen/${bestuurId}/rhythm?format=xlsx&school_year=2026-2027`,
    { headers: { cookie: bestuurder.cookie } });
  assert.equal(response.status, 200);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()));
  const sheet = book.worksheets[0];
  assert.equal(sheet.getRow(1).getCell(1).value, 'Naam');
  assert.equal(sheet.getRow(1).getCell(2).value, '2026-08-03');
  const names = [2, 3].map((r) => sheet.getRow(r).getCell(1).value).sort();
  assert.deepEqual(names, ['Het Baken College', 'OBS De Regenboog']);
  const regenboog = [2, 3].find((r) => sheet.getRow(r).getCell(1).value === 'OBS De Regenboog');
  const held = sheet.getRow(regenboog).getCell(54).value;  // after the name and the 52 weeks
  assert.equal(typeof held, 'number');

  const bad = await leader.get(`/api/v1/schools/${schoolId}/rhythm?format=pdf`);
  assert.deepEqual([bad.status, bad.json.error.field], [400, 'format']);
  assert.equal((await teacher.get(`/api/v1/schools/${schoolId}/rhythm?format=csv`)).status, 403);
  const english = await signedIn(server.base, 'expertcoach');
  await english.patch('/api/v1/me', { locale: 'en' });
  const inEnglish = await english.get(`/api/v1/schools/${schoolId}/rhythm?format=csv`);
  assert.match(inEnglish.text.replace(/^\uFEFF/, ''), /^Name,/);
});

test('a cycle over the holidays: its holiday weeks do not count, and its end moves past them when the team asks', async () => {
  const groep = team('Groep 5-6');
  // Christmas 2027 (27 December and 3 January) in the school's region, from the dataset.
  const span = await ok(teacher.get(`/api/v1/teams/${groep}/cycle-holidays?starts_on=2027-11-29&ends_on=2028-01-09`));
  assert.deepEqual(span.weeks, [{ week: '2027-12-27', name: 'kerstvakantie' }, { week: '2028-01-03', name: 'kerstvakantie' }]);
  assert.equal(span.school_weeks, 4);
  assert.equal(span.end_past_holidays, '2028-01-23');
  // Ten calendar weeks with two holiday weeks are eight school weeks: the board takes it; eleven it refuses.
  const tooLong = await teacher.post(`/api/v1/teams/${groep}/cycles`, { name: 'Te lang', starts_on: '2027-11-29', ends_on: '2028-02-13' });
  assert.equal(tooLong.status, 400, tooLong.text);
  assert.deepEqual([tooLong.json.error.field, tooLong.json.error.reason], ['ends_on', 'cycle_weeks']);
  const cycle = await ok(teacher.post(`/api/v1/teams/${groep}/cycles`, { name: 'Winter', starts_on: '2027-11-29', ends_on: '2028-02-06' }), 201);
  assert.equal(cycle.ends_on, '2028-02-06');
  // Bad dates and other schools' teams are refused like everywhere.
  const bad = await teacher.get(`/api/v1/teams/${groep}/cycle-holidays?starts_on=2027-11-29&ends_on=morgen`);
  assert.deepEqual([bad.status, bad.json.error.field], [400, 'ends_on']);
  const backwards = await teacher.get(`/api/v1/teams/${groep}/cycle-holidays?starts_on=2027-11-29&ends_on=2027-11-01`);
  assert.deepEqual([backwards.status, backwards.json.error.field], [400, 'ends_on']);
  const otherTeam = (await leader.get(`/api/v1/schools/${schoolId}`)).json.teams.find((t) => t.name === 'Groep 3-4').id;
  assert.equal((await teacher.get(`/api/v1/teams/${otherTeam}/cycle-holidays?starts_on=2027-11-29&ends_on=2028-01-09`)).status, 403);
});

test('the overview\'s figures are the heatmap\'s, for every team and school, in the past, this and the next school year', async () => {
  // The overview draws its figures from a flat grid of sessions (rates.h, team_figures); the heatmap from its
  // rows of weeks. Both must say the same for every team, small ones included, and for every school.
  let compared = 0;
  for (const year of ['2025-2026', '2026-2027', '2027-2028']) {
    const overview = await ok(bestuurder.get(`/api/v1/besturen/${bestuurId}/rhythm-overview?school_year=${year}`));
    const schoolRows = (await ok(bestuurder.get(`/api/v1/besturen/${bestuurId}/rhythm?school_year=${year}`))).rows;
    for (const school of overview.schools) {
      const row = schoolRows.find((r) => r.id === school.school_id);
      assert.deepEqual(school.total.figures, row.figures, `${year} ${school.name}`);
      assert.equal(school.total.people, row.people);
      const teamRows = (await ok(bestuurder.get(`/api/v1/schools/${school.school_id}/rhythm?school_year=${year}`))).rows;
      assert.deepEqual(school.teams.map((t) => t.team_id), teamRows.map((r) => r.id));
      for (const team of school.teams) {
        assert.deepEqual(team.figures, teamRows.find((r) => r.id === team.team_id).figures, `${year} ${team.name}`);
        compared += 1;
      }
    }
  }
  assert.ok(compared >= 12, `compared ${compared} teams`);
});
