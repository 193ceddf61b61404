// Enrolling a colleague without an account (issue 14, point 4), over HTTP: the
// school leader invites by e-mail, the held place counts, the mail read from a
// real SMTP server carries a single-use link, the colleague sets a name and
// password on it and finds the programme as theirs; the inviter follows the
// state, resends and withdraws; who may do what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, demo, signedIn } from './lib/client.mjs';
import { useMailbox } from './lib/mailbox.mjs';

const mailbox = await useMailbox();
let server, anonymous, leader, teacher, otherLeader, schoolId, round;

before(async () => {
  server = await startServer({ args: ['--smtp-url', mailbox.url, '--smtp-from', 'SamenBeter <noreply@samenbeter.test>',
    '--public-url', 'http://samenbeter.test'] });
  anonymous = new Client(server.base);
  leader = await signedIn(server.base, 'schoolleider');
  teacher = await signedIn(server.base, 'leraar');
  otherLeader = await signedIn(server.base, 'marloes.dejong@demo.samenbeter.nl');
  schoolId = (await leader.get('/api/v1/me')).json.memberships.find((m) => m.role === 'schoolleider').school_id;
  const programmes = (await anonymous.get('/api/v1/programmes')).json;
  round = programmes.find((p) => p.title.startsWith('Leergang')).rounds.find((r) => r.state === 'open');
});
after(async () => { await server?.stop(); });

const invite = (client, email, extra = {}) => client.post(`/api/v1/programme-rounds/${round.id}/invitations`,
  { email, school_id: schoolId, sector: 'PO', role: 'Directeuren', ...extra });
const linkIn = (mail) => /http:\/\/samenbeter\.test\/opleidingen\/uitnodiging\/(\S+)/.exec(mail.text)?.[1];

test('a colleague without an account is invited, accepts through the mailed link and finds the programme as theirs', async () => {
  const held = await invite(leader, 'nieuwe.directeur@school.test');
  assert.equal(held.status, 201, held.text);
  assert.equal(held.json.user_id, null);
  assert.equal(held.json.invitation.state, 'open');
  assert.equal(held.json.invitation.email, 'nieuwe.directeur@school.test');
  assert.ok(['placed', 'waiting'].includes(held.json.status));
  const mail = await mailbox.waitFor((m) => m.to.includes('nieuwe.directeur@school.test'));
  assert.match(mail.subject, /^Uitnodiging: Leergang Lerende Leiders/);
  const token = linkIn(mail);
  assert.ok(token, mail.text);

  const described = await anonymous.get(`/api/v1/programme-invitation-links/${token}`);
  assert.equal(described.status, 200, described.text);
  assert.equal(described.json.programme.title, 'Leergang Lerende Leiders');
  assert.equal(described.json.email, 'nieuwe.directeur@school.test');
  assert.equal(described.json.place, 'OBS De Regenboog');

  // The organisation's account rules hold: a short password is refused at its field.
  const newcomer = new Client(server.base);
  const short = await newcomer.post(`/api/v1/programme-invitation-links/${token}/accept`, { name: 'Nieuwe Directeur', password: 'kort' });
  assert.equal(short.status, 400);
  assert.equal(short.json.error.field, 'password');
  const accepted = await newcomer.post(`/api/v1/programme-invitation-links/${token}/accept`,
    { name: 'Nieuwe Directeur', password: 'Een-lang-wachtwoord-2026' });
  assert.equal(accepted.status, 200, accepted.text);
  assert.equal(accepted.json.user.name, 'Nieuwe Directeur');
  assert.ok(accepted.json.memberships.some((m) => m.role === 'schoolleider' && m.school_id === schoolId));
  const mine = (await newcomer.get('/api/v1/me/programmes')).json;
  assert.equal(mine.length, 1);
  assert.equal(mine[0].id, held.json.id);
  assert.equal(mine[0].invitation.state, 'accepted');

  const followed = (await leader.get('/api/v1/me/programme-colleagues')).json.find((e) => e.id === held.json.id);
  assert.equal(followed.invitation.state, 'accepted');
  assert.equal(followed.user_name, 'Nieuwe Directeur');
  // Used once: the link and the resend are over.
  assert.equal((await anonymous.get(`/api/v1/programme-invitation-links/${token}`)).status, 404);
  assert.equal((await new Client(server.base).post(`/api/v1/programme-invitation-links/${token}/accept`,
    { name: 'Nog eens', password: 'Een-lang-wachtwoord-2026' })).status, 404);
  assert.equal((await leader.post(`/api/v1/programme-enrolments/${held.json.id}/invitation`)).json.error.reason, 'not_open');
});

test('the inviter resends (the old link stops working) and withdraws; nobody else may', async () => {
  const held = (await invite(leader, 'tweede.collega@school.test')).json;
  const first = linkIn(await mailbox.waitFor((m) => m.to.includes('tweede.collega@school.test')));
  assert.equal((await otherLeader.post(`/api/v1/programme-enrolments/${held.id}/invitation`)).status, 404);
  const resent = await leader.post(`/api/v1/programme-enrolments/${held.id}/invitation`);
  assert.equal(resent.status, 200, resent.text);
  await mailbox.waitFor((m) => m.to.includes('tweede.collega@school.test') && linkIn(m) !== first);
  const second = linkIn(mailbox.mails('tweede.collega@school.test').at(-1));
  assert.notEqual(second, first);
  assert.equal((await anonymous.get(`/api/v1/programme-invitation-links/${first}`)).status, 404);
  assert.equal((await anonymous.get(`/api/v1/programme-invitation-links/${second}`)).status, 200);

  assert.equal((await otherLeader.delete(`/api/v1/programme-enrolments/${held.id}`)).status, 404);
  const withdrawn = await leader.delete(`/api/v1/programme-enrolments/${held.id}`);
  assert.equal(withdrawn.status, 200, withdrawn.text);
  assert.equal(withdrawn.json.invitation.state, 'withdrawn');
  assert.equal((await anonymous.get(`/api/v1/programme-invitation-links/${second}`)).status, 404);
  const followed = (await leader.get('/api/v1/me/programme-colleagues')).json.find((e) => e.id === held.id);
  assert.equal(followed.invitation.state, 'withdrawn');
});

test('each refusal says why, and nobody invites into another school', async () => {
  const refused = async (client, body, status, field, reason) => {
    const response = await client.post(`/api/v1/programme-rounds/${round.id}/invitations`, body);
    assert.equal(response.status, status, response.text);
    if (field) assert.equal(response.json.error.field, field);
    if (reason) assert.equal(response.json.error.reason, reason);
  };
  const base = { email: 'derde@school.test', school_id: schoolId, sector: 'PO', role: 'Directeuren' };
  await refused(teacher, base, 403);
  await refused(otherLeader, { ...base, school_id: schoolId }, 404);  // not her school: as if it did not exist
  await refused(leader, { ...base, school_id: 999999 }, 404);
  await refused(leader, { ...base, email: 'geen-adres' }, 400, 'email');
  await refused(leader, { ...base, school_id: undefined }, 400, 'school_id');
  await refused(leader, { ...base, sector: 'VO', role: 'Rectoren' }, 400, 'sector');
  await refused(leader, { ...base, role: 'Conciërges' }, 400, 'role', 'not_in_audience');
  await refused(leader, { ...base, email: demo('schoolleider') }, 409, 'email');
  await refused(leader, { ...base, surprise: 1 }, 400);
  assert.equal((await anonymous.post(`/api/v1/programme-rounds/${round.id}/invitations`, base)).status, 401);
  assert.equal((await anonymous.get('/api/v1/programme-invitation-links/bestaat-niet')).status, 404);
  assert.equal((await anonymous.get('/api/v1/me/programme-colleagues')).status, 401);
  assert.deepEqual((await teacher.get('/api/v1/me/programme-colleagues')).json, []);
});
