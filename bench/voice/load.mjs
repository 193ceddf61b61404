// Setup and checks of the student-voice benchmark (issue 13, point 9); the
// load itself comes from answer_load.cpp. `seed` opens ROUNDS rounds (class
// size 200) as the demo teacher; `check` counts acknowledged answers (from
// answer_load's result files) missing from their rounds; `results` times GET
// of a round with 30 answers. Loopback only. Prints one JSON line.
//   node load.mjs seed BASE COOKIE CSRF TEAM ROUNDS
//   node load.mjs check BASE COOKIE TEAM RESULT_FILE...
//   node load.mjs results BASE COOKIE CSRF TEAM REQUESTS
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [mode, base, ...rest] = process.argv.slice(2);
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function call(method, path, body, headers = {}) {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method, path, agent,
      headers: { ...headers, ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}) } },
    (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk)).on('end', () => resolve({ status: response.statusCode, text }));
    });
    request.on('error', reject);
    if (data) request.write(data);
    request.end();
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function openRounds(cookie, csrf, team, count, classSize = 200) {
  const rounds = [];
  for (let i = 0; i < count; i++) {
    const r = await call('POST', `/api/v1/teams/${team}/voice/rounds`,
      { title: `Bench ${i}`, level: 'vo', template: 'vo-les', class_size: classSize, open_minutes: 120 },
      { cookie, 'x-csrf-token': csrf });
    if (r.status !== 201) throw new Error(`open round: ${r.status} ${r.text}`);
    const round = JSON.parse(r.text);
    rounds.push({ id: round.id, code: round.code });
  }
  return rounds;
}

const answers = [{ question: 0, value: 4 }, { question: 1, value: 3 }, { question: 2, value: 5 }, { question: 6, text: 'Meer oefenen in tweetallen' }];

if (mode === 'seed') {
  const [cookie, csrf, team, count] = rest;
  console.log(JSON.stringify(await openRounds(cookie, csrf, team, Number(count))));
} else if (mode === 'check') {
  // Every acknowledged answer is counted in its round: compares with the teacher's list.
  // Several result files (runs on the same rounds) add up.
  const [cookie, team, ...resultFiles] = rest;
  const acknowledged = {};
  for (const file of resultFiles) {
    for (const [code, n] of Object.entries(JSON.parse(readFileSync(file, 'utf8')).by_code)) acknowledged[code] = (acknowledged[code] ?? 0) + n;
  }
  const listed = JSON.parse((await call('GET', `/api/v1/teams/${team}/voice/rounds`, undefined, { cookie })).text).rounds;
  let lost = 0;
  for (const round of listed) {
    const acked = acknowledged[round.code];
    if (acked !== undefined && round.answers < acked) lost += acked - round.answers;
  }
  console.log(lost);
} else if (mode === 'results') {
  const [cookie, csrf, team, requests] = rest;
  const [round] = await openRounds(cookie, csrf, team, 1, 30);
  for (let i = 0; i < 30; i++) {
    const r = await call('POST', '/api/v1/voice/answers', { code: round.code, device_token: randomBytes(18).toString('base64url'), answers });
    if (r.status !== 204) throw new Error(`answer: ${r.status} ${r.text}`);
  }
  const latencies = [];
  for (let i = 0; i < Number(requests); i++) {
    const started = process.hrtime.bigint();
    const r = await call('GET', `/api/v1/voice/rounds/${round.id}`, undefined, { cookie });
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (r.status !== 200 || !JSON.parse(r.text).results.visible) throw new Error('results not served');
  }
  latencies.sort((a, b) => a - b);
  console.log(JSON.stringify({ requests: latencies.length, p50_ms: percentile(latencies, 50).toFixed(2),
    p99_ms: percentile(latencies, 99).toFixed(2) }));
}
agent.destroy();
