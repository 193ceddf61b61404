// The academy in the browser: a teacher opens an item from the catalogue,
// reads its step plan and marks it done, and the school coach sees her team's
// share of that module grow; programme staff add an item whose step plan holds
// HTML, which the item page shows as text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

async function signedIn(who, viewport = VIEWPORTS.laptop) {
  const screen = await app.open(viewport);
  await signIn(screen.page, demoEmail(who));
  return screen;
}

/** The percent in the progress table for a module (row) and team (column). */
const cell = (page, module, team) =>
  page.evaluate(([moduleTitle, teamName]) => {
    const table = document.querySelector('main table');
    const column = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent.trim() === teamName);
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th').textContent.trim() === moduleTitle);
    return row.children[column].textContent.trim();
  }, [module, team]);

test('a teacher marks an item done on her phone and the school coach sees her team\'s progress', async () => {
  const coach = await signedIn('schoolcoach');
  await coach.page.getByRole('link', { name: 'Academie', exact: true }).click();
  await coach.page.getByRole('heading', { level: 1, name: 'Academie' }).waitFor();
  await coach.page.getByRole('link', { name: 'Voortgang van de teams' }).click();
  await coach.page.getByRole('heading', { level: 1, name: 'Voortgang van de teams' }).waitFor();
  await coach.page.locator('main table').waitFor();
  assert.equal(await cell(coach.page, 'De app gebruiken', 'Groep 5-6'), '0%');

  const teacher = await signedIn('leraar', VIEWPORTS.phone);
  await teacher.page.goto('/academie');
  await teacher.page.getByRole('heading', { level: 1, name: 'Academie' }).waitFor();
  await teacher.page.getByText('4 van de 100 onderdelen gedaan.').waitFor();
  await teacher.page.getByRole('link', { name: 'Voortgang in de academie' }).click();
  await teacher.page.getByRole('heading', { level: 1, name: 'Voortgang in de academie' }).waitFor();
  await teacher.page.getByRole('heading', { level: 2, name: 'Stappenplan' }).waitFor();
  await teacher.page.locator('.markdown strong', { hasText: 'Doel:' }).waitFor();
  assert.equal(await teacher.page.locator('.markdown ol li').count(), 3);
  const video = teacher.page.getByRole('link', { name: 'Bekijk de video' });
  assert.match(await video.getAttribute('href'), /^https:\/\//);
  assert.equal(await video.getAttribute('rel'), 'noopener noreferrer');

  const done = teacher.page.getByRole('button', { name: 'Stappen gedaan' });
  assert.equal(await done.getAttribute('aria-pressed'), 'false');
  await done.click();
  await teacher.page.getByRole('status').getByText('Gemarkeerd als gedaan.').waitFor();
  assert.equal(await done.getAttribute('aria-pressed'), 'true');
  // Kept: after a reload the mark is still there, and the catalogue counts it.
  await teacher.page.reload();
  await teacher.page.getByRole('button', { name: 'Stappen gedaan', pressed: true }).waitFor();
  await teacher.page.getByRole('link', { name: 'Academie' }).first().click();
  await teacher.page.getByText('5 van de 100 onderdelen gedaan.').waitFor();
  await teacher.context.close();

  await coach.page.reload();
  await coach.page.locator('main table').waitFor();
  assert.notEqual(await cell(coach.page, 'De app gebruiken', 'Groep 5-6'), '0%');
  assert.equal(await cell(coach.page, 'De app gebruiken', 'Groep 3-4'), '0%');
  await coach.context.close();
});

test('programme staff add an item; HTML in its step plan shows as text', async () => {
  const { context, page } = await signedIn('programma');
  await page.goto('/academie/beheer');
  await page.getByRole('heading', { level: 1, name: 'Academie beheren' }).waitFor();
  await page.getByLabel('Module', { exact: true }).selectOption({ label: '2. De wekelijkse bordsessie' });
  await page.getByRole('button', { name: 'Nieuw onderdeel' }).click();
  await page.getByLabel('Titel van het onderdeel').fill('Een sessie op afstand');
  await page.getByLabel('Duur van de video (minuten)').fill('6');
  await page.getByLabel('Link naar de video').fill('javascript:alert(1)');
  await page.getByLabel('Stappenplan').fill('1. Open het bord\n2. <img src=x onerror="window.hacked=1">Deel je scherm');
  await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  await page.getByText('Een link die begint met https:// of http://.').nth(1).waitFor();
  await page.getByLabel('Link naar de video').fill('https://video.example.nl/afstand');
  await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  await page.getByRole('status').getByText('Onderdeel toegevoegd.').waitFor();
  await page.getByRole('link', { name: 'Een sessie op afstand' }).click();
  await page.getByRole('heading', { level: 1, name: 'Een sessie op afstand' }).waitFor();
  await page.locator('.markdown', { hasText: '<img src=x' }).waitFor();
  assert.equal(await page.locator('.markdown img').count(), 0);
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  await context.close();
});
