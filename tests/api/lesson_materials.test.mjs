// Uploaded materials of a lesson design (issue 12 points 1 and 7): Sanne adds a worksheet to the design she makes
// with Thijs, Thijs downloads it, the school leader and a teacher of another team may not, another school's
// leader learns nothing; a file over the limit (413) or of a refused type (415) is refused with nothing written;
// a unit of work that fails removes the bytes it had stored; the sweep removes bytes that no row names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, existsSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadDemo, startServer } from './lib/server.mjs';
import { signedIn } from './lib/client.mjs';

const LIMIT_MB = 1;
let server;
let sanne, thijs, daan, leader, outsider;
let teamId, goalId, thijsId, designId;

// An orphan that a crashed upload could have left two hours ago: the sweep at start removes it.
const ORPHAN = join('lesson-designs', '999999', 'deadbeef');

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-api-materials-'));
  loadDemo(dir);
  mkdirSync(join(dir, 'files', 'lesson-designs', '999999'), { recursive: true });
  writeFileSync(join(dir, 'files', ORPHAN), '%PDF-1.4 left behind');
  const twoHoursAgo = (Date.now() - 2 * 3600e3) / 1000;
  utimesSync(join(dir, 'files', ORPHAN), twoHoursAgo, twoHoursAgo);
  server = await startServer({ dataDir: dir, args: ['--upload-limit-mb', String(LIMIT_MB)] });
  sanne = await signedIn(server.base, 'leraar');
  thijs = await signedIn(server.base, 'thijs.mulder@demo.samenbeter.nl');
  daan = await signedIn(server.base, 'daan.deboer@demo.samenbeter.nl');  // Groep 3-4: another team of the school
  leader = await signedIn(server.base, 'schoolleider');
  outsider = await signedIn(server.base, 'gerard.timmermans@demo.samenbeter.nl');  // the other school's leader
  const me = (await sanne.get('/api/v1/me')).json;
  teamId = me.memberships.find((m) => m.role === 'leraar').team_id;
  thijsId = (await thijs.get('/api/v1/me')).json.user.id;
  const board = (await sanne.get(`/api/v1/teams/${teamId}/board`)).json;
  goalId = board.goals.find((g) => g.cycle_id === board.current_cycle_id).id;
  const created = await sanne.post(`/api/v1/teams/${teamId}/lesson-designs`, {
    goal_id: goalId, title: 'Breuken met materialen', criteria: ['Leerlingen leggen uit welke breuk groter is'], co_author_ids: [thijsId],
  });
  assert.equal(created.status, 201, created.text);
  designId = created.json.id;
});
after(async () => { await server.stop(); });

const pdf = (size) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
const upload = (client, name, bytes, id = designId) =>
  client.post(`/api/v1/lesson-designs/${id}/materials?name=${encodeURIComponent(name)}`, bytes,
    { raw: true, headers: { 'content-type': 'application/octet-stream' } });
const storedFiles = () => {
  const root = join(server.dir, 'files', 'lesson-designs');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
};
async function download(client, path) {
  const response = await fetch(server.base + path, { headers: { cookie: client.cookie } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

test('a teacher uploads a worksheet, her co-author downloads exactly those bytes with type, name and nosniff', async () => {
  const bytes = pdf(300_000);
  const stored = await upload(sanne, 'Werkblad breuken — groep 6.pdf', bytes);
  assert.equal(stored.status, 201, stored.text);
  assert.equal(stored.json.name, 'Werkblad breuken — groep 6.pdf');
  assert.equal(stored.json.content_type, 'application/pdf');
  assert.equal(stored.json.bytes, bytes.length);
  assert.equal(stored.json.design_id, designId);

  const list = (await thijs.get(`/api/v1/lesson-designs/${designId}/materials`)).json;
  assert.equal(list.max_bytes, LIMIT_MB * 1024 * 1024);
  assert.deepEqual(list.materials.map((m) => m.id), [stored.json.id]);

  const got = await download(thijs, `/api/v1/lesson-designs/${designId}/materials/${stored.json.id}`);
  assert.equal(got.status, 200);
  assert.equal(got.headers.get('content-type'), 'application/pdf');
  assert.equal(got.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(got.headers.get('content-length'), String(bytes.length));
  const disposition = got.headers.get('content-disposition');
  assert.match(disposition, /^attachment; filename="Werkblad breuken _ groep 6.pdf"; filename\*=UTF-8''Werkblad%20breuken%20%E2%80%94%20groep%206.pdf$/);
  assert.ok(got.bytes.equals(bytes), 'the downloaded bytes are the uploaded ones');
});

test('office files are known by their content, and a name that lies about it is refused (415) with nothing written', async () => {
  // A .docx is a zip whose parts are named word/…; a stored entry is enough for the check.
  const entry = (name, content) => {
    const header = Buffer.alloc(30);
    header.write('PK\x03\x04', 0, 'latin1');
    header.writeUInt32LE(content.length, 18);
    header.writeUInt32LE(content.length, 22);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, Buffer.from(name), Buffer.from(content)]);
  };
  const docx = Buffer.concat([entry('[Content_Types].xml', '<Types/>'), entry('word/document.xml', '<w:document/>')]);
  const ok = await upload(sanne, 'Lesplan.docx', docx);
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.content_type, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');

  const before = storedFiles().length;
  for (const [name, body] of [
    ['script.pdf', Buffer.from('<html><script>alert(1)</script></html>')],  // the name says pdf, the content is HTML
    ['Lesplan.pdf', docx],                                                  // a real docx named .pdf
    ['programma.exe', Buffer.from('MZ\x90\x00\x03 not for a classroom')],
  ]) {
    const refused = await upload(sanne, name, body);
    assert.equal(refused.status, 415, `${name}: ${refused.text}`);
    assert.equal(refused.json.error.reason, 'unsupported_type');
    assert.equal(refused.json.error.field, 'file');
  }
  assert.equal(storedFiles().length, before, 'a refused type leaves no bytes behind');
});

test('a file over the limit is 413 with the limit named, and nothing is written', async () => {
  const before = storedFiles().length;
  const listed = (await sanne.get(`/api/v1/lesson-designs/${designId}/materials`)).json.materials.length;
  const tooLarge = await upload(sanne, 'film.pdf', pdf(LIMIT_MB * 1024 * 1024 + 1));
  assert.equal(tooLarge.status, 413, tooLarge.text);
  assert.equal(tooLarge.json.error.code, 'resource_exhausted');
  assert.equal(tooLarge.json.error.reason, 'too_large');
  assert.equal(tooLarge.json.error.max, LIMIT_MB * 1024 * 1024);
  // Exactly the limit is fine.
  const atLimit = await upload(sanne, 'precies.pdf', pdf(LIMIT_MB * 1024 * 1024));
  assert.equal(atLimit.status, 201, atLimit.text);
  assert.equal(storedFiles().length, before + 1);
  assert.equal((await sanne.get(`/api/v1/lesson-designs/${designId}/materials`)).json.materials.length, listed + 1);
  // A chunked body (no Content-Length) over the limit is cut off while it streams.
  const chunked = await fetch(`${server.base}/api/v1/lesson-designs/${designId}/materials?name=stroom.pdf`, {
    method: 'POST', duplex: 'half',
    headers: { cookie: sanne.cookie, 'x-csrf-token': sanne.csrf, 'content-type': 'application/pdf' },
    body: new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(i === 0 ? pdf(100_000) : randomBytes(100_000));
        controller.close();
      },
    }),
  }).catch((error) => ({ status: 'connection closed: ' + error.message }));
  assert.equal(chunked.status, 413);
  assert.equal(storedFiles().length, before + 1, 'nothing of the refused uploads stays');
});

test('access is the design\'s: the school leader and a teacher of another team get 403, another school 404, and no upload slips through', async () => {
  const mine = (await sanne.get(`/api/v1/lesson-designs/${designId}/materials`)).json.materials[0];
  const path = `/api/v1/lesson-designs/${designId}/materials/${mine.id}`;
  for (const reader of [leader, daan]) {
    assert.equal((await reader.get(`/api/v1/lesson-designs/${designId}/materials`)).status, 403);
    assert.equal((await download(reader, path)).status, 403);
    assert.equal((await reader.delete(path)).status, 403);
  }
  assert.equal((await outsider.get(`/api/v1/lesson-designs/${designId}/materials`)).status, 404);
  assert.equal((await download(outsider, path)).status, 404);
  assert.equal((await outsider.delete(path)).status, 404);

  const before = storedFiles().length;
  assert.equal((await upload(daan, 'vreemd.pdf', pdf(1000))).status, 403);
  assert.equal((await upload(outsider, 'vreemd.pdf', pdf(1000))).status, 404);
  assert.equal((await upload(sanne, 'nergens.pdf', pdf(1000), 99999999)).status, 404);
  const anonymous = await fetch(`${server.base}/api/v1/lesson-designs/${designId}/materials?name=a.pdf`, { method: 'POST', body: pdf(1000) });
  assert.equal(anonymous.status, 401);
  assert.equal(storedFiles().length, before, 'a refused caller stores nothing');

  // A material of one design is not reachable through another design's path.
  const other = await sanne.post(`/api/v1/teams/${teamId}/lesson-designs`, { goal_id: goalId, title: 'Ander ontwerp' });
  assert.equal((await download(sanne, `/api/v1/lesson-designs/${other.json.id}/materials/${mine.id}`)).status, 404);
});

test('bad names and empty bodies are 400; removing a material removes its row and its bytes', async () => {
  assert.equal((await sanne.post(`/api/v1/lesson-designs/${designId}/materials`, pdf(100), { raw: true, headers: { 'content-type': 'application/pdf' } })).status, 400);
  const empty = await upload(sanne, 'leeg.pdf', Buffer.alloc(0));
  assert.equal(empty.status, 400, empty.text);
  assert.equal((await upload(sanne, '   ', pdf(100))).status, 400);

  const stored = await upload(sanne, 'weg.pdf', pdf(5000));
  assert.equal(stored.status, 201);
  const before = storedFiles().length;
  const path = `/api/v1/lesson-designs/${designId}/materials/${stored.json.id}`;
  assert.equal((await thijs.delete(path)).status, 204);
  assert.equal((await download(sanne, path)).status, 404);
  assert.equal((await thijs.delete(path)).status, 404);
  assert.equal(storedFiles().length, before - 1);
});

test('a unit of work that fails removes the bytes it had stored: the 31st file of a design is refused and leaves nothing', async () => {
  const fresh = await sanne.post(`/api/v1/teams/${teamId}/lesson-designs`, { goal_id: goalId, title: 'Veel bestanden' });
  for (let i = 0; i < 30; i++) assert.equal((await upload(sanne, `blad-${i}.pdf`, pdf(200), fresh.json.id)).status, 201);
  const before = storedFiles().length;
  const refused = await upload(sanne, 'blad-30.pdf', pdf(200), fresh.json.id);
  assert.equal(refused.status, 429, refused.text);
  assert.equal(refused.json.error.reason, 'too_many');
  assert.equal(storedFiles().length, before);
});

test('the sweep removed the orphan that no row names, and kept every stored material', async () => {
  assert.equal(existsSync(join(server.dir, 'files', ORPHAN)), false);
  assert.ok(storedFiles().length > 30);
});
