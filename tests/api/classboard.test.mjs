// The class board over HTTP: a teacher makes a board for her class and runs it;
// the classroom screen reaches it by a session's token (operates) or a display
// link's (reads only, revocable), live; students send ideas by the class code
// without an account — bounded, rate-limited, shown only once approved — and
// the stored idea rows hold nothing that identifies a student (read back with
// the sqlite3 or psql shell). Another teacher, another school and a school leader
// reach nothing but what the policy gives them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { changeRows, queryRows, tableColumns } from './lib/database.mjs';
import { watchScreen } from './lib/screen.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server, teacher, colleague, leader, outsider, teamId, schoolId;
before(async () => {
  server = await startServer();
  teacher = await signedIn(server.base, 'leraar');
  colleague = await signedIn(server.base, 'thijs.mulder');
  leader = await signedIn(server.base, 'schoolleider');
  outsider = await signedIn(server.base, 'gerard.timmermans');
  const me = (await teacher.get('/api/v1/me')).json;
  const membership = me.memberships.find((m) => m.role === 'leraar');
  teamId = membership.team_id;
  schoolId = membership.school_id;
});
after(async () => { await server.stop(); });

async function makeBoard(body = {}) {
  const response = await teacher.post(`/api/v1/teams/${teamId}/classboards`,
    { class_name: 'Groep 6b', goal: 'We lezen elke dag', measure_kind: 'number', measure_label: 'Minuten gelezen', ...body });
  assert.equal(response.status, 201, response.text);
  return response.json;
}

function sql(query) {
  return queryRows(server.dir, query);
}

const tokenOf = (link) => decodeURIComponent(link.split('#')[1]);

// A screen on the live channel: collects its messages.
function watch(path, cookie) {
  const screen = watchScreen(server.base, cookie ? { cookie } : null, path);
  const next = screen.next;
  screen.next = (predicate, ms = 4000) => next(predicate, ms);
  const closedWith = screen.closedWith;
  screen.closedWith = (ms = 4000) => closedWith(ms);
  return screen;
}

test('the demo teacher has a class board with weeks of history and an idea waiting', async () => {
  const boards = (await teacher.get(`/api/v1/teams/${teamId}/classboards`)).json.boards;
  const demo = boards.find((b) => b.class_name === 'Groep 6');
  assert.ok(demo, JSON.stringify(boards));
  const view = (await teacher.get(`/api/v1/classboards/${demo.id}`)).json;
  assert.ok(view.measurements.length >= 4);
  assert.equal(view.ideas.filter((i) => !i.approved).length, 1);
  assert.ok(view.items.some((i) => i.kind === 'obstacle'));
  assert.match(view.idea_link, /\/k#[ACEFGHJKMNPRTWXY34679]{7}$/);
});

test('a teacher makes, changes and deletes her board; bad input is a clear 400', async () => {
  const board = await makeBoard();
  assert.match(board.code, /^[ACEFGHJKMNPRTWXY34679]{7}$/);
  assert.equal(board.measure_kind, 'number');
  const edited = await teacher.patch(`/api/v1/classboards/${board.id}`, { goal: 'Elke dag een kwartier lezen' });
  assert.equal(edited.status, 200, edited.text);
  assert.equal(edited.json.goal, 'Elke dag een kwartier lezen');
  const bad = await teacher.post(`/api/v1/teams/${teamId}/classboards`, { class_name: 'x', goal: 'y', measure_kind: 'percent', measure_label: 'z' });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'measure_kind');
  const long = await teacher.post(`/api/v1/classboards/${board.id}/items`, { kind: 'action', text: 'a'.repeat(201) });
  assert.equal(long.status, 400);
  assert.equal(long.json.error.reason, 'too_long');
  const kind = await teacher.post(`/api/v1/classboards/${board.id}/items`, { kind: 'idea', text: 'x' });
  assert.equal(kind.json.error.field, 'kind');
  const week = await teacher.put(`/api/v1/classboards/${board.id}/measurements/2026-11-17`, { value: 3 });
  assert.equal(week.json.error.field, 'week');
  const range = await teacher.put(`/api/v1/classboards/${board.id}/measurements/2026-11-16`, { value: 100001 });
  assert.equal(range.json.error.reason, 'out_of_range');
  assert.equal(range.json.error.max, 100000);
  const extra = await teacher.post(`/api/v1/classboards/${board.id}/items`, { kind: 'action', text: 'x', author: 'Jan' });
  assert.equal(extra.status, 400);
  // Cards, measurements, codes: each answers what it made.
  const item = (await teacher.post(`/api/v1/classboards/${board.id}/items`, { kind: 'action', text: 'Leeshoek opruimen' })).json;
  assert.equal((await teacher.patch(`/api/v1/classboard-items/${item.id}`, { done: true })).json.done, true);
  assert.equal((await teacher.put(`/api/v1/classboards/${board.id}/measurements/2026-11-16`, { value: 12 })).json.value, 12);
  const renewed = (await teacher.post(`/api/v1/classboards/${board.id}/code`)).json;
  assert.notEqual(renewed.code, board.code);
  const qr = await teacher.get(`/api/v1/classboards/${board.id}/qr.svg`);
  assert.equal(qr.status, 200);
  assert.match(qr.headers.get('content-type'), /image\/svg\+xml/);
  assert.equal((await teacher.request('DELETE', `/api/v1/classboard-items/${item.id}`)).status, 204);
  assert.equal((await teacher.request('DELETE', `/api/v1/classboards/${board.id}`)).status, 204);
  assert.equal((await teacher.get(`/api/v1/classboards/${board.id}`)).status, 404);
});

test('another teacher, another school and the school leader reach no board; the leader sees counts', async () => {
  const board = await makeBoard();
  const item = (await teacher.post(`/api/v1/classboards/${board.id}/items`, { kind: 'action', text: 'x' })).json;
  for (const [who, client, status] of [['colleague', colleague, 404], ['outsider', outsider, 404], ['leader', leader, 403]]) {
    for (const [method, path, body] of [
      ['GET', `/api/v1/classboards/${board.id}`], ['PATCH', `/api/v1/classboards/${board.id}`, { goal: 'Gekaapt' }],
      ['POST', `/api/v1/classboards/${board.id}/items`, { kind: 'action', text: 'x' }],
      ['PATCH', `/api/v1/classboard-items/${item.id}`, { done: true }], ['POST', `/api/v1/classboards/${board.id}/session`, {}],
      ['POST', `/api/v1/classboards/${board.id}/display-link`, {}], ['GET', `/api/v1/classboards/${board.id}/qr.svg`],
    ]) {
      const response = await client.request(method, path, body);
      assert.equal(response.status, status, `${who}: ${method} ${path} -> ${response.status} ${response.text}`);
    }
  }
  const counts = (await leader.get(`/api/v1/schools/${schoolId}/classboards`)).json.teams;
  const mine = counts.find((t) => t.team_id === teamId);
  assert.ok(mine.boards >= 2);
  assert.deepEqual(Object.keys(mine).sort(), ['boards', 'team_id', 'team_name']);
  assert.equal((await teacher.get(`/api/v1/schools/${schoolId}/classboards`)).status, 403);
  assert.equal((await outsider.get(`/api/v1/schools/${schoolId}/classboards`)).status, 404);
  await teacher.request('DELETE', `/api/v1/classboards/${board.id}`);
});

test('the display link only reads, follows the board live and closes when revoked', async () => {
  const board = await makeBoard();
  const link = (await teacher.post(`/api/v1/classboards/${board.id}/display-link`)).json.link;
  assert.match(link, /\/klassenbord\/scherm#/);
  const token = tokenOf(link);
  const screen = new Client(server.base);
  const shown = await screen.get(`/api/v1/classboard-screens/${encodeURIComponent(token)}`);
  assert.equal(shown.status, 200, shown.text);
  assert.equal(shown.json.mode, 'display');
  assert.equal(shown.json.board.class_name, 'Groep 6b');
  for (const [method, path, body] of [['POST', '/items', { kind: 'action', text: 'x' }], ['PUT', '/measurements/2026-11-16', { value: 1 }]]) {
    const refused = await screen.request(method, `/api/v1/classboard-screens/${encodeURIComponent(token)}${path}`, body);
    assert.equal(refused.status, 403, refused.text);
  }
  const item = (await teacher.post(`/api/v1/classboards/${board.id}/items`, { kind: 'success', text: 'x' })).json;
  assert.equal((await screen.request('PATCH', `/api/v1/classboard-screens/${encodeURIComponent(token)}/items/${item.id}`, { done: true })).status, 403);
  assert.equal((await screen.get(`/api/v1/classboard-screens/${encodeURIComponent(token)}/qr.svg`)).status, 200);
  // Live: a change reaches the display; revoking the link closes it.
  const live = watch(`/api/v1/classboard-screens/${encodeURIComponent(token)}/live`);
  await live.next((m) => m.type === 'hello');
  await teacher.post(`/api/v1/classboards/${board.id}/items`, { kind: 'action', text: 'Live op het scherm' });
  const event = await live.next((m) => m.type === 'event' && m.event.items.some((i) => i.text === 'Live op het scherm'));
  assert.equal(event.event.board.id, board.id);
  assert.equal((await teacher.request('DELETE', `/api/v1/classboards/${board.id}/display-link`)).status, 204);
  await teacher.post(`/api/v1/classboards/${board.id}/items`, { kind: 'action', text: 'Na het intrekken' });
  assert.ok(await live.closedWith());
  assert.equal((await screen.get(`/api/v1/classboard-screens/${encodeURIComponent(token)}`)).status, 404);
  assert.equal((await screen.get('/api/v1/classboard-screens/not-a-real-token-at-all')).status, 404);
});

test('a session screen operates the board without an account until the teacher ends it', async () => {
  const board = await makeBoard({ measure_kind: 'smiley', measure_label: 'Hoe rustig?' });
  const started = await teacher.post(`/api/v1/classboards/${board.id}/session`, { minutes: 45 });
  assert.equal(started.status, 201, started.text);
  const token = encodeURIComponent(started.json.token);
  const screen = new Client(server.base);
  const teacherLive = watch(`/api/v1/classboards/${board.id}/live`, teacher.cookie);
  await teacherLive.next((m) => m.type === 'hello');
  assert.equal((await screen.get(`/api/v1/classboard-screens/${token}`)).json.mode, 'session');
  const item = await screen.post(`/api/v1/classboard-screens/${token}/items`, { kind: 'obstacle', text: 'Lawaai na de gym' });
  assert.equal(item.status, 201, item.text);
  assert.equal((await screen.request('PATCH', `/api/v1/classboard-screens/${token}/items/${item.json.id}`, { done: true })).json.done, true);
  const measured = await screen.put(`/api/v1/classboard-screens/${token}/measurements/2026-11-16`, { value: 3 });
  assert.equal(measured.status, 200, measured.text);
  assert.equal((await screen.put(`/api/v1/classboard-screens/${token}/measurements/2026-11-16`, { value: 4 })).status, 400);
  await teacherLive.next((m) => m.type === 'event' && m.event.measurements.some((w) => w.week === '2026-11-16' && w.value === 3));
  // A card of another board is not reachable through this session.
  const other = await makeBoard();
  const foreign = (await teacher.post(`/api/v1/classboards/${other.id}/items`, { kind: 'action', text: 'x' })).json;
  assert.equal((await screen.request('PATCH', `/api/v1/classboard-screens/${token}/items/${foreign.id}`, { done: true })).status, 404);
  assert.equal((await teacher.request('DELETE', `/api/v1/classboards/${board.id}/session`)).status, 204);
  assert.equal((await screen.post(`/api/v1/classboard-screens/${token}/items`, { kind: 'action', text: 'x' })).status, 404);
  assert.equal((await teacher.post(`/api/v1/classboards/${board.id}/session`, { minutes: 5 })).json.error.field, 'minutes');
  teacherLive.close();
});

test('a session screen closes at the moment its session ends by itself, not at its next ping', async () => {
  const board = await makeBoard();
  const started = await teacher.post(`/api/v1/classboards/${board.id}/session`, { minutes: 10 });
  assert.equal(started.status, 201, started.text);
  // Sessions last at least 10 minutes: move this one's end two seconds ahead, before its screen connects.
  const endsAt = Math.floor(Date.now() / 1000) + 2;
  changeRows(server.dir, `UPDATE class_board_sessions SET ends_at = ${endsAt} WHERE board_id = ${board.id}`);
  const token = encodeURIComponent(started.json.token);
  const screen = watch(`/api/v1/classboard-screens/${token}/live`);
  await screen.next((m) => m.type === 'hello');
  const opened = Date.now();
  // The screen sends nothing (no ping): only the session's end closes it, as access revoked.
  assert.equal(await screen.closedWith(6000), 4403);
  const closedAt = Date.now() / 1000;
  assert.ok(closedAt >= endsAt && closedAt < endsAt + 1.5, `closed at ${closedAt}, session ended at ${endsAt}`);
  assert.ok(Date.now() - opened < 4000);
  assert.equal((await new Client(server.base).get(`/api/v1/classboard-screens/${token}`)).status, 404);
});

test('students send ideas by code: shown only once approved, bounded, and stored without any identifier', async () => {
  const board = await makeBoard();
  const phone = new Client(server.base);
  const found = await phone.post('/api/v1/classboard-ideas/lookup', { code: board.code.toLowerCase() });
  assert.equal(found.status, 200, found.text);
  assert.deepEqual(found.json, { class_name: 'Groep 6b' });
  const sent = await phone.post('/api/v1/classboard-ideas', { code: board.code, text: 'Muziek zonder woorden' },
    { headers: { 'user-agent': 'Telefoon-van-Jan/1.0', 'x-forwarded-for': '10.1.2.3' } });
  assert.equal(sent.status, 204, sent.text);
  const link = (await teacher.post(`/api/v1/classboards/${board.id}/display-link`)).json.link;
  const display = () => new Client(server.base).get(`/api/v1/classboard-screens/${encodeURIComponent(tokenOf(link))}`);
  let shown = (await display()).json;
  assert.equal(shown.ideas.length, 0);
  assert.equal(shown.pending_ideas, 1);
  const pending = (await teacher.get(`/api/v1/classboards/${board.id}`)).json.ideas;
  assert.equal(pending.length, 1);
  assert.equal((await teacher.post(`/api/v1/classboard-ideas/${pending[0].id}/approve`)).json.approved, true);
  shown = (await display()).json;
  assert.deepEqual(shown.ideas.map((i) => i.text), ['Muziek zonder woorden']);
  // The stored rows: the idea's text, its board and whether it is approved — nothing else.
  const columns = tableColumns(server.dir, 'class_board_ideas').sort();
  assert.deepEqual(columns, ['approved', 'board_id', 'id', 'text']);
  const rows = sql(`SELECT * FROM class_board_ideas WHERE board_id = ${board.id}`);
  const stored = JSON.stringify(rows);
  for (const trace of ['Telefoon', 'Jan/1.0', '10.1.2.3', '127.0.0.1']) assert.ok(!stored.includes(trace), `${trace} in ${stored}`);
  // Rejecting deletes.
  await phone.post('/api/v1/classboard-ideas', { code: board.code, text: 'Weg ermee' });
  const second = (await teacher.get(`/api/v1/classboards/${board.id}`)).json.ideas.find((i) => !i.approved);
  assert.equal((await teacher.request('DELETE', `/api/v1/classboard-ideas/${second.id}`)).status, 204);
  assert.equal(sql(`SELECT count(*) AS n FROM class_board_ideas WHERE board_id = ${board.id}`)[0].n, 1);
  // Bad input.
  assert.equal((await phone.post('/api/v1/classboard-ideas', { code: board.code, text: 'a'.repeat(281) })).json.error.reason, 'too_long');
  assert.equal((await phone.post('/api/v1/classboard-ideas', { code: board.code, text: '' })).status, 400);
  assert.equal((await phone.post('/api/v1/classboard-ideas', { code: board.code })).status, 400);
});

test('a flood of ideas is bounded by the ideas waiting, and per code', async () => {
  const board = await makeBoard();
  const phone = new Client(server.base);
  let accepted = 0;
  let last;
  for (let i = 0; i < 40; i++) {
    last = await phone.post('/api/v1/classboard-ideas', { code: board.code, text: `Idee ${i}` });
    if (last.status === 204) accepted += 1;
  }
  assert.equal(accepted, 30);
  assert.equal(last.status, 429);
  assert.equal(last.json.error.reason, 'ideas_waiting');
  assert.equal(sql(`SELECT count(*) AS n FROM class_board_ideas WHERE board_id = ${board.id}`)[0].n, 30);
  // Past 300 requests per code in ten minutes the code itself is throttled, also for look-ups.
  const lookups = [];
  for (let i = 0; i < 261; i++) lookups.push((await phone.post('/api/v1/classboard-ideas/lookup', { code: board.code })).status);
  assert.deepEqual(lookups.slice(0, 260), Array(260).fill(200));
  assert.equal(lookups[260], 429);
});

test('guessing class codes is throttled per address', async () => {
  const phone = new Client(server.base);
  const statuses = [];
  for (let i = 0; i < 12; i++) statuses.push((await phone.post('/api/v1/classboard-ideas/lookup', { code: 'AAAAAAA' })).status);
  assert.deepEqual(statuses.slice(0, 10), Array(10).fill(404));
  assert.equal(statuses[11], 429);
});
