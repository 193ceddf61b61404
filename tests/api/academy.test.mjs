// The academy over HTTP: everyone signed in reads the catalogue (20 modules,
// 100 items) and an item with its step plan, and marks their own progress;
// programme staff add, change and remove content, with links only http(s);
// the school's coach, leader and expert coach see per team how much of each
// module is done, and nobody else does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';

let server, staff, teacher, coach, leader, expert, bestuurder, otherLeader;
let regenboog, baken;

before(async () => {
  server = await startServer();
  staff = await signedIn(server.base, 'programma');
  teacher = await signedIn(server.base, 'leraar');
  coach = await signedIn(server.base, 'schoolcoach');
  leader = await signedIn(server.base, 'schoolleider');
  expert = await signedIn(server.base, 'expertcoach');
  bestuurder = await signedIn(server.base, 'bestuurder');
  otherLeader = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  const schools = (await (await signedIn(server.base, 'beheer')).get('/api/v1/schools')).json.schools;
  regenboog = schools.find((s) => s.name === 'OBS De Regenboog').id;
  baken = schools.find((s) => s.name === 'Het Baken College').id;
});
after(async () => { await server.stop(); });

const itemBody = (extra = {}) => ({ title: 'Een bordsessie openen', minutes: 4, video_url: 'https://video.example.nl/open',
  steps: '1. Begin op tijd\n2. Noem een succes', ...extra });

test('the catalogue holds twenty modules of a hundred items, with the caller\'s own marks', async () => {
  const response = await teacher.get('/api/v1/academy');
  assert.equal(response.status, 200);
  const { modules } = response.json;
  assert.equal(modules.length, 20);
  assert.equal(modules.reduce((n, m) => n + m.item_count, 0), 100);
  assert.deepEqual(modules.map((m) => m.position), Array.from({ length: 20 }, (_, i) => i + 1));
  assert.equal(modules[1].title, 'De wekelijkse bordsessie');
  const item = modules[0].items[0];
  assert.ok(item.video_url.startsWith('https://'));
  assert.equal('steps' in item, false, 'the catalogue leaves the step plans to the item route');
  // The demo teacher has four done and three seen, in catalogue order.
  assert.equal(modules[0].done, 4);
  assert.equal(modules[0].seen, 1);
  assert.equal(modules[1].seen, 2);
  assert.equal(modules[0].items[4].mark, 'seen');
  // Marks are personal: the programme manager has none.
  const own = (await staff.get('/api/v1/academy')).json.modules;
  assert.equal(own.reduce((n, m) => n + m.done + m.seen, 0), 0);
});

test('an item has its step plan, module and neighbours; a missing one is 404', async () => {
  const { modules } = (await teacher.get('/api/v1/academy')).json;
  const first = modules[0].items[0];
  const page = (await teacher.get(`/api/v1/academy-items/${first.id}`)).json;
  assert.equal(page.title, first.title);
  assert.match(page.steps, /^\*\*Doel:\*\* /);
  assert.equal(page.module.title, 'Aan de slag met de aanpak');
  assert.equal(page.mark, 'done');
  assert.equal(page.previous_id, null);
  assert.equal(page.next_id, modules[0].items[1].id);
  const last = modules[0].items[4];
  assert.equal((await teacher.get(`/api/v1/academy-items/${last.id}`)).json.next_id, modules[1].items[0].id);
  const missing = await teacher.get('/api/v1/academy-items/999999');
  assert.equal(missing.status, 404);
  assert.equal(missing.json.error.code, 'not_found');
});

test('a person marks an item seen, done and cleared; bad marks are refused', async () => {
  const { modules } = (await staff.get('/api/v1/academy')).json;
  const item = modules[5].items[2];
  const seen = await staff.put(`/api/v1/academy-items/${item.id}/mark`, { mark: 'seen' });
  assert.equal(seen.status, 200, seen.text);
  assert.deepEqual(seen.json, { item_id: item.id, mark: 'seen' });
  assert.equal((await staff.put(`/api/v1/academy-items/${item.id}/mark`, { mark: 'done' })).json.mark, 'done');
  assert.equal((await staff.get(`/api/v1/academy-items/${item.id}`)).json.mark, 'done');
  assert.equal((await staff.get('/api/v1/academy')).json.modules[5].done, 1);
  assert.equal((await staff.put(`/api/v1/academy-items/${item.id}/mark`, { mark: null })).json.mark, null);
  assert.equal((await staff.get(`/api/v1/academy-items/${item.id}`)).json.mark, null);

  const wrong = await staff.put(`/api/v1/academy-items/${item.id}/mark`, { mark: 'half' });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.json.error.field, 'mark');
  assert.equal((await staff.put(`/api/v1/academy-items/${item.id}/mark`, {})).json.error.field, 'mark');
  assert.equal((await staff.put(`/api/v1/academy-items/${item.id}/mark`, { mark: 'seen', extra: 1 })).status, 400);
  assert.equal((await staff.put('/api/v1/academy-items/999999/mark', { mark: 'seen' })).status, 404);
});

test('programme staff add a module and an item, change and remove them', async () => {
  const made = await staff.post('/api/v1/staff/academy-modules', { title: '  Nieuwe module ', summary: 'Over iets nieuws' });
  assert.equal(made.status, 201, made.text);
  assert.equal(made.json.title, 'Nieuwe module');
  assert.equal(made.json.position, 21);
  const item = await staff.post(`/api/v1/staff/academy-modules/${made.json.id}/items`, itemBody());
  assert.equal(item.status, 201, item.text);
  assert.equal(item.json.position, 1);
  assert.equal(item.json.steps, '1. Begin op tijd\n2. Noem een succes');

  const changed = await staff.put(`/api/v1/staff/academy-items/${item.json.id}`, itemBody({ title: 'Openen', minutes: 6 }));
  assert.equal(changed.status, 200, changed.text);
  assert.equal(changed.json.minutes, 6);
  const renamed = await staff.put(`/api/v1/staff/academy-modules/${made.json.id}`, { title: 'Hernoemd' });
  assert.equal(renamed.json.title, 'Hernoemd');
  assert.equal(renamed.json.summary, '');

  await teacher.put(`/api/v1/academy-items/${item.json.id}/mark`, { mark: 'done' });
  const catalogue = (await teacher.get('/api/v1/academy')).json.modules;
  assert.equal(catalogue.at(-1).title, 'Hernoemd');
  assert.equal(catalogue.at(-1).items[0].title, 'Openen');
  assert.equal(catalogue.at(-1).done, 1);

  assert.equal((await staff.delete(`/api/v1/staff/academy-items/${item.json.id}`)).status, 204);
  assert.equal((await teacher.get(`/api/v1/academy-items/${item.json.id}`)).status, 404);
  assert.equal((await teacher.get('/api/v1/academy')).json.modules.at(-1).done, 0);
  assert.equal((await staff.delete(`/api/v1/staff/academy-items/${item.json.id}`)).status, 404);
  assert.equal((await staff.put('/api/v1/staff/academy-modules/999999', { title: 'x' })).status, 404);
  assert.equal((await staff.post('/api/v1/staff/academy-modules/999999/items', itemBody())).status, 404);
});

test('content is checked: an http(s) link, minutes in range, a title and a step plan; nothing half is stored', async () => {
  const module = (await staff.get('/api/v1/academy')).json.modules[0];
  const before = module.item_count;
  const cases = [
    [{ video_url: 'javascript:alert(1)' }, 'video_url', 'not_a_link'],
    [{ video_url: 'data:text/html,x' }, 'video_url', 'not_a_link'],
    [{ video_url: '/relatief' }, 'video_url', 'not_a_link'],
    [{ minutes: 0 }, 'minutes', 'out_of_range'],
    [{ minutes: 181 }, 'minutes', 'out_of_range'],
    [{ title: '   ' }, 'title', 'required'],
    [{ steps: '' }, 'steps', 'required'],
    [{ steps: 'x'.repeat(20001) }, 'steps', 'too_long'],
  ];
  for (const [change, field, reason] of cases) {
    const refused = await staff.post(`/api/v1/staff/academy-modules/${module.id}/items`, itemBody(change));
    assert.equal(refused.status, 400, JSON.stringify(change));
    assert.equal(refused.json.error.field, field);
    assert.equal(refused.json.error.reason, reason);
  }
  const minutes = await staff.post(`/api/v1/staff/academy-modules/${module.id}/items`, itemBody({ minutes: 0 }));
  assert.equal(minutes.json.error.min, 1);
  assert.equal(minutes.json.error.max, 180);
  assert.equal((await staff.post(`/api/v1/staff/academy-modules/${module.id}/items`, { ...itemBody(), extra: true })).status, 400);
  assert.equal((await staff.post('/api/v1/staff/academy-modules', { summary: 'zonder titel' })).json.error.field, 'title');
  const first = module.items[0];
  const bad = await staff.put(`/api/v1/staff/academy-items/${first.id}`, itemBody({ video_url: 'ftp://x.nl/a' }));
  assert.equal(bad.status, 400);
  assert.equal((await staff.get(`/api/v1/academy-items/${first.id}`)).json.title, first.title);
  assert.equal((await staff.get('/api/v1/academy')).json.modules[0].item_count, before);
});

test('only programme staff edit the academy', async () => {
  const module = (await teacher.get('/api/v1/academy')).json.modules[0];
  for (const client of [teacher, coach, leader, expert, bestuurder]) {
    assert.equal((await client.post('/api/v1/staff/academy-modules', { title: 'Sluip' })).status, 403);
    assert.equal((await client.post(`/api/v1/staff/academy-modules/${module.id}/items`, itemBody())).status, 403);
    assert.equal((await client.put(`/api/v1/staff/academy-items/${module.items[0].id}`, itemBody())).status, 403);
    assert.equal((await client.delete(`/api/v1/staff/academy-items/${module.items[0].id}`)).status, 403);
  }
  assert.equal((await new Client(server.base).get('/api/v1/academy')).status, 401);
  assert.equal((await teacher.get('/api/v1/academy')).json.modules[0].item_count, 5);
});

test('the school coach sees per team the share of each module done, and it follows a teacher\'s marks', async () => {
  const progress = (await coach.get(`/api/v1/schools/${regenboog}/academy-progress`)).json;
  assert.equal(progress.modules.length >= 20, true);
  assert.equal(progress.modules[0].item_count, 5);
  const team = progress.teams.find((t) => t.name === 'Groep 5-6');
  assert.ok(team.members >= 2);
  assert.equal(team.modules.length, progress.modules.length);
  for (const share of team.modules) {
    assert.ok(share.percent >= 0 && share.percent <= 100);
    assert.equal(share.possible, team.members * progress.modules.find((m) => m.id === share.module_id).item_count);
  }
  // The demo teacher of Groep 5-6 marks an item of module 20 done: the team's share there grows by one mark.
  const module20 = (await teacher.get('/api/v1/academy')).json.modules[19];
  const before = team.modules.find((s) => s.module_id === module20.id);
  await teacher.put(`/api/v1/academy-items/${module20.items[0].id}/mark`, { mark: 'done' });
  const after = (await leader.get(`/api/v1/schools/${regenboog}/academy-progress`)).json.teams.find((t) => t.name === 'Groep 5-6')
    .modules.find((s) => s.module_id === module20.id);
  assert.equal(after.done, before.done + 1);
  assert.equal(after.percent, Math.floor((after.done * 100) / after.possible));
  assert.equal((await expert.get(`/api/v1/schools/${regenboog}/academy-progress`)).status, 200);
});

test('team progress is for the school\'s coaches, leaders and expert coach only', async () => {
  const refused = await teacher.get(`/api/v1/schools/${regenboog}/academy-progress`);
  assert.equal(refused.status, 403);
  assert.equal((await bestuurder.get(`/api/v1/schools/${regenboog}/academy-progress`)).status, 403);
  const otherSchool = await otherLeader.get(`/api/v1/schools/${regenboog}/academy-progress`);
  assert.equal(otherSchool.status, 404);
  assert.equal(otherSchool.json.error.code, 'not_found');
  assert.equal((await otherLeader.get(`/api/v1/schools/${baken}/academy-progress`)).status, 200);
  assert.equal((await staff.get(`/api/v1/schools/${regenboog}/academy-progress`)).status, 404);
  assert.equal((await coach.get('/api/v1/schools/999999/academy-progress')).status, 404);
});
