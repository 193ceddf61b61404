// Signing in: a wrong password is explained at the field; the language switch
// turns the app English; unknown visitors are sent to sign in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn } from './lib/browser.mjs';
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
  await fresh.page.goto('/inloggen');
  await fresh.page.getByLabel('E-mailadres').fill(demoEmail('leraar'));
  await fresh.page.getByLabel('Wachtwoord', { exact: true }).fill('demo-samenbeter');
  await fresh.page.getByRole('button', { name: 'Inloggen' }).click();
  await fresh.page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  assert.equal(await fresh.page.locator('html').getAttribute('lang'), 'en');

  // Back to Dutch so the demo account is left as it was.
  await fresh.page.getByRole('button', { name: 'Nederlands' }).click();
  await fresh.page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
  assert.deepEqual(problems, []);
  await fresh.context.close();
  await context.close();
});
