// What a school leader and a platform admin do: teams, invitations, roles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerWithSchoolLeader } from './lib/app.mjs';
import { Client, signedIn } from './lib/client.mjs';

const { server, leader, schoolId } = await useServerWithSchoolLeader();

const tokenOf = (link) => link.split('/').pop();

test('a school leader creates a team, invites a teacher, and the teacher joins', async () => {
  const team = await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'Groep 7-8' });
  assert.equal(team.status, 201);
  const invited = await leader.post(`/api/v1/schools/${schoolId}/invitations`,
    { email: 'Bas.Verbeek@Example.nl', role: 'leraar', team_id: team.json.id });
  assert.equal(invited.status, 201);
  assert.equal(invited.json.invitation.email, 'bas.verbeek@example.nl');
  assert.match(invited.json.link, /^\/uitnodiging\/[A-Za-z0-9_-]{20,}$/);
  const open = (await leader.get(`/api/v1/schools/${schoolId}/invitations`)).json.invitations;
  assert.ok(open.some((i) => i.id === invited.json.invitation.id && i.team_name === 'Groep 7-8'));

  const teacher = new Client(server.base);
  const token = tokenOf(invited.json.link);
  const seen = await teacher.get(`/api/v1/invitation-links/${token}`);
  assert.equal(seen.status, 200);
  assert.equal(seen.json.team_name, 'Groep 7-8');
  assert.ok(!('existing_user' in seen.json));
  const weak = await teacher.post(`/api/v1/invitation-links/${token}/accept`, { name: 'Bas Verbeek', password: 'kort' });
  assert.equal(weak.json.error.field, 'password');
  const accepted = await teacher.post(`/api/v1/invitation-links/${token}/accept`, { name: 'Bas Verbeek', password: 'lesgeven-is-leuk' });
  assert.equal(accepted.status, 200);
  assert.equal(accepted.json.memberships[0].team_name, 'Groep 7-8');
  const page = await teacher.get(`/api/v1/teams/${team.json.id}`);
  assert.equal(page.status, 200);
  assert.ok(page.json.members.some((m) => m.name === 'Bas Verbeek'));
  // A link works once.
  assert.equal((await new Client(server.base).get(`/api/v1/invitation-links/${token}`)).status, 404);
  assert.ok(!(await leader.get(`/api/v1/schools/${schoolId}/invitations`)).json.invitations.some((i) => i.id === invited.json.invitation.id));
});

test('an existing user accepts with her own password and gains the role', async () => {
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  const other = school.teams.find((t) => t.name === 'Groep 3-4');
  const invited = await leader.post(`/api/v1/schools/${schoolId}/invitations`,
    { email: 'leraar@demo.samenbeter.nl', role: 'leraar', team_id: other.id });
  const client = new Client(server.base);
  const token = tokenOf(invited.json.link);
  // The link does not say whether the address has an account: that would tell strangers who uses SamenBeter.
  const link = await client.get(`/api/v1/invitation-links/${token}`);
  assert.equal(link.status, 200);
  assert.ok(!('existing_user' in link.json));
  const wrong = await client.post(`/api/v1/invitation-links/${token}/accept`, { password: 'niet-mijn-wachtwoord' });
  assert.equal(wrong.status, 401);
  const accepted = await client.post(`/api/v1/invitation-links/${token}/accept`, { password: 'demo-samenbeter' });
  assert.equal(accepted.status, 200);
  assert.deepEqual(accepted.json.memberships.map((m) => m.team_name).sort(), ['Groep 3-4', 'Groep 5-6']);
});

test('a revoked invitation cannot be used', async () => {
  const invited = await leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: 'coach@example.nl', role: 'schoolcoach' });
  assert.equal(invited.status, 201);
  assert.equal((await leader.delete(`/api/v1/invitations/${invited.json.invitation.id}`)).status, 204);
  assert.equal((await new Client(server.base).get(`/api/v1/invitation-links/${tokenOf(invited.json.link)}`)).status, 404);
});

test('a school leader names a teacher school coach, and removes a member', async () => {
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  const eva = school.staff.find((m) => m.name === 'Eva van Dijk');
  const named = await leader.post(`/api/v1/schools/${schoolId}/memberships`, { user_id: eva.user_id, role: 'schoolcoach' });
  assert.equal(named.status, 201);
  assert.equal(named.json.role, 'schoolcoach');
  const twice = await leader.post(`/api/v1/schools/${schoolId}/memberships`, { user_id: eva.user_id, role: 'schoolcoach' });
  assert.equal(twice.status, 409);
  const stranger = await leader.post(`/api/v1/schools/${schoolId}/memberships`, { user_id: 999999, role: 'schoolcoach' });
  assert.equal(stranger.status, 404);
  const eve = await signedIn(server.base, 'eva.vandijk@demo.samenbeter.nl');
  assert.ok((await eve.get('/api/v1/me')).json.memberships.some((m) => m.role === 'schoolcoach'));

  assert.equal((await leader.delete(`/api/v1/memberships/${eva.membership_id}`)).status, 204);
  const after = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  assert.ok(!after.staff.some((m) => m.membership_id === eva.membership_id));
  const team = (await leader.get(`/api/v1/teams/${eva.team_id}`)).json;
  assert.ok(!team.members.some((m) => m.user_id === eva.user_id));
  // As school coach she still sees the team; without that role too, access ends at once.
  assert.equal((await eve.get(`/api/v1/teams/${eva.team_id}`)).status, 200);
  assert.equal((await leader.delete(`/api/v1/memberships/${named.json.membership_id}`)).status, 204);
  // Without any role there, the school is as unknown to her as any other.
  assert.equal((await eve.get(`/api/v1/teams/${eva.team_id}`)).status, 404);
  assert.equal((await eve.get(`/api/v1/schools/${schoolId}`)).status, 404);
});

test('a school leader renames and removes a team', async () => {
  const team = (await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'Tijdelijk' })).json;
  const renamed = await leader.patch(`/api/v1/teams/${team.id}`, { name: 'Werkgroep rekenen' });
  assert.equal(renamed.json.name, 'Werkgroep rekenen');
  assert.equal((await leader.delete(`/api/v1/teams/${team.id}`)).status, 204);
  assert.equal((await leader.get(`/api/v1/teams/${team.id}`)).status, 404);
});

test('a platform admin creates a bestuur and a school; BRIN codes are unique', async () => {
  const admin = await signedIn(server.base, 'beheer');
  const bestuur = await admin.post('/api/v1/besturen', { name: 'Stichting Nieuw Begin' });
  assert.equal(bestuur.status, 201);
  const school = await admin.post('/api/v1/schools', { bestuur_id: bestuur.json.id, name: 'Basisschool Het Anker', sector: 'PO', brin: '33cc', region: 'noord' });
  assert.equal(school.status, 201);
  assert.equal(school.json.brin, '33CC');
  const duplicate = await admin.post('/api/v1/schools', { bestuur_id: bestuur.json.id, name: 'Nog een', sector: 'PO', brin: '33CC', region: 'noord' });
  assert.equal(duplicate.status, 409);
  assert.equal(duplicate.json.error.field, 'brin');
  const badSector = await admin.post('/api/v1/schools', { bestuur_id: bestuur.json.id, name: 'X', sector: 'WO', brin: '44DD', region: 'noord' });
  assert.equal(badSector.json.error.field, 'sector');
  const noBestuur = await admin.post('/api/v1/schools', { bestuur_id: 999999, name: 'X', sector: 'PO', brin: '45DD', region: 'noord' });
  assert.equal(noBestuur.status, 404);
  assert.equal(noBestuur.json.error.field, 'bestuur_id');
  assert.equal((await leader.post('/api/v1/besturen', { name: 'Eigen bestuur' })).status, 403);
});
