// Leadership programmes over HTTP, as people use them: the public catalogue with
// its filters, a programme's page and a shareable comparison (no sign-in);
// enrolling by each programme's rules (audience, a colleague of the same school
// organisation, capacity and the waiting list), the confirmation and promotion
// mails read from a real SMTP server; staff creating, copying and editing
// programmes and rounds, taking attendance and logging hours; the certificate;
// and who may see what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, demo, signedIn } from './lib/client.mjs';
import { useMailbox } from './lib/mailbox.mjs';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';

const mailbox = await useMailbox();
let server, anonymous, staff, leader, bestuurder, teacher, marloes;
let byTitle;

before(async () => {
  server = await startServer({ args: ['--smtp-url', mailbox.url, '--smtp-from', 'SamenBeter <noreply@samenbeter.test>',
    '--public-url', 'http://samenbeter.test'] });
  anonymous = new Client(server.base);
  staff = await signedIn(server.base, 'programma');
  leader = await signedIn(server.base, 'schoolleider');
  bestuurder = await signedIn(server.base, 'bestuurder');
  teacher = await signedIn(server.base, 'leraar');
  marloes = await signedIn(server.base, 'marloes.dejong@demo.samenbeter.nl');
  const all = (await anonymous.get('/api/v1/programmes')).json;
  byTitle = (start) => all.find((p) => p.title.startsWith(start));
});
after(async () => { await server?.stop(); });

const openRound = (programme) => programme.rounds.find((r) => r.state === 'open');
const titles = (response) => response.json.map((p) => p.title).sort();

test('anyone sees the three seed programmes with their real facts, without signing in', async () => {
  const all = await anonymous.get('/api/v1/programmes');
  assert.equal(all.status, 200, all.text);
  assert.deepEqual(titles(all), ['Intersectoraal leiderschapsprogramma', 'Leergang Lerende Leiders',
    "Leerlab 'Doorlopend leiderschap in de lerende schoolorganisatie'"]);
  const visits = byTitle('Intersectoraal');
  assert.equal(visits.price_cents, 75000);
  assert.deepEqual(visits.co_producers, ['PO-raad', 'MBO Raad', 'VO-academie']);
  const autumn2024 = visits.rounds.find((r) => r.name === 'Najaar 2024');
  assert.equal(autumn2024.state, 'completed');
  assert.deepEqual(autumn2024.sessions.map((s) => [s.date, s.start, s.end, s.place]), [
    ['2024-10-14', '10:00', '16:00', 'Picnic, Utrecht'],
    ['2024-11-12', '10:00', '16:00', 'McKinsey & Company, Amsterdam'],
    ['2024-12-09', '10:00', '16:00', 'UMC Utrecht, Utrecht']]);
  assert.equal(autumn2024.groups.length, 2);
  const leerlab = byTitle('Leerlab');
  assert.equal(leerlab.price_excl_vat_cents, 90000);
  assert.equal(leerlab.price_incl_vat_cents, 108900);
  assert.equal(leerlab.enrolment_rule, 'with_colleague');
  const leiders = byTitle('Leergang');
  assert.equal(leiders.registration_points, 100);
  assert.equal(leiders.total_hours, 240);
  assert.deepEqual(leiders.parts.map((p) => [p.name, p.hours]), [["Thema's", 100], ['Project', 100], ['Peer review', 20], ['Coaching', 20]]);
  for (const p of [visits, leerlab, leiders]) {
    const upcoming = openRound(p);
    assert.ok(upcoming && upcoming.example_dates, `${p.title} has an upcoming round marked as example dates`);
  }
});

test('the catalogue filters on sector, role, place, month, price and points', async () => {
  assert.deepEqual(titles(await anonymous.get('/api/v1/programmes?sector=MBO')),
    ['Intersectoraal leiderschapsprogramma', "Leerlab 'Doorlopend leiderschap in de lerende schoolorganisatie'"]);
  assert.deepEqual(titles(await anonymous.get('/api/v1/programmes?role=adjunct')), ['Leergang Lerende Leiders']);
  assert.deepEqual(titles(await anonymous.get('/api/v1/programmes?place=rotterdam')), ['Leergang Lerende Leiders']);
  assert.deepEqual(titles(await anonymous.get('/api/v1/programmes?month=2024-10')), ['Intersectoraal leiderschapsprogramma']);
  assert.deepEqual(titles(await anonymous.get('/api/v1/programmes?month=2026-06')),
    ["Leerlab 'Doorlopend leiderschap in de lerende schoolorganisatie'"]);
  assert.deepEqual(titles(await anonymous.get('/api/v1/programmes?max_price_cents=80000')), ['Intersectoraal leiderschapsprogramma']);
  assert.deepEqual(titles(await anonymous.get('/api/v1/programmes?min_points=100')), ['Leergang Lerende Leiders']);
  const bad = await anonymous.get('/api/v1/programmes?sector=XX');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'sector');
  assert.equal((await anonymous.get('/api/v1/programmes?min_points=veel')).json.error.field, 'min_points');
});

test('a programme page hides exact addresses where the programme says so, and a comparison is a shareable URL', async () => {
  const page = await anonymous.get(`/api/v1/programmes/${byTitle('Leerlab').id}`);
  assert.equal(page.status, 200);
  assert.equal(page.json.rounds.at(-1).sessions[0].address, 'Berlijnplein 300, Utrecht');
  assert.equal((await anonymous.get('/api/v1/programmes/999999')).status, 404);
  const ids = [byTitle('Leergang').id, byTitle('Intersectoraal').id];
  const compared = await anonymous.get(`/api/v1/programme-comparison?ids=${ids.join(',')}`);
  assert.equal(compared.status, 200, compared.text);
  assert.deepEqual(compared.json.map((p) => p.id), ids);
  assert.equal((await anonymous.get(`/api/v1/programme-comparison?ids=${ids[0]}`)).json.error.reason, 'out_of_range');
  assert.equal((await anonymous.get('/api/v1/programme-comparison?ids=1,x')).status, 400);
  assert.equal((await anonymous.get(`/api/v1/programme-comparison?ids=${ids[0]},999999`)).status, 404);
});

test('an enrolment alone stays incomplete with its deadline until a colleague of the same bestuur joins; each gets a confirmation', async () => {
  const round = openRound(byTitle('Leerlab'));
  const before = (await bestuurder.get('/api/v1/me/programmes')).json.find((e) => e.round_id === round.id);
  assert.equal(before.colleague.complete, false);
  assert.equal(before.colleague.deadline, round.enrolment_closes_on);
  const enrolled = await leader.post(`/api/v1/programme-rounds/${round.id}/enrolments`,
    { sector: 'PO', role: 'Schoolleider', track_id: round.tracks[1].id });
  assert.equal(enrolled.status, 201, enrolled.text);
  assert.equal(enrolled.json.status, 'placed');
  const after = (await bestuurder.get('/api/v1/me/programmes')).json.find((e) => e.round_id === round.id);
  assert.equal(after.colleague.complete, true);
  const mail = await mailbox.waitFor((m) => m.to.includes(demo('schoolleider')) && m.subject.includes('Leerlab'));
  assert.match(mail.subject, /^Inschrijving bevestigd: Leerlab/);
  assert.match(mail.text, /Berlijnplein 300, Utrecht/);
  assert.match(mail.text, /04-02-2027 10:00-17:00/);
  // The sessions ride along as an .ics file that a calendar program reads: six days, at the real address.
  const ics = mail.attachments.find((a) => a.filename === 'opleiding.ics');
  assert.ok(ics, 'an .ics attachment');
  assert.match(ics.contentType, /^text\/calendar/);
  const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent');
  assert.equal(events.length, 6);
  assert.match(events[0].getFirstPropertyValue('location'), /Berlijnplein 300, Utrecht/);
  assert.equal(events[0].getFirstPropertyValue('dtstart').toJSDate().toISOString(), '2027-02-04T09:00:00.000Z');
  // And in her personal calendar feed.
  const { json } = await leader.post('/api/v1/me/calendar');
  const feed = await new Client(server.base).get(new URL(json.url).pathname);
  const uids = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
  for (const session of round.sessions) assert.ok(uids.includes(`programme-session-${session.id}@samenbeter`), `session ${session.id} in the feed`);
});

test('each refusal says why, at its field', async () => {
  const round = openRound(byTitle('Leergang'));
  const enrol = (client, body) => client.post(`/api/v1/programme-rounds/${round.id}/enrolments`, body);
  const wrongRole = await enrol(leader, { sector: 'PO', role: 'Rectoren' });
  assert.equal(wrongRole.status, 400);
  assert.deepEqual([wrongRole.json.error.field, wrongRole.json.error.reason], ['role', 'not_in_audience']);
  const wrongSector = await enrol(leader, { sector: 'VO', role: 'Directeuren' });
  assert.deepEqual([wrongSector.json.error.field, wrongSector.json.error.reason], ['sector', 'not_your_sector']);
  const notALeader = await enrol(teacher, { sector: 'PO', role: 'Directeuren' });
  assert.equal(notALeader.json.error.reason, 'not_a_leader');
  const unknownField = await enrol(leader, { sector: 'PO', role: 'Directeuren', korting: true });
  assert.equal(unknownField.status, 400);
  assert.equal(unknownField.json.error.field, 'korting');
  assert.equal((await enrol(leader, { sector: 'PO', role: 'Directeuren' })).status, 201);
  const twice = await enrol(leader, { sector: 'PO', role: 'Directeuren' });
  assert.equal(twice.status, 409);
  assert.equal(twice.json.error.reason, 'already_enrolled');
  const past = byTitle('Leergang').rounds.find((r) => r.state !== 'open');
  const closed = await leader.post(`/api/v1/programme-rounds/${past.id}/enrolments`, { sector: 'PO', role: 'Directeuren' });
  assert.equal(closed.status, 422);
  assert.equal(closed.json.error.reason, 'enrolment_closed');
  assert.equal((await anonymous.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Directeuren' })).status, 401);
});

test('a full group puts the next on the waiting list; a cancellation promotes the first, by mail; staff run the round to a certificate', async () => {
  const leiders = byTitle('Leergang');
  const created = await staff.post(`/api/v1/staff/programmes/${leiders.id}/rounds`, {
    name: 'Kleine groep', enrolment_closes_on: '2030-01-01', groups: [{ name: 'Enige groep', capacity: 1 }],
    sessions: [{ title: 'Dag 1', date: '2030-02-01', start: '09:30', end: '16:00', place: 'Rotterdam', group_id: 0, part: 0, credit_minutes: 360 }],
  });
  assert.equal(created.status, 201, created.text);
  const round = created.json;
  assert.equal(round.sessions[0].group_id, round.groups[0].id);
  const first = await leader.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Directeuren' });
  const second = await marloes.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Adjunct-directeuren' });
  assert.equal(first.json.status, 'placed');
  assert.equal(second.json.status, 'waiting');
  const waiting = (await marloes.get('/api/v1/me/programmes')).json.find((e) => e.round_id === round.id);
  assert.equal(waiting.waiting_position, 1);
  await mailbox.waitFor((m) => m.to.includes('marloes.dejong@demo.samenbeter.nl') && m.subject.startsWith('Op de wachtlijst'));

  assert.equal((await marloes.delete(`/api/v1/programme-enrolments/${first.json.id}`)).status, 404);  // not hers
  const cancelled = await leader.delete(`/api/v1/programme-enrolments/${first.json.id}`);
  assert.equal(cancelled.json.status, 'cancelled');
  const promoted = await mailbox.waitFor((m) => m.to.includes('marloes.dejong@demo.samenbeter.nl') && m.subject.includes('vrijgekomen'));
  assert.match(promoted.text, /Kleine groep/);
  const overview = (await staff.get(`/api/v1/staff/programme-rounds/${round.id}`)).json;
  const line = overview.enrolments.find((e) => e.user_email === 'marloes.dejong@demo.samenbeter.nl');
  assert.equal(line.status, 'placed');
  assert.equal(line.group_id, round.groups[0].id);

  // Attendance on the day and hours for every part: then the certificate.
  const notYet = await marloes.get(`/api/v1/programme-enrolments/${line.id}/certificate`);
  assert.equal(notYet.status, 422);
  assert.equal(notYet.json.error.reason, 'not_complete');
  const marks = await staff.put(`/api/v1/staff/programme-sessions/${round.sessions[0].id}/attendance`,
    { marks: [{ enrolment_id: line.id, present: true }] });
  assert.equal(marks.status, 204, marks.text);
  for (const [part, hours] of [[0, 94], [1, 100], [2, 20], [3, 20]]) {
    const logged = await staff.post(`/api/v1/staff/programme-enrolments/${line.id}/hours`, { part, minutes: hours * 60, note: 'logboek' });
    assert.equal(logged.status, 201, logged.text);
  }
  const mine = (await marloes.get('/api/v1/me/programmes')).json.find((e) => e.id === line.id);
  assert.equal(mine.progress.complete, true);
  assert.deepEqual(mine.progress.parts.map((p) => [p.done_minutes, p.required_minutes]), [[6000, 6000], [6000, 6000], [1200, 1200], [1200, 1200]]);
  const certificate = await marloes.get(`/api/v1/programme-enrolments/${line.id}/certificate`);
  assert.equal(certificate.status, 200, certificate.text);
  assert.deepEqual([certificate.json.participant_name, certificate.json.registration_points, certificate.json.hours, certificate.json.completed_on],
    ['Marloes de Jong', 100, 240, '2030-02-01']);
  assert.equal((await leader.get(`/api/v1/programme-enrolments/${line.id}/certificate`)).status, 404);
  assert.equal((await staff.get(`/api/v1/programme-enrolments/${line.id}/certificate`)).status, 200);
});

test('two people taking the last place at the same moment: one is placed, the other waits (rounds raced in parallel)', async () => {
  const leiders = byTitle('Leergang');
  const rounds = await Promise.all(Array.from({ length: 4 }, async (_, i) => {
    const created = await staff.post(`/api/v1/staff/programmes/${leiders.id}/rounds`, {
      name: `Race ${i}`, enrolment_closes_on: '2030-01-01', groups: [{ name: 'Enige groep', capacity: 1 }],
      sessions: [{ title: 'Dag 1', date: '2030-02-01', start: '09:30', end: '16:00', place: 'Rotterdam', group_id: 0, part: 0, credit_minutes: 360 }],
    });
    assert.equal(created.status, 201, created.text);
    return created.json;
  }));
  const results = await Promise.all(rounds.flatMap((round) => [
    leader.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Directeuren' }),
    marloes.post(`/api/v1/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Adjunct-directeuren' }),
  ]));
  for (let i = 0; i < rounds.length; i += 1) {
    const pair = results.slice(2 * i, 2 * i + 2);
    for (const r of pair) assert.equal(r.status, 201, r.text);
    assert.deepEqual(pair.map((r) => r.json.status).sort(), ['placed', 'waiting'], `round ${rounds[i].name}`);
  }
});

test('staff attendance and hours are checked: a stranger to the round, a part that does not exist', async () => {
  const past = byTitle('Intersectoraal').rounds.find((r) => r.name === 'Najaar 2024');
  const other = byTitle('Leerlab').rounds.find((r) => r.state === 'completed');
  const line = (await staff.get(`/api/v1/staff/programme-rounds/${other.id}`)).json.enrolments[0];
  const stranger = await staff.put(`/api/v1/staff/programme-sessions/${past.sessions[0].id}/attendance`,
    { marks: [{ enrolment_id: line.id, present: true }] });
  assert.equal(stranger.status, 400);
  assert.equal(stranger.json.error.field, 'marks.0.enrolment_id');
  const noPart = await staff.post(`/api/v1/staff/programme-enrolments/${line.id}/hours`, { part: 5, minutes: 60 });
  assert.equal(noPart.json.error.field, 'part');
  const tooMuch = await staff.post(`/api/v1/staff/programme-enrolments/${line.id}/hours`, { part: 0, minutes: 0 });
  assert.equal(tooMuch.json.error.field, 'minutes');
});

test('staff propose project groups and adjust them; a participant sees who is in hers', async () => {
  const running = byTitle('Leergang').rounds.find((r) => r.state === 'running');
  const proposed = await staff.post(`/api/v1/staff/programme-rounds/${running.id}/project-groups`, {});
  assert.equal(proposed.status, 200, proposed.text);
  assert.equal(proposed.json.groups.length, 1);
  const mine = (await marloes.get('/api/v1/me/programmes')).json.find((e) => e.round_id === running.id);
  assert.equal(mine.project_group, 1);
  assert.deepEqual(mine.project_mates, ['Karin Hofman']);
  const ids = proposed.json.groups[0].enrolment_ids;
  const twice = await staff.put(`/api/v1/staff/programme-rounds/${running.id}/project-groups`,
    { groups: [{ enrolment_ids: ids }, { enrolment_ids: [ids[0]] }] });
  assert.equal(twice.status, 400);
  assert.equal(twice.json.error.field, 'groups.1');
  const apart = await staff.put(`/api/v1/staff/programme-rounds/${running.id}/project-groups`,
    { groups: ids.map((id) => ({ enrolment_ids: [id] })) });
  assert.equal(apart.status, 204, apart.text);
  assert.deepEqual((await marloes.get('/api/v1/me/programmes')).json.find((e) => e.round_id === running.id).project_mates, []);
  assert.equal((await leader.post(`/api/v1/staff/programme-rounds/${running.id}/project-groups`, {})).status, 403);
});

test('the demo holds completed rounds with attendance and certificates', async () => {
  const past = byTitle('Intersectoraal').rounds.find((r) => r.name === 'Najaar 2024');
  const overview = (await staff.get(`/api/v1/staff/programme-rounds/${past.id}`)).json;
  assert.equal(overview.enrolments.length, 3);
  assert.ok(overview.enrolments.every((e) => e.progress.complete));
  const mine = (await bestuurder.get('/api/v1/me/programmes')).json.find((e) => e.round_id === past.id);
  const certificate = await bestuurder.get(`/api/v1/programme-enrolments/${mine.id}/certificate`);
  assert.equal(certificate.json.completed_on, '2024-12-09');
  const leerlab = byTitle('Leerlab').rounds.find((r) => r.state === 'completed');
  const lines = (await staff.get(`/api/v1/staff/programme-rounds/${leerlab.id}`)).json.enrolments;
  assert.deepEqual(lines.map((e) => [e.user_name, e.progress.complete]),
    [['Karin Hofman', true], ['Gerard Timmermans', true], ['Marloes de Jong', true], ['Peter Bakker', false]]);
});

test('staff export the register, the attendance list and the invoice list as CSV and as XLSX that a spreadsheet reads', async () => {
  const leerlab = byTitle('Leerlab').rounds.find((r) => r.state === 'completed');
  const register = await staff.get(`/api/v1/staff/programme-rounds/${leerlab.id}/register`);
  assert.equal(register.status, 200, register.text);
  assert.match(register.headers.get('content-type'), /^text\/csv/);
  assert.match(register.headers.get('content-disposition'), /attachment; filename=/);
  const lines = register.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], 'Naam;E-mail;Opleiding;Aanbieder;Punten;Datum');
  assert.equal(lines.length, 4);  // Karin, Gerard and Marloes completed; Peter missed a day
  assert.ok(lines.some((l) => l.startsWith('Karin Hofman;schoolleider@demo.samenbeter.nl;Leerlab') && l.endsWith(';VO-academie;0;2026-11-26')), lines.join('\n'));

  // The workbook's bytes, read as a spreadsheet program would.
  const xlsx = await fetch(`${server.base}/api/v1/staff/programme-rounds/${leerlab.id}/invoices?format=xlsx`, { headers: { cookie: staff.cookie } });
  assert.equal(xlsx.status, 200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()));
  const sheet = workbook.worksheets[0];
  assert.deepEqual(sheet.getRow(1).values.slice(1), ['Deelnemer', 'E-mail', 'Te factureren organisatie', 'Opleiding', 'Ronde',
    'Prijs excl. btw', 'Btw', 'Prijs incl. btw']);
  assert.equal(sheet.rowCount, 5);
  assert.deepEqual(sheet.getRow(2).values.slice(6), [900, 189, 1089]);
  assert.equal(sheet.getRow(2).getCell(3).value, 'Stichting Samen Leren');

  const session = leerlab.sessions[3];
  const attendance = await staff.get(`/api/v1/staff/programme-sessions/${session.id}/attendance-list?format=csv`);
  const rows = attendance.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(rows.length, 5);
  assert.ok(rows.some((r) => r.startsWith('Peter Bakker;') && r.endsWith(';nee')));
  assert.equal((await staff.get(`/api/v1/staff/programme-rounds/${leerlab.id}/register?format=pdf`)).json.error.field, 'format');
  assert.equal((await leader.get(`/api/v1/staff/programme-rounds/${leerlab.id}/invoices`)).status, 403);
});

test('staff create, copy and edit programmes; a stale edit is a conflict and a bad one names its field', async () => {
  const source = (await staff.get(`/api/v1/staff/programmes/${byTitle('Leerlab').id}`)).json;
  const input = Object.fromEntries(Object.entries(source).filter(([key]) =>
    !['id', 'total_hours', 'price_excl_vat_cents', 'price_incl_vat_cents', 'rounds', 'version'].includes(key)));
  const noTitle = await staff.post('/api/v1/staff/programmes', { ...input, title: '' });
  assert.equal(noTitle.status, 400);
  assert.equal(noTitle.json.error.field, 'title');
  const badAudience = await staff.post('/api/v1/staff/programmes', { ...input, audience: [{ sector: 'XX', role: 'a' }] });
  assert.equal(badAudience.json.error.field, 'audience.0.sector');
  const created = await staff.post('/api/v1/staff/programmes', { ...input, title: 'Leerlab Noord', price_cents: 95000 });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.json.price_incl_vat_cents, 114950);
  // The public catalogue (kept as bytes between changes) shows it at once.
  assert.ok(titles(await anonymous.get('/api/v1/programmes')).includes('Leerlab Noord'));
  const edited = await staff.put(`/api/v1/staff/programmes/${created.json.id}`, { ...input, title: 'Leerlab Noord', version: 1, duration: '1 jaar' });
  assert.equal(edited.status, 200, edited.text);
  assert.equal(edited.json.version, 2);
  const stale = await staff.put(`/api/v1/staff/programmes/${created.json.id}`, { ...input, title: 'Leerlab Noord', version: 1 });
  assert.equal(stale.status, 409);
  const copy = await staff.post(`/api/v1/staff/programmes/${created.json.id}/copy`, {});
  assert.equal(copy.status, 201);
  assert.equal(copy.json.title, 'Leerlab Noord (kopie)');
  assert.equal(copy.json.published, false);
  assert.equal((await anonymous.get(`/api/v1/programmes/${copy.json.id}`)).status, 404);
  assert.ok((await staff.get('/api/v1/staff/programmes')).json.some((p) => p.id === copy.json.id));
  const round = openRound(source);
  const renamed = await staff.put(`/api/v1/staff/programme-rounds/${round.id}`, {
    name: round.name, example_dates: true, enrolment_closes_on: round.enrolment_closes_on,
    groups: round.groups.map((g) => ({ id: g.id, name: g.name, capacity: g.capacity + 1 })),
    tracks: round.tracks.map((t) => ({ id: t.id, name: t.name })),
    sessions: round.sessions.map((s) => ({ id: s.id, title: s.title, date: s.date, start: s.start, end: '16:30', place: s.place, address: s.address })),
  });
  assert.equal(renamed.status, 200, renamed.text);
  assert.equal(renamed.json.sessions[0].end, '16:30');
  assert.equal(renamed.json.groups[0].capacity, round.groups[0].capacity + 1);
  const badDate = await staff.put(`/api/v1/staff/programme-rounds/${round.id}`, { name: 'x', enrolment_closes_on: '15-01-2027' });
  assert.equal(badDate.json.error.field, 'enrolment_closes_on');
});

test('a participant sees only their own programmes; only staff reach the staff routes', async () => {
  assert.deepEqual((await teacher.get('/api/v1/me/programmes')).json, []);
  const mine = (await bestuurder.get('/api/v1/me/programmes')).json;
  assert.ok(mine.length > 0 && mine.every((e) => e.user_email === demo('bestuurder')));
  const someone = mine[0];
  assert.equal((await teacher.get(`/api/v1/programme-enrolments/${someone.id}/certificate`)).status, 404);
  assert.equal((await teacher.delete(`/api/v1/programme-enrolments/${someone.id}`)).status, 404);
  for (const client of [leader, bestuurder, teacher]) {
    assert.equal((await client.get('/api/v1/staff/programmes')).status, 403);
    assert.equal((await client.get(`/api/v1/staff/programme-rounds/${someone.round_id}`)).status, 403);
  }
  assert.equal((await anonymous.get('/api/v1/me/programmes')).status, 401);
  assert.equal((await staff.get('/api/v1/staff/programme-rounds/999999')).status, 404);
});
