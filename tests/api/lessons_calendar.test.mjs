// Lesson visits in the teachers' own calendars and mail (issue 12, point 2): a planned visit is in the personal
// iCalendar feed of both teachers (parsed with ical.js) and in nobody else's, and the day before, both get a
// reminder through the configured SMTP server (a real one: npm smtp-server), once — also across a restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { startServer } from './lib/server.mjs';
import { Client, demo, signedIn } from './lib/client.mjs';
import { useMailbox } from './lib/mailbox.mjs';

const PUBLIC = 'https://samenbeter.example';
const mailbox = await useMailbox();
const mailArgs = ['--smtp-url', mailbox.url, '--smtp-from', 'SamenBeter <noreply@samenbeter.test>', '--public-url', PUBLIC];
const THIJS = 'thijs.mulder@demo.samenbeter.nl';

let server, sanne, thijs, eva, visit, design;
before(async () => {
  server = await startServer({ args: mailArgs });
  sanne = await signedIn(server.base, 'leraar');
  thijs = await signedIn(server.base, THIJS);
  eva = await signedIn(server.base, 'eva.vandijk@demo.samenbeter.nl');
  const me = (await sanne.get('/api/v1/me')).json;
  const teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  const board = (await sanne.get(`/api/v1/teams/${teamId}/board`)).json;
  const goalId = board.goals.find((g) => g.cycle_id === board.current_cycle_id).id;
  design = (await sanne.post(`/api/v1/teams/${teamId}/lesson-designs`, { goal_id: goalId, title: 'Breuken, zeg het hardop', criteria: ['Ze leggen uit'] })).json;
  const thijsId = (await thijs.get('/api/v1/me')).json.user.id;
  const starts = new Date(Date.now() + 86400e3);
  starts.setUTCSeconds(0, 0);
  const planned = await sanne.post(`/api/v1/teams/${teamId}/lesson-visits`, {
    design_id: design.id, teacher_id: me.user.id, visitor_id: thijsId, starts_at: starts.toISOString().slice(0, 19) + 'Z', minutes: 45, location: 'Lokaal 12',
  });
  assert.equal(planned.status, 201, planned.text);
  visit = planned.json;
});
after(async () => { await server?.stop(); });

async function feedOf(client) {
  const { json } = await client.post('/api/v1/me/calendar');
  const feed = await new Client(server.base).get(new URL(json.url).pathname);
  assert.equal(feed.status, 200, feed.text);
  return new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent');
}

test('a planned visit is in the calendar feeds of the visited teacher and the visitor, and in no one else’s', async () => {
  const uid = `lesson-visit-${visit.id}@samenbeter`;
  for (const client of [sanne, thijs]) {
    const event = (await feedOf(client)).find((e) => e.getFirstPropertyValue('uid') === uid);
    assert.ok(event, 'the visit is in the feed');
    const vevent = new ICAL.Event(event);
    assert.equal(vevent.summary, 'Lesbezoek: Breuken, zeg het hardop');
    assert.equal(vevent.location, 'Lokaal 12');
    assert.equal(vevent.startDate.toJSDate().toISOString(), new Date(visit.starts_at).toISOString());
    assert.equal((vevent.endDate.toJSDate() - vevent.startDate.toJSDate()) / 60000, 45);
    assert.ok(vevent.description.includes(`${PUBLIC}/lesbezoeken/${visit.id}`));
  }
  assert.ok(!(await feedOf(eva)).some((e) => e.getFirstPropertyValue('uid') === uid));
});

test('the day before, both teachers get one reminder by mail, also when the server restarts', async () => {
  // The server looks for due reminders when it starts (and every five minutes): restart it on the same data.
  const dir = server.dir;
  await server.stop({ keepData: true });
  server = await startServer({ args: mailArgs, dataDir: dir });
  const subject = 'Morgen lesbezoek: Breuken, zeg het hardop';
  const toSanne = await mailbox.waitFor((m) => m.to.includes(demo('leraar')) && m.subject === subject, 15000, 'Sanne’s reminder');
  const toThijs = await mailbox.waitFor((m) => m.to.includes(THIJS) && m.subject === subject, 15000, 'Thijs’s reminder');
  assert.match(toSanne.text, /^Hallo Sanne de Vries,/);
  assert.match(toSanne.text, /Sanne de Vries geeft les, Thijs Mulder komt kijken\./);
  assert.match(toSanne.text, /Waar: Lokaal 12/);
  assert.ok(toThijs.text.includes(`${PUBLIC}/lesbezoeken/${visit.id}`));
  assert.match(toThijs.text, /observatieformulier/);
  const ics = toThijs.attachments.find((a) => a.filename === 'lesbezoek.ics');
  assert.ok(ics, 'the visit comes along as an .ics file');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent'));
  assert.equal(event.uid, `lesson-visit-${visit.id}@samenbeter`);
  // Once: another restart sends nothing more.
  await server.stop({ keepData: true });
  server = await startServer({ args: mailArgs, dataDir: dir });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  assert.equal(mailbox.mails().filter((m) => m.subject === subject).length, 2);
});
