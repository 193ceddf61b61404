// What the platform admin does with people: appoint bestuurders, programme
// staff and expert coaches by e-mail address, find a person with their roles,
// and end a role or admin rights. And a school leader who invites someone
// twice is told so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerWithSchoolLeader } from './lib/app.mjs';
import { Client, demo, signedIn } from './lib/client.mjs';

const { server, leader, schoolId } = await useServerWithSchoolLeader();
const admin = await signedIn(server.base, 'beheer');
const bestuurId = (await leader.get(`/api/v1/schools/${schoolId}`)).json.bestuur_id;

const tokenOf = (link) => link.split('/').pop();
const refusal = (response) => response.json?.error;

test('the admin appoints an address without an account as bestuurder; the person joins and sees the bestuur', async () => {
  const appointed = await admin.post('/api/v1/appointments', { email: 'Ria.Bos@Example.nl', role: 'bestuurder', bestuur_id: bestuurId });
  assert.equal(appointed.status, 201, appointed.text);
  assert.ok(!('person' in appointed.json));
  assert.equal(appointed.json.invitation.email, 'ria.bos@example.nl');
  assert.equal(appointed.json.invitation.bestuur_id, bestuurId);
  assert.equal(appointed.json.invitation.bestuur_name, 'Stichting Samen Leren');
  assert.equal(appointed.json.invitation.school_id, null);
  const open = (await admin.get('/api/v1/appointments')).json.invitations;
  assert.ok(open.some((i) => i.id === appointed.json.invitation.id));

  const ria = new Client(server.base);
  const token = tokenOf(appointed.json.link);
  const seen = await ria.get(`/api/v1/invitation-links/${token}`);
  assert.equal(seen.status, 200);
  assert.equal(seen.json.bestuur_name, 'Stichting Samen Leren');
  assert.ok(!('existing_user' in seen.json));
  const joined = await ria.post(`/api/v1/invitation-links/${token}/accept`, { name: 'Ria Bos', password: 'besturen-met-visie' });
  assert.equal(joined.status, 200, joined.text);
  assert.deepEqual(joined.json.memberships.map((m) => [m.role, m.bestuur_id]), [['bestuurder', bestuurId]]);
  const bestuur = await ria.get(`/api/v1/besturen/${bestuurId}`);
  assert.equal(bestuur.status, 200);
  assert.equal(bestuur.json.schools.length, 2);
});

test('an account appointed programme manager has the role at once; a second appointment is refused at the email', async () => {
  const appointed = await admin.post('/api/v1/appointments', { email: demo('schoolcoach'), role: 'programmabeheerder' });
  assert.equal(appointed.status, 201, appointed.text);
  assert.equal(appointed.json.person.name, 'Lotte Jansen');
  assert.ok(appointed.json.person.memberships.some((m) => m.role === 'programmabeheerder' && m.school_id === null));
  const lotte = await signedIn(server.base, 'schoolcoach');
  assert.ok((await lotte.get('/api/v1/me')).json.memberships.some((m) => m.role === 'programmabeheerder'));

  const again = await admin.post('/api/v1/appointments', { email: demo('schoolcoach'), role: 'programmabeheerder' });
  assert.equal(again.status, 409);
  assert.deepEqual([refusal(again).code, refusal(again).field], ['already_exists', 'email']);
  assert.equal(again.json.current ?? null, null);

  const invited = await admin.post('/api/v1/appointments', { email: 'nog.iemand@example.nl', role: 'programmabeheerder' });
  assert.equal(invited.status, 201);
  const twice = await admin.post('/api/v1/appointments', { email: 'nog.iemand@example.nl', role: 'programmabeheerder' });
  assert.equal(twice.status, 409);
  assert.equal(refusal(twice).field, 'email');
  assert.equal(twice.json.current.id, invited.json.invitation.id);
});

test('appointments name their place, and only the platform admin appoints or looks people up', async () => {
  const cases = [
    [{ email: 'x@example.nl', role: 'leraar' }, 400, 'role'],
    [{ email: 'x@example.nl', role: 'bestuurder' }, 400, 'bestuur_id'],
    [{ email: 'x@example.nl', role: 'expertcoach' }, 400, 'school_id'],
    [{ email: 'x@example.nl', role: 'bestuurder', bestuur_id: 999999 }, 404, 'bestuur_id'],
    [{ email: 'geen adres', role: 'programmabeheerder' }, 400, 'email'],
  ];
  for (const [body, status, field] of cases) {
    const response = await admin.post('/api/v1/appointments', body);
    assert.equal(response.status, status, JSON.stringify(body));
    assert.equal(refusal(response).field, field, JSON.stringify(body));
    assert.equal(typeof refusal(response).message, 'string');
  }
  for (const who of ['schoolleider', 'bestuurder', 'programma']) {
    const client = await signedIn(server.base, who);
    for (const response of [
      await client.post('/api/v1/appointments', { email: 'x@example.nl', role: 'bestuurder', bestuur_id: bestuurId }),
      await client.get('/api/v1/people?q=a'),
      await client.get('/api/v1/appointments'),
      await client.delete('/api/v1/people/1/admin'),
    ]) {
      assert.equal(response.status, 403, `${who}: ${response.text}`);
      assert.equal(refusal(response).code, 'permission_denied');
    }
  }
});

test('the admin finds a person by name or address, with every role and where', async () => {
  const found = await admin.get('/api/v1/people?q=kuipers');
  assert.equal(found.status, 200);
  assert.equal(found.json.people.length, 1);
  const marieke = found.json.people[0];
  assert.equal(marieke.email, demo('expertcoach'));
  assert.deepEqual(marieke.memberships.map((m) => [m.role, m.school_name]).sort(),
    [['expertcoach', 'Het Baken College'], ['expertcoach', 'OBS De Regenboog']]);
  assert.ok(!('password_hash' in marieke));
  const limited = await admin.get('/api/v1/people?q=demo.samenbeter&limit=3');
  assert.equal(limited.json.people.length, 3);
  assert.equal(limited.json.more, true);
  assert.equal(refusal(await admin.get(`/api/v1/people?q=${'a'.repeat(201)}`)).field, 'q');
  assert.equal(refusal(await admin.get('/api/v1/people?limit=51')).field, 'limit');
  assert.equal((await admin.get('/api/v1/people?q=a&q=b')).status, 400);
});

test('ending a bestuurder role ends the access at once, and the last platform admin stays', async () => {
  const hans = (await admin.get('/api/v1/people?q=vermeulen')).json.people[0];
  const role = hans.memberships.find((m) => m.role === 'bestuurder');
  const bestuurder = await signedIn(server.base, 'bestuurder');
  assert.equal((await bestuurder.get(`/api/v1/besturen/${bestuurId}`)).status, 200);
  assert.equal((await leader.delete(`/api/v1/memberships/${role.id}`)).status, 403);
  assert.equal((await admin.delete(`/api/v1/memberships/${role.id}`)).status, 204);
  // The same session, the very next request.
  assert.equal((await bestuurder.get(`/api/v1/besturen/${bestuurId}`)).status, 404);
  assert.deepEqual((await bestuurder.get('/api/v1/me')).json.memberships, []);

  const petra = (await admin.get('/api/v1/people?q=beheer@')).json.people[0];
  const last = await admin.delete(`/api/v1/people/${petra.id}/admin`);
  assert.equal(last.status, 422);
  assert.deepEqual([refusal(last).code, refusal(last).field], ['failed_precondition', 'is_admin']);
  const wouter = (await admin.get('/api/v1/people?q=bakker')).json.people[0];
  const made = await admin.put(`/api/v1/people/${wouter.id}/admin`, {});
  assert.equal(made.status, 200);
  assert.equal(made.json.is_admin, true);
  assert.equal((await admin.delete(`/api/v1/people/${wouter.id}/admin`)).status, 200);
  assert.equal((await admin.delete(`/api/v1/people/999999/admin`)).status, 404);
});

test('a school leader who invites someone already in the team is told so, and sends an open invitation again', async () => {
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  const team = school.teams.find((t) => t.name === 'Groep 5-6');
  const member = await leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: demo('leraar'), role: 'leraar', team_id: team.id });
  assert.equal(member.status, 409);
  assert.deepEqual([refusal(member).code, refusal(member).field], ['already_exists', 'email']);
  assert.equal(member.json.current ?? null, null);

  const first = await leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: 'nieuw.lid@example.nl', role: 'leraar', team_id: team.id });
  assert.equal(first.status, 201);
  const second = await leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: 'nieuw.lid@example.nl', role: 'leraar', team_id: team.id });
  assert.equal(second.status, 409);
  assert.equal(refusal(second).field, 'email');
  assert.equal(second.json.current.id, first.json.invitation.id);
  const open = (await leader.get(`/api/v1/schools/${schoolId}/invitations`)).json.invitations;
  assert.equal(open.filter((i) => i.email === 'nieuw.lid@example.nl').length, 1);

  const again = await leader.post(`/api/v1/invitations/${first.json.invitation.id}/resend`, {});
  assert.equal(again.status, 200, again.text);
  assert.notEqual(again.json.link, first.json.link);
  const anonymous = new Client(server.base);
  assert.equal((await anonymous.get(`/api/v1/invitation-links/${tokenOf(first.json.link)}`)).status, 404);
  assert.equal((await anonymous.get(`/api/v1/invitation-links/${tokenOf(again.json.link)}`)).status, 200);
  const teacher = await signedIn(server.base, 'leraar');
  assert.equal((await teacher.post(`/api/v1/invitations/${first.json.invitation.id}/resend`, {})).status, 403);
});
