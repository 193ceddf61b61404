// Student voice end to end: the teacher opens a feedback round on the
// classroom touch screen and shows its code and QR code; six phones (each a
// browser context of its own, so a device token of its own) open /s, type the
// code and answer; the results appear on the touch screen exactly when the
// fifth answer arrives. A phone that answered cannot answer again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

async function answerOnPhone(code, smileyLabel) {
  const phone = await app.open(VIEWPORTS.phone);
  const { page } = phone;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/s');
  await page.getByLabel('Code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rekenen: breuken' }).waitFor();
  // The first question, by its smiley's text.
  await page.getByRole('group', { name: /^Vraag 1 van/ }).getByText(smileyLabel, { exact: true }).click();
  await page.getByLabel(/Wat vond je het leukst/).fill('Het spel met de kaartjes');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.getByRole('heading', { level: 1, name: /Bedankt! Je antwoorden zijn verstuurd/ }).waitFor();
  // No horizontal scrolling on a 360 px phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits a 360 px phone');
  assert.deepEqual(phone.problems, []);
  return phone;
}

test('a teacher opens a round on the touch screen, six phones answer, results appear exactly at the fifth', async () => {
  const screen = await app.open(VIEWPORTS.touchscreen);
  const { page } = screen;
  await signIn(page, demoEmail('leraar'));
  await page.getByRole('link', { name: 'Leerlingstem' }).click();
  await page.getByRole('heading', { level: 1, name: 'Leerlingstem' }).waitFor();
  await page.getByLabel('Les of onderwerp').fill('Rekenen: breuken');
  await page.getByLabel('Aantal leerlingen in de klas').fill('24');
  await page.getByRole('button', { name: 'Ronde openen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rekenen: breuken' }).waitFor();
  const code = (await page.getByTestId('voice-code').innerText()).replace(/\s/g, '');
  assert.match(code, /^[ACEFGHJKMNPRTWXY34679]{7}$/);
  const qr = page.getByRole('img', { name: 'QR-code voor de feedbackronde' });
  await qr.waitFor();
  assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code is drawn');

  const phones = [];
  for (let n = 1; n <= 6; n++) {
    phones.push(await answerOnPhone(code, n % 2 ? 'Goed' : 'Een beetje'));
    const count = page.getByTestId('voice-count');
    await count.filter({ hasText: `${n} van 24 leerlingen` }).waitFor({ timeout: 10_000 });
    if (n < 5) {
      assert.equal(await page.getByTestId('voice-results-waiting').isVisible(), true, `no results at ${n}`);
    } else {
      await page.getByRole('heading', { level: 3, name: /^1\. Ik wist wat ik/ }).waitFor({ timeout: 10_000 });
      assert.equal(await page.getByTestId('voice-results-waiting').count(), 0, `results at ${n}`);
    }
  }
  await page.getByText('Het spel met de kaartjes').first().waitFor();

  // The first phone again: this device answered already.
  const again = phones[0].page;
  await again.goto('/inloggen');
  await again.goto(`/s#${code}`);
  await again.getByRole('group', { name: /^Vraag 1 van/ }).getByText('Goed', { exact: true }).click();
  await again.getByRole('button', { name: 'Versturen' }).click();
  await again.getByRole('heading', { level: 1, name: /al beantwoord/ }).waitFor();
  for (const phone of phones) await phone.context.close();
  assert.deepEqual(screen.problems, []);
  await screen.context.close();
});
