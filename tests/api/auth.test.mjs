// Signing in and out, sessions, CSRF, throttling, password resets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/app.mjs';
import { startServer } from './lib/server.mjs';
import { Client, demo, signedIn, DEMO_PASSWORD } from './lib/client.mjs';

const server = await useServer();

test('health answers without a session and carries the security headers', async () => {
  const client = new Client(server.base);
  const response = await client.get('/api/v1/health');
  assert.equal(response.status, 200);
  assert.equal(response.json.status, 'ok');
  const csp = response.headers.get('content-security-policy');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'same-origin');
});

test('a teacher signs in, sees who she is, and signs out', async () => {
  const client = new Client(server.base);
  const login = await client.post('/api/v1/auth/login', { email: demo('leraar'), password: DEMO_PASSWORD });
  assert.equal(login.status, 200);
  const cookie = login.headers.get('set-cookie');
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.doesNotMatch(cookie, /Secure/);  // plain HTTP on loopback
  const me = await client.get('/api/v1/me');
  assert.equal(me.status, 200);
  assert.equal(me.json.user.email, demo('leraar'));
  const team = me.json.memberships.find((m) => m.role === 'leraar');
  assert.equal(team.team_name, 'Groep 5-6');
  assert.equal(team.school_name, 'OBS De Regenboog');
  assert.ok(me.json.csrf_token.length >= 20);
  assert.equal((await client.post('/api/v1/auth/logout')).status, 204);
  assert.equal((await client.get('/api/v1/me')).status, 401);
});

test('signing in again issues a new session token and ends the old one', async () => {
  const client = await signedIn(server.base, 'leraar');
  const first = client.cookie;
  await client.login(demo('leraar'));
  assert.notEqual(client.cookie, first);
  const old = new Client(server.base);
  old.cookie = first;
  assert.equal((await old.get('/api/v1/me')).status, 401);
});

test('a wrong password is refused with the same message as an unknown address', async () => {
  const client = new Client(server.base);
  const wrong = await client.post('/api/v1/auth/login', { email: demo('bestuurder'), password: 'not-the-password' });
  const unknown = await client.post('/api/v1/auth/login', { email: 'nobody@demo.samenbeter.nl', password: 'whatever1' });
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  assert.equal(wrong.json.error.message, unknown.json.error.message);
  assert.equal(wrong.json.error.code, 'unauthenticated');
});

test('a state-changing request without the CSRF token is refused', async () => {
  const client = await signedIn(server.base, 'leraar');
  const response = await client.patch('/api/v1/me', { locale: 'en' }, { headers: { 'x-csrf-token': 'wrong' } });
  assert.equal(response.status, 403);
  assert.equal(response.json.error.code, 'permission_denied');
  const missing = await client.request('PATCH', '/api/v1/me', { locale: 'en' }, { headers: { 'x-csrf-token': '' } });
  assert.equal(missing.status, 403);
  const me = await client.get('/api/v1/me');
  assert.equal(me.json.user.locale, 'nl');  // nothing changed
  const good = await client.patch('/api/v1/me', { locale: 'en' });
  assert.equal(good.status, 200);
  assert.equal(good.json.user.locale, 'en');
});

test('a request from another site is refused', async () => {
  const client = new Client(server.base);
  const response = await client.post('/api/v1/auth/login', { email: demo('leraar'), password: DEMO_PASSWORD },
    { headers: { origin: 'https://evil.example' } });
  assert.equal(response.status, 403);
});

test('password guessing is slowed down per account, and the real user gets in after the wait', async () => {
  const client = new Client(server.base);
  const email = demo('expertcoach');
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    statuses.push((await client.post('/api/v1/auth/login', { email, password: 'guess-' + i })).status);
  }
  assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
  assert.equal(statuses[5], 429);
  const throttled = await client.post('/api/v1/auth/login', { email, password: DEMO_PASSWORD });
  assert.equal(throttled.status, 429);
  const wait = Number(throttled.headers.get('retry-after'));
  assert.ok(wait >= 1 && wait <= 900, `Retry-After ${wait}`);
  await new Promise((resolve) => setTimeout(resolve, (wait + 1) * 1000));
  const real = await client.post('/api/v1/auth/login', { email, password: DEMO_PASSWORD });
  assert.equal(real.status, 200);
});

test('a password reset link sets a new password and ends other sessions', async () => {
  const other = await signedIn(server.base, 'programma');
  const client = new Client(server.base);
  const asked = await client.post('/api/v1/auth/password-reset', { email: demo('programma') });
  assert.equal(asked.status, 202);
  const unknown = await client.post('/api/v1/auth/password-reset', { email: 'nobody@demo.samenbeter.nl' });
  assert.equal(unknown.status, 202);  // does not reveal who has an account
  let token;
  for (let i = 0; i < 50 && !token; i++) {
    token = /wachtwoord-herstellen\?token=([A-Za-z0-9_-]+)/.exec(server.log())?.[1];
    if (!token) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(token, 'the reset link is written to the log when no SMTP is configured');
  const bad = await client.post('/api/v1/auth/password-reset/confirm', { token: 'nonsense', password: 'nieuw-wachtwoord' });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'token');
  const short = await client.post('/api/v1/auth/password-reset/confirm', { token, password: 'kort' });
  assert.equal(short.json.error.field, 'password');
  const done = await client.post('/api/v1/auth/password-reset/confirm', { token, password: 'nieuw-wachtwoord' });
  assert.equal(done.status, 204);
  const again = await client.post('/api/v1/auth/password-reset/confirm', { token, password: 'nog-een-keer' });
  assert.equal(again.status, 400);  // a link works once
  assert.equal((await other.get('/api/v1/me')).status, 401);
  await client.login(demo('programma'), 'nieuw-wachtwoord');
});

test('a session ends after the idle timeout', async () => {
  const short = await startServer({ args: ['--session-idle-timeout', '2'] });
  try {
    const client = await signedIn(short.base, 'leraar');
    assert.equal((await client.get('/api/v1/me')).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const expired = await client.get('/api/v1/me');
    assert.equal(expired.status, 401);
    assert.equal(expired.json.error.code, 'unauthenticated');
  } finally {
    await short.stop();
  }
});
