// Information and regional exchange meetings over HTTP: programme staff publish
// them; anyone signs up with colleagues through the public routes (no account),
// the capacity holds even when sign-ups race, a full meeting answers a clear
// 422; each person gets a confirmation mail with the meeting as .ics (read from
// the local SMTP server); staff record attendance and find the meetings in their
// calendar feed. And "nodig ons uit": a school leader invites the foundation,
// which staff see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';
import { useMailbox } from './lib/mailbox.mjs';

const mailbox = await useMailbox();
let server, anonymous, staff, leader, teacher, expert, otherLeader;
let regenboog, baken;

before(async () => {
  server = await startServer({ args: ['--smtp-url', mailbox.url, '--smtp-from', 'SamenBeter <noreply@samenbeter.test>',
    '--public-url', 'http://samenbeter.test'] });
  anonymous = new Client(server.base);
  staff = await signedIn(server.base, 'programma');
  leader = await signedIn(server.base, 'schoolleider');
  teacher = await signedIn(server.base, 'leraar');
  expert = await signedIn(server.base, 'expertcoach');
  otherLeader = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  const schools = (await (await signedIn(server.base, 'beheer')).get('/api/v1/schools')).json.schools;
  regenboog = schools.find((s) => s.name === 'OBS De Regenboog').id;
  baken = schools.find((s) => s.name === 'Het Baken College').id;
});
after(async () => { await server.stop(); });

const future = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
const meetingBody = (extra = {}) => ({ kind: 'information', school_id: regenboog, date: future(20), start_time: '19:30',
  end_time: '21:30', address: 'Regenbooglaan 12, Zwolle', capacity: 5, notes: 'Koffie vanaf 19:15.', ...extra });

async function publish(extra) {
  const made = await staff.post('/api/v1/staff/meetings', meetingBody(extra));
  assert.equal(made.status, 201, made.text);
  return made.json;
}

test('the public sees the demo meetings still to come, with places left', async () => {
  const response = await anonymous.get('/api/v1/meetings');
  assert.equal(response.status, 200);
  const { meetings } = response.json;
  assert.equal(meetings.length, 3, 'the held demo meeting is in the past');
  assert.deepEqual(meetings.map((m) => m.kind), ['information', 'information', 'exchange']);
  const davinci = meetings.find((m) => m.school_name === 'Da Vinci Lyceum');
  assert.equal(davinci.capacity, 8);
  assert.equal(davinci.places_left, davinci.capacity - davinci.taken);
  assert.match(davinci.start_time, /^\d\d:\d\d$/);
  assert.equal('attendees' in davinci, false, 'nobody\'s name is public');
  assert.equal((await anonymous.get(`/api/v1/meetings/${davinci.id}`)).json.id, davinci.id);
  assert.equal((await anonymous.get('/api/v1/meetings/999999')).status, 404);
});

test('staff publish a meeting; its times are Amsterdam times; bad input is refused', async () => {
  const meeting = await publish({ date: '2031-06-10' });
  assert.equal(meeting.date, '2031-06-10');
  assert.equal(meeting.start_time, '19:30');
  assert.equal(meeting.starts_at, '2031-06-10T17:30:00Z');
  assert.equal(meeting.school_name, 'OBS De Regenboog');
  assert.equal(meeting.places_left, 5);
  for (const [change, field, reason] of [
    [{ kind: 'feest' }, 'kind', 'not_allowed'],
    [{ date: '2031-02-30' }, 'date', undefined],
    [{ start_time: '25:00' }, 'start_time', 'not_a_time'],
    [{ end_time: '19:00' }, 'end_time', 'before_start'],
    [{ capacity: 0 }, 'capacity', 'out_of_range'],
    [{ address: ' ' }, 'address', 'required'],
    [{ school_id: 999999 }, 'school_id', 'not_found'],
  ]) {
    const refused = await staff.post('/api/v1/staff/meetings', meetingBody(change));
    assert.equal(refused.status, 400, `${JSON.stringify(change)}: ${refused.text}`);
    assert.equal(refused.json.error.field, field);
    if (reason) assert.equal(refused.json.error.reason, reason);
  }
  for (const client of [leader, teacher, expert]) {
    assert.equal((await client.post('/api/v1/staff/meetings', meetingBody())).status, 403);
    assert.equal((await client.get('/api/v1/staff/meetings')).status, 403);
  }
  assert.equal((await anonymous.post('/api/v1/staff/meetings', meetingBody())).status, 401);
});

test('someone signs up with two colleagues; each gets a confirmation with the meeting as .ics', async () => {
  const meeting = await publish();
  const signup = await anonymous.post(`/api/v1/meetings/${meeting.id}/signups`, {
    school: 'OBS Het Kompas',
    people: [{ name: 'Ilse Brouwer', email: 'Ilse@Kompas.test' }, { name: 'Ruben Kok', email: 'ruben@kompas.test' },
      { name: 'Fatma Yilmaz', email: 'fatma@kompas.test' }],
  });
  assert.equal(signup.status, 201, signup.text);
  assert.deepEqual(signup.json.people.map((p) => p.email), ['ilse@kompas.test', 'ruben@kompas.test', 'fatma@kompas.test']);
  assert.equal((await anonymous.get(`/api/v1/meetings/${meeting.id}`)).json.places_left, 2);

  for (const address of ['ilse@kompas.test', 'ruben@kompas.test', 'fatma@kompas.test']) {
    const mail = await mailbox.waitFor((m) => m.to.includes(address) && m.subject.startsWith('Aanmelding bevestigd'));
    assert.match(mail.subject, /Informatiebijeenkomst .* OBS De Regenboog/);
    assert.match(mail.text, /Regenbooglaan 12, Zwolle/);
    assert.match(mail.text, /Tijd: 19:30 - 21:30/);
    assert.match(mail.text, /Ilse Brouwer[\s\S]*Ruben Kok[\s\S]*Fatma Yilmaz/);
    const ics = mail.attachments.find((a) => a.filename === 'bijeenkomst.ics');
    assert.ok(ics, 'the .ics attachment');
    assert.match(ics.contentType, /^text\/calendar/);
    const event = new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent');
    assert.equal(event.getFirstPropertyValue('uid'), `trajectory-meeting-${meeting.id}@samenbeter`);
    assert.equal(event.getFirstPropertyValue('location'), 'Regenbooglaan 12, Zwolle');
    assert.equal(event.getFirstPropertyValue('dtstart').toJSDate().toISOString(), meeting.starts_at.replace('Z', '.000Z'));
  }
});

test('a full meeting answers 422 and takes nobody; racing sign-ups never pass the capacity', async () => {
  const meeting = await publish({ capacity: 3 });
  const two = await anonymous.post(`/api/v1/meetings/${meeting.id}/signups`,
    { school: 'De Linde', people: [{ name: 'Joost', email: 'joost@linde.test' }, { name: 'Eva', email: 'eva@linde.test' }] });
  assert.equal(two.status, 201);
  const tooMany = await anonymous.post(`/api/v1/meetings/${meeting.id}/signups`,
    { school: 'Gomarus', people: [{ name: 'Esther', email: 'esther@gomarus.test' }, { name: 'Mark', email: 'mark@gomarus.test' }] });
  assert.equal(tooMany.status, 422);
  assert.equal(tooMany.json.error.reason, 'meeting_full');
  assert.equal(tooMany.json.error.max, 1);
  // Ten single sign-ups at once for the last place: exactly one gets it.
  const racing = await Promise.all(Array.from({ length: 10 }, (_, i) => anonymous.post(`/api/v1/meetings/${meeting.id}/signups`,
    { school: 'Race', people: [{ name: `Racer ${i}`, email: `racer${i}@race.test` }] })));
  assert.equal(racing.filter((r) => r.status === 201).length, 1);
  assert.ok(racing.filter((r) => r.status !== 201).every((r) => r.status === 422 && r.json.error.reason === 'meeting_full'));
  const full = (await staff.get(`/api/v1/staff/meetings/${meeting.id}`)).json;
  assert.equal(full.taken, 3);
  assert.equal(full.attendees.length, 3);
  assert.equal(full.places_left, 0);
});

test('sign-ups are checked: a school, 1-10 people, each with their own valid address, once per meeting', async () => {
  const meeting = await publish({ capacity: 50 });
  const url = `/api/v1/meetings/${meeting.id}/signups`;
  const cases = [
    [{ school: '', people: [{ name: 'A', email: 'a@x.test' }] }, 'school'],
    [{ school: 'X', people: [] }, 'people'],
    [{ school: 'X', people: [{ name: 'A', email: 'geen adres' }] }, 'people.0.email'],
    [{ school: 'X', people: [{ name: 'A', email: 'a@x.test' }, { name: 'B', email: 'A@x.test' }] }, 'people.1.email'],
    [{ school: 'X', people: Array.from({ length: 11 }, (_, i) => ({ name: 'P', email: `p${i}@x.test` })) }, 'people'],
    [{ school: 'X', people: [{ name: 'A', email: 'a@x.test', extra: 1 }] }, 'people.0.extra'],
  ];
  for (const [body, field] of cases) {
    const refused = await anonymous.post(url, body);
    assert.equal(refused.status, 400, `${JSON.stringify(body).slice(0, 80)}: ${refused.text}`);
    assert.equal(refused.json.error.field, field);
  }
  assert.equal((await anonymous.post(url, { school: 'X', people: [{ name: 'A', email: 'a@x.test' }] })).status, 201);
  const again = await anonymous.post(url, { school: 'Y', people: [{ name: 'B', email: 'b@x.test' }, { name: 'A', email: 'a@x.test' }] });
  assert.equal(again.status, 409);
  assert.equal(again.json.error.field, 'people.1.email');
  const after = (await staff.get(`/api/v1/staff/meetings/${meeting.id}`)).json;
  assert.equal(after.taken, 1, 'the refused sign-up took no place');
  assert.deepEqual(after.attendees.map((a) => a.email), ['a@x.test']);
  assert.equal((await anonymous.post('/api/v1/meetings/999999/signups', { school: 'X', people: [{ name: 'A', email: 'a@x.test' }] })).status, 404);
  const past = (await anonymous.get('/api/v1/meetings')).json.meetings;
  assert.ok(past.length > 0);
});

test('staff record attendance, all or nothing', async () => {
  const meeting = await publish({ capacity: 10 });
  await anonymous.post(`/api/v1/meetings/${meeting.id}/signups`,
    { school: 'Kompas', people: [{ name: 'Anna', email: 'anna@k.test' }, { name: 'Bram', email: 'bram@k.test' }] });
  const [anna, bram] = (await staff.get(`/api/v1/staff/meetings/${meeting.id}`)).json.attendees;
  assert.equal(anna.attended, null);
  assert.equal(anna.signup_id, bram.signup_id);
  const saved = await staff.put(`/api/v1/staff/meetings/${meeting.id}/attendance`,
    { marks: [{ attendee_id: anna.id, attended: true }, { attendee_id: bram.id, attended: false }] });
  assert.equal(saved.status, 200, saved.text);
  assert.deepEqual(saved.json.attendees.map((a) => a.attended), [true, false]);
  const wrong = await staff.put(`/api/v1/staff/meetings/${meeting.id}/attendance`,
    { marks: [{ attendee_id: anna.id, attended: null }, { attendee_id: 999999, attended: true }] });
  assert.equal(wrong.status, 404);
  assert.equal(wrong.json.error.field, 'marks.1.attendee_id');
  assert.equal((await staff.get(`/api/v1/staff/meetings/${meeting.id}`)).json.attendees[0].attended, true, 'nothing half');
  assert.equal((await leader.put(`/api/v1/staff/meetings/${meeting.id}/attendance`, { marks: [] })).status, 403);
  const held = (await staff.get('/api/v1/staff/meetings')).json.meetings.find((m) => new Date(m.ends_at) < new Date());
  const attendees = (await staff.get(`/api/v1/staff/meetings/${held.id}`)).json.attendees;
  assert.ok(attendees.length > 0 && attendees.every((a) => a.attended !== null), 'the held demo meeting has its attendance');
});

test('published meetings are in the staff\'s calendar feed, and not in a teacher\'s', async () => {
  const meeting = await publish({ kind: 'exchange', date: future(30) });
  const feed = async (client) => {
    const { url } = (await client.post('/api/v1/me/calendar')).json;
    const response = await fetch(url.replace(/^https?:\/\/[^/]+/, server.base));
    return new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent')
      .map((e) => e.getFirstPropertyValue('uid'));
  };
  const uids = await feed(staff);
  assert.ok(uids.includes(`trajectory-meeting-${meeting.id}@samenbeter`));
  assert.ok(!(await feed(teacher)).some((uid) => uid.startsWith('trajectory-meeting-')));
});

test('"nodig ons uit": a school leader invites the foundation and staff see it', async () => {
  const sent = await leader.post(`/api/v1/schools/${regenboog}/foundation-invitations`, { message: 'Kom eens langs bij groep 7-8.' });
  assert.equal(sent.status, 201, sent.text);
  assert.equal(sent.json.school_name, 'OBS De Regenboog');
  assert.equal(sent.json.invited_by.name, 'Karin Hofman');
  const list = (await staff.get('/api/v1/staff/foundation-invitations')).json.invitations;
  assert.equal(list[0].id, sent.json.id);
  assert.equal(list[0].message, 'Kom eens langs bij groep 7-8.');
  assert.ok(list.some((i) => i.school_name === 'CBS De Wegwijzer'), 'the demo invitation');
  assert.equal((await teacher.post(`/api/v1/schools/${regenboog}/foundation-invitations`, {})).status, 403);
  assert.equal((await otherLeader.post(`/api/v1/schools/${regenboog}/foundation-invitations`, {})).status, 404);
  assert.equal((await otherLeader.post(`/api/v1/schools/${baken}/foundation-invitations`, {})).status, 201);
  assert.equal((await leader.post(`/api/v1/schools/${regenboog}/foundation-invitations`, { message: 'x'.repeat(2001) })).status, 400);
  assert.equal((await leader.get('/api/v1/staff/foundation-invitations')).status, 403);
});
