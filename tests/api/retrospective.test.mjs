// The end of a cycle: the team's retrospective (a verdict per goal, what
// helped, what changes) is written once, opens the next cycle, carries the
// goals the team goes on with into it and moves their open actions along;
// every change reaches the board's screens. Also renaming a cycle, and who may
// do all this.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { useServerWithSchoolLeader } from './lib/app.mjs';
import { signedIn } from './lib/client.mjs';

const { server, leader, schoolId } = await useServerWithSchoolLeader();

// Days from this week's Monday, as YYYY-MM-DD.
const day = (offset) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + offset);
  return d.toISOString().slice(0, 10);
};

let teams = 0;
// A new team of the demo school whose cycle ended last month: two goals with
// measurements, actions in every state. Made by the school leader, who works on every board of the school.
async function endedCycle() {
  const team = (await leader.post(`/api/v1/schools/${schoolId}/teams`, { name: `Werkgroep terugblik ${++teams}` })).json;
  const cycle = (await leader.post(`/api/v1/teams/${team.id}/cycles`, { name: 'Cyclus 1', starts_on: day(-70), ends_on: day(-29) })).json;
  assert.ok(cycle.id, JSON.stringify(cycle));
  const ambition = (await leader.post(`/api/v1/schools/${schoolId}/ambitions`, { school_year: '2026-2027', title: `Lezen ${teams}` })).json;
  const goal = async (body) => {
    const created = await leader.post(`/api/v1/teams/${team.id}/goals`, { cycle_id: cycle.id, students: 'groep 5', measure: 'iets', ...body });
    assert.equal(created.status, 201, created.text);
    return created.json;
  };
  const reading = await goal({ title: 'Meer leesplezier', unit: 'percentage', baseline: 40, target: 70, direction: 'higher', ambition_id: ambition.id });
  const calm = await goal({ title: 'Rustige start', unit: 'score', baseline: 9, target: 4, direction: 'lower' });
  for (const [week, value] of [[day(-63), 48], [day(-35), 58]]) {
    assert.equal((await leader.put(`/api/v1/goals/${reading.id}/measurements/${week}`, { value })).status, 200);
  }
  const item = async (body, status) => {
    const created = (await leader.post(`/api/v1/teams/${team.id}/items`, { kind: 'action', ...body })).json;
    if (!status) return created;
    return (await leader.post(`/api/v1/items/${created.id}/move`, { status, version: created.version })).json;
  };
  const actions = {
    open: await item({ text: 'Leesrooster maken', goal_id: reading.id }),
    doing: await item({ text: 'Boeken ophalen', goal_id: reading.id }, 'doing'),
    done: await item({ text: 'Leeshoek inrichten', goal_id: reading.id }, 'done'),
    stopping: await item({ text: 'Startritueel oefenen', goal_id: calm.id }),
    loose: await item({ text: 'Ouderavond plannen' }),
  };
  return { team, cycle, ambition, reading, calm, actions };
}

const board = async (client, teamId) => (await client.get(`/api/v1/teams/${teamId}/board`)).json;

// A board screen that collects the live events.
function watch(client, teamId) {
  const socket = new WebSocket(`${server.base.replace('http', 'ws')}/api/v1/teams/${teamId}/board/live`, { headers: { cookie: client.cookie } });
  const events = [];
  const hello = new Promise((resolve) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'hello') resolve(message);
      if (message.type === 'event') events.push(message);
    });
  });
  return { socket, events, hello };
}

test('closing a cycle opens the next one, carries the continued goal over and moves its open actions along', async () => {
  const { team, cycle, ambition, reading, calm, actions } = await endedCycle();
  const teamBoard = await board(leader, team.id);
  const screen = watch(leader, team.id);
  await screen.hello;

  const closed = await leader.post(`/api/v1/cycles/${cycle.id}/retrospective`, {
    helped: 'Elke week samen de cijfers bekijken.',
    change: 'Kleinere acties met één eigenaar.',
    goals: [
      { goal_id: reading.id, reached: 'partly', continue: true, target: 75 },
      { goal_id: calm.id, reached: 'yes' },
    ],
    next_cycle: { name: 'Cyclus 2', starts_on: day(-28), ends_on: day(13) },
    version: cycle.version,
  });
  assert.equal(closed.status, 200, closed.text);
  const retro = closed.json.retrospective;
  assert.equal(retro.goal_reached, 'partly', 'one goal partly and one reached: partly');
  assert.equal(retro.helped, 'Elke week samen de cijfers bekijken.');
  assert.equal(closed.json.version, cycle.version + 1);
  assert.deepEqual(retro.goals.map((g) => [g.title, g.reached, g.latest]), [['Meer leesplezier', 'partly', 58], ['Rustige start', 'yes', null]]);
  assert.equal(retro.goals[0].actions_carried, 2);
  assert.equal(retro.goals[1].continued_as, null);

  const after = await board(leader, team.id);
  const next = after.cycles.find((c) => c.name === 'Cyclus 2');
  assert.ok(next, 'the next cycle is open');
  assert.deepEqual([next.starts_on, next.ends_on, next.retrospective], [day(-28), day(13), null]);
  assert.equal(after.current_cycle_id, next.id, 'the next cycle runs today');
  const copy = after.goals.find((g) => g.id === retro.goals[0].continued_as);
  assert.equal(copy.cycle_id, next.id);
  assert.deepEqual([copy.title, copy.unit, copy.direction, copy.ambition_id], ['Meer leesplezier', 'percentage', 'higher', ambition.id]);
  assert.equal(copy.baseline, 58, 'the copy starts at the latest measurement');
  assert.equal(copy.target, 75, 'with the new target');
  assert.deepEqual(copy.measurements, []);
  assert.ok(!after.goals.some((g) => g.cycle_id === next.id && g.title === 'Rustige start'), 'a goal that stops is not copied');

  const item = (id) => after.items.find((i) => i.id === id);
  for (const moved of [actions.open, actions.doing]) {
    assert.equal(item(moved.id).goal_id, copy.id, `${moved.text} goes along with its goal`);
    assert.equal(item(moved.id).version, moved.version + 1, 'a relink is a change: the version goes up');
  }
  assert.equal(item(actions.done.id).goal_id, reading.id, 'a done action stays with the goal it served');
  assert.equal(item(actions.done.id).version, actions.done.version);
  assert.equal(item(actions.stopping.id).goal_id, calm.id, 'an open action of a goal that stops keeps its link');
  assert.equal(item(actions.loose.id).version, actions.loose.version);

  // Every change reached the screen, in one run of sequence numbers: the closed cycle, the new cycle, the copy, two actions.
  assert.equal(after.seq, teamBoard.seq + 5);
  const deadline = Date.now() + 3000;
  while (screen.events.length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  screen.socket.close();
  assert.deepEqual(screen.events.map((e) => e.seq), [1, 2, 3, 4, 5].map((n) => teamBoard.seq + n));
  assert.deepEqual(screen.events.map((e) => e.event.kind), ['cycle', 'cycle', 'goal', 'item', 'item']);
  assert.equal(screen.events[0].event.cycle.retrospective.goal_reached, 'partly');

  // The team's history shows the cycle with its retrospective, goal by goal.
  const history = await leader.get(`/api/v1/teams/${team.id}/cycles`);
  assert.equal(history.status, 200);
  assert.deepEqual(history.json.cycles.map((c) => c.name), ['Cyclus 1', 'Cyclus 2']);
  assert.deepEqual(history.json.cycles[0].retrospective.goals, retro.goals);
  assert.equal(history.json.cycles[1].retrospective, null);
});

test('a retrospective is written once; a stale version is refused with the current cycle', async () => {
  const { cycle, reading } = await endedCycle();
  const renamed = await leader.patch(`/api/v1/cycles/${cycle.id}`, { name: 'Najaar', version: cycle.version });
  assert.equal(renamed.status, 200, renamed.text);
  const stale = await leader.post(`/api/v1/cycles/${cycle.id}/retrospective`, { goal_reached: 'yes', version: cycle.version });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.error.field, 'version');
  assert.equal(stale.json.current.name, 'Najaar');
  const first = await leader.post(`/api/v1/cycles/${cycle.id}/retrospective`, { goals: [{ goal_id: reading.id, reached: 'no' }], version: renamed.json.version });
  assert.equal(first.status, 200, first.text);
  assert.equal(first.json.retrospective.goal_reached, 'no');
  const second = await leader.post(`/api/v1/cycles/${cycle.id}/retrospective`, { goal_reached: 'yes', helped: 'Toch wel', version: first.json.version });
  assert.equal(second.status, 409);
  assert.equal(second.json.error.code, 'already_exists');
  assert.equal(second.json.error.field, 'retrospective');
  assert.equal(second.json.current.retrospective.goal_reached, 'no');
  // Renaming a closed cycle keeps what the team concluded.
  const again = await leader.patch(`/api/v1/cycles/${cycle.id}`, { name: 'Najaar 2026', version: first.json.version });
  assert.equal(again.status, 200, again.text);
  assert.equal(again.json.retrospective.goal_reached, 'no');
  const staleRename = await leader.patch(`/api/v1/cycles/${cycle.id}`, { name: 'Oud', version: first.json.version });
  assert.equal(staleRename.status, 409);
  assert.equal(staleRename.json.current.name, 'Najaar 2026');
});

test('goals can go on in a next cycle the team already made', async () => {
  const { team, cycle, reading, actions } = await endedCycle();
  const made = (await leader.post(`/api/v1/teams/${team.id}/cycles`, { name: 'Al gestart', starts_on: day(-28), ends_on: day(13) })).json;
  const closed = await leader.post(`/api/v1/cycles/${cycle.id}/retrospective`, {
    goals: [{ goal_id: reading.id, reached: 'partly', continue: true }], next_cycle_id: made.id, version: cycle.version,
  });
  assert.equal(closed.status, 200, closed.text);
  const after = await board(leader, team.id);
  assert.equal(after.cycles.length, 2, 'no cycle was added');
  const copy = after.goals.find((g) => g.id === closed.json.retrospective.goals[0].continued_as);
  assert.equal(copy.cycle_id, made.id);
  assert.equal(copy.target, 70, 'the same target unless changed');
  assert.equal(after.items.find((i) => i.id === actions.open.id).goal_id, copy.id);
});

test('bad retrospectives are refused, naming the field, and nothing is written', async () => {
  const { team, cycle, reading, calm } = await endedCycle();
  const other = (await leader.post(`/api/v1/teams/${team.id}/cycles`, { name: 'Later', starts_on: day(21), ends_on: day(62) })).json;
  const before = await board(leader, team.id);
  const next = { name: 'Cyclus 2', starts_on: day(-28), ends_on: day(13) };
  const bad = [
    [{ goal_reached: 'maybe' }, 'goal_reached'],
    [{}, 'goal_reached'],
    [{ goals: [{ goal_id: reading.id, reached: 'mostly' }] }, 'goals.0.reached'],
    [{ goals: [{ goal_id: reading.id }] }, 'goals.0.reached'],
    [{ goals: [{ goal_id: reading.id, reached: 'yes', extra: 1 }] }, 'goals.0.extra'],
    [{ goals: [{ goal_id: calm.id, reached: 'yes' }, { goal_id: calm.id, reached: 'no' }] }, 'goals.1.goal_id'],
    [{ goals: [{ goal_id: 999999, reached: 'yes' }] }, 'goals.0.goal_id'],
    [{ goals: 'all' }, 'goals'],
    [{ goals: [{ goal_id: reading.id, reached: 'yes', continue: true }] }, 'goals'],
    [{ goals: [{ goal_id: reading.id, reached: 'yes', target: 80 }] }, 'goals.0.target'],
    [{ goals: [{ goal_id: reading.id, reached: 'yes', continue: true, target: 120 }], next_cycle: next }, 'goals.0.target'],
    [{ goal_reached: 'yes', next_cycle: { ...next, ends_on: day(0) } }, 'next_cycle.ends_on'],
    [{ goal_reached: 'yes', next_cycle: { ...next, name: '' } }, 'next_cycle.name'],
    [{ goal_reached: 'yes', next_cycle: { ...next, starts_on: day(-35), ends_on: day(6) } }, 'next_cycle.starts_on'],
    [{ goal_reached: 'yes', next_cycle: { name: 'Botst', starts_on: day(7), ends_on: day(48) } }, 'next_cycle.starts_on'],
    [{ goal_reached: 'yes', next_cycle: { ...next, colour: 'blue' } }, 'next_cycle.colour'],
    [{ goal_reached: 'yes', next_cycle: next, next_cycle_id: other.id }, 'next_cycle_id'],
    [{ goal_reached: 'yes', next_cycle_id: cycle.id }, 'next_cycle_id'],
    [{ goal_reached: 'yes', helped: 'x'.repeat(4001) }, 'helped'],
  ];
  for (const [body, field] of bad) {
    const response = await leader.post(`/api/v1/cycles/${cycle.id}/retrospective`, { ...body, version: cycle.version });
    assert.ok([400, 404, 422].includes(response.status), `${JSON.stringify(body)} -> ${response.status}`);
    assert.equal(response.json.error.field, field, JSON.stringify(body));
  }
  const after = await board(leader, team.id);
  assert.equal(after.seq, before.seq, 'nothing was written');
  assert.equal(after.cycles.length, before.cycles.length);
  assert.equal(after.goals.length, before.goals.length);
  assert.equal(after.cycles.find((c) => c.id === cycle.id).retrospective, null);
});

test('only the people of the board close its cycle; the bestuurder reads the history, another school sees nothing', async () => {
  const { team, cycle } = await endedCycle();
  const bestuurder = await signedIn(server.base, 'bestuurder');
  const otherSchool = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');
  const teacherOfAnotherTeam = await signedIn(server.base, 'leraar');
  // Another school's cycle answers as if it did not exist.
  for (const [client, status] of [[bestuurder, 403], [otherSchool, 404], [teacherOfAnotherTeam, 403]]) {
    const refused = await client.post(`/api/v1/cycles/${cycle.id}/retrospective`, { goal_reached: 'yes', version: cycle.version });
    assert.equal(refused.status, status);
    assert.equal((await client.patch(`/api/v1/cycles/${cycle.id}`, { name: 'Gekaapt', version: cycle.version })).status, status);
  }
  assert.equal((await bestuurder.get(`/api/v1/teams/${team.id}/cycles`)).status, 200);
  assert.equal((await otherSchool.get(`/api/v1/teams/${team.id}/cycles`)).status, 404);
  assert.equal((await teacherOfAnotherTeam.get(`/api/v1/teams/${team.id}/cycles`)).status, 403);
  const unchanged = (await leader.get(`/api/v1/teams/${team.id}/cycles`)).json.cycles[0];
  assert.deepEqual([unchanged.name, unchanged.retrospective, unchanged.version], ['Cyclus 1', null, cycle.version]);
});

test('the demo team looks back on its first cycle: the second goal went on in Cyclus 2', async () => {
  const teacher = await signedIn(server.base, 'leraar');
  const teamId = (await teacher.get('/api/v1/me')).json.memberships.find((m) => m.role === 'leraar').team_id;
  const { cycles } = (await teacher.get(`/api/v1/teams/${teamId}/cycles`)).json;
  assert.deepEqual(cycles.map((c) => c.name), ['Cyclus 1', 'Cyclus 2']);
  const retro = cycles[0].retrospective;
  assert.equal(retro.goals.length, 2);
  const copy = (await teacher.get(`/api/v1/goals/${retro.goals[1].continued_as}`)).json;
  assert.equal(copy.cycle_id, cycles[1].id);
  assert.equal(copy.title, retro.goals[1].title);
  assert.equal(copy.baseline, retro.goals[1].latest);
});
