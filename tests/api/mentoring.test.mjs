// The mentoring programme (issue 15) through the real binary and a real SMTP
// server: a mentor applies on the public form (live check with the engine's
// reasons, a confirmation mail with a personal link to change or withdraw),
// a school leader of a school in the inspiration programme applies as mentee,
// staff run the engine over the stored pool, review, lock and forbid, run
// again with the lock kept, compare the runs and publish (an introduction per
// pair, an account for the mentor), the pool goes out and comes in as CSV,
// the pair plans and logs a meeting and the mentee puts the agreed experiment
// on the school's board. Only the pair sees the pair. Staff plan the round's
// webinar and pairing meeting, which reach the round's people on their pages,
// in their calendar feed and as .ics in their mails; a school's programme
// region is one of the programme's four.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { startServer } from './lib/server.mjs';
import { Client, demo, signedIn } from './lib/client.mjs';
import { useMailbox } from './lib/mailbox.mjs';

const PUBLIC = 'http://samenbeter.test';
const mailbox = await useMailbox();
let server, staff, leader, schoolId, teamId;
let other, otherSchoolId, otherTeamId, otherRole;

const form = (over = {}) => ({
  name: 'Anouk de Vries', email: 'anouk@bedrijf.nl', phone: '0612345678', organisation: 'Zuivel Noord',
  role: 'Teamleider productie', years_in_role: 6, team_size: 32, years_ci: 4, capacity: 1, region: 'noord',
  municipality: 'Groningen', sectors: ['po'], mode: 'either', months: ['december', 'january', 'february', 'march'],
  topics: 'verbetercultuur, dagstart', ...over });

before(async () => {
  server = await startServer({ args: ['--smtp-url', mailbox.url, '--smtp-from', 'SamenBeter <noreply@samenbeter.test>', '--public-url', PUBLIC] });
  staff = await signedIn(server.base, 'programma');
  leader = await signedIn(server.base, 'schoolleider');
  const me = (await leader.get('/api/v1/me')).json;
  schoolId = me.memberships.find((m) => m.role === 'schoolleider').school_id;
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  teamId = school.teams[0].id;
  // The demo's second school, not in the inspiration programme: its leader is the late applicant of the round below.
  other = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  const membership = (await other.get('/api/v1/me')).json.memberships.find((m) => ['schoolleider', 'schoolcoach'].includes(m.role) && !m.team_id);
  otherSchoolId = membership.school_id;
  otherRole = membership.role;
  otherTeamId = (await other.get(`/api/v1/schools/${otherSchoolId}`)).json.teams[0].id;
});
after(async () => { await server?.stop(); });

function tokenOf(mail) {
  const match = /\/mentoring\/mijn-aanmelding#([A-Za-z0-9_-]+)/.exec(mail.text);
  assert.ok(match, `a personal link in: ${mail.text}`);
  return match[1];
}

test('the public form checks the requirements with the engine reasons, and refuses what is wrong', async () => {
  const anyone = new Client(server.base);
  const ok = await anyone.post('/api/v1/mentoring/mentor-applications/check', form());
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.track, 'leidinggevende');
  assert.equal(ok.json.eligible, true);
  const small = await anyone.post('/api/v1/mentoring/mentor-applications/check', form({ team_size: 12, years_in_role: 2 }));
  assert.equal(small.json.eligible, false);
  assert.deepEqual(small.json.reasons.map((r) => r.code).sort(), ['team_too_small', 'too_few_years_as_manager']);
  assert.match(small.json.reasons[0].nl, /\S/);
  // The track follows the role: a Scrum master is an expert, who needs five years of continuous improvement.
  const expert = await anyone.post('/api/v1/mentoring/mentor-applications/check', form({ role: 'Scrum master', years_ci: 2 }));
  assert.equal(expert.json.track, 'expert');
  assert.deepEqual(expert.json.reasons.map((r) => r.code), ['too_little_ci_experience']);
  const unclear = await anyone.post('/api/v1/mentoring/mentor-applications/check', form({ role: 'Boekhouder' }));
  assert.equal(unclear.status, 400);
  assert.equal(unclear.json.error.field, 'track');
  const badMail = await anyone.post('/api/v1/mentoring/mentor-applications', form({ email: 'geen-adres' }));
  assert.equal(badMail.status, 400);
  assert.equal(badMail.json.error.field, 'email');
  const refused = await anyone.post('/api/v1/mentoring/mentor-applications', form({ team_size: 10 }));
  assert.equal(refused.status, 400, refused.text);
  assert.equal(refused.json.error.field, 'team_size');
  assert.equal(refused.json.error.reason, 'team_too_small');
  // The programme has four regions of its own; a fifth is refused.
  const region = await anyone.post('/api/v1/mentoring/mentor-applications', form({ region: 'west' }));
  assert.equal(region.json.error.field, 'region');
  assert.equal((await anyone.post('/api/v1/mentoring/mentor-applications/check', form({ region: 'oost' }))).status, 200);
  const qr = await anyone.get('/api/v1/mentoring/form-qr.svg');
  assert.equal(qr.status, 200);
  assert.match(qr.text, /^<svg[^>]*viewBox/);
});

test('a mentor applies, gets the personal link by mail, changes and can withdraw; the link then opens nothing', async () => {
  const anyone = new Client(server.base);
  const applied = await anyone.post('/api/v1/mentoring/mentor-applications', form({ email: 'bram@haven.nl', name: 'Bram Jansen' }));
  assert.equal(applied.status, 201, applied.text);
  const mail = await mailbox.waitFor((m) => m.to.includes('bram@haven.nl'));
  const token = tokenOf(mail);
  const mine = await anyone.post('/api/v1/mentoring/my-application/lookup', { token });
  assert.equal(mine.status, 200, mine.text);
  assert.equal(mine.json.name, 'Bram Jansen');
  const changed = await anyone.put('/api/v1/mentoring/my-application', { token, ...form({ email: 'bram@haven.nl', name: 'Bram Jansen', capacity: 2 }) });
  assert.equal(changed.status, 200, changed.text);
  assert.equal(changed.json.capacity, 2);
  const wrong = await anyone.post('/api/v1/mentoring/my-application/lookup', { token: 'x' + token.slice(1) });
  assert.equal(wrong.status, 404);
  assert.equal((await anyone.post('/api/v1/mentoring/my-application/withdraw', { token })).status, 200);
  assert.equal((await anyone.post('/api/v1/mentoring/my-application/lookup', { token })).status, 404);
  const pool = (await staff.get('/api/v1/staff/mentoring/pool')).json;
  assert.ok(!pool.mentors.some((m) => m.name === 'Bram Jansen'), 'a withdrawn mentor leaves the pool');
});

test('mentees apply from their account only for a school in the inspiration programme, with sector and region of the school', async () => {
  await staff.put('/api/v1/staff/mentoring/schools', { school_id: schoolId, in_programme: false });
  const before = (await leader.get('/api/v1/me/mentoring')).json;
  assert.ok(!before.options.some((o) => o.school_id === schoolId));
  const refused = await leader.put('/api/v1/me/mentoring/application', { school_id: schoolId, role: 'schoolleider' });
  assert.equal(refused.status, 400, refused.text);
  assert.equal(refused.json.error.reason, 'school_not_in_inspiration_programme');
  // Staff put the school in the programme; a school leader may not.
  assert.equal((await leader.put('/api/v1/staff/mentoring/schools', { school_id: schoolId, in_programme: true })).status, 403);
  assert.equal((await staff.put('/api/v1/staff/mentoring/schools', { school_id: schoolId, in_programme: true })).status, 200);
  // Staff's list holds every school by name, each marked in or out of the programme.
  const listed = (await staff.get('/api/v1/staff/mentoring/schools')).json;
  const mine = listed.schools.find((school) => school.id === schoolId);
  assert.deepEqual([mine.name, mine.in_programme], ['OBS De Regenboog', true]);
  assert.ok(listed.schools.some((school) => !school.in_programme), 'schools outside the programme are listed too');
  assert.ok(listed.school_ids.includes(schoolId));
  assert.equal((await leader.get('/api/v1/staff/mentoring/schools')).status, 403);
  const options = (await leader.get('/api/v1/me/mentoring')).json.options;
  assert.deepEqual(options.find((o) => o.school_id === schoolId).roles, ['schoolleider']);
  const asCoach = await leader.put('/api/v1/me/mentoring/application', { school_id: schoolId, role: 'schoolcoach' });
  assert.equal(asCoach.status, 400);
  const teacher = await signedIn(server.base, 'leraar');
  assert.equal((await teacher.put('/api/v1/me/mentoring/application', { school_id: schoolId, role: 'schoolleider' })).status, 403);
  const applied = await leader.put('/api/v1/me/mentoring/application',
    { school_id: schoolId, role: 'schoolleider', mode: 'either', months: ['december', 'january'], topics: 'dagstart' });
  assert.equal(applied.status, 200, applied.text);
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  assert.equal(applied.json.region, school.region);
  assert.equal(applied.json.sector, school.sector.toLowerCase());

  // The programme's fourth region: staff move the school to oost, and its open application moves along.
  const regions = (await staff.get('/api/v1/staff/mentoring/schools')).json.regions;
  assert.deepEqual(regions, ['noord', 'oost', 'midden', 'zuid']);
  assert.equal((await leader.put('/api/v1/staff/mentoring/schools', { school_id: schoolId, programme_region: 'oost' })).status, 403);
  const bad = await staff.put('/api/v1/staff/mentoring/schools', { school_id: schoolId, programme_region: 'west' });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'region');
  const outside = await staff.put('/api/v1/staff/mentoring/schools', { school_id: otherSchoolId, programme_region: 'oost' });
  assert.equal(outside.status, 422, outside.text);
  assert.equal(outside.json.error.reason, 'not_in_programme');
  assert.equal((await staff.put('/api/v1/staff/mentoring/schools', { school_id: schoolId, programme_region: 'oost' })).status, 200);
  assert.equal((await staff.get('/api/v1/staff/mentoring/schools')).json.schools.find((x) => x.id === schoolId).programme_region, 'oost');
  assert.equal((await leader.get('/api/v1/me/mentoring')).json.application.region, 'oost');
  const again = await leader.put('/api/v1/me/mentoring/application', { school_id: schoolId, role: 'schoolleider', topics: 'dagstart' });
  assert.equal(again.json.region, 'oost', 'a changed application keeps the school\'s programme region');
  // Back to the school's own region.
  assert.equal((await staff.put('/api/v1/staff/mentoring/schools', { school_id: schoolId, programme_region: '' })).status, 200);
  assert.equal((await leader.get('/api/v1/me/mentoring')).json.application.region, school.region);
});

async function feedOf(client) {
  const { json } = await client.post('/api/v1/me/calendar');
  const feed = await new Client(server.base).get(new URL(json.url).pathname);
  assert.equal(feed.status, 200, feed.text);
  return new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent');
}

test('staff set the round\'s webinar and pairing meeting; the round\'s mentors and mentees see them, in their calendar and as .ics in mail', async () => {
  // The demo round has both, in November.
  const listed = await staff.get('/api/v1/staff/mentoring/events');
  assert.equal(listed.status, 200, listed.text);
  assert.match(listed.json.round, /^\d{4}-12-01$/);
  const round = listed.json.round;
  assert.deepEqual(listed.json.events.map((e) => e.kind), ['webinar', 'pairing_meeting']);
  assert.ok(listed.json.events.every((e) => e.date.slice(5, 7) === '11'), 'both in November');
  assert.equal((await leader.get('/api/v1/staff/mentoring/events')).status, 403);

  // Bad input is refused by field, and stores nothing.
  const year = Number(round.slice(0, 4));
  const event = (over = {}) => ({ round, kind: 'webinar', title: 'Voorbereidend webinar', date: `${year + 1}-01-20`,
    start: '19:30', end: '20:30', place: '', link: 'https://webinar.example.nl/ronde', ...over });
  for (const [over, field, reason] of [
    [{ kind: 'feest' }, 'kind', 'unknown_value'],
    [{ round: `${year}-11-01` }, 'round', 'not_a_round'],
    [{ date: `${year + 1}-04-02` }, 'date', 'outside_round'],
    [{ date: '20-01-2027' }, 'date', 'not_a_date'],
    [{ start: '25:00' }, 'start', 'not_a_time'],
    [{ end: '19:00' }, 'end', 'before_start'],
    [{ link: 'javascript:alert(1)' }, 'link', 'not_a_link'],
    [{ link: '', place: '' }, 'place', 'required'],
    [{ title: '' }, 'title', undefined],
  ]) {
    const refused = await staff.put('/api/v1/staff/mentoring/events', event(over));
    assert.equal(refused.status, 400, `${JSON.stringify(over)}: ${refused.text}`);
    assert.equal(refused.json.error.field, field);
    if (reason) assert.equal(refused.json.error.reason, reason);
  }
  assert.equal((await leader.put('/api/v1/staff/mentoring/events', event())).status, 403);

  // Staff move the webinar to a date still to come.
  const moved = await staff.put('/api/v1/staff/mentoring/events', event());
  assert.equal(moved.status, 200, moved.text);
  assert.deepEqual([moved.json.date, moved.json.start, moved.json.end], [`${year + 1}-01-20`, '19:30', '20:30']);
  const stored = (await staff.get(`/api/v1/staff/mentoring/events?round=${round}`)).json.events;
  assert.equal(stored.length, 2, 'replaced, not added');
  assert.equal(stored.find((e) => e.kind === 'webinar').link, 'https://webinar.example.nl/ronde');

  // The demo mentor and the demo school leader (both of the round) see it on home and pair page, and in their feed.
  const mentor = await signedIn(server.base, 'mentor');
  const home = (await mentor.get('/api/v1/me/mentoring')).json;
  assert.equal(home.events.find((e) => e.kind === 'webinar').date, `${year + 1}-01-20`);
  const pairPage = (await mentor.get(`/api/v1/mentoring/pairs/${home.pairs[0].id}`)).json;
  assert.deepEqual(pairPage.events.map((e) => e.kind).sort(), ['pairing_meeting', 'webinar']);
  for (const client of [mentor, leader]) {
    const entry = (await feedOf(client)).find((e) => e.getFirstPropertyValue('uid') === `mentoring-webinar-${round}@samenbeter`);
    assert.ok(entry, 'the webinar is in the feed');
    const vevent = new ICAL.Event(entry);
    assert.equal(vevent.summary, 'leerKRACHT mentoring: Voorbereidend webinar');
    assert.equal(vevent.endDate.toUnixTime() - vevent.startDate.toUnixTime(), 3600);
    assert.equal(vevent.location, 'https://webinar.example.nl/ronde');
  }
  // Someone outside the programme does not get it.
  const teacher = await signedIn(server.base, 'leraar');
  assert.equal((await teacher.get('/api/v1/me/mentoring')).json.events.length, 0);
  assert.ok(!(await feedOf(teacher)).some((e) => String(e.getFirstPropertyValue('uid')).startsWith('mentoring-webinar')));

  // A new mentor's confirmation carries the webinar still to come as an .ics, and the personal link shows it.
  const anyone = new Client(server.base);
  assert.equal((await anyone.post('/api/v1/mentoring/mentor-applications', form({ name: 'Eva Bakker', email: 'eva@chip.nl' }))).status, 201);
  const mail = await mailbox.waitFor((m) => m.to.includes('eva@chip.nl'));
  const ics = mail.attachments.find((a) => a.filename === 'mentoring-programma.ics');
  assert.ok(ics, 'an .ics attachment');
  assert.match(ics.contentType, /^text\/calendar/);
  const attached = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  assert.deepEqual(attached.map((e) => e.uid), [`mentoring-webinar-${round}@samenbeter`], 'only what is still to come');
  assert.equal(attached[0].sequence, 1, 'raised by the change, so calendars replace it');
  const lookup = (await anyone.post('/api/v1/mentoring/my-application/lookup', { token: tokenOf(mail) })).json;
  assert.equal(lookup.events.find((e) => e.kind === 'webinar').date, `${year + 1}-01-20`);

  // Staff remove an event; a second time it is gone.
  assert.equal((await staff.delete(`/api/v1/staff/mentoring/events?round=${round}&kind=pairing_meeting`)).status, 200);
  assert.equal((await staff.delete(`/api/v1/staff/mentoring/events?round=${round}&kind=pairing_meeting`)).status, 404);
  assert.equal((await leader.delete(`/api/v1/staff/mentoring/events?round=${round}&kind=webinar`)).status, 403);
  assert.deepEqual((await staff.get('/api/v1/staff/mentoring/events')).json.events.map((e) => e.kind), ['webinar']);
});

test('staff pair the pool, lock and forbid, run again with the lock kept, compare and publish; the pair meets and the experiment lands on the board', async () => {
  const anyone = new Client(server.base);
  // The demo round is published; a late applicant of the second school joins the pool.
  assert.equal((await staff.put('/api/v1/staff/mentoring/schools', { school_id: otherSchoolId, in_programme: true })).status, 200);
  const late = await other.put('/api/v1/me/mentoring/application', { school_id: otherSchoolId, role: otherRole, mode: 'either' });
  assert.equal(late.status, 200, late.text);
  // Two more eligible mentors of the matching track in that region, so the engine has a choice.
  const region = late.json.region;
  const trackFields = otherRole === 'schoolcoach' ? { role: 'Agile coach', years_ci: 8 } : {};
  for (const [name, email] of [['Carla Visser', 'carla@bouw.nl'], ['Daan Smit', 'daan@verzekeraar.nl']]) {
    assert.equal((await anyone.post('/api/v1/mentoring/mentor-applications', form({ name, email, region, ...trackFields }))).status, 201);
  }
  const pool = (await staff.get('/api/v1/staff/mentoring/pool')).json;
  const carla = pool.mentors.find((m) => m.name === 'Carla Visser');
  const daan = pool.mentors.find((m) => m.name === 'Daan Smit');
  const mentee = pool.mentees.find((m) => m.id === late.json.id);
  assert.ok(carla && daan && mentee);
  assert.equal((await leader.post('/api/v1/staff/mentoring/runs')).status, 403);

  const first = await staff.post('/api/v1/staff/mentoring/runs');
  assert.equal(first.status, 201, first.text);
  const firstPage = (await staff.get(`/api/v1/staff/mentoring/runs/${first.json.id}?limit=50`)).json;
  const firstPair = firstPage.pairs.find((p) => p.mentee_id === mentee.id);
  assert.ok(firstPair, 'the mentee is paired');
  // The published demo pairs stay as they were.
  const demoPairs = (await staff.get('/api/v1/staff/mentoring/on-track')).json;
  assert.ok(demoPairs.length > 10);
  assert.ok(firstPair.score.total > 0 && firstPair.score.sector >= 0);
  assert.ok(firstPage.unpaired.every((u) => u.reason && u.text_nl), 'every unpaired person has a reason');

  // Forbid the chosen mentor, lock the other one: the next run keeps the lock.
  const chosen = firstPair.mentor_id === carla.id ? daan : carla;
  assert.equal((await staff.put('/api/v1/staff/mentoring/decisions', { mentor_id: firstPair.mentor_id, mentee_id: mentee.id, kind: 'forbid' })).status, 200);
  assert.equal((await staff.put('/api/v1/staff/mentoring/decisions', { mentor_id: chosen.id, mentee_id: mentee.id, kind: 'lock' })).status, 200);
  const bad = await staff.put('/api/v1/staff/mentoring/decisions', { mentor_id: chosen.id, mentee_id: mentee.id, kind: 'maybe' });
  assert.equal(bad.status, 400);
  const second = await staff.post('/api/v1/staff/mentoring/runs');
  const secondPage = (await staff.get(`/api/v1/staff/mentoring/runs/${second.json.id}?limit=50`)).json;
  const locked = secondPage.pairs.find((p) => p.mentee_id === mentee.id);
  assert.equal(locked.mentor_id, chosen.id);
  assert.equal(locked.locked, true);
  const diff = (await staff.get(`/api/v1/staff/mentoring/runs/${second.json.id}/diff?from=${first.json.id}`)).json;
  assert.ok(diff.added.some((p) => p.mentee_id === mentee.id && p.mentor_id === chosen.id));
  assert.ok(diff.removed.some((p) => p.mentee_id === mentee.id && p.mentor_id === firstPair.mentor_id));
  assert.equal((await staff.get(`/api/v1/staff/mentoring/runs/${second.json.id}?limit=501`)).status, 400);
  assert.equal((await staff.get('/api/v1/staff/mentoring/runs/999999')).status, 404);

  const published = await staff.post(`/api/v1/staff/mentoring/runs/${second.json.id}/publish`);
  assert.equal(published.status, 200, published.text);
  const stale = await staff.post(`/api/v1/staff/mentoring/runs/${first.json.id}/publish`);
  assert.equal(stale.status, 409);
  assert.equal(stale.json.error.reason, 'stale_run');
  assert.ok(!published.json.pairs.some((p) => demoPairs.some((d) => d.id === p.id)), 'only the new pairs are published');
  const pair = published.json.pairs.find((p) => p.mentor_name === chosen.name);
  const intro = await mailbox.waitFor((m) => m.to.includes(chosen.email) && /kennismaking/.test(m.subject));
  assert.match(intro.text, new RegExp(`/mentoring/koppels/${pair.id}`));
  // The round's webinar still to come (set in the test before) travels with the introduction.
  const introIcs = intro.attachments.find((a) => a.filename === 'mentoring-programma.ics');
  assert.ok(introIcs, 'the introduction carries the round\'s events');
  assert.match(introIcs.text, /SUMMARY:leerKRACHT mentoring: Voorbereidend webinar/);
  const reset = /wachtwoord-herstellen\?token=([A-Za-z0-9_-]+)/.exec(intro.text);
  assert.ok(reset, 'the mentor gets a link to choose a password');
  await mailbox.waitFor((m) => m.to.includes('gerard.timmermans@demo.samenbeter.nl') && /kennismaking/.test(m.subject));
  const mentor = new Client(server.base);
  assert.equal((await mentor.post('/api/v1/auth/password-reset/confirm', { token: reset[1], password: 'mentor-wachtwoord-1' })).status, 204);
  await mentor.login(chosen.email, 'mentor-wachtwoord-1');

  // Only the pair (and staff) see the pair; a school leader elsewhere and a coach get 404.
  const view = await mentor.get(`/api/v1/mentoring/pairs/${pair.id}`);
  assert.equal(view.status, 200, view.text);
  assert.equal(view.json.mine_as_mentor, true);
  assert.equal(view.json.meetings.length, 3);
  assert.equal(view.json.guides.length, 3);
  assert.equal((await staff.get(`/api/v1/mentoring/pairs/${pair.id}`)).status, 200);
  assert.equal((await (await signedIn(server.base, 'schoolcoach')).get(`/api/v1/mentoring/pairs/${pair.id}`)).status, 404);
  assert.equal((await leader.get(`/api/v1/mentoring/pairs/${pair.id}`)).status, 404);
  assert.equal((await staff.put(`/api/v1/mentoring/pairs/${pair.id}/plan`, { number: 1, date: '2026-12-10', time: '10:00', place: 'online' })).status, 404);

  // The pair plans meeting 1 on the season's first day, logs it, and the mentee puts the experiment on the board.
  const season = view.json.season;
  const outside = await mentor.put(`/api/v1/mentoring/pairs/${pair.id}/plan`, { number: 1, date: season.replace('-12-01', '-11-20'), time: '10:00', place: 'school' });
  assert.equal(outside.status, 400);
  assert.equal(outside.json.error.reason, 'outside_programme_months');
  const planned = await mentor.put(`/api/v1/mentoring/pairs/${pair.id}/plan`, { number: 1, date: season, time: '09:00', place: 'school' });
  assert.equal(planned.status, 200, planned.text);
  assert.equal(planned.json.time, '09:00');
  const logged = await other.put(`/api/v1/mentoring/pairs/${pair.id}/log`,
    { number: 1, held: 'yes', log: 'Dagstart bij het bedrijf bekeken', experiment: 'Elke maandag een dagstart van tien minuten' });
  assert.equal(logged.status, 200, logged.text);
  assert.equal((await mentor.post(`/api/v1/mentoring/pairs/${pair.id}/board-action`, { number: 1, team_id: otherTeamId })).status, 403);
  const action = await other.post(`/api/v1/mentoring/pairs/${pair.id}/board-action`, { number: 1, team_id: otherTeamId });
  assert.equal(action.status, 201, action.text);
  const board = (await other.get(`/api/v1/teams/${otherTeamId}/board`)).json;
  const item = board.items.find((i) => i.id === action.json.board_item_id);
  assert.equal(item.text, 'Elke maandag een dagstart van tien minuten');
  assert.deepEqual(item.source, { kind: 'mentoring_meeting', id: pair.id });
  assert.equal((await other.post(`/api/v1/mentoring/pairs/${pair.id}/board-action`, { number: 1, team_id: otherTeamId })).status, 409);

  // On track: the meeting counts in December; the export is a CSV.
  const track = (await staff.get('/api/v1/staff/mentoring/on-track')).json.find((r) => r.id === pair.id);
  assert.equal(track.planned[0], 1);
  assert.equal(track.held[0], 1);
  const exported = await staff.get('/api/v1/staff/mentoring/on-track/export?format=csv');
  assert.equal(exported.status, 200);
  assert.match(exported.text, new RegExp(chosen.name));
  assert.equal((await leader.get('/api/v1/staff/mentoring/on-track')).status, 403);
});

test('the pool goes out as the CSV samenbeter match reads and comes back in; a bad row stores nothing', async () => {
  const mentors = await staff.get('/api/v1/staff/mentoring/pool.csv?side=mentors');
  assert.equal(mentors.status, 200);
  assert.match(mentors.text, /^\uFEFF?id;naam;organisatie;functie;spoor;jaren_in_rol/);
  const mentees = await staff.get('/api/v1/staff/mentoring/pool.csv?side=mentees');
  assert.match(mentees.text, /vaste_mentor;niet_koppelen_met/);
  const back = await staff.post('/api/v1/staff/mentoring/pool/import', { side: 'mentors', csv: mentors.text });
  assert.equal(back.status, 200, back.text);
  assert.equal(back.json.added, 0);
  assert.ok(back.json.updated >= 2);
  const fresh = 'id;naam;organisatie;functie;spoor;jaren_in_rol;teamgrootte;jaren_continu_verbeteren;capaciteit;regio\n' +
    'X1;Evelien Zandstra;Agile BV;Agile coach;expert;5;0;7;1;zuid\nX2;Fout;Agile BV;Agile coach;expert;vijf;0;7;1;zuid\n';
  const refused = await staff.post('/api/v1/staff/mentoring/pool/import', { side: 'mentors', csv: fresh });
  assert.equal(refused.status, 422);
  assert.equal(refused.json.errors[0].line, 3);
  assert.ok(!(await staff.get('/api/v1/staff/mentoring/pool')).json.mentors.some((m) => m.name === 'Evelien Zandstra'));
  const added = await staff.post('/api/v1/staff/mentoring/pool/import', { side: 'mentors', csv: fresh.split('\n').slice(0, 2).join('\n') });
  assert.equal(added.json.added, 1);
  assert.equal((await staff.post('/api/v1/staff/mentoring/pool/import', { side: 'both', csv: fresh })).status, 400);
});

test('withdrawing a mentee application erases it from the pool', async () => {
  const coach = await signedIn(server.base, 'schoolcoach');
  const applied = await coach.put('/api/v1/me/mentoring/application', { school_id: schoolId, role: 'schoolcoach' });
  assert.equal(applied.status, 200, applied.text);
  assert.equal((await coach.delete('/api/v1/me/mentoring/application')).status, 200);
  assert.equal((await coach.get('/api/v1/me/mentoring')).json.application, null);
  assert.ok(!(await staff.get('/api/v1/staff/mentoring/pool')).json.mentees.some((m) => m.id === applied.json.id));
  assert.equal((await coach.delete('/api/v1/me/mentoring/application')).status, 404);
});

test('a pair that has not planned a meeting by its deadline gets a reminder by e-mail', async () => {
  // The reminder job runs at the server's start. The demo round was published two weeks ago; its season's first
  // deadline (1 December) has passed from 1 December on, and the demo leaves one pair without any meeting.
  const behind = (await staff.get('/api/v1/staff/mentoring/on-track')).json.filter((r) => r.behind && r.planned.every((n) => n === 0));
  const seasonStarted = Date.now() >= Date.parse(`${new Date().getUTCFullYear() - (new Date().getUTCMonth() < 5 ? 1 : 0)}-12-01T00:00:00+01:00`);
  if (!seasonStarted) return;  // before December nothing is due yet (the rule itself: core/programme_rules_test.cpp)
  assert.ok(behind.length >= 1, 'the demo has a pair behind schedule');
  const reminder = await mailbox.waitFor((m) => /plan jullie gesprek 1/.test(m.subject));
  assert.ok(behind.some((r) => reminder.text.includes(`/mentoring/koppels/${r.id}`)), reminder.text);
});
