// The rhythm grows as modules land: lesson designs, lesson visits held and
// student feedback rounds are counted per team and week next to the board's
// sessions and measurements — counts only, never a design's words or a
// round's answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { signedIn } from './lib/client.mjs';

let server, teacher, teamId;
before(async () => {
  server = await startServer();
  teacher = await signedIn(server.base, 'leraar');
  teamId = (await teacher.get('/api/v1/me')).json.memberships.find((m) => m.role === 'leraar').team_id;
});
after(async () => { await server.stop(); });

const total = (heatmap, kind) =>
  heatmap.rows.flatMap((row) => row.weeks).reduce((sum, cell) => sum + (cell.counts?.[kind] ?? 0), 0);

test('every registered module reports its kinds, and the demo team\'s lessons and rounds are counted', async () => {
  const answer = await teacher.get(`/api/v1/teams/${teamId}/rhythm`);
  assert.equal(answer.status, 200, answer.text);
  const heatmap = answer.json;
  for (const kind of ['board_session', 'measurement', 'lesson_design', 'lesson_visit', 'voice_round']) {
    assert.ok(heatmap.kinds.includes(kind), `kind ${kind} in ${heatmap.kinds}`);
  }
  assert.ok(total(heatmap, 'lesson_design') >= 1, 'the demo team designed lessons this school year');
  assert.ok(total(heatmap, 'lesson_visit') >= 1, 'the demo team held visits');
  assert.ok(total(heatmap, 'voice_round') >= 1, 'the demo teacher asked her students');
});

test('a new feedback round shows in this week\'s count', async () => {
  const before = total((await teacher.get(`/api/v1/teams/${teamId}/rhythm`)).json, 'voice_round');
  const opened = await teacher.post(`/api/v1/teams/${teamId}/voice/rounds`,
    { title: 'Ritmeronde', level: 'po', template: 'po-les', class_size: 20 });
  assert.equal(opened.status, 201, opened.text);
  const after = total((await teacher.get(`/api/v1/teams/${teamId}/rhythm`)).json, 'voice_round');
  assert.equal(after, before + 1);
});
