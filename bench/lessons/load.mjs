// Load of issue 12, point 10 (a): 30 visitors, each on its own lesson visit, saving the whole observation every
// 2 s at once (PUT /lesson-visits/{id}/observation, durable), for SECONDS. The same 30 clients' GET /api/v1/health at
// the same cadence, in the same run, is the baseline. Prints one JSON line of figures. Loopback only.
//   node load.mjs BASE SECONDS
const [base, secondsText] = process.argv.slice(2);
const seconds = Number(secondsText ?? 20);
const TEACHERS = ['leraar', 'thijs.mulder', 'eva.vandijk', 'jesse.peters', 'lieke.hendriks', 'milan.dekker', 'anouk.brouwer'];
const VISITORS = 30;

async function login(name) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${name}@demo.samenbeter.nl`, password: 'demo-samenbeter' }),
  });
  const cookie = /sb_session=[^;]+/.exec(response.headers.get('set-cookie'))[0];
  const me = await response.json();
  return { cookie, csrf: me.csrf_token, id: me.user.id, team: me.memberships.find((m) => m.role === 'leraar').team_id };
}

async function call(who, method, path, body) {
  const headers = { cookie: who.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = who.csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0);
const round = (x) => Math.round(x * 100) / 100;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const people = [];
for (const name of TEACHERS) people.push(await login(name));
const sanne = people[0];
const board = await call(sanne, 'GET', `/api/v1/teams/${sanne.team}/board`);
const goal = board.goals.find((g) => g.cycle_id === board.current_cycle_id);
const design = await call(sanne, 'POST', `/api/v1/teams/${sanne.team}/lesson-designs`, {
  goal_id: goal.id, title: 'Benchles', criteria: ['Leerlingen leggen uit', 'Leerlingen werken samen', 'Leerlingen stellen vragen'],
});
const tomorrow = new Date(Date.now() + 86400e3).toISOString().slice(0, 19) + 'Z';
const visits = [];
for (let i = 0; i < VISITORS; i++) {
  const visitor = people[1 + (i % (people.length - 1))];
  const visit = await call(sanne, 'POST', `/api/v1/teams/${sanne.team}/lesson-visits`, {
    design_id: design.id, teacher_id: sanne.id, visitor_id: visitor.id, starts_at: tomorrow,
  });
  visits.push({ visit, visitor });
}

async function run(kind) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(visits.map(async ({ visit, visitor }, i) => {
    await sleep((i * 2000) / VISITORS);  // spread over the 2 s, as phones in a school are
    let seq = 0;
    while (Date.now() < until) {
      const started = performance.now();
      seq += 1;
      try {
        if (kind === 'observation') {
          const text = `Notitie ${seq}: `.padEnd(400, 'leerlingen werken geconcentreerd ');
          await call(visitor, 'PUT', `/api/v1/lesson-visits/${visit.id}/observation`, {
            client_key: `bench-${kind}-${visit.id}`, client_seq: seq,
            criteria: [{ notes: text, rating: 3 }, { notes: text }, { notes: '' }], notes: 'Rustige klas',
          });
        } else {
          await call(visitor, 'GET', '/api/v1/health');
        }
      } catch {
        errors += 1;
      }
      const took = performance.now() - started;
      latencies.push(took);
      await sleep(Math.max(0, 2000 - took));
    }
  }));
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, p50_ms: round(percentile(latencies, 0.5)), p99_ms: round(percentile(latencies, 0.99)), max_ms: round(latencies.at(-1) ?? 0) };
}

const baseline = await run('health');
const observations = await run('observation');
// Every acknowledged save is there: the last one of each visitor is stored.
let lost = 0;
for (const { visit, visitor } of visits) {
  const view = await call(visitor, 'GET', `/api/v1/lesson-visits/${visit.id}`);
  if (!view.observation || !view.observation.criteria[0].notes.startsWith('Notitie')) lost += 1;
}
console.log(JSON.stringify({ visitors: VISITORS, seconds, baseline, observations, lost }));
