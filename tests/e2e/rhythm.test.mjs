// The rhythm above the team (issue 17). The bestuurder opens the overview of
// her schools, sees a week that one of De Regenboog's teams missed, follows it
// to that school's teams and from there to the team's week. The school leader
// sees her school's rhythm; the cascade shows an ambition nobody serves. The
// page prints without the site's header and menus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, screenshot, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

test('the bestuurder opens the overview and follows a gap to the team\'s week', async () => {
  const { context, page } = await app.open(VIEWPORTS.laptop);
  await signIn(page, demoEmail('bestuurder'));
  await page.getByRole('link', { name: 'Ritme' }).click();
  await page.waitForURL(/\/besturen\/\d+\/ritme$/);
  await page.getByRole('heading', { level: 1, name: 'Ritme van Stichting Samen Leren' }).waitFor();
  const overview = page.getByRole('table', { name: /^Overzicht per school en team/ });
  await overview.getByRole('row', { name: /Onderbouw havo\/vwo/ }).getByText('↘ dalend').waitFor();
  await overview.getByRole('row', { name: /Groep 5-6/ }).getByText('→ stabiel').waitFor();
  await screenshot(page, 'rhythm-bestuur-laptop');

  // In the heatmap a week of De Regenboog shows only partly held: a gap in one of its teams.
  const heatmap = page.getByRole('table', { name: /^Weekritme/ });
  const regenboog = heatmap.getByRole('row', { name: /OBS De Regenboog/ });
  const partly = regenboog.locator('td.cell.partly a').first();
  assert.match(await partly.textContent(), /deels gehouden/);
  await partly.click();
  await page.waitForURL(/\/scholen\/\d+\/ritme\?week=\d{4}-\d{2}-\d{2}$/);
  const week = new URL(page.url()).searchParams.get('week');
  await page.getByRole('heading', { level: 1, name: 'Ritme van OBS De Regenboog' }).waitFor();

  // The marked week: Groep 3-4 held no board session.
  const team = page.getByRole('table', { name: /^Weekritme/ }).getByRole('row', { name: /Groep 3-4/ });
  await team.waitFor();
  const missed = team.locator('td.cell.missed.marked a');
  assert.match(await missed.textContent(), /geen bordsessie/);
  await missed.click();
  await page.waitForURL(new RegExp(`/teams/\\d+/ritme/${week}$`));
  await page.getByRole('heading', { level: 1, name: /^Week van/ }).waitFor();
  await page.getByText('Groep 3-4 · OBS De Regenboog').waitFor();
  await page.getByText('geen bordsessie').waitFor();
  await screenshot(page, 'rhythm-week-laptop');
  await context.close();
});

test('the school leader sees her teams by keyboard and phone; the cascade shows an unserved ambition', async () => {
  const { context, page } = await app.open(VIEWPORTS.phone);
  await signIn(page, demoEmail('schoolleider'));
  await page.goto('/ritme');
  await page.waitForURL(/\/scholen\/\d+\/ritme$/);
  await page.getByRole('heading', { level: 1, name: 'Ritme van OBS De Regenboog' }).waitFor();
  // Arrow keys move from week to week inside the heatmap.
  const first = page.locator('td.cell a[data-row="0"][data-col]').first();
  await first.focus();
  const col = Number(await first.getAttribute('data-col'));
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-col')), String(col + 1));
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-row')), '1');
  await screenshot(page, 'rhythm-school-phone');

  await page.setViewportSize(VIEWPORTS.laptop);
  await page.getByRole('link', { name: 'Van ambitie tot klas (cascade)' }).click();
  await page.getByRole('heading', { level: 1, name: /^Van ambitie tot klas/ }).waitFor();
  await page.getByText('Geen teamdoel werkt aan deze ambitie').first().waitFor();
  await screenshot(page, 'rhythm-cascade-laptop');

  // Printed: no site header, no buttons.
  await page.goto(page.url().replace('/cascade', '/ritme'));
  await page.getByRole('table', { name: /^Weekritme/ }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
  await context.close();
});
