// Bad input gets a clear JSON error with the right status — never a 500, a
// crash or a partial write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerWithSchoolLeader } from './lib/app.mjs';

const { leader, schoolId } = await useServerWithSchoolLeader();

function assertError(response, status, code, field) {
  assert.equal(response.status, status, response.text);
  assert.equal(typeof response.json.error.message, 'string');
  assert.equal(response.json.error.code, code);
  if (field !== undefined) assert.equal(response.json.error.field, field);
}

async function teamCount() {
  return (await leader.get(`/api/v1/schools/${schoolId}`)).json.teams.length;
}

test('malformed JSON is a 400', async () => {
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, '{"name": ', { raw: true }), 400, 'invalid_argument');
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, '[1,2]', { raw: true }), 400, 'invalid_argument');
});

test('wrong types, missing and unknown fields name the field', async () => {
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 12 }), 400, 'invalid_argument', 'name');
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, {}), 400, 'invalid_argument', 'name');
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'X', colour: 'red' }), 400, 'invalid_argument', 'colour');
  assertError(await leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: 'a@b.nl', role: 'leraar', team_id: 'one' }),
    400, 'invalid_argument', 'team_id');
  assertError(await leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: 'not-an-address', role: 'leraar', team_id: 1 }),
    400, 'invalid_argument', 'email');
  assertError(await leader.post(`/api/v1/schools/${schoolId}/invitations`, { email: 'a@b.nl', role: 'koning' }),
    400, 'invalid_argument', 'role');
});

test('overlong text and invalid UTF-8 are refused and nothing is written', async () => {
  const before = await teamCount();
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'x'.repeat(201) }), 400, 'invalid_argument', 'name');
  const invalid = Buffer.concat([Buffer.from('{"name":"Groep '), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, invalid, { raw: true }), 400, 'invalid_argument');
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: '   ' }), 400, 'invalid_argument', 'name');
  assert.equal(await teamCount(), before);
});

test('an oversized body is a 413 and the server goes on', async () => {
  // Several times: the client must read the answer, not a reset, while it is still sending (lingering close).
  for (let i = 0; i < 8; i++) {
    const response = await leader.post(`/api/v1/schools/${schoolId}/teams`, JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }), { raw: true });
    assertError(response, 413, 'payload_too_large');
  }
  assert.equal((await leader.get('/api/v1/health')).status, 200);
});

test('a body that is not JSON is a 415', async () => {
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, 'name=x', { raw: true, headers: { 'content-type': 'text/plain' } }),
    415, 'unsupported_media_type');
});

test('unknown ids are a 404, ids that are not numbers too', async () => {
  assertError(await leader.get('/api/v1/teams/999999'), 404, 'not_found');
  assertError(await leader.get('/api/v1/teams/abc'), 404, 'not_found');
  assertError(await leader.get('/api/v1/teams/-1'), 404, 'not_found');
  assertError(await leader.get('/api/v1/nothing'), 404, 'not_found');
});

// Found by fuzzing (fuzz_request_target): a repeated query parameter named by bytes that are not UTF-8 was echoed
// in the error's field, so the answer was no JSON.
test('a path or query that does not decode to UTF-8 is a JSON 404', async () => {
  assertError(await leader.get('/api/v1/me?%FF=1&%FF=2'), 404, 'not_found');
  assertError(await leader.get('/api/v1/teams/%C3'), 404, 'not_found');
  assertError(await leader.get('/api/v1/me?a=1&a=2'), 400, 'invalid_argument', 'a');
});

test('a duplicate team name is a 409 naming the field', async () => {
  assert.equal((await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'Groep 7-8' })).status, 201);
  assertError(await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'Groep 7-8' }), 409, 'already_exists', 'name');
});

test('a school leader cannot remove her own leader role (422)', async () => {
  const me = (await leader.get('/api/v1/me')).json;
  const own = me.memberships.find((m) => m.role === 'schoolleider');
  assertError(await leader.delete(`/api/v1/memberships/${own.id}`), 422, 'failed_precondition');
});

test('random garbage never makes a 500', async () => {
  const paths = ['/api/v1/auth/login', '/api/v1/me', `/api/v1/schools/${schoolId}/teams`, `/api/v1/schools/${schoolId}/invitations`,
    '/api/v1/besturen', '/api/v1/schools', '/api/v1/invitation-links/x/accept'];
  const bodies = ['', 'null', '"text"', '{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":{"l":{"m":{"n":{"o":{"p":{"q":1}}}}}}}}}}}}}}}}}',
    '{"name":null}', '{"email":[],"password":{}}', '{"name":"\\ud800"}', '\u0000', '{"name":"a","name":"b"}'];
  for (const path of paths) {
    for (const body of bodies) {
      for (const method of ['POST', 'PATCH']) {
        const response = await leader.request(method, path, body, { raw: true });
        assert.ok(response.status < 500, `${method} ${path} ${JSON.stringify(body)} -> ${response.status}`);
        assert.ok(response.json === null || response.status < 400 || response.json.error, `${path} error shape`);
      }
    }
  }
});
