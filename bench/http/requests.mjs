// Signs in as the demo teacher and sends N requests to one route, one after
// another over a keep-alive connection; exits non-zero if any fails. ROUTE is
// a GET path, or "move" for moving a new card of the teacher's board between
// todo and doing with full durability. Used by instructions.sh, which counts
// what the server spends on them.
//   node bench/http/requests.mjs BASE ROUTE N
import http from 'node:http';

const [base, route, count] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function request(method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(base + path, { method, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (body) req.end(body);
    else req.end();
  });
}

const login = await request('POST', '/api/v1/auth/login',
  JSON.stringify({ email: 'leraar@demo.samenbeter.nl', password: 'demo-samenbeter' }), { 'content-type': 'application/json' });
if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);
const cookie = /sb_session=[^;]+/.exec(String(login.headers['set-cookie']))[0];
// "{team}" in the route stands for the teacher's own team.
const me = JSON.parse((await request('GET', '/api/v1/me', null, { cookie })).body.toString());
const path = route.replace('{team}', String(me.memberships.find((m) => m.team_id)?.team_id));
if (route === 'move') {
  const team = me.memberships.find((m) => m.team_id).team_id;
  const headers = { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrf_token };
  const created = await request('POST', `/api/v1/teams/${team}/items`, JSON.stringify({ kind: 'action', text: 'Meten' }), headers);
  let card = JSON.parse(created.body.toString());
  for (let i = 0; i < Number(count); i++) {
    const status = card.status === 'todo' ? 'doing' : 'todo';
    const moved = await request('POST', `/api/v1/items/${card.id}/move`, JSON.stringify({ status, version: card.version }), headers);
    if (moved.status !== 200) throw new Error(`move: ${moved.status} ${moved.body}`);
    card = JSON.parse(moved.body.toString());
  }
  agent.destroy();
  process.exit(0);
}
for (let i = 0; i < Number(count); i++) {
  const answer = await request('GET', path, null, { cookie });
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
}
agent.destroy();
