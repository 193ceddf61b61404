// Mail about one's work, read from a real SMTP server (lib/mailbox.mjs) that
// the binary delivers to: an action given to someone, the leadership's answer
// to an obstacle, and the weekly digest of overdue actions — in the person's
// language, with links into the app, only when the person wants it and still
// holds a role in the team, and the digest once a week, also across a restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serverEnv, startServer } from './lib/server.mjs';
import { demo, signedIn } from './lib/client.mjs';
import { useMailbox } from './lib/mailbox.mjs';

const PUBLIC = 'http://samenbeter.test';
const mailbox = await useMailbox();
const mailArgs = ['--smtp-url', mailbox.url, '--smtp-from', 'SamenBeter <noreply@samenbeter.test>', '--public-url', PUBLIC];

const digestLine = /weekly digest of the week of (\d{4}-\d{2}-\d{2}): (\d+) mail\(s\)/;
let server;
let firstDigest;
let teacher, coach, leader;
let teamId, schoolId, ids;
before(async () => {
  server = await startServer({ args: mailArgs });
  // A server starting in a week whose digest has not gone out sends it at once (the demo has overdue actions).
  firstDigest = await waitForLog(server, digestLine);
  teacher = await signedIn(server.base, 'leraar');
  coach = await signedIn(server.base, 'schoolcoach');
  leader = await signedIn(server.base, 'schoolleider');
  const me = (await teacher.get('/api/v1/me')).json;
  teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  schoolId = me.memberships[0].school_id;
  const staff = (await leader.get(`/api/v1/schools/${schoolId}`)).json.staff;
  const userOf = (email) => staff.find((m) => m.email === email).user_id;
  ids = { teacher: me.user.id, coach: userOf(demo('schoolcoach')), leader: userOf(demo('schoolleider')) };
});
after(async () => { await server?.stop(); });

const isAssignment = (to, text) => (m) => m.to.includes(to) && m.text.includes(text);

/** Waits for a mail to the leader queued after everything before it: the mailer sends in order, so what
 *  has not arrived by then never will. */
async function sentinel() {
  const text = `Ijkpunt ${Math.random().toString(36).slice(2)}`;
  await coach.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text, owner_ids: [ids.leader] });
  await mailbox.waitFor(isAssignment(demo('schoolleider'), text), 10_000, 'the sentinel mail');
}

test('an action given to colleagues is mailed to each of them, with a link to its card; not to whoever gave it', async () => {
  const created = await teacher.post(`/api/v1/teams/${teamId}/items`,
    { kind: 'action', text: 'Leesouders vragen', due_on: '2026-12-04', owner_ids: [ids.teacher, ids.coach, ids.leader] });
  assert.equal(created.status, 201, created.text);
  const card = `${PUBLIC}/teams/${teamId}/bord?kaart=${created.json.id}`;
  const toCoach = await mailbox.waitFor(isAssignment(demo('schoolcoach'), 'Leesouders vragen'));
  assert.equal(toCoach.subject, 'SamenBeter: een nieuwe actie voor jou in Groep 5-6');
  assert.equal(toCoach.from, 'noreply@samenbeter.test');
  assert.match(toCoach.text, /^Hallo Lotte Jansen,/);
  assert.match(toCoach.text, /Sanne de Vries heeft je een actie gegeven op het bord van Groep 5-6 \(OBS De Regenboog\)/);
  assert.match(toCoach.text, /Klaar op: 04-12-2026/);
  assert.ok(toCoach.text.includes(card), toCoach.text);
  assert.ok(toCoach.text.includes(`${PUBLIC}/mijn-acties`));
  assert.ok(toCoach.text.includes(`${PUBLIC}/account`));
  await mailbox.waitFor(isAssignment(demo('schoolleider'), 'Leesouders vragen'));
  await sentinel();
  assert.equal(mailbox.mails(demo('leraar')).filter((m) => m.text.includes('Leesouders vragen')).length, 0);
});

test('adding an owner mails only the new one, in her own language; giving yourself an action mails nobody', async () => {
  assert.equal((await coach.patch('/api/v1/me', { locale: 'en' })).status, 200);
  const own = (await teacher.post(`/api/v1/teams/${teamId}/items`,
    { kind: 'action', text: 'Eigen klus', owner_ids: [ids.teacher] })).json;
  const added = await teacher.patch(`/api/v1/items/${own.id}`, { owner_ids: [ids.teacher, ids.coach], version: own.version });
  assert.equal(added.status, 200, added.text);
  const english = await mailbox.waitFor(isAssignment(demo('schoolcoach'), 'Eigen klus'));
  assert.equal(english.subject, 'SamenBeter: a new action for you in Groep 5-6');
  assert.match(english.text, /^Hello Lotte Jansen,/);
  assert.match(english.text, /Sanne de Vries gave you an action on the board of Groep 5-6/);
  await sentinel();
  assert.equal(mailbox.mails().filter((m) => m.text.includes('Eigen klus')).length, 1);
  assert.equal((await coach.patch('/api/v1/me', { locale: 'nl' })).status, 200);
});

test("the obstacle's author hears the leadership's answer, and again when it is resolved", async () => {
  const raised = (await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Geen leesboeken op niveau E5' })).json;
  const handed = (await teacher.post(`/api/v1/items/${raised.id}/to-leadership`, { version: raised.version })).json;
  const replied = await leader.post(`/api/v1/items/${raised.id}/leadership-reply`,
    { reply: 'Ik vraag de bibliotheek om een wisselcollectie.', resolve: false, version: handed.version });
  assert.equal(replied.status, 200, replied.text);
  const answer = await mailbox.waitFor((m) => m.to.includes(demo('leraar')) && m.text.includes('Geen leesboeken op niveau E5'));
  assert.equal(answer.subject, 'SamenBeter: de schoolleiding antwoordde op je obstakel — Groep 5-6');
  assert.match(answer.text, /Karin Hofman van de schoolleiding heeft gereageerd/);
  assert.match(answer.text, /Antwoord: Ik vraag de bibliotheek om een wisselcollectie\./);
  assert.match(answer.text, /Status: Beantwoord/);
  assert.ok(answer.text.includes(`${PUBLIC}/teams/${teamId}/bord?kaart=${raised.id}`));

  const resolved = await leader.post(`/api/v1/items/${raised.id}/leadership-reply`, { reply: '', resolve: true, version: replied.json.version });
  assert.equal(resolved.status, 200, resolved.text);
  const done = await mailbox.waitFor((m) => m.to.includes(demo('leraar')) && m.subject.startsWith('SamenBeter: je obstakel is opgelost'));
  assert.match(done.text, /Status: Opgelost/);
});

test('the switches: on until switched off, kept across a restart, and a switched-off mail is not sent', async () => {
  const initial = await coach.get('/api/v1/me/notifications');
  assert.equal(initial.status, 200);
  assert.deepEqual(initial.json, { action_assigned: true, obstacle_answered: true, overdue_digest: true });
  const off = await coach.patch('/api/v1/me/notifications', { action_assigned: false });
  assert.equal(off.status, 200, off.text);
  assert.deepEqual(off.json, { action_assigned: false, obstacle_answered: true, overdue_digest: true });
  assert.equal((await coach.patch('/api/v1/me/notifications', { action_assigned: 'nee' })).status, 400);
  assert.equal((await coach.patch('/api/v1/me/notifications', { everything: false })).status, 400);
  // Only one's own: the leader's switches are still on.
  assert.equal((await leader.get('/api/v1/me/notifications')).json.action_assigned, true);

  await server.stop({ keepData: true });
  server = await startServer({ dataDir: server.dir, args: mailArgs });
  for (const client of [teacher, coach, leader]) client.base = server.base;
  assert.equal((await coach.get('/api/v1/me/notifications')).json.action_assigned, false);

  await teacher.post(`/api/v1/teams/${teamId}/items`, { kind: 'action', text: 'Niet voor de coach', owner_ids: [ids.coach, ids.leader] });
  await mailbox.waitFor(isAssignment(demo('schoolleider'), 'Niet voor de coach'));
  await sentinel();
  assert.equal(mailbox.mails(demo('schoolcoach')).filter((m) => m.text.includes('Niet voor de coach')).length, 0);
  assert.equal((await coach.patch('/api/v1/me/notifications', { action_assigned: true })).status, 200);
});

test('nobody is mailed about a team they left', async () => {
  // A second teacher of the team raises an obstacle, then leaves the team before the leadership answers.
  const staff = (await leader.get(`/api/v1/schools/${schoolId}`)).json.staff;
  const thijs = staff.find((m) => m.name === 'Thijs Mulder' && m.team_id === teamId);
  const colleague = await signedIn(server.base, thijs.email);
  const raised = (await colleague.post(`/api/v1/teams/${teamId}/items`, { kind: 'obstacle', text: 'Rooster botst met gym' })).json;
  const handed = (await colleague.post(`/api/v1/items/${raised.id}/to-leadership`, { version: raised.version })).json;
  assert.equal((await leader.delete(`/api/v1/memberships/${thijs.membership_id}`)).status, 204);
  const replied = await leader.post(`/api/v1/items/${raised.id}/leadership-reply`,
    { reply: 'Opgelost in het nieuwe rooster.', resolve: true, version: handed.version });
  assert.equal(replied.status, 200, replied.text);
  await sentinel();
  assert.equal(mailbox.mails(thijs.email).filter((m) => m.text.includes('Rooster botst met gym')).length, 0);
});

test('the weekly digest goes out once a week: at start, not again after a restart, and for the next week by the clock', async () => {
  // The first server started in some week whose digest had not gone out: it sent it at once, to every owner
  // of overdue actions (the demo has some), and said so in its log.
  const [, week, count] = digestLine.exec(firstDigest);
  assert.ok(Number(count) >= 1, firstDigest);
  const isDigest = (m) => /^SamenBeter: \d+ (acties|actie) over tijd$|^SamenBeter: \d+ overdue actions?$/.test(m.subject);
  await waitUntil(() => mailbox.mails().filter(isDigest).length >= Number(count), 'the digest mails');
  const digest = mailbox.mails().find(isDigest);
  assert.match(digest.text, /Deze acties van jou hadden al klaar moeten zijn:/);
  assert.ok(digest.text.includes(`${PUBLIC}/teams/`), digest.text);
  assert.ok(digest.text.includes(`${PUBLIC}/mijn-acties`));
  const sent = mailbox.mails().filter(isDigest).length;

  // A restart finds the week done and sends nothing.
  await server.stop({ keepData: true });
  server = await startServer({ dataDir: server.dir, args: mailArgs });
  for (const client of [teacher, coach, leader]) client.base = server.base;
  await waitForLog(server, new RegExp(`weekly digest of the week of ${week}: sent before, nothing sent now`));
  await sentinel();
  assert.equal(mailbox.mails().filter(isDigest).length, sent);

  // A later week, named by the command line's clock. The teacher switched the digest off; the others get theirs.
  assert.equal((await teacher.patch('/api/v1/me/notifications', { overdue_digest: false })).status, 200);
  // Not execFileSync: the mailbox answers in this process, so the test must not block while the command mails.
  const run = async (at) => (await promisify(execFile)(process.env.SAMENBETER_BIN,
    ['digest', '--data-dir', server.dir, '--at', at, ...mailArgs], { encoding: 'utf8', env: serverEnv(server.dir) })).stdout;
  // Monday 7 January 2030, 07:59 in Amsterdam (06:59 UTC) still belongs to the week before.
  const before = await run('2030-01-07T07:59:00+01:00');
  const [, beforeCount] = /week of 2029-12-31: (\d+) mail\(s\) sent/.exec(before) ?? [];
  const later = await run('2030-01-07T08:00:00+01:00');
  const [, laterCount] = /week of 2030-01-07: (\d+) mail\(s\) sent/.exec(later) ?? [];
  assert.ok(Number(beforeCount) >= 1, before);
  assert.ok(Number(laterCount) >= 1, later);
  assert.match(await run('2030-01-09T12:00:00Z'), /week of 2030-01-07: sent before, nothing sent now/);
  // The command delivered its mails before it ended.
  assert.equal(mailbox.mails().filter(isDigest).length, sent + Number(beforeCount) + Number(laterCount));
  const coachDigest = mailbox.mails(demo('schoolcoach')).filter(isDigest).at(-1);
  assert.ok(coachDigest?.text.includes('Leesouders vragen'), 'the coach owns an action due in 2026');
  const teacherDigests = mailbox.mails(demo('leraar')).filter(isDigest);
  assert.equal(teacherDigests.length, 0, 'the teacher switched the digest off');
  assert.equal((await teacher.patch('/api/v1/me/notifications', { overdue_digest: true })).status, 200);
  await assert.rejects(run('next monday'), /not a moment like/);
});

async function waitForLog(target, pattern, timeout = 15_000) {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    const match = pattern.exec(target.log());
    if (match) return match[0];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not log ${pattern} within ${timeout} ms:\n${target.log()}`);
}

async function waitUntil(condition, what, timeout = 15_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
