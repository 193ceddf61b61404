// Load for the class board benchmark: BOARDS classes in a board session at
// once, each with SCREENS live screens (its display link's, the one the whole
// class looks at, many times over) and its session screen. Every second, per
// class: a student sends an idea with the class code, the teacher finds it and
// approves it, and the session screen adds a card. Measured: the delay from
// the approval's (and the card's) acknowledgement to its arrival on every
// display screen, and the requests' own latency. Loopback only, bounded in time.
//   node load.mjs BASE COOKIE BOARDS SCREENS SECONDS   -> one JSON line
import { createRequire } from 'node:module';

// The WebSocket client of the board benchmark (bench/board/package.json).
const WebSocket = createRequire(new URL('../board/package.json', import.meta.url))('ws');

const [base, cookie, boardsArg, screensArg, secondsArg] = process.argv.slice(2);
const boards = Number(boardsArg);
const screensPerBoard = Number(screensArg);
const seconds = Number(secondsArg);
let csrf = '';

async function call(method, path, body, headers = { cookie }) {
  const all = { ...headers };
  if (method !== 'GET' && headers.cookie) all['x-csrf-token'] = csrf;
  if (body !== undefined) all['content-type'] = 'application/json';
  const started = performance.now();
  const response = await fetch(base + path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, ms: performance.now() - started };
}

async function ok(method, path, body, headers) {
  const response = await call(method, path, body, headers);
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.json)}`);
  return response;
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0);
const round = (x) => Math.round(x * 100) / 100;
const figures = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50_ms: round(percentile(sorted, 0.5)), p99_ms: round(percentile(sorted, 0.99)), max_ms: round(sorted.at(-1) ?? 0) };
};

const me = (await ok('GET', '/api/v1/me')).json;
csrf = me.csrf_token;
const team = me.memberships.find((m) => m.role === 'leraar').team_id;

// The classes: a board each, its display link and a running session.
const classes = [];
for (let b = 0; b < boards; b++) {
  const board = (await ok('POST', `/api/v1/teams/${team}/classboards`,
    { class_name: `Bankklas ${b + 1}`, goal: 'Iedereen komt op tijd', measure_kind: 'smiley', measure_label: 'Hoe ging het?' })).json;
  const display = decodeURIComponent((await ok('POST', `/api/v1/classboards/${board.id}/display-link`)).json.link.split('#')[1]);
  const session = (await ok('POST', `/api/v1/classboards/${board.id}/session`, { minutes: 60 })).json.token;
  classes.push({ board, display, session, approvals: new Map(), cards: new Map() });
}

// The display screens: each notes when an approved idea and a card first reach it.
const screens = [];
const wsBase = base.replace('http', 'ws');
await Promise.all(classes.flatMap((c) => Array.from({ length: screensPerBoard }, () => new Promise((resolve, reject) => {
  const socket = new WebSocket(`${wsBase}/api/v1/classboard-screens/${encodeURIComponent(c.display)}/live`, { perMessageDeflate: false });
  const screen = { c, socket, ideas: new Map(), cards: new Map() };
  socket.on('message', (data) => {
    const now = performance.now();
    const message = JSON.parse(data);
    if (message.type === 'hello') resolve();
    if (message.type !== 'event') return;
    for (const idea of message.event.ideas ?? []) if (idea.approved && !screen.ideas.has(idea.id)) screen.ideas.set(idea.id, now);
    for (const item of message.event.items ?? []) if (!screen.cards.has(item.id)) screen.cards.set(item.id, now);
  });
  socket.on('error', reject);
  screens.push(screen);
}))));

const sendMs = [], approveMs = [], cardMs = [];
let errors = 0;
const end = performance.now() + seconds * 1000;
await Promise.all(classes.map(async (c, index) => {
  await new Promise((resolve) => setTimeout(resolve, (index / boards) * 1000));  // spread the classes over the second
  for (let n = 0; performance.now() < end; n++) {
    const tick = performance.now();
    const text = `Idee ${n + 1} van ${c.board.class_name}: samen opruimen`;
    const sent = await call('POST', '/api/v1/classboard-ideas', { code: c.board.code, text }, {});
    sendMs.push(sent.ms);
    if (sent.status !== 204) { errors++; continue; }
    const idea = (await ok('GET', `/api/v1/classboards/${c.board.id}`)).json.ideas.find((i) => i.text === text && !i.approved);
    const approving = performance.now();
    const approved = await call('POST', `/api/v1/classboard-ideas/${idea.id}/approve`);
    approveMs.push(approved.ms);
    if (approved.status === 200) c.approvals.set(idea.id, { sent: approving, acked: performance.now() }); else errors++;
    const adding = performance.now();
    const card = await call('POST', `/api/v1/classboard-screens/${encodeURIComponent(c.session)}/items`, { kind: 'success', text: `Gelukt ${n + 1}` }, {});
    cardMs.push(card.ms);
    if (card.status === 201) c.cards.set(card.json.id, { sent: adding, acked: performance.now() }); else errors++;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - tick))));
  }
}));
await new Promise((resolve) => setTimeout(resolve, 1000));  // let the last events arrive

const approvalDelays = [], cardDelays = [], approvalFromSend = [], cardFromSend = [];
let expected = 0, missed = 0;
for (const screen of screens) {
  for (const [acks, seen, delays, fromSend] of [[screen.c.approvals, screen.ideas, approvalDelays, approvalFromSend],
    [screen.c.cards, screen.cards, cardDelays, cardFromSend]]) {
    for (const [id, { sent, acked }] of acks) {
      expected++;
      const arrived = seen.get(id);
      if (arrived === undefined) { missed++; continue; }
      delays.push(Math.max(0, arrived - acked));  // 0 when the event came before the acknowledgement
      fromSend.push(arrived - sent);  // the whole way: request, commit, fan-out
    }
  }
}
screens.forEach((s) => s.socket.terminate());
console.log(JSON.stringify({
  boards, screens: screens.length, ideas: classes.reduce((n, c) => n + c.approvals.size, 0),
  cards: classes.reduce((n, c) => n + c.cards.size, 0), errors, deliveries_expected: expected, missed,
  approval_fanout: figures(approvalDelays), card_fanout: figures(cardDelays),
  approval_from_send: figures(approvalFromSend), card_from_send: figures(cardFromSend),
  send_idea: figures(sendMs), approve: figures(approveMs), add_card: figures(cardMs),
}));
process.exit(0);
