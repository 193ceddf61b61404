// Load of issue 12, point 10 (b): 8 teachers upload a 10 MB file each, all at once (POST
// /lesson-designs/{id}/materials, streamed to the file store, fsync'd), while the server's resident memory (VmRSS of
// PID, sampled every 10 ms) is watched: it must grow by less than 20 MB, since uploads stream to storage and are
// never whole in memory. The baseline is the same server's RSS at rest just before, in the same run; a second round
// of 8 runs after the first to show that nothing accumulates. Prints one JSON line. Loopback only.
//   node uploads.mjs BASE PID
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

const [base, pidText] = process.argv.slice(2);
const UPLOADS = 8;
const BYTES = 10 * 1024 * 1024;

const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pidText}/status`, 'utf8'))[1]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function login(name) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${name}@demo.samenbeter.nl`, password: 'demo-samenbeter' }),
  });
  const cookie = /sb_session=[^;]+/.exec(response.headers.get('set-cookie'))[0];
  const me = await response.json();
  return { cookie, csrf: me.csrf_token, team: me.memberships.find((m) => m.role === 'leraar').team_id };
}

const sanne = await login('leraar');
const headers = { cookie: sanne.cookie, 'x-csrf-token': sanne.csrf };
const board = await (await fetch(`${base}/api/v1/teams/${sanne.team}/board`, { headers })).json();
const goal = board.goals.find((g) => g.cycle_id === board.current_cycle_id);
const design = await (await fetch(`${base}/api/v1/teams/${sanne.team}/lesson-designs`, {
  method: 'POST', headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify({ goal_id: goal.id, title: 'Benchles met bestanden' }),
})).json();
// Eight different files (a pdf header and random bytes), made before measuring.
const files = Array.from({ length: UPLOADS }, () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(BYTES - 9)]));

async function burst() {
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, rssKb());
      await sleep(10);
    }
  })();
  const started = performance.now();
  const statuses = await Promise.all(files.map(async (body, i) => {
    const response = await fetch(`${base}/api/v1/lesson-designs/${design.id}/materials?name=bench-${i}.pdf`, {
      method: 'POST', headers: { ...headers, 'content-type': 'application/pdf' }, body,
    });
    await response.text();
    return response.status;
  }));
  const seconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  return { peak, seconds, errors: statuses.filter((s) => s !== 201).length };
}

await sleep(300);
const atRest = rssKb();
const first = await burst();
await sleep(300);
const second = await burst();
const after = rssKb();
const mb = (kb) => Math.round((kb / 1024) * 10) / 10;
console.log(JSON.stringify({
  uploads: UPLOADS, file_mb: BYTES / 1024 / 1024,
  rest_mb: mb(atRest),
  first: { peak_mb: mb(first.peak), growth_mb: mb(first.peak - atRest), seconds: Math.round(first.seconds * 100) / 100,
    mb_per_s: Math.round((UPLOADS * BYTES) / 1024 / 1024 / first.seconds), errors: first.errors },
  second: { peak_mb: mb(second.peak), growth_mb: mb(second.peak - atRest), seconds: Math.round(second.seconds * 100) / 100,
    mb_per_s: Math.round((UPLOADS * BYTES) / 1024 / 1024 / second.seconds), errors: second.errors },
  after_mb: mb(after),
}));
