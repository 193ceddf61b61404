// The class board end to end: the teacher opens her class board and starts a
// session on the classroom touch screen; the students tap this week's smiley
// and add an action there, without an account; a phone (a browser context of
// its own) sends an idea with the class code from the screen; the teacher
// approves it on her laptop, and the idea appears live on the touch screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

test('the class board in session mode on a touch screen, with a phone sending an idea that shows live once approved', async () => {
  const screen = await app.open(VIEWPORTS.touchscreen);
  const { page } = screen;
  await signIn(page, demoEmail('leraar'));
  await page.getByRole('link', { name: 'Klassenbord' }).click();
  await page.getByRole('heading', { level: 1, name: 'Klassenbord' }).waitFor();
  await page.getByRole('link', { name: 'Groep 6' }).click();
  await page.getByRole('heading', { level: 1, name: 'Klassenbord Groep 6' }).waitFor();
  await page.getByRole('button', { name: 'Sessie starten op dit scherm' }).click();

  // The session screen: no account needed from here on.
  await page.getByText(/^Sessie tot/).waitFor();
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  assert.match(page.url(), /\/klassenbord\/scherm#/);
  // The screen holds the session only: the teacher's account is signed out here.
  assert.equal(await page.evaluate(async () => (await fetch('/api/v1/me')).status), 401, 'the screen holds no account');
  assert.equal(await page.getByRole('link', { name: 'Account' }).count(), 0);
  await page.getByRole('button', { name: /blij$/ }).first().waitFor();
  await page.getByRole('group', { name: 'Kies hoe het deze week ging' }).getByRole('button', { name: 'blij', exact: true }).click();
  await page.getByRole('group', { name: 'Kies hoe het deze week ging' }).getByRole('button', { name: 'blij', exact: true, pressed: true }).waitFor();
  await page.getByLabel('Nieuwe actie').fill('Elke ochtend de planning op het bord');
  await page.getByRole('button', { name: 'Toevoegen' }).first().click();
  await page.getByRole('button', { name: /Elke ochtend de planning op het bord/ }).waitFor();
  // Large targets: the smileys and the cards are at least 44 px tall.
  for (const target of [page.getByRole('button', { name: /blij$/ }).first(), page.getByRole('button', { name: /Elke ochtend/ })]) {
    const box = await target.boundingBox();
    assert.ok(box.height >= 44, `target of ${box.height}px`);
  }
  const code = (await page.locator('.idea-box .code').innerText()).trim();
  assert.match(code, /^[ACEFGHJKMNPRTWXY34679]{7}$/);
  assert.ok(await page.getByRole('img', { name: /QR-code/ }).evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code is drawn');

  // A phone sends an idea with the class code.
  const phone = await app.open(VIEWPORTS.phone);
  await phone.page.setViewportSize({ width: 360, height: 740 });
  await phone.page.goto('/k');
  await phone.page.getByLabel('Klascode').fill(code.toLowerCase());
  await phone.page.getByRole('button', { name: 'Verder' }).click();
  await phone.page.getByRole('heading', { level: 1, name: 'Jouw idee voor Groep 6' }).waitFor();
  await phone.page.getByLabel('Jouw idee').fill('Een kwartier buiten lezen als het mooi weer is');
  await phone.page.getByRole('button', { name: 'Idee sturen' }).click();
  await phone.page.getByRole('heading', { level: 1, name: 'Je idee is verstuurd!' }).waitFor();
  assert.ok(await phone.page.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits a 360 px phone');

  // Not on the board before the teacher approves it; the screen only counts what waits.
  await page.getByText(/2 idee\(ën\) wacht/).waitFor();
  assert.equal(await page.getByText('Een kwartier buiten lezen als het mooi weer is').count(), 0);

  // The teacher approves it on her laptop; it appears live on the touch screen.
  const laptop = await app.open(VIEWPORTS.laptop);
  await signIn(laptop.page, demoEmail('leraar'));
  await laptop.page.goto('/klassenbord');
  await laptop.page.getByRole('link', { name: 'Groep 6' }).click();
  await laptop.page.getByRole('button', { name: 'Idee op het bord zetten: Een kwartier buiten lezen als het mooi weer is' }).click();
  await page.locator('.column-ideas').getByText('Een kwartier buiten lezen als het mooi weer is').waitFor({ timeout: 10_000 });
  // The laptop sees the students' action and smiley too.
  await laptop.page.getByRole('button', { name: /Elke ochtend de planning op het bord/ }).waitFor();

  assert.deepEqual(phone.problems, []);
  assert.deepEqual(laptop.problems, []);
  assert.deepEqual(screen.problems, []);
  for (const s of [phone, laptop, screen]) await s.context.close();
});
