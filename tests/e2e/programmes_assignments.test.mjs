// Assignments in the leadership programmes in the browser (issue 14, point 5): on a phone (360 px) a school
// leader hands in the project assignment that is due this week from Mijn opleidingen; on a tablet the programme
// manager sends it back with feedback, she changes it and hands it in again, and the manager accepts it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, screenshot, signIn } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();
const PHONE = { width: 360, height: 740 };
const TABLET = { width: 1024, height: 768 };
const PROJECT = 'Project: tussenstand voor het begeleidingsmoment';

async function signedIn(who, viewport) {
  const screen = await app.open(viewport);
  await signIn(screen.page, demoEmail(who));
  return screen;
}

// The assignment on Mijn opleidingen, inside the Leergang's article.
function assignmentOf(page) {
  return page.getByRole('article', { name: /^Leergang Lerende Leiders/ }).locator('li', { has: page.getByText(PROJECT, { exact: true }) });
}

test('a participant hands in on a phone; staff send it back and accept it on a tablet', async () => {
  const leader = await signedIn('schoolleider', PHONE);
  const { page } = leader;
  await page.goto('/mijn-opleidingen');
  const project = assignmentOf(page);
  await project.getByText('te doen', { exact: true }).waitFor();
  await project.getByText(/^Inleveren uiterlijk/).waitFor();
  await project.getByLabel('Je uitwerking').fill('Ons project onderzoekt waarom nieuwe leraren het eerste jaar uitvallen.');
  await project.getByRole('button', { name: /^Inleveren\s?: Project/ }).click();
  await page.getByRole('status').filter({ hasText: `Ingeleverd: ${PROJECT}.` }).waitFor({ state: 'attached' });
  await project.getByText('ingeleverd', { exact: true }).waitFor();
  // Nothing sideways on a phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scroll at 360 px');
  await screenshot(page, 'programmes-assignment-phone');

  // The manager, on a tablet: the round's assignments, the hand-in waiting first.
  const manager = await signedIn('programma', TABLET);
  await manager.page.goto('/opleidingen-beheer');
  await manager.page.getByRole('link', { name: 'Start september 2025 (voorbeelddata)' }).click();
  await manager.page.getByRole('link', { name: 'Opdrachten en inleveringen' }).click();
  await manager.page.getByRole('heading', { level: 1, name: 'Opdrachten: Start september 2025 (voorbeelddata)' }).waitFor();
  const card = manager.page.getByRole('article', { name: PROJECT });
  await card.getByText('1 wacht op feedback').waitFor();
  await card.getByText('Ons project onderzoekt waarom nieuwe leraren het eerste jaar uitvallen.').waitFor();
  // Sending back needs feedback.
  await card.getByRole('button', { name: /^Terugsturen voor aanpassing\s?: Karin Hofman/ }).click();
  await card.getByText('Vul dit in.').or(card.locator('.field-error')).first().waitFor();
  await card.getByLabel('Feedback aan Karin Hofman').fill('Noem ook welke gegevens jullie al verzamelden.');
  await card.getByRole('button', { name: /^Terugsturen voor aanpassing\s?: Karin Hofman/ }).click();
  await manager.page.getByRole('status').filter({ hasText: 'Teruggestuurd naar Karin Hofman.' }).waitFor({ state: 'attached' });
  await card.getByText('terug voor aanpassing', { exact: true }).waitFor();
  await screenshot(manager.page, 'programmes-assignments-tablet');

  // She reads the feedback, changes her work and hands it in again.
  await page.reload();
  const again = assignmentOf(page);
  await again.getByText('terug voor aanpassing', { exact: true }).waitFor();
  await again.getByText('Noem ook welke gegevens jullie al verzamelden.').waitFor();
  await again.getByLabel('Je uitwerking').fill('Ons project onderzoekt waarom nieuwe leraren uitvallen; we hielden twaalf exitgesprekken.');
  await again.getByRole('button', { name: /^Opnieuw inleveren\s?: Project/ }).click();
  await again.getByText('ingeleverd', { exact: true }).waitFor();

  // The manager accepts it: for her it is done.
  await manager.page.reload();
  const card2 = manager.page.getByRole('article', { name: PROJECT });
  await card2.getByText('we hielden twaalf exitgesprekken').waitFor();
  await card2.getByLabel('Feedback aan Karin Hofman').fill('Helder, goed werk.');
  await card2.getByRole('button', { name: /^Goedkeuren\s?: Karin Hofman/ }).click();
  await manager.page.getByRole('status').filter({ hasText: 'Goedgekeurd: het werk van Karin Hofman.' }).waitFor({ state: 'attached' });
  await page.reload();
  const done = assignmentOf(page);
  await done.getByText('goedgekeurd', { exact: true }).waitFor();
  assert.equal(await done.getByRole('button', { name: /inleveren/i }).count(), 0);

  // The manager copies the round for next year: its assignments come along, due dates moved like the sessions.
  await manager.page.getByRole('link', { name: 'Start september 2025 (voorbeelddata)' }).click();
  await manager.page.getByLabel('Naam van de ronde').first().fill('Start september 2027 (kopie)');
  await manager.page.getByLabel('Eerste bijeenkomst op').fill('23-09-2027');
  await manager.page.getByRole('button', { name: 'Ronde kopiëren' }).click();
  await manager.page.getByRole('heading', { level: 1, name: /Start september 2027 \(kopie\)/ }).waitFor();
  await manager.page.getByRole('link', { name: 'Opdrachten en inleveringen' }).click();
  const copied = manager.page.getByRole('article', { name: 'Take to School: Organisatiekunde' });
  await copied.getByText('Inleveren uiterlijk 6 oktober 2027 09:30').waitFor();
  assert.deepEqual(leader.problems, []);
  assert.deepEqual(manager.problems, []);
  await manager.context.close();
  await leader.context.close();
});
