// Tariffs and quotes over HTTP: staff keep the tariffs per school year and make
// a school's quote in integer cents; a quote keeps its amounts when the
// tariffs change later; the school leader and bestuurder read their school's
// quotes, nobody else's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { signedIn } from './lib/client.mjs';

let server, staff, expert, leader, bestuurder, otherLeader, admin;
let regenboog, baken, roc;

before(async () => {
  server = await startServer();
  staff = await signedIn(server.base, 'programma');
  expert = await signedIn(server.base, 'expertcoach');
  leader = await signedIn(server.base, 'schoolleider');
  bestuurder = await signedIn(server.base, 'bestuurder');
  otherLeader = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  admin = await signedIn(server.base, 'beheer');
  const schools = (await admin.get('/api/v1/schools')).json.schools;
  const id = (name) => schools.find((s) => s.name === name).id;
  regenboog = id('OBS De Regenboog');
  baken = id('Het Baken College');
  roc = id('ROC Vakcollege Midden');
});
after(async () => { await server.stop(); });

test('the seed tariffs are there in cents', async () => {
  const response = await staff.get('/api/v1/tariffs');
  assert.equal(response.status, 200, response.text);
  const bySector = Object.fromEntries(response.json.tariffs.filter((t) => t.school_year === '2026-2027').map((t) => [t.sector, t]));
  assert.deepEqual([bySector.PO.first_year_cents, bySector.PO.second_year_cents, bySector.PO.second_year_is_maximum], [990000, 420000, true]);
  assert.deepEqual([bySector.VO.first_year_cents, bySector.VO.second_year_cents, bySector.VO.per_team], [2500000, 1250000, false]);
  assert.deepEqual([bySector.MBO.first_year_cents, bySector.MBO.second_year_cents, bySector.MBO.per_team], [1350000, 450000, true]);
});

test('a quote follows from sector, teams and years', async () => {
  const po = await staff.post(`/api/v1/schools/${regenboog}/quotes`, { school_year: '2026-2027', teams: 3, years: 2 });
  assert.equal(po.status, 201, po.text);
  assert.equal(po.json.sector, 'PO');
  assert.equal(po.json.total_cents, 1410000);
  assert.deepEqual(po.json.lines.map((l) => [l.trajectory_year, l.units, l.amount_cents, l.is_maximum]), [[1, 1, 990000, false], [2, 1, 420000, true]]);
  const mbo = await staff.post(`/api/v1/schools/${roc}/quotes`, { school_year: '2026-2027', teams: 5, years: 1 });
  assert.equal(mbo.json.total_cents, 5 * 1350000);
  const vo = await staff.post(`/api/v1/schools/${baken}/quotes`, { school_year: '2026-2027', teams: 5, years: 2 });
  assert.equal(vo.json.total_cents, 3750000);
});

test('new tariffs for a new year leave the quotes already made alone', async () => {
  const before = (await leader.get(`/api/v1/schools/${regenboog}/quotes`)).json.quotes;
  const set = await staff.put('/api/v1/tariffs', { school_year: '2026-2027', tariffs: [
    { sector: 'PO', per_team: false, first_year_cents: 1100000, second_year_cents: 500000, second_year_is_maximum: true },
    { sector: 'VO', first_year_cents: 2500000, second_year_cents: 1250000 },
    { sector: 'MBO', per_team: true, first_year_cents: 1350000, second_year_cents: 450000 },
  ] });
  assert.equal(set.status, 200, set.text);
  const next = await staff.put('/api/v1/tariffs', { school_year: '2027-2028', tariffs: [
    { sector: 'PO', first_year_cents: 1000000, second_year_cents: 430000, second_year_is_maximum: true },
  ] });
  assert.equal(next.status, 200, next.text);
  assert.equal(next.json.tariffs[0].school_year, '2027-2028');
  const after = (await leader.get(`/api/v1/schools/${regenboog}/quotes`)).json.quotes;
  assert.deepEqual(after, before, 'old quotes keep their amounts');
  const newer = await staff.post(`/api/v1/schools/${regenboog}/quotes`, { school_year: '2027-2028', teams: 2, years: 1 });
  assert.equal(newer.json.total_cents, 1000000);
  // A year without a tariff for the sector cannot be quoted.
  const none = await staff.post(`/api/v1/schools/${baken}/quotes`, { school_year: '2027-2028', teams: 2, years: 1 });
  assert.equal(none.status, 422);
  assert.equal(none.json.error.reason, 'no_tariff');
});

test('bad tariffs and quote requests are a clear 400', async () => {
  const cases = [
    [{ school_year: '2026/2027', tariffs: [] }, 'school_year'],
    [{ school_year: '2028-2029', tariffs: [{ sector: 'BSO', first_year_cents: 1, second_year_cents: 1 }] }, 'tariffs.0.sector'],
    [{ school_year: '2028-2029', tariffs: [{ sector: 'PO', first_year_cents: -5, second_year_cents: 1 }] }, 'tariffs.0.first_year_cents'],
    [{ school_year: '2028-2029', tariffs: [{ sector: 'PO', first_year_cents: 1, second_year_cents: 1 }, { sector: 'PO', first_year_cents: 1, second_year_cents: 1 }] }, 'tariffs.1.sector'],
    [{ school_year: '2028-2029', tariffs: [{ sector: 'PO', first_year_cents: 1.5, second_year_cents: 1 }] }, 'tariffs.0.first_year_cents'],
  ];
  for (const [body, field] of cases) {
    const response = await staff.put('/api/v1/tariffs', body);
    assert.equal(response.status, 400, JSON.stringify(body) + response.text);
    assert.equal(response.json.error.field, field, JSON.stringify(body));
  }
  assert.ok(!(await staff.get('/api/v1/tariffs')).json.tariffs.some((t) => t.school_year === '2028-2029'), 'nothing half-written');
  for (const [body, field] of [[{ school_year: '2026-2027', teams: 0, years: 1 }, 'teams'],
    [{ school_year: '2026-2027', teams: 2, years: 3 }, 'years'], [{ school_year: 'volgend jaar', teams: 2, years: 1 }, 'school_year']]) {
    const response = await staff.post(`/api/v1/schools/${roc}/quotes`, body);
    assert.equal(response.status, 400, response.text);
    assert.equal(response.json.error.field, field);
  }
});

test('quotes are read by the school and made by programme staff only', async () => {
  for (const who of [leader, bestuurder, expert]) {
    const response = await who.get(`/api/v1/schools/${regenboog}/quotes`);
    assert.equal(response.status, 200, response.text);
    assert.ok(response.json.quotes.length >= 1);
  }
  assert.equal((await otherLeader.get(`/api/v1/schools/${regenboog}/quotes`)).status, 404);
  for (const who of [leader, expert, bestuurder]) {
    assert.equal((await who.post(`/api/v1/schools/${regenboog}/quotes`, { school_year: '2026-2027', teams: 1, years: 1 })).status, 403);
    assert.equal((await who.get('/api/v1/tariffs')).status, 403);
  }
});
