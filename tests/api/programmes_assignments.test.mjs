// Assignments in the leadership programmes (issue 14, point 5) over HTTP: seed 000's preparation per visit and
// seed 002's Take-to-School assignments as the demo holds them; staff defining a round's assignments (checked,
// a stale change a conflict, no deleting once handed in); a placed participant handing in, changing and handing
// in again until accepted; staff returning with feedback and accepting; lateness; accepted work counting
// toward completion; the hand-in state as CSV and XLSX; and who may see whose work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server, anonymous, staff, leader, bestuurder, teacher, marloes, gerard;
let byTitle;

before(async () => {
  server = await startServer();
  anonymous = new Client(server.base);
  staff = await signedIn(server.base, 'programma');
  leader = await signedIn(server.base, 'schoolleider');
  bestuurder = await signedIn(server.base, 'bestuurder');
  teacher = await signedIn(server.base, 'leraar');
  marloes = await signedIn(server.base, 'marloes.dejong@demo.samenbeter.nl');
  gerard = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  const all = (await anonymous.get('/api/v1/programmes')).json;
  byTitle = (start) => all.find((p) => p.title.startsWith(start));
});
after(async () => { await server?.stop(); });

const states = (view) => view.assignments.map((i) => [i.assignment.title, i.state]);

test('the demo: Take to School per theme in the running round, one waiting for feedback and one due within the week', async () => {
  const running = (await leader.get('/api/v1/me/programmes')).json.find((e) => e.programme.title.startsWith('Leergang'));
  assert.deepEqual(states(running), [
    ['Take to School: Organisatiekunde', 'accepted'], ['Take to School: Organisatieontwikkeling', 'accepted'],
    ['Take to School: Netwerkmanagement', 'accepted'], ['Take to School: Superdiversiteit', 'accepted'],
    ['Take to School: Leerprocessen', 'submitted'], ['Project: tussenstand voor het begeleidingsmoment', 'todo']]);
  const soon = running.assignments.at(-1).assignment;
  const days = (Date.parse(soon.due_at) - Date.now()) / 86400000;
  assert.ok(days > 3 && days < 7, `due within the week: ${soon.due_at}`);
  assert.match(running.assignments[0].assignment.instructions, /Pas de theorie van het thema toe in jouw eigen praktijk/);
  assert.equal(running.assignments[0].hand_in.feedback, 'Sterk hoe je de theorie naar je team vertaalt. Goedgekeurd.');
  assert.deepEqual([running.progress.assignments_required, running.progress.assignments_handed_in, running.progress.assignments_accepted], [6, 5, 4]);

  // The completed seed-000 round: every preparation accepted, and its participants still complete.
  const visits = (await bestuurder.get('/api/v1/me/programmes')).json.find((e) => e.round.name === 'Najaar 2024');
  assert.deepEqual(states(visits).map(([, state]) => state), ['accepted', 'accepted', 'accepted']);
  assert.match(visits.assignments[0].assignment.title, /^Voorbereiding Bezoek 1: Picnic/);
  assert.equal(visits.progress.complete, true);

  // Programme staff have hand-ins waiting, the late one marked.
  const round = running.round.id;
  const overview = (await staff.get(`/api/v1/staff/programme-rounds/${round}/assignments`)).json;
  const last = overview.assignments.find((a) => a.title === 'Take to School: Leerprocessen');
  assert.deepEqual(last.counts, { participants: 2, handed_in: 2, accepted: 0, waiting: 2 });
  const lateOne = last.lines.find((l) => l.user_name === 'Marloes de Jong');
  assert.equal(lateOne.state, 'submitted_late');
  assert.equal(lateOne.hand_in.late, true);
  assert.equal(last.lines.find((l) => l.user_name === 'Karin Hofman').hand_in.late, false);
});

test('a participant hands in, staff send it back with feedback, she hands in again and staff accept: then it counts toward completion', async () => {
  const leiders = byTitle('Leergang');
  const created = await staff.post(`/api/v1/staff/programmes/${leiders.id}/rounds`, {
    name: 'Opdrachtenronde', enrolment_closes_on: '2030-01-01', groups: [{ name: 'Groep', capacity: 2 }],
    sessions: [{ title: 'Thema 1, contactdag 2', date: '2030-02-01', start: '09:30', end: '16:00', place: 'Rotterdam', group_id: 0, part: 0, credit_minutes: 360 }],
  });
  assert.equal(created.status, 201, created.text);
  const round = created.json;
  const session = round.sessions[0].id;
  const karin = (await leader.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Directeuren' })).json;
  const hers = (await marloes.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Adjunct-directeuren' })).json;
  assert.equal(karin.status, 'placed');

  const add = (body) => staff.post(`/api/v1/staff/programme-rounds/${round.id}/assignments`, body);
  const assignment = { title: 'Take to School: Organisatiekunde', instructions: 'Pas de theorie toe in jouw eigen praktijk.',
    part: 0, session_id: session, due_on: '2030-01-31', due_time: '17:00', credit_minutes: 240 };
  // Each refusal names its field.
  for (const [body, field, reason] of [
    [{ ...assignment, part: 9 }, 'part', 'unknown_part'],
    [{ ...assignment, session_id: leiders.rounds[0].sessions[0].id }, 'session_id', 'unknown_session'],
    [{ ...assignment, due_on: '31-01-2030' }, 'due_on', 'date'],
    [{ ...assignment, title: '' }, 'title', undefined],
    [{ ...assignment, credit_minutes: -5 }, 'credit_minutes', 'out_of_range'],
    [{ ...assignment, korting: 1 }, 'korting', undefined]]) {
    const refused = await add(body);
    assert.equal(refused.status, 400, `${field}: ${refused.text}`);
    assert.equal(refused.json.error.field, field);
    if (reason) assert.equal(refused.json.error.reason, reason);
  }
  const made = await add(assignment);
  assert.equal(made.status, 201, made.text);
  assert.deepEqual([made.json.due_on, made.json.due_time, made.json.due_at], ['2030-01-31', '17:00', '2030-01-31T16:00:00Z']);
  const id = made.json.id;

  // A stale change is a conflict; a fresh one moves the due date.
  const moved = await staff.put(`/api/v1/staff/programme-assignments/${id}`, { ...assignment, due_on: '2030-01-30', version: 1 });
  assert.equal(moved.status, 200, moved.text);
  assert.equal(moved.json.version, 2);
  assert.equal((await staff.put(`/api/v1/staff/programme-assignments/${id}`, { ...assignment, version: 1 })).status, 409);

  // Karin sees it to do, and hands it in.
  const view = async (client, enrolment) => (await client.get('/api/v1/me/programmes')).json.find((e) => e.id === enrolment);
  assert.deepEqual(states(await view(leader, karin.id)), [['Take to School: Organisatiekunde', 'todo']]);
  const empty = await leader.put(`/api/v1/programme-assignments/${id}/hand-in`, { text: '   ' });
  assert.equal(empty.status, 400);
  assert.equal(empty.json.error.field, 'text');
  const first = await leader.put(`/api/v1/programme-assignments/${id}/hand-in`, { text: 'Eerste versie: onze teamafspraak.' });
  assert.equal(first.status, 200, first.text);
  assert.deepEqual([first.json.status, first.json.late, first.json.version], ['submitted', false, 1]);
  assert.deepEqual(states(await view(leader, karin.id)), [['Take to School: Organisatiekunde', 'submitted']]);

  // Nobody else sees it: a fellow participant, a stranger to the round, another school's leader.
  for (const client of [marloes, teacher, gerard, bestuurder]) {
    assert.equal((await client.get(`/api/v1/programme-hand-ins/${first.json.id}`)).status, 404);
  }
  assert.equal((await leader.get(`/api/v1/programme-hand-ins/${first.json.id}`)).json.text, 'Eerste versie: onze teamafspraak.');
  assert.equal((await staff.get(`/api/v1/programme-hand-ins/${first.json.id}`)).status, 200);
  // Only someone placed in the round hands in.
  assert.equal((await teacher.put(`/api/v1/programme-assignments/${id}/hand-in`, { text: 'x' })).status, 404);
  assert.equal((await gerard.put(`/api/v1/programme-assignments/${id}/hand-in`, { text: 'x' })).status, 404);
  assert.equal((await leader.put('/api/v1/programme-assignments/999999/hand-in', { text: 'x' })).status, 404);
  assert.equal((await anonymous.put(`/api/v1/programme-assignments/${id}/hand-in`, { text: 'x' })).status, 401);

  // Staff send it back: feedback is required for that.
  const review = (body) => staff.post(`/api/v1/staff/programme-hand-ins/${first.json.id}/review`, body);
  const noFeedback = await review({ decision: 'returned', feedback: '', version: 1 });
  assert.equal(noFeedback.status, 400);
  assert.equal(noFeedback.json.error.field, 'feedback');
  assert.equal((await review({ decision: 'submitted', version: 1 })).json.error.reason, 'not_a_decision');
  const returned = await review({ decision: 'returned', feedback: 'Maak de volgende stap concreet.', version: 1 });
  assert.equal(returned.status, 200, returned.text);
  assert.equal(returned.json.status, 'returned');
  assert.equal((await review({ decision: 'accepted', version: 1 })).status, 409);  // read before the return
  const back = (await view(leader, karin.id)).assignments[0];
  assert.deepEqual([back.state, back.hand_in.feedback], ['returned', 'Maak de volgende stap concreet.']);

  // She hands in again; the feedback stays beside it.
  const again = await leader.put(`/api/v1/programme-assignments/${id}/hand-in`, { text: 'Tweede versie: twee leraren bezoeken elkaars les.' });
  assert.deepEqual([again.json.status, again.json.version, again.json.feedback], ['submitted', 3, 'Maak de volgende stap concreet.']);

  // Attendance and every part's hours, but the assignment not yet accepted: not complete.
  await staff.put(`/api/v1/staff/programme-sessions/${session}/attendance`, { marks: [{ enrolment_id: karin.id, present: true }] });
  for (const [part, hours] of [[0, 90], [1, 100], [2, 20], [3, 20]]) {
    assert.equal((await staff.post(`/api/v1/staff/programme-enrolments/${karin.id}/hours`, { part, minutes: hours * 60 })).status, 201);
  }
  const waiting = await view(leader, karin.id);
  assert.equal(waiting.progress.complete, false);
  assert.equal(waiting.progress.parts[0].done_minutes, 96 * 60);  // 6 h of the session + 90 h logged
  assert.equal((await leader.get(`/api/v1/programme-enrolments/${karin.id}/certificate`)).json.error.reason, 'not_complete');

  const accepted = await staff.post(`/api/v1/staff/programme-hand-ins/${first.json.id}/review`, { decision: 'accepted', feedback: 'Helder.', version: 3 });
  assert.equal(accepted.status, 200, accepted.text);
  const done = await view(leader, karin.id);
  assert.equal(done.progress.complete, true);
  assert.equal(done.progress.parts[0].done_minutes, 100 * 60);  // the accepted work's 4 h count for the Themes
  assert.equal((await leader.get(`/api/v1/programme-enrolments/${karin.id}/certificate`)).status, 200);

  // Accepted work no longer changes, and the assignment stays with it.
  const locked = await leader.put(`/api/v1/programme-assignments/${id}/hand-in`, { text: 'Derde versie' });
  assert.equal(locked.status, 422);
  assert.equal(locked.json.error.reason, 'hand_in_accepted');
  const kept = await staff.delete(`/api/v1/staff/programme-assignments/${id}`);
  assert.equal(kept.status, 422);
  assert.equal(kept.json.error.reason, 'has_hand_ins');

  // Handed in after the due moment: late, and an assignment nobody handed in can go.
  const past = await add({ ...assignment, title: 'Voorbereiding', part: null, session_id: null, due_on: '2020-01-01', credit_minutes: 0 });
  const late = await marloes.put(`/api/v1/programme-assignments/${past.json.id}/hand-in`, { text: 'Laat, maar af.' });
  assert.deepEqual([late.json.status, late.json.late], ['submitted', true]);
  assert.deepEqual(states(await view(marloes, hers.id)).at(0), ['Voorbereiding', 'submitted_late']);
  assert.deepEqual(states(await view(leader, karin.id)).at(0), ['Voorbereiding', 'overdue']);
  const spare = await add({ ...assignment, title: 'Reserve' });
  assert.equal((await staff.delete(`/api/v1/staff/programme-assignments/${spare.json.id}`)).status, 204);
  assert.equal((await staff.delete(`/api/v1/staff/programme-assignments/${spare.json.id}`)).status, 404);

  // The hand-in state of the round, as CSV and as a workbook a spreadsheet program reads.
  const csv = await staff.get(`/api/v1/staff/programme-rounds/${round.id}/hand-ins`);
  assert.equal(csv.status, 200, csv.text);
  const rows = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(rows[0], 'Deelnemer;E-mail;Organisatie;Opdracht;Inleveren voor;Status;Ingeleverd op;Te laat;Feedback');
  assert.ok(rows.some((r) => r.startsWith('Marloes de Jong;') && r.includes(';Voorbereiding;01-01-2020 17:00;te laat ingeleverd;') && r.includes(';ja;')), rows.join('\n'));
  assert.ok(rows.some((r) => r.startsWith('Karin Hofman;') && r.includes(';goedgekeurd;') && r.endsWith(';Helder.')), rows.join('\n'));
  const xlsx = await fetch(`${server.base}/api/v1/staff/programme-rounds/${round.id}/hand-ins?format=xlsx`, { headers: { cookie: staff.cookie } });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()));
  const sheet = workbook.worksheets[0];
  assert.equal(sheet.getRow(1).getCell(4).value, 'Opdracht');
  assert.equal(sheet.rowCount, 5);  // two assignments for two participants
});

test('staff routes are staff only; a participant on the waiting list has no assignments', async () => {
  const leiders = byTitle('Leergang');
  const round = (await staff.post(`/api/v1/staff/programmes/${leiders.id}/rounds`, {
    name: 'Volle ronde', enrolment_closes_on: '2030-01-01', groups: [{ name: 'Groep', capacity: 1 }], sessions: [] })).json;
  const made = (await staff.post(`/api/v1/staff/programme-rounds/${round.id}/assignments`,
    { title: 'Take to School', due_on: '2030-03-01' })).json;
  assert.equal(made.due_time, '23:59');
  await leader.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Directeuren' });
  const waits = (await marloes.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Adjunct-directeuren' })).json;
  assert.equal(waits.status, 'waiting');
  const view = (await marloes.get('/api/v1/me/programmes')).json.find((e) => e.id === waits.id);
  assert.deepEqual(view.assignments, []);
  assert.equal((await marloes.put(`/api/v1/programme-assignments/${made.id}/hand-in`, { text: 'x' })).status, 404);
  for (const client of [leader, bestuurder, teacher]) {
    assert.equal((await client.get(`/api/v1/staff/programme-rounds/${round.id}/assignments`)).status, 403);
    assert.equal((await client.post(`/api/v1/staff/programme-rounds/${round.id}/assignments`, { title: 'x', due_on: '2030-01-01' })).status, 403);
    assert.equal((await client.delete(`/api/v1/staff/programme-assignments/${made.id}`)).status, 403);
    assert.equal((await client.get(`/api/v1/staff/programme-rounds/${round.id}/hand-ins`)).status, 403);
  }
  assert.equal((await staff.get('/api/v1/staff/programme-rounds/999999/assignments')).status, 404);
  assert.equal((await staff.put('/api/v1/staff/programme-assignments/999999', { title: 'x', due_on: '2030-01-01' })).status, 404);
  assert.equal((await staff.post('/api/v1/staff/programme-hand-ins/999999/review', { decision: 'accepted', version: 1 })).status, 404);
});

test('copying a round copies its assignments, every date moved like the sessions', async () => {
  const running = (await leader.get('/api/v1/me/programmes')).json.find((e) => e.programme.title.startsWith('Leergang')).round;
  const copied = await staff.post(`/api/v1/staff/programme-rounds/${running.id}/copy`, { name: 'Start september 2027 (kopie)', first_session_on: '2027-09-23' });
  assert.equal(copied.status, 201, copied.text);
  const round = copied.json;
  assert.equal(round.sessions.length, running.sessions.length);
  assert.deepEqual([round.sessions[0].date, round.sessions[0].start, round.sessions[0].end], ['2027-09-23', '09:30', '16:00']);
  // 728 days later, each at its own clock time, summer or winter.
  assert.deepEqual(round.sessions.map((s) => [s.start, s.end]), running.sessions.map((s) => [s.start, s.end]));
  assert.equal(round.groups[0].capacity, running.groups[0].capacity);
  const before = (await staff.get(`/api/v1/staff/programme-rounds/${running.id}/assignments`)).json.assignments;
  const after = (await staff.get(`/api/v1/staff/programme-rounds/${round.id}/assignments`)).json;
  assert.deepEqual(after.assignments.map((a) => a.title), before.map((a) => a.title));
  const days = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;
  for (let i = 0; i < before.length; i++) {
    assert.equal(days(after.assignments[i].due_on) - days(before[i].due_on), 728, before[i].title);
    assert.equal(after.assignments[i].due_time, before[i].due_time);
    const session = round.sessions.find((s) => s.id === after.assignments[i].session_id);
    const original = running.sessions.find((s) => s.id === before[i].session_id);
    assert.equal(session?.title, original?.title);
  }
  assert.deepEqual(after.assignments[0].lines, []);  // nobody enrolled in the copy yet
  const bad = await staff.post(`/api/v1/staff/programme-rounds/${running.id}/copy`, { name: 'x', first_session_on: '23-09-2027' });
  assert.deepEqual([bad.status, bad.json.error.field], [400, 'first_session_on']);
  assert.equal((await leader.post(`/api/v1/staff/programme-rounds/${running.id}/copy`, { name: 'x', first_session_on: '2027-09-23' })).status, 403);
});
