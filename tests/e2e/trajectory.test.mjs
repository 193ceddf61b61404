// The school trajectory in the browser: the expert coach runs Het Baken
// College's intake to the agreement (blocked until the last condition is met),
// plans a visit and writes its report, which the school leader then reads;
// programme staff see the pipeline and approve a visit past the budget.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

async function signedIn(who) {
  const screen = await app.open();
  await signIn(screen.page, who.includes('@') ? who : demoEmail(who));
  return screen;
}

const schoolId = (page, name) =>
  page.evaluate(async (wanted) => {
    const me = await (await fetch('/api/v1/me')).json();
    return me.memberships.find((m) => m.school_name === wanted).school_id;
  }, name);

test('the expert coach runs an intake to the agreement', async () => {
  const { context, page } = await signedIn('expertcoach');
  await page.getByRole('link', { name: 'Traject', exact: true }).click();
  // Each school she follows shows the phase it is in.
  await page.getByRole('link', { name: /^Het Baken College Fase \d: / }).waitFor();
  await page.getByRole('link', { name: 'Het Baken College' }).click();
  await page.getByRole('heading', { level: 1, name: 'Traject van Het Baken College' }).waitFor();
  const blocked = page.locator('.notice', { hasText: 'kan pas worden vastgelegd als aan alle voorwaarden is voldaan' });
  await blocked.waitFor();

  // The agreement is refused while the team size is not met.
  const record = page.locator('section', { has: page.getByRole('heading', { name: 'Stap vastleggen' }) });
  await record.getByLabel('Fase').selectOption('agreement');
  await record.getByLabel('Wie waren erbij').fill('Gerard Timmermans, Marieke Kuipers');
  await record.getByRole('button', { name: 'Stap vastleggen' }).click();
  await record.getByText('De overeenkomst kan pas worden vastgelegd als aan alle voorwaarden is voldaan.').waitFor();

  // Team size met: the warning goes, and the agreement is recorded.
  const teamSize = page.locator('li.condition', { has: page.getByRole('heading', { name: 'Teams van 6 tot 10 leraren' }) });
  await teamSize.getByLabel('Voldaan', { exact: true }).check();
  await teamSize.getByLabel('Notitie').fill('Twee teams van zes leraren gevormd.');
  await teamSize.getByRole('button', { name: /^Opslaan/ }).click();
  await blocked.waitFor({ state: 'detached' });
  await record.getByLabel('Fase').selectOption('agreement');
  await record.getByLabel('Notities').fill('Overeenkomst getekend door de rector.');
  await record.getByRole('button', { name: 'Stap vastleggen' }).click();
  await page.getByText(/^Nu: Samenwerkingsovereenkomst, sinds/).waitFor();
  await page.getByText('Overeenkomst getekend door de rector.').waitFor();
  await context.close();

  // The bestuurder sees where the school stands.
  const bestuurder = await signedIn('bestuurder');
  await bestuurder.page.getByRole('link', { name: 'Traject', exact: true }).click();
  await bestuurder.page.getByRole('link', { name: 'Het Baken College' }).click();
  await bestuurder.page.getByText(/^Nu: Samenwerkingsovereenkomst/).waitFor();
  assert.equal(await bestuurder.page.getByRole('button', { name: 'Stap vastleggen' }).count(), 0);
  await bestuurder.context.close();
});

test('the expert coach plans a visit and reports it; the school leader reads the report', async () => {
  const { context, page } = await signedIn('expertcoach');
  const regenboog = await schoolId(page, 'OBS De Regenboog');
  await page.goto(`/scholen/${regenboog}/traject`);
  const visits = page.locator('section', { has: page.getByRole('heading', { name: 'Bezoeken van de expertcoach' }) });
  await visits.getByText('Budget: 12 bezoeken · 5 gehouden · 3 gepland · 4 over').waitFor();
  // Today at midnight: it has begun, so its report can be written at once.
  const today = new Date();
  const day = `${String(today.getDate()).padStart(2, '0')}-${String(today.getMonth() + 1).padStart(2, '0')}-${today.getFullYear()}`;
  await visits.getByLabel('Datum').fill(day);
  await visits.getByLabel('Begintijd').fill('00:00');
  await visits.getByLabel('Duur in minuten').fill('60');
  await visits.getByRole('button', { name: 'Bezoek plannen' }).click();
  await visits.getByText('Budget: 12 bezoeken · 5 gehouden · 4 gepland · 3 over').waitFor();
  const fresh = visits.locator('li.visit', { hasText: '00:00–01:00' });
  await fresh.getByRole('button', { name: 'Verslag schrijven' }).click();
  await fresh.getByLabel('Wat ik zag').fill('Teams bespraken hun doelen met de leerlingen erbij.');
  await fresh.getByLabel('Advies').fill('Laat leerlingen zelf een succes op het bord zetten.');
  await fresh.getByRole('button', { name: 'Verslag opslaan' }).click();
  await visits.getByText('Budget: 12 bezoeken · 6 gehouden · 3 gepland · 3 over').waitFor();
  await context.close();

  const leader = await signedIn('schoolleider');
  await leader.page.goto(`/scholen/${regenboog}/traject`);
  await leader.page.getByText('Laat leerlingen zelf een succes op het bord zetten.').waitFor();
  assert.equal(await leader.page.getByRole('button', { name: 'Bezoek plannen' }).count(), 0);
  await leader.context.close();
});

test('programme staff see the pipeline and approve a visit past the budget', async () => {
  const { context, page } = await signedIn('programma');
  await page.getByRole('link', { name: 'Trajecten', exact: true }).click();
  const row = page.getByRole('row', { name: /Da Vinci Lyceum/ });
  await row.getByText('1 bezoek(en) boven budget').waitFor();
  await row.getByRole('link', { name: 'Da Vinci Lyceum' }).click();
  await page.getByRole('button', { name: 'Goedkeuren' }).click();
  await page.getByText('Het bezoek is goedgekeurd.').first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Goedkeuren' }).count(), 0);
  await context.close();
});

test('programme staff make a quote and download it as a PDF', async () => {
  const { context, page } = await signedIn('programma');
  await page.getByRole('link', { name: 'Trajecten', exact: true }).click();
  await page.getByRole('link', { name: 'ROC Vakcollege Midden' }).click();
  const quotes = page.locator('section', { has: page.getByRole('heading', { name: 'Offertes' }) });
  await quotes.getByLabel('Schooljaar (bijv. 2026-2027)').fill('2026-2027');
  await quotes.getByLabel('Aantal teams').fill('3');
  await quotes.getByLabel('Eerste jaar', { exact: true }).check();
  await quotes.getByRole('button', { name: 'Offerte maken' }).click();
  await quotes.getByRole('link', { name: 'Offerte 2026-2027: € 40.500,00' }).click();
  await page.getByRole('heading', { level: 1, name: 'Offerte voor ROC Vakcollege Midden' }).waitFor();
  await page.getByRole('cell', { name: '3 team(s) × € 13.500,00' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als PDF' }).click()]);
  assert.match(download.suggestedFilename(), /^offerte-roc-vakcollege-midden-2026-2027\.pdf$/);
  const bytes = await (await import('node:fs/promises')).readFile(await download.path());
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  await context.close();
});
