// Signing in: a wrong password is explained at the field; the language switch
// turns the app English, also when it is chosen before signing in; unknown
// visitors are sent to sign in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, demoEmail, signIn } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

test('a wrong password shows an error next to the password field', async () => {
  const { context, page, problems } = await app.open();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(demoEmail('leraar'));
  const password = page.getByLabel('Wachtwoord', { exact: true });
  await password.fill('dit-is-niet-goed');
  await page.getByRole('button', { name: 'Inloggen' }).click();

  const error = page.getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar');
  await error.waitFor();
  assert.equal(await password.getAttribute('aria-invalid'), 'true');
  const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
  const errorId = await error.getAttribute('id');
  assert.ok(errorId && describedBy.split(' ').includes(errorId), 'the error is tied to the field');
  assert.equal(new URL(page.url()).pathname, '/inloggen');
  assert.deepEqual(problems, []);
  await context.close();
});

test('pages that need a session send visitors to sign in', async () => {
  const { context, page } = await app.open();
  await page.goto('/scholen/1');
  await page.waitForURL((url) => url.pathname === '/inloggen');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await context.close();
});

test('the language switch shows English and is remembered on the account', async () => {
  const { context, page, problems } = await app.open();
  await page.goto('/inloggen');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await signIn(page, demoEmail('leraar'));
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  await page.getByRole('heading', { name: 'My teams' }).waitFor();

  // The choice is stored with the account: a new browser signs in in English.
  const fresh = await app.open();
  await signIn(fresh.page, demoEmail('leraar'), DEMO_PASSWORD, /^Welcome/);
  assert.equal(await fresh.page.locator('html').getAttribute('lang'), 'en');

  // Back to Dutch so the demo account is left as it was.
  await fresh.page.getByRole('button', { name: 'Nederlands' }).click();
  await fresh.page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
  assert.deepEqual(problems, []);
  await fresh.context.close();
  await context.close();
});

test('a language chosen on the sign-in page is kept after signing in and stored on the account', async () => {
  const { context, page, problems } = await app.open();
  await page.goto('/inloggen');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email address').fill(demoEmail('schoolcoach'));
  await page.getByLabel('Password', { exact: true }).fill('demo-samenbeter');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  const stored = () => page.evaluate(async () => (await (await fetch('/api/v1/me')).json()).user.locale);
  assert.equal(await stored(), 'en', 'the account took over the language chosen before signing in');

  // Another browser now signs in in English too.
  const fresh = await app.open();
  await signIn(fresh.page, demoEmail('schoolcoach'), DEMO_PASSWORD, /^Welcome/);

  // Back to Dutch so the demo account is left as it was.
  await fresh.page.getByRole('button', { name: 'Nederlands' }).click();
  await fresh.page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
  // The page turns Dutch at once; the account is told in the background, so wait for it (at most 5 s).
  let locale = await stored();
  for (let tries = 0; locale !== 'nl' && tries < 50; tries++) {
    await page.waitForTimeout(100);
    locale = await stored();
  }
  assert.equal(locale, 'nl');
  assert.deepEqual([...problems, ...fresh.problems], []);
  await fresh.context.close();
  await context.close();
});
