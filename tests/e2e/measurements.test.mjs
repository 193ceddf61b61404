// Metingen end to end: programme staff start a baseline for a team of the demo
// school; five colleagues answer on their phones through the single-use links
// from their mail (read from the server's log: the e2e server has no SMTP);
// the results appear on the round page exactly at the fifth answer; a link used
// once is refused; the school's page compares baseline and follow-up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

/** The links mailed for a round of this title, from the server's log. */
function linksFor(title) {
  const links = [];
  for (const mail of app.output().split('mail (not sent').slice(1)) {
    if (!mail.includes(title)) continue;
    const found = mail.match(/\/meting#([A-Za-z0-9_-]+)/);
    if (found) links.push(`/meting#${found[1]}`);
  }
  return links;
}

async function answerOnPhone(link, point) {
  const phone = await app.open(VIEWPORTS.phone);
  const { page } = phone;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Leercultuur in de school' }).waitFor();
  const statements = page.locator('fieldset.statement');
  assert.equal(await statements.count(), 20);
  // Sending with a statement open names it and sends nothing.
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await page.getByRole('alert').filter({ hasText: 'zin 1 nog niet' }).waitFor();
  for (let i = 0; i < 20; i++) {
    await statements.nth(i).locator('label.point').nth(((point + i) % 5)).click();
  }
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dank je wel!' }).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits a 360 px phone');
  assert.deepEqual(phone.problems, []);
  return phone;
}

test('staff open a round, five people answer through their links, results appear at the fifth, a used link is refused', async () => {
  const screen = await app.open(VIEWPORTS.laptop);
  const { page } = screen;
  await signIn(page, demoEmail('programma'));
  await page.getByRole('link', { name: 'Metingen' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Metingen' }).waitFor();
  await page.getByRole('link', { name: 'OBS De Regenboog' }).click();
  await page.getByRole('heading', { level: 1, name: 'Metingen van OBS De Regenboog' }).waitFor();
  await page.getByRole('radio', { name: 'Nulmeting' }).check();
  await page.getByLabel('Naam van de meting').fill('Nulmeting e2e');
  await page.getByRole('checkbox', { name: 'Groep 5-6' }).check();
  await page.getByRole('button', { name: 'Meting starten en links mailen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nulmeting e2e' }).waitFor();
  await page.getByText('0 van 7 antwoorden').waitFor();

  let links = [];
  for (let tries = 0; tries < 50 && links.length < 7; tries++) {
    links = linksFor('Nulmeting e2e');
    if (links.length < 7) await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(links.length, 7, 'one link per teacher of Groep 5-6');
  const team = page.getByRole('region', { name: 'Groep 5-6' });
  const phones = [];
  for (let n = 1; n <= 5; n++) {
    phones.push(await answerOnPhone(links[n - 1], n));
    await page.reload();
    await page.getByText(`${n} van 7 antwoorden`).waitFor();
    if (n < 5) {
      await team.getByText('te weinig antwoorden').waitFor();
    } else {
      await team.getByText('Samen leren').waitFor();
      assert.equal(await team.getByText('te weinig antwoorden').count(), 0, 'results at the fifth');
      assert.equal(await team.locator('.dimension-mean').count(), 5);
    }
  }

  // The first link again: refused.
  const again = phones[0].page;
  await again.goto('/inloggen');
  await again.goto(links[0]);
  await again.getByRole('alert').filter({ hasText: 'al gebruikt' }).waitFor();
  for (const phone of phones) await phone.context.close();

  // The school's page: this baseline against the demo's follow-up.
  await page.getByRole('link', { name: 'Metingen', exact: true }).last().click();
  await page.getByRole('heading', { level: 1, name: 'Metingen van OBS De Regenboog' }).waitFor();
  const chart = page.locator('table.measurement-trend-chart').filter({ has: page.getByText('Hele school') });
  await chart.waitFor();
  const row = chart.getByRole('row', { name: /Samen leren/ });
  const cells = await row.getByRole('cell').allInnerTexts();
  assert.equal(cells.length, 2);
  assert.ok(cells.every((c) => /\d,\d/.test(c)), `both sides have a mean: ${cells}`);
  assert.deepEqual(screen.problems, []);
  await screen.context.close();
});
