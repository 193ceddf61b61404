// Leadership programmes in the browser (issue 14): someone without an account
// browses the catalogue and compares two programmes at a URL to share; a school
// leader enrols in the Leerlab, which her bestuurder had joined alone, so both
// enrolments become complete; the programme manager takes attendance on a tablet
// and logs hours; and the participant opens her certificate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { callApi } from './lib/board.mjs';

const app = useApp();
const TABLET = { width: 1024, height: 768 };

async function signedIn(who, viewport = VIEWPORTS.laptop) {
  const screen = await app.open(viewport);
  await signIn(screen.page, who.includes('@') ? who : demoEmail(who));
  return screen;
}

test('on a phone, anyone browses the catalogue, filters it and compares two programmes at a shareable URL', async () => {
  const { page, context, problems } = await app.open(VIEWPORTS.phone);
  await page.goto('/opleidingen');
  await page.getByRole('heading', { level: 1, name: 'Leiderschapsopleidingen' }).waitFor();
  const cards = page.locator('.programme-list > li');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 3);
  await page.getByLabel('Registratiepunten').selectOption('100');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await page.waitForURL('**/opleidingen?min_points=100');
  await page.waitForFunction(() => document.querySelectorAll('.programme-list > li').length === 1);
  assert.match(await cards.first().innerText(), /Leergang Lerende Leiders/);
  await page.getByRole('button', { name: 'Wis filters' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.programme-list > li').length === 3);

  await page.getByLabel('Vergelijk Leergang Lerende Leiders').check();
  await page.getByLabel('Vergelijk Intersectoraal leiderschapsprogramma').check();
  await page.getByRole('link', { name: 'Vergelijk', exact: true }).click();
  await page.waitForURL(/\/opleidingen\/vergelijk\?ids=\d+,\d+$/);
  const table = page.getByRole('table');
  await table.waitFor();
  const headers = await table.locator('thead th').allInnerTexts();
  assert.deepEqual(headers, ['Leergang Lerende Leiders', 'Intersectoraal leiderschapsprogramma']);
  assert.match(await table.getByRole('row', { name: /Registratiepunten/ }).innerText(), /100/);
  assert.match(await table.getByRole('row', { name: /Prijs excl\. btw/ }).innerText(), /Op aanvraag.*€\s?750,00/s);
  // The URL is the comparison: opened afresh, it shows the same.
  const shared = page.url();
  const other = await app.open(VIEWPORTS.laptop);
  await other.page.goto(shared);
  await other.page.getByRole('table').waitFor();
  assert.deepEqual(await other.page.getByRole('table').locator('thead th').allInnerTexts(), headers);
  await other.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a school leader enrols with her bestuurder, the programme manager takes attendance on a tablet, and she gets her certificate', async () => {
  const leader = await signedIn('schoolleider');
  const { page } = leader;
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Opleidingen', exact: true }).click();
  await page.getByRole('link', { name: /^Leerlab/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Leerlab/ }).waitFor();
  const form = page.locator('form', { has: page.getByRole('heading', { name: /Inschrijven voor Utrecht, start 4 februari 2027/ }) });
  await form.getByText('minstens één collega van je eigen schoolorganisatie').waitFor();
  // A role of the wrong sector is refused at its field, in Dutch.
  await form.getByLabel('Sector').selectOption('VO');
  await form.getByLabel('Functie').selectOption('Schoolleider');
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await form.getByText('Je hebt geen leidinggevende rol in een school van deze sector.').waitFor();
  await form.getByLabel('Sector').selectOption('PO');
  await form.getByLabel('Functie').selectOption('Schoolleider');
  await form.getByLabel('Traject').selectOption({ label: 'Ontwerptraject' });
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await page.getByRole('article').getByText('Ingeschreven. Je krijgt een bevestiging per e-mail.').waitFor();

  // Her bestuurder's enrolment was alone: it is complete now.
  const bestuurder = await signedIn('bestuurder', VIEWPORTS.phone);
  await bestuurder.page.goto('/mijn-opleidingen');
  const leerlab = bestuurder.page.getByRole('article', { name: /^Leerlab/ }).filter({ hasText: '2027' });
  await leerlab.getByText('Compleet: een collega van je schoolorganisatie doet mee.').waitFor();
  await bestuurder.context.close();

  // The programme manager adds a short round, in which she enrols, and takes attendance on a tablet.
  const manager = await signedIn('programma', TABLET);
  const programmes = await callApi(manager.page, 'GET', '/staff/programmes');
  const visits = programmes.find((p) => p.title.startsWith('Intersectoraal'));
  const today = new Date().toISOString().slice(0, 10);
  const round = await callApi(manager.page, 'POST', `/staff/programmes/${visits.id}/rounds`, {
    name: 'Extra ronde', enrolment_closes_on: '2030-01-01',
    sessions: [{ title: 'Bezoek Picnic', date: today, start: '00:00', end: '00:01', place: 'Picnic, Utrecht' }],
  });
  const enrolment = await callApi(page, 'POST', `/programme-rounds/${round.id}/enrolments`, { sector: 'PO', role: 'Bovenschoolse directeuren/managers' });
  assert.equal(enrolment.status, 'placed');
  await manager.page.goto('/opleidingen-beheer');
  await manager.page.getByRole('heading', { level: 1, name: 'Opleidingen beheren' }).waitFor();
  await manager.page.getByRole('link', { name: 'Extra ronde' }).click();
  await manager.page.getByRole('heading', { level: 1, name: /Extra ronde/ }).waitFor();
  await manager.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 1 });
  await manager.page.getByRole('button', { name: 'Iedereen aanwezig' }).click();
  const karin = manager.page.getByRole('checkbox', { name: 'Karin Hofman aanwezig' });
  assert.equal(await karin.isChecked(), true);
  await manager.page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await manager.page.getByRole('status').filter({ hasText: 'Aanwezigheid opgeslagen' }).waitFor({ state: 'attached' });
  await manager.page.getByRole('row', { name: /Karin Hofman/ }).getByRole('link', { name: 'Certificaat' }).waitFor();
  await manager.context.close();

  // Her certificate, from Mijn opleidingen.
  await page.goto('/mijn-opleidingen');
  const extra = page.getByRole('article').filter({ hasText: 'Extra ronde' });
  await extra.getByRole('link', { name: 'Certificaat' }).click();
  await page.getByRole('heading', { level: 1, name: /^Certificaat Intersectoraal/ }).waitFor();
  const certificate = page.getByRole('region', { name: 'Certificaat' });
  assert.match(await certificate.innerText(), /Karin Hofman[\s\S]*heeft Intersectoraal leiderschapsprogramma van Stichting leerKRACHT met goed gevolg afgerond/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als PDF' }).click();
  assert.match((await download).suggestedFilename(), /\.pdf$/);
  assert.deepEqual(leader.problems, []);
  await leader.context.close();
});

test('the programme manager’s home page shows the rounds open for enrolment, the next sessions and the schools per phase', async () => {
  const { page, problems, context } = await signedIn('programma');
  const programmes = page.getByRole('region', { name: 'Opleidingen' });
  await programmes.getByText(/Bij \d+ rondes? is de inschrijving open/).waitFor();
  const rounds = programmes.getByRole('link', { name: /\(voorbeelddata\)$/ });
  assert.ok((await rounds.count()) >= 1);
  // Soonest closing first, each a link to its round.
  await rounds.first().click();
  await page.waitForURL(/\/opleidingen-beheer\/rondes\/\d+$/);
  await page.goto('/');
  const trajectories = page.getByRole('region', { name: 'Schooltrajecten' });
  await trajectories.getByText(/\d+ scholen in een traject, per fase/).waitFor();
  await trajectories.getByRole('link', { name: 'Naar alle trajecten' }).click();
  await page.waitForURL('**/trajecten');
  // A school leader gets neither card.
  const leader = await signedIn('schoolleider');
  await leader.page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
  assert.equal(await leader.page.getByRole('region', { name: 'Schooltrajecten' }).count(), 0);
  assert.equal(await leader.page.getByRole('heading', { name: 'Opleidingen', level: 2 }).count(), 0);
  await leader.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});
