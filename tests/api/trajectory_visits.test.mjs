// Expert-coach visits over HTTP: the budget per school type shows held,
// planned and left; the expert coach plans visits, and past the budget a visit
// waits for programme staff's approval; a report follows the visit and is read
// by the school leader and school coach; visits appear in the calendar feeds
// of the coach and the school leader; each role reaches only its own schools.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server, staff, expert, anne, leader, coach, teacher, otherLeader, admin;
let regenboog, davinci, baken;

before(async () => {
  server = await startServer();
  staff = await signedIn(server.base, 'programma');
  expert = await signedIn(server.base, 'expertcoach');
  anne = await signedIn(server.base, 'anne.vos@demo.samenbeter.nl');
  leader = await signedIn(server.base, 'schoolleider');
  coach = await signedIn(server.base, 'schoolcoach');
  teacher = await signedIn(server.base, 'leraar');
  otherLeader = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  admin = await signedIn(server.base, 'beheer');
  const schools = (await admin.get('/api/v1/schools')).json.schools;
  const id = (name) => schools.find((s) => s.name === name).id;
  regenboog = id('OBS De Regenboog');
  davinci = id('Da Vinci Lyceum');
  baken = id('Het Baken College');
});
after(async () => { await server.stop(); });

const future = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

test('the budget shows held, planned and left per school type', async () => {
  const po = (await leader.get(`/api/v1/schools/${regenboog}/visits`)).json;
  assert.deepEqual(po.budget, { budget: 12, held: 5, planned: 3, awaiting: 0, left: 4 });
  assert.equal(po.visits.length, 8);
  const held = po.visits.filter((v) => v.status === 'held');
  assert.ok(held.every((v) => v.report && v.report.seen && v.report.advice));
  assert.equal(po.visits[0].coach_name, 'Marieke Kuipers');
  const vo = (await staff.get(`/api/v1/schools/${davinci}/visits`)).json;
  assert.deepEqual(vo.budget, { budget: 26, held: 24, planned: 2, awaiting: 1, left: 0 });
  assert.equal((await staff.get(`/api/v1/schools/${baken}/visits`)).json.budget.budget, 26);
});

test('the expert coach plans a visit, writes its report after it, and the school reads it', async () => {
  const planned = await expert.post(`/api/v1/schools/${regenboog}/visits`, { date: future(10), start_time: '09:30', minutes: 120 });
  assert.equal(planned.status, 201, planned.text);
  assert.deepEqual([planned.json.status, planned.json.start_time, planned.json.end_time, planned.json.date],
    ['planned', '09:30', '11:30', future(10)]);
  const early = await expert.put(`/api/v1/visits/${planned.json.id}/report`, { seen: 'x', advice: 'y' });
  assert.equal(early.status, 422);
  assert.equal(early.json.error.reason, 'not_yet_held');

  // A visit that has begun (planned today at 00:00) gets its report.
  const today = new Date().toISOString().slice(0, 10);
  const now = await expert.post(`/api/v1/schools/${regenboog}/visits`, { date: today, start_time: '00:00', minutes: 60 });
  assert.equal(now.status, 201, now.text);
  const empty = await expert.put(`/api/v1/visits/${now.json.id}/report`, { seen: '  ', advice: 'Doe zo door' });
  assert.equal(empty.status, 400);
  assert.equal(empty.json.error.field, 'seen');
  const reported = await expert.put(`/api/v1/visits/${now.json.id}/report`,
    { seen: 'Een scherpe bordsessie met alle leraren.', advice: 'Vier de kleine successen zichtbaar.' });
  assert.equal(reported.status, 200, reported.text);
  assert.equal(reported.json.status, 'held');
  for (const who of [leader, coach]) {
    const list = (await who.get(`/api/v1/schools/${regenboog}/visits`)).json;
    const seen = list.visits.find((v) => v.id === now.json.id);
    assert.equal(seen.report.advice, 'Vier de kleine successen zichtbaar.');
    assert.deepEqual([list.budget.held, list.budget.planned, list.budget.left], [6, 4, 2]);
  }
});

test('planning past the budget waits for staff approval', async () => {
  // Regenboog now has 6 held + 4 planned of 12: two fit, the third waits.
  const first = await expert.post(`/api/v1/schools/${regenboog}/visits`, { date: future(30), start_time: '10:00', minutes: 90 });
  const second = await expert.post(`/api/v1/schools/${regenboog}/visits`, { date: future(44), start_time: '10:00', minutes: 90 });
  const third = await expert.post(`/api/v1/schools/${regenboog}/visits`, { date: future(58), start_time: '10:00', minutes: 90 });
  assert.deepEqual([first.json.status, second.json.status, third.json.status], ['planned', 'planned', 'awaiting_approval']);
  assert.equal((await leader.get(`/api/v1/schools/${regenboog}/visits`)).json.budget.awaiting, 1);
  assert.equal((await expert.post(`/api/v1/visits/${third.json.id}/approve`)).status, 403, 'a coach cannot approve her own');
  assert.equal((await leader.post(`/api/v1/visits/${third.json.id}/approve`)).status, 403);
  const approved = await staff.post(`/api/v1/visits/${third.json.id}/approve`);
  assert.equal(approved.status, 200, approved.text);
  assert.equal(approved.json.status, 'planned');
  const again = await staff.post(`/api/v1/visits/${third.json.id}/approve`);
  assert.equal(again.status, 422);
  const cancelled = await expert.post(`/api/v1/visits/${first.json.id}/cancel`);
  assert.equal(cancelled.json.status, 'cancelled');
  assert.equal((await expert.post(`/api/v1/visits/${first.json.id}/cancel`)).status, 422);
  assert.equal((await leader.get(`/api/v1/schools/${regenboog}/visits`)).json.budget.left, 0);
});

test('bad visit input is a clear 400', async () => {
  for (const [body, field] of [
    [{ date: '2026-02-30', start_time: '09:00', minutes: 60 }, 'date'],
    [{ date: future(5), start_time: '25:00', minutes: 60 }, 'start_time'],
    [{ date: future(5), start_time: '9.30', minutes: 60 }, 'start_time'],
    [{ date: future(5), start_time: '09:00', minutes: 10 }, 'minutes'],
    [{ date: future(5), start_time: '09:00', minutes: 600 }, 'minutes'],
    [{ date: future(5), start_time: '09:00' }, 'minutes'],
  ]) {
    const response = await expert.post(`/api/v1/schools/${regenboog}/visits`, body);
    assert.equal(response.status, 400, JSON.stringify(body) + response.text);
    assert.equal(response.json.error.field, field, JSON.stringify(body));
  }
});

test('each role reaches only its own schools\' visits', async () => {
  assert.equal((await teacher.get(`/api/v1/schools/${regenboog}/visits`)).status, 403);
  assert.equal((await otherLeader.get(`/api/v1/schools/${regenboog}/visits`)).status, 404);
  assert.equal((await anne.get(`/api/v1/schools/${regenboog}/visits`)).status, 404);
  assert.equal((await anne.post(`/api/v1/schools/${regenboog}/visits`, { date: future(5), start_time: '09:00', minutes: 60 })).status, 404);
  assert.equal((await leader.post(`/api/v1/schools/${regenboog}/visits`, { date: future(5), start_time: '09:00', minutes: 60 })).status, 403);
  const visit = (await leader.get(`/api/v1/schools/${regenboog}/visits`)).json.visits[0];
  assert.equal((await anne.put(`/api/v1/visits/${visit.id}/report`, { seen: 'x', advice: 'y' })).status, 404);
  assert.equal((await leader.put(`/api/v1/visits/${visit.id}/report`, { seen: 'x', advice: 'y' })).status, 403);
  assert.equal((await anne.post('/api/v1/visits/999999/cancel')).status, 404);
});

test('visits appear in the coach\'s and the school leader\'s calendar feed', async () => {
  for (const who of [expert, leader]) {
    const url = (await who.post('/api/v1/me/calendar')).json.url;
    const feed = await new Client(server.base).get(new URL(url).pathname);
    assert.equal(feed.status, 200);
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent');
    const visits = events.filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('trajectory-visit-'));
    assert.ok(visits.length >= 8, `${visits.length} visits in the feed`);
    assert.ok(visits.some((e) => String(e.getFirstPropertyValue('summary')).includes('OBS De Regenboog')));
  }
  // The teacher is not at the visits: her feed has none.
  const url = (await teacher.post('/api/v1/me/calendar')).json.url;
  const feed = await new Client(server.base).get(new URL(url).pathname);
  assert.ok(!feed.text.includes('trajectory-visit-'));
});
