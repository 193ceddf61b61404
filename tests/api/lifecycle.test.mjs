// The server's life: graceful shutdown keeps every acknowledged write,
// the web app is served with the right caching, and data survives a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, signedIn } from './lib/client.mjs';

test('SIGTERM lets requests in flight finish; every acknowledged write survives the restart', async () => {
  const server = await startServer();
  const leader = await signedIn(server.base, 'schoolleider');
  const schoolId = (await leader.get('/api/v1/me')).json.memberships[0].school_id;
  const writes = [];
  for (let i = 0; i < 60; i++) {
    writes.push(leader.post(`/api/v1/schools/${schoolId}/teams`, { name: `Team ${i}` }).catch(() => ({ status: 0 })));
  }
  await new Promise((resolve) => setTimeout(resolve, 5));
  const stopped = server.stop({ keepData: true });
  const results = await Promise.all(writes);
  const { code } = await stopped;
  assert.equal(code, 0, server.log());
  const acknowledged = results.map((r, i) => (r.status === 201 ? `Team ${i}` : null)).filter(Boolean);

  const again = await startServer({ dataDir: server.dir });
  try {
    const client = await signedIn(again.base, 'schoolleider');
    const names = new Set((await client.get(`/api/v1/schools/${schoolId}`)).json.teams.map((t) => t.name));
    for (const name of acknowledged) assert.ok(names.has(name), `${name} was acknowledged but is gone`);
  } finally {
    await again.stop();
  }
});

test('the web app is served: index for app routes, immutable hashed assets, compressed', async () => {
  const server = await startServer({ demo: false });
  try {
    const client = new Client(server.base);
    const index = await client.get('/scholen/1', { headers: { 'accept-encoding': 'identity' } });
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type'), /text\/html/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
    assert.ok(script, 'index.html loads a hashed script');
    const asset = await fetch(server.base + script, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('cache-control'), /immutable/);
    assert.equal(asset.headers.get('content-encoding'), 'gzip');
    const etag = asset.headers.get('etag');
    const revalidated = await fetch(server.base + script, { headers: { 'if-none-match': etag } });
    assert.equal(revalidated.status, 304);
    const head = await fetch(server.base + script, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    const full = await fetch(server.base + script, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String((await full.arrayBuffer()).byteLength), 'HEAD names the size of the body it leaves out');
    assert.equal((await head.arrayBuffer()).byteLength, 0);
    assert.equal((await client.get('/missing.png')).status, 404);
  } finally {
    await server.stop();
  }
});
