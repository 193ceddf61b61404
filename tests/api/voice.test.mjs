// Student voice over HTTP: a teacher opens a feedback round, students answer
// by code without an account, results appear exactly at the fifth answer, the
// school leader sees counts until the teacher shares, bad or excess answers are
// refused, guessing codes is throttled — and the stored rows hold nothing that
// identifies a student (read back with the sqlite3 or psql shell).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startServer } from './lib/server.mjs';
import { dumpTables, queryRows, tableColumns } from './lib/database.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server, teacher, leader, coach, teamId, schoolId;
before(async () => {
  server = await startServer();
  teacher = await signedIn(server.base, 'leraar');
  leader = await signedIn(server.base, 'schoolleider');
  coach = await signedIn(server.base, 'schoolcoach');
  const me = (await teacher.get('/api/v1/me')).json;
  const membership = me.memberships.find((m) => m.role === 'leraar');
  teamId = membership.team_id;
  schoolId = membership.school_id;
});
after(async () => { await server.stop(); });

const token = () => randomBytes(24).toString('base64url');
// A student: no cookie, a device token of its own.
function student() {
  const client = new Client(server.base);
  return {
    device: token(),
    lookup: (code) => client.post('/api/v1/voice/lookup', { code }),
    answer(code, answers) { return client.post('/api/v1/voice/answers', { code, device_token: this.device, answers }); },
  };
}

async function openRound(body = {}) {
  const response = await teacher.post(`/api/v1/teams/${teamId}/voice/rounds`,
    { title: 'Breuken, groep 6', level: 'po', template: 'po-les', class_size: 7, ...body });
  assert.equal(response.status, 201, response.text);
  return response.json;
}

function sql(query) {
  return JSON.stringify(queryRows(server.dir, query));
}

test('a round opens with a code without look-alikes, a student link and a QR code drawn by the server', async () => {
  const round = await openRound();
  assert.match(round.code, /^[ACEFGHJKMNPRTWXY34679]{7}$/);
  assert.equal(round.link, `${new URL(round.link).origin}/s#${round.code}`);
  assert.equal(round.min_answers, 5);
  assert.equal(round.open, true);
  assert.equal(round.questions.length, 7);
  assert.match(round.keep_until, /-07-31T2[12]:59:00Z$/);
  const qr = await teacher.get(`/api/v1/voice/rounds/${round.id}/qr.svg`);
  assert.equal(qr.status, 200);
  assert.equal(qr.headers.get('content-type'), 'image/svg+xml');
  assert.match(qr.text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
  const templates = (await teacher.get('/api/v1/voice/templates')).json.templates;
  assert.deepEqual(templates.map((t) => t.level), ['po', 'vo', 'mbo']);
  for (const t of templates) assert.ok(t.questions.length >= 5 && t.questions.length <= 8, t.key);
});

test('results appear exactly at the fifth answer; one answer per device; never more than the class size', async () => {
  const round = await openRound({ class_size: 6 });
  const found = await student().lookup(round.code.toLowerCase());
  assert.equal(found.status, 200, found.text);
  assert.deepEqual(Object.keys(found.json).sort(), ['closes_at', 'level', 'questions', 'scale_points', 'title']);
  const students = Array.from({ length: 7 }, () => student());
  for (let n = 0; n < 5; n++) {
    const before = (await teacher.get(`/api/v1/voice/rounds/${round.id}`)).json;
    assert.equal(before.answers, n);
    assert.equal(before.results.visible, false, `hidden at ${n} answers`);
    assert.deepEqual(before.results.questions, []);
    const sent = await students[n].answer(round.code, [{ question: 0, value: 1 + (n % 3) }, { question: 5, text: `Antwoord ${n} van Jan` }]);
    assert.equal(sent.status, 204, sent.text);
  }
  const shown = (await teacher.get(`/api/v1/voice/rounds/${round.id}`)).json;
  assert.equal(shown.results.visible, true);
  assert.deepEqual(shown.results.questions[0].counts, [2, 2, 1]);
  assert.equal(shown.results.questions[5].open_answers.length, 5);

  const again = await students[0].answer(round.code, [{ question: 0, value: 2 }]);
  assert.equal(again.status, 409);
  assert.equal(again.json.error.code, 'already_exists');
  assert.equal((await students[5].answer(round.code, [{ question: 1, value: 3 }])).status, 204);
  const full = await students[6].answer(round.code, [{ question: 1, value: 3 }]);
  assert.equal(full.status, 429);
  assert.equal(full.json.error.reason, 'class_full');
  assert.equal((await teacher.get(`/api/v1/voice/rounds/${round.id}`)).json.answers, 6);

  const hidden = await teacher.put(`/api/v1/voice/rounds/${round.id}/hidden-words`, { words: 'jan, Piet' });
  assert.deepEqual(hidden.json.hidden_words, ['jan', 'Piet']);
  const masked = (await teacher.get(`/api/v1/voice/rounds/${round.id}`)).json.results.questions[5].open_answers;
  assert.ok(masked.every((text) => text.endsWith('van ***')), masked.join(' | '));
});

test('the minimum group may be raised, never lowered', async () => {
  const low = await teacher.post(`/api/v1/teams/${teamId}/voice/rounds`,
    { title: 'Les', level: 'vo', template: 'vo-les', class_size: 20, min_answers: 4 });
  assert.equal(low.status, 400);
  assert.equal(low.json.error.field, 'min_answers');
  assert.equal(low.json.error.min, 5);
  const raised = await openRound({ level: 'vo', template: 'vo-les', class_size: 20, min_answers: 8 });
  const students = Array.from({ length: 8 }, () => student());
  for (let n = 0; n < 7; n++) await students[n].answer(raised.code, [{ question: 0, value: 4 }]);
  assert.equal((await teacher.get(`/api/v1/voice/rounds/${raised.id}`)).json.results.visible, false);
  await students[7].answer(raised.code, [{ question: 0, value: 5 }]);
  assert.equal((await teacher.get(`/api/v1/voice/rounds/${raised.id}`)).json.results.visible, true);
});

test('malformed, oversized or out-of-scale answers are refused with a clear error and store nothing', async () => {
  const round = await openRound({ level: 'vo', template: 'vo-les', class_size: 30 });
  const s = student();
  const cases = [
    [{ question: 0, value: 6 }, 'answers.0.value', 'out_of_range'],
    [{ question: 0, value: 0 }, 'answers.0.value', 'out_of_range'],
    [{ question: 6, text: 'x'.repeat(501) }, 'answers.0.text', 'too_long'],
    [{ question: 99, value: 1 }, 'answers.0.question', 'out_of_range'],
    [{ question: 6, value: 3 }, 'answers.0.text', undefined],
  ];
  for (const [answer, field, reason] of cases) {
    const refused = await s.answer(round.code, [answer]);
    assert.equal(refused.status, 400, JSON.stringify(answer));
    assert.equal(refused.json.error.field, field, JSON.stringify(answer));
    if (reason) assert.equal(refused.json.error.reason, reason, JSON.stringify(answer));
  }
  const badToken = await new Client(server.base).post('/api/v1/voice/answers', { code: round.code, device_token: 'kort', answers: [{ question: 0, value: 3 }] });
  assert.equal(badToken.status, 400);
  assert.equal(badToken.json.error.field, 'device_token');
  const extra = await new Client(server.base).post('/api/v1/voice/answers', { code: round.code, device_token: token(), answers: [], name: 'Jan' });
  assert.equal(extra.status, 400);
  const huge = await new Client(server.base).request('POST', '/api/v1/voice/answers', 'x'.repeat(3_000_000), { raw: true, headers: { 'content-type': 'application/json' } });
  assert.ok([400, 413].includes(huge.status), String(huge.status));
  assert.equal((await teacher.get(`/api/v1/voice/rounds/${round.id}`)).json.answers, 0);
});

test('a closed round\'s code stops working; a teacher deletes a round and all its answers at once', async () => {
  const round = await openRound();
  await student().answer(round.code, [{ question: 0, value: 3 }]);
  const closed = await teacher.post(`/api/v1/voice/rounds/${round.id}/close`);
  assert.equal(closed.json.open, false);
  assert.equal((await student().lookup(round.code)).status, 404);
  assert.equal((await student().answer(round.code, [{ question: 0, value: 3 }])).status, 404);
  assert.equal((await teacher.delete(`/api/v1/voice/rounds/${round.id}`)).status, 204);
  assert.equal((await teacher.get(`/api/v1/voice/rounds/${round.id}`)).status, 404);
  assert.equal(sql(`SELECT count(*) AS n FROM voice_responses WHERE round_id = ${round.id}`).trim(), '[{"n":0}]');
});

test('results belong to the teacher: the leader sees counts per team until a round is shared, never open answers', async () => {
  const round = await openRound();
  for (let n = 0; n < 5; n++) await student().answer(round.code, [{ question: 0, value: 3 }, { question: 5, text: 'Geheim' }]);
  assert.equal((await leader.get(`/api/v1/voice/rounds/${round.id}`)).status, 404);
  assert.equal((await coach.get(`/api/v1/voice/rounds/${round.id}`)).status, 403);
  const overview = (await leader.get(`/api/v1/schools/${schoolId}/voice`)).json;
  const team = overview.teams.find((t) => t.team_id === teamId);
  assert.ok(team.rounds >= 1);
  assert.equal(team.team_name, 'Groep 5-6');
  assert.ok(!overview.shared.some((r) => r.id === round.id));
  assert.equal((await teacher.get(`/api/v1/schools/${schoolId}/voice`)).status, 403);

  assert.equal((await teacher.put(`/api/v1/voice/rounds/${round.id}/sharing`, { shared: true })).json.shared, true);
  const seen = (await leader.get(`/api/v1/voice/rounds/${round.id}`)).json;
  assert.equal(seen.mine, false);
  assert.equal(seen.code, undefined);
  assert.deepEqual(seen.results.questions[0].counts, [0, 0, 5]);
  assert.equal(seen.results.questions[5].open_answers, undefined);
  assert.ok((await leader.get(`/api/v1/schools/${schoolId}/voice`)).json.shared.some((r) => r.id === round.id));
  assert.equal((await leader.post(`/api/v1/voice/rounds/${round.id}/close`)).status, 403);
});

test('the same question over time: its average in each earlier round that shows results', async () => {
  const rounds = (await teacher.get(`/api/v1/teams/${teamId}/voice/rounds`)).json.rounds;
  const demoRound = rounds.find((r) => r.title === 'Breuken, les 2');
  assert.ok(demoRound, 'the demo rounds are there');
  const trend = await teacher.get(`/api/v1/voice/rounds/${demoRound.id}/trend?question=0`);
  assert.equal(trend.status, 200, trend.text);
  assert.ok(trend.json.points.some((p) => p.title === 'Breuken, les 1'));
  assert.ok(!trend.json.points.some((p) => p.title === 'Spelling: werkwoorden'), 'three answers show no result');
  assert.equal((await teacher.get(`/api/v1/voice/rounds/${demoRound.id}/trend?question=x`)).status, 400);
});

test('guessing codes is throttled per address, in memory: ten wrong codes, then 429 with Retry-After', async () => {
  // Every client of a test server is 127.0.0.1: a fresh server, so the other tests' budget is not used up.
  const local = await startServer({ demo: true });
  try {
    const client = new Client(local.base);
    for (let n = 0; n < 10; n++) {
      const wrong = await client.post('/api/v1/voice/lookup', { code: 'AAAAAAA' });
      assert.equal(wrong.status, 404);
    }
    const refused = await client.post('/api/v1/voice/lookup', { code: 'AAAAAAA' });
    assert.equal(refused.status, 429);
    assert.equal(refused.json.error.code, 'resource_exhausted');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal((await client.post('/api/v1/voice/answers', { code: 'AAAAAAA', device_token: token(), answers: [{ question: 0, value: 1 }] })).status, 429);
  } finally {
    await local.stop();
  }
});

test('the stored rows hold nothing that identifies a student, and the log holds no code', async () => {
  const round = await openRound({ class_size: 10 });
  const devices = [];
  for (let n = 0; n < 5; n++) {
    const s = student();
    devices.push(s.device);
    await s.answer(round.code, [{ question: 0, value: 2 }, { question: 5, text: 'Fijne les' }]);
  }
  const responses = JSON.parse(sql(`SELECT * FROM voice_responses WHERE round_id = ${round.id}`));
  assert.equal(responses.length, 5);
  assert.deepEqual(Object.keys(responses[0]).sort(), ['device_hash', 'id', 'round_id']);
  for (const row of responses) {
    assert.match(row.device_hash, /^[0-9a-f]{32,}$/, 'a hash, not the token');
    for (const device of devices) assert.ok(!row.device_hash.includes(device));
  }
  const answerColumns = tableColumns(server.dir, 'voice_answers').sort();
  assert.deepEqual(answerColumns, ['question', 'response_id', 'text', 'value']);
  // No token, address, browser or time anywhere in the module's tables.
  const dump = dumpTables(server.dir, ['voice_rounds', 'voice_questions', 'voice_hidden_words', 'voice_responses', 'voice_answers']);
  for (const device of devices) assert.ok(!dump.includes(device));
  assert.ok(!dump.includes('127.0.0.1'));
  assert.ok(!/Mozilla|node|undici/i.test(dump.replace(/CREATE TABLE[^;]*;/g, '')));
  assert.ok(!server.log().includes(round.code), 'the code never reaches the log');
});
