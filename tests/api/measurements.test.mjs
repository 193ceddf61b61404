// Metingen over HTTP: programme staff write a questionnaire and open a round for
// a team of the demo school; every team member gets one single-use link by mail
// (read from a real SMTP server); five people answer anonymously, the results
// appear exactly at the fifth answer, a used link is refused, a closed round
// refuses the rest; who sees what follows the policy; and the SQLite file
// itself holds nothing that ties an answer to a person or a link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { queryRows, tableColumns, tableNames } from './lib/database.mjs';
import { Client, signedIn } from './lib/client.mjs';
import { useMailbox } from './lib/mailbox.mjs';

const PUBLIC = 'http://samenbeter.test';
const mailbox = await useMailbox();

let server, staff, leader, teacher, bestuurder, otherLeader;
let schoolId, bestuurId, team56, team34, questionnaire;
before(async () => {
  server = await startServer({ args: ['--smtp-url', mailbox.url, '--smtp-from', 'SamenBeter <noreply@samenbeter.test>', '--public-url', PUBLIC] });
  staff = await signedIn(server.base, 'programma');
  leader = await signedIn(server.base, 'schoolleider');
  teacher = await signedIn(server.base, 'leraar');
  bestuurder = await signedIn(server.base, 'bestuurder');
  otherLeader = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  const me = (await leader.get('/api/v1/me')).json;
  schoolId = me.memberships.find((m) => m.role === 'schoolleider').school_id;
  const school = (await leader.get(`/api/v1/schools/${schoolId}`)).json;
  bestuurId = school.bestuur_id;
  team56 = school.teams.find((t) => t.name === 'Groep 5-6');
  team34 = school.teams.find((t) => t.name === 'Groep 3-4');
  questionnaire = (await staff.get('/api/v1/questionnaires')).json.questionnaires[0];
});
after(async () => { await server.stop(); });

const anonymous = () => new Client(server.base);
const tokenOf = (mail) => mail.text.match(/\/meting#([A-Za-z0-9_-]+)/)[1];
const answersFor = (n, value = 4) => Array.from({ length: n }, (_, statement) => ({ statement, value: ((value + statement) % 5) + 1 }));

async function openRound(client, body) {
  const response = await client.post(`/api/v1/schools/${schoolId}/measurement-rounds`,
    { questionnaire_id: questionnaire.id, kind: 'baseline', title: 'Nulmeting API', team_ids: [team56.id], ...body });
  assert.equal(response.status, 201, response.text);
  return response.json;
}

// The links of a round opened just now, one per invited person, from the mails of this title.
async function linksOf(title, count) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = mailbox.mails().filter((m) => m.text.includes(title));
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reads the server's database (SQLite or PostgreSQL), as the voice test does: rows as objects. */
function database() {
  return { all: (query) => queryRows(server.dir, query) };
}

test('the demo holds a questionnaire of twenty statements in five dimensions', () => {
  assert.equal(questionnaire.statements.length, 20);
  assert.deepEqual(questionnaire.dimensions, ['Samen leren', 'Gericht op leerlingen', 'Feedbackcultuur', 'Eigenaarschap', 'Leiderschap']);
});

test('programme staff write a questionnaire; bad input is refused at its field; others may not', async () => {
  const created = await staff.post('/api/v1/questionnaires', { title: 'Kort', description: 'Drie stellingen',
    statements: [{ dimension: 'Samen leren', text: 'Wij leren samen.' }, { dimension: 'Leiderschap', text: 'De leiding doet mee.' }] });
  assert.equal(created.status, 201, created.text);
  assert.deepEqual(created.json.dimensions, ['Samen leren', 'Leiderschap']);
  const empty = await staff.post('/api/v1/questionnaires', { title: 'Leeg', statements: [] });
  assert.equal(empty.status, 400);
  assert.equal(empty.json.error.field, 'statements');
  const twice = await staff.post('/api/v1/questionnaires', { title: 'Dubbel',
    statements: [{ dimension: 'A', text: 'Zelfde' }, { dimension: 'B', text: 'Zelfde' }] });
  assert.equal(twice.json.error.reason, 'duplicate');
  assert.equal((await leader.post('/api/v1/questionnaires', { title: 'X', statements: [{ dimension: 'A', text: 'B' }] })).status, 403);
  assert.equal((await leader.get('/api/v1/measurement-schools')).status, 403);
  const schools = (await staff.get('/api/v1/measurement-schools')).json.schools;
  assert.ok(schools.some((s) => s.id === schoolId && s.rounds >= 2));
});

test('a round mails one link to each team member; results appear at the fifth answer; a link works once', async () => {
  const round = await openRound(staff, { title: 'Nulmeting vijf' });
  assert.equal(round.kind, 'baseline');
  assert.equal(round.teams[0].invited, 7);
  const mails = await linksOf('Nulmeting vijf', 7);
  assert.equal(mails.length, 7);
  assert.ok(mails.every((m) => m.text.includes(`${PUBLIC}/meting#`)));
  assert.ok(mails.some((m) => m.to.includes('leraar@demo.samenbeter.nl')));
  const tokens = mails.map(tokenOf);
  assert.equal(new Set(tokens).size, 7);

  const lookup = await anonymous().post('/api/v1/measurement-links/lookup', { token: tokens[0] });
  assert.equal(lookup.status, 200);
  assert.equal(lookup.json.round_title, 'Nulmeting vijf');
  assert.equal(lookup.json.questionnaire.statements.length, 20);
  assert.match(lookup.headers.get('cache-control'), /no-store/);

  // A wrong answer changes nothing: the link still works afterwards.
  const partial = await anonymous().post('/api/v1/measurement-links/answers', { token: tokens[0], answers: answersFor(19) });
  assert.equal(partial.status, 400);
  assert.equal(partial.json.error.field, 'answers');
  const outOfScale = await anonymous().post('/api/v1/measurement-links/answers',
    { token: tokens[0], answers: answersFor(20).map((a, i) => (i === 3 ? { ...a, value: 6 } : a)) });
  assert.equal(outOfScale.status, 400);

  for (let n = 0; n < 4; n++) {
    const sent = await anonymous().post('/api/v1/measurement-links/answers', { token: tokens[n], answers: answersFor(20, n) });
    assert.equal(sent.status, 204, sent.text);
  }
  let view = (await staff.get(`/api/v1/measurement-rounds/${round.id}`)).json;
  assert.equal(view.results.teams[0].result.answered, 4);
  assert.equal(view.results.teams[0].result.visible, false);
  assert.deepEqual(view.results.teams[0].result.dimensions, []);
  assert.equal(view.results.school.visible, false);
  assert.equal(view.open_links, 3);

  assert.equal((await anonymous().post('/api/v1/measurement-links/answers', { token: tokens[4], answers: answersFor(20, 4) })).status, 204);
  view = (await staff.get(`/api/v1/measurement-rounds/${round.id}`)).json;
  const team = view.results.teams[0].result;
  assert.equal(team.answered, 5);
  assert.equal(team.visible, true);
  assert.equal(team.dimensions.length, 5);
  for (const d of team.dimensions) {
    assert.equal(d.answers, 20);  // 5 people × 4 statements
    assert.equal(d.counts.reduce((a, b) => a + b, 0), 20);
    const mean = d.counts.reduce((sum, c, i) => sum + c * (i + 1), 0) / 20;
    assert.ok(Math.abs(d.mean - mean) < 1e-9);
  }
  assert.equal(view.results.school.visible, true);

  // A used link: refused to look up and to answer, and nothing is counted twice.
  const again = await anonymous().post('/api/v1/measurement-links/answers', { token: tokens[2], answers: answersFor(20) });
  assert.equal(again.status, 409);
  assert.equal(again.json.error.reason, 'used');
  assert.equal((await anonymous().post('/api/v1/measurement-links/lookup', { token: tokens[2] })).status, 409);
  assert.equal((await staff.get(`/api/v1/measurement-rounds/${round.id}`)).json.results.teams[0].result.answered, 5);
  // Unknown and malformed links look the same.
  assert.equal((await anonymous().post('/api/v1/measurement-links/lookup', { token: 'x'.repeat(40) })).status, 404);
  assert.equal((await anonymous().post('/api/v1/measurement-links/lookup', { token: '../etc' })).status, 404);

  // Closing: the rest of the links are refused.
  const closed = await staff.post(`/api/v1/measurement-rounds/${round.id}/close`);
  assert.equal(closed.status, 200);
  assert.equal(closed.json.open, false);
  const late = await anonymous().post('/api/v1/measurement-links/answers', { token: tokens[6], answers: answersFor(20) });
  assert.equal(late.status, 422);
  assert.equal(late.json.error.reason, 'closed');
});

test('the database holds no answer row that a person or a link could be tied to', async () => {
  const round = await openRound(staff, { title: 'Nulmeting privacy' });
  const tokens = (await linksOf('Nulmeting privacy', 7)).map(tokenOf);
  for (const token of tokens.slice(0, 5)) {
    assert.equal((await anonymous().post('/api/v1/measurement-links/answers', { token, answers: answersFor(20, 2) })).status, 204);
  }
  const db = database();
  {
    const columns = (table) => tableColumns(server.dir, table);
    // Answers exist only as counts per round, team, statement and point: no person, link, time or order.
    assert.deepEqual(columns('measurement_counts'), ['round_id', 'team_id', 'statement', 'point', 'count']);
    // The used list holds the link's hash and nothing else.
    assert.deepEqual(columns('measurement_used_links'), ['token_hash']);
    assert.deepEqual(columns('measurement_links'), ['token_hash', 'round_id', 'team_id']);
    // No rowid either, so no insertion order to line up with anything.
    for (const table of ['measurement_counts', 'measurement_used_links', 'measurement_links']) {
      assert.throws(() => db.all(`SELECT rowid FROM ${table}`), /no such column: rowid|column "rowid" does not exist/, table);
    }
    // No table of the module names a user, except who opened a round.
    // (The board's own `measurements` table holds a goal's weekly figures: not this module's.)
    const tables = tableNames(server.dir, 'measurement_');
    assert.ok(tables.length >= 7, `the module's tables: ${tables}`);
    for (const table of tables) {
      const personal = columns(table).filter((c) => /user|person|email|name|_at$|time/.test(c));
      const allowed = table === 'measurement_rounds' ? ['opened_by', 'opened_at', 'closed_at'] : table === 'measurement_questionnaires' ? ['created_at'] : [];
      assert.deepEqual(personal.filter((c) => !allowed.includes(c)), [], `${table} has ${personal}`);
    }
    // The counts of this round: 5 people answered, 20 statements each, no row per person.
    const counts = db.all(`SELECT statement, point, count FROM measurement_counts WHERE round_id = ${Number(round.id)}`);
    assert.equal(counts.reduce((a, r) => a + r.count, 0), 100);
    assert.ok(counts.length <= 20 * 5);
    // The raw tokens are nowhere in the file; the used list has the five hashes and the open list the other two.
    const everything = db.all('SELECT token_hash FROM measurement_links UNION ALL SELECT token_hash FROM measurement_used_links')
      .map((row) => row.token_hash).join(',');
    for (const token of tokens) assert.ok(!everything.includes(token));
    assert.equal(db.all(`SELECT count(*) AS n FROM measurement_links WHERE round_id = ${Number(round.id)}`)[0].n, 2);
    // A used hash shares no column with the counts: there is nothing to join them on.
    const usedColumns = new Set(columns('measurement_used_links'));
    assert.deepEqual(columns('measurement_counts').filter((c) => usedColumns.has(c)), []);
  }
});

test('who sees what: a teacher only released rounds, the bestuurder her schools, another school nothing', async () => {
  const round = await openRound(leader, { title: 'Vervolgmeting toegang', kind: 'follow_up', team_ids: [team56.id, team34.id] });
  assert.equal(round.teams.length, 2);
  // Groep 3-4's seven teachers (the school coach among them) are invited.
  assert.equal(round.teams.find((t) => t.team_id === team34.id).invited, 7);
  assert.equal((await teacher.get(`/api/v1/measurement-rounds/${round.id}`)).status, 404);
  assert.ok(!(await teacher.get(`/api/v1/schools/${schoolId}/measurement-rounds`)).json.rounds.some((r) => r.id === round.id));
  assert.equal((await teacher.post(`/api/v1/schools/${schoolId}/measurement-rounds`,
    { questionnaire_id: questionnaire.id, kind: 'baseline', title: 'Mag niet', team_ids: [team56.id] })).status, 403);
  assert.equal((await teacher.put(`/api/v1/measurement-rounds/${round.id}/release`, { released: true })).status, 403);
  assert.equal((await bestuurder.get(`/api/v1/measurement-rounds/${round.id}`)).status, 200);
  assert.equal((await bestuurder.post(`/api/v1/measurement-rounds/${round.id}/close`)).status, 403);
  assert.equal((await otherLeader.get(`/api/v1/measurement-rounds/${round.id}`)).status, 404);
  assert.equal((await otherLeader.get(`/api/v1/schools/${schoolId}/measurement-rounds`)).status, 404);
  assert.equal((await otherLeader.get(`/api/v1/besturen/${bestuurId}/measurement-trend`)).status, 403);

  const released = await leader.put(`/api/v1/measurement-rounds/${round.id}/release`, { released: true });
  assert.equal(released.status, 200);
  assert.equal(released.json.released, true);
  assert.equal((await teacher.get(`/api/v1/measurement-rounds/${round.id}`)).status, 200);
  assert.equal((await leader.put(`/api/v1/measurement-rounds/${round.id}/release`, {})).status, 400);

  // A team from another school cannot be chosen; nor a team without anyone to invite.
  const otherSchool = (await otherLeader.get('/api/v1/me')).json.memberships.find((m) => m.role === 'schoolleider').school_id;
  const otherTeam = (await otherLeader.get(`/api/v1/schools/${otherSchool}`)).json.teams[0];
  const foreign = await leader.post(`/api/v1/schools/${schoolId}/measurement-rounds`,
    { questionnaire_id: questionnaire.id, kind: 'baseline', title: 'Vreemd team', team_ids: [otherTeam.id] });
  assert.equal(foreign.status, 400);
  assert.equal(foreign.json.error.field, 'team_ids');
  const emptyTeam = (await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: 'Nog leeg' })).json;
  const empty = await leader.post(`/api/v1/schools/${schoolId}/measurement-rounds`,
    { questionnaire_id: questionnaire.id, kind: 'baseline', title: 'Leeg team', team_ids: [emptyTeam.id] });
  assert.equal(empty.status, 422);
  assert.equal(empty.json.error.reason, 'empty_team');
  const badKind = await leader.post(`/api/v1/schools/${schoolId}/measurement-rounds`,
    { questionnaire_id: questionnaire.id, kind: 'tussenmeting', title: 'X', team_ids: [team56.id] });
  assert.equal(badKind.json.error.field, 'kind');
});

test('the demo trend: baseline against follow-up per team and school; a small team and its school total stay hidden', async () => {
  const fresh = await startServer();
  try {
    const leaderB = await signedIn(fresh.base, 'gerard.timmermans@demo.samenbeter.nl');
    const baken = (await leaderB.get('/api/v1/me')).json.memberships.find((m) => m.role === 'schoolleider').school_id;
    const view = (await leaderB.get(`/api/v1/schools/${baken}/measurement-rounds`)).json;
    assert.equal(view.rounds.length, 2);
    const onderbouw = view.trend.teams.find((t) => t.name === 'Onderbouw havo/vwo');
    assert.equal(onderbouw.baseline.visible, true);
    assert.equal(onderbouw.follow_up.visible, false);
    assert.equal(onderbouw.follow_up.answered, 3);
    assert.equal(view.trend.teams.find((t) => t.name === 'Sectie Nederlands').follow_up.visible, true);
    // 7 + 3: the school total minus Sectie Nederlands would give the three away.
    assert.equal(view.trend.school.follow_up.visible, false);
    assert.equal(view.trend.school.baseline.visible, true);

    const regenboogLeader = await signedIn(fresh.base, 'schoolleider');
    const regenboog = (await regenboogLeader.get('/api/v1/me')).json.memberships.find((m) => m.role === 'schoolleider').school_id;
    const school = (await regenboogLeader.get(`/api/v1/schools/${regenboog}/measurement-rounds`)).json.trend.school;
    assert.equal(school.baseline.visible, true);
    assert.equal(school.follow_up.visible, true);
    for (const d of school.follow_up.dimensions) {
      const before = school.baseline.dimensions.find((b) => b.dimension === d.dimension);
      assert.ok(d.mean > before.mean, `${d.dimension} grew from the baseline`);
    }

    const b = await signedIn(fresh.base, 'bestuurder');
    const bestuur = (await b.get('/api/v1/me')).json.memberships.find((m) => m.role === 'bestuurder').bestuur_id;
    const trend = (await b.get(`/api/v1/besturen/${bestuur}/measurement-trend`)).json;
    assert.equal(trend.schools.length, 2);
    assert.equal(trend.bestuur.baseline.visible, true);
    // Regenboog (12, shown) and Het Baken (10, hidden with 3 uncovered): the bestuur would give the three away too.
    assert.equal(trend.bestuur.follow_up.visible, false);
    assert.equal(trend.bestuur.follow_up.answered, 22);
    // Teachers see the released baselines only.
    const t = await signedIn(fresh.base, 'leraar');
    const mine = (await t.get(`/api/v1/schools/${regenboog}/measurement-rounds`)).json;
    assert.deepEqual(mine.rounds.map((r) => r.kind), ['baseline']);
    assert.equal(mine.may_run, false);
    assert.deepEqual(mine.school_teams, []);
  } finally {
    await fresh.stop();
  }
});
