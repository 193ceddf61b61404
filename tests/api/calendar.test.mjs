// The calendar feed over HTTP: a person turns it on and gets a secret address
// once; calendar programs fetch it without signing in; a new address stops the
// old one; turning it off stops it; nobody reaches another person's feed.
// The feed is parsed with ical.js, a real iCalendar parser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server, teacher, coach;
before(async () => {
  server = await startServer();
  teacher = await signedIn(server.base, 'leraar');
  coach = await signedIn(server.base, 'schoolcoach');
});
after(async () => { await server.stop(); });

// The path of a feed address, fetched as a calendar program does: no cookie.
async function fetchFeed(url) {
  const path = new URL(url).pathname;
  return new Client(server.base).get(path);
}

test('a feed is off until turned on, and its address is shown once', async () => {
  const before = await teacher.get('/api/v1/me/calendar');
  assert.equal(before.status, 200);
  assert.deepEqual(before.json, { active: false, active_since: null });

  const started = await teacher.post('/api/v1/me/calendar');
  assert.equal(started.status, 201, started.text);
  assert.equal(started.json.active, true);
  assert.match(started.json.url, /\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{22,}$/);

  const later = await teacher.get('/api/v1/me/calendar');
  assert.equal(later.json.active, true);
  assert.equal(later.json.active_since, started.json.active_since);
  assert.equal(later.json.url, undefined, 'the address is never shown again');
});

test('a calendar program reads the feed without signing in, as valid iCalendar', async () => {
  const { json } = await coach.post('/api/v1/me/calendar');
  const feed = await fetchFeed(json.url);
  assert.equal(feed.status, 200, feed.text);
  assert.match(feed.headers.get('content-type'), /^text\/calendar/);
  assert.equal(feed.headers.get('cache-control'), 'no-store');
  const calendar = new ICAL.Component(ICAL.parse(feed.text));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'SamenBeter');
  for (const event of calendar.getAllSubcomponents('vevent')) {
    assert.ok(event.getFirstPropertyValue('uid'));
    assert.ok(event.getFirstPropertyValue('dtstart'));
  }
});

test('a new address stops the old one at once', async () => {
  const first = (await teacher.post('/api/v1/me/calendar')).json.url;
  const second = (await teacher.post('/api/v1/me/calendar')).json.url;
  assert.notEqual(first, second);
  assert.equal((await fetchFeed(first)).status, 404);
  assert.equal((await fetchFeed(second)).status, 200);
});

test('a feed turned off answers 404, like an address that never existed', async () => {
  const url = (await teacher.post('/api/v1/me/calendar')).json.url;
  const stopped = await teacher.delete('/api/v1/me/calendar');
  assert.equal(stopped.status, 204);
  assert.deepEqual((await teacher.get('/api/v1/me/calendar')).json, { active: false, active_since: null });
  const gone = await fetchFeed(url);
  assert.equal(gone.status, 404);
  assert.equal(gone.json.error.code, 'not_found');
  assert.equal((await fetchFeed(server.base + '/api/v1/calendar-feeds/made-up-token')).status, 404);
});

test('the feed settings are one\'s own and need a session', async () => {
  const anonymous = new Client(server.base);
  assert.equal((await anonymous.get('/api/v1/me/calendar')).status, 401);
  assert.equal((await anonymous.post('/api/v1/me/calendar')).status, 401);
  // Turning one's own feed on does not touch a colleague's.
  const coachUrl = (await coach.post('/api/v1/me/calendar')).json.url;
  await teacher.post('/api/v1/me/calendar');
  await teacher.delete('/api/v1/me/calendar');
  assert.equal((await fetchFeed(coachUrl)).status, 200);
});
