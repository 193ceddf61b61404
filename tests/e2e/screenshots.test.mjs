// Photographs every main page on a phone, a laptop and a classroom touch
// screen into screenshots/ for people to look at. With UPDATE_DOCS_SCREENSHOT=1
// it also refreshes docs/screenshot.png (the school page on a laptop).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { demoEmail, screenshot, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const DOCS_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

const app = useApp();

/** Opens each path at each viewport and photographs it once its <h1> is there. */
async function photograph(page, pages) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    for (const [name, path, ready] of pages) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      if (ready) await ready(page);
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
      await screenshot(page, `${viewportName}-${name}`);
    }
  }
}

/** Finds the demo school's id through the API, as the signed-in user. */
async function regenboogId(page) {
  return page.evaluate(async () => {
    const response = await fetch('/api/v1/schools');
    const { schools } = await response.json();
    return schools.find((s) => s.name === 'OBS De Regenboog').id;
  });
}

test('public pages', async () => {
  const { context, page, problems } = await app.open();
  await photograph(page, [
    ['sign-in', '/inloggen'],
    ['forgot-password', '/wachtwoord-vergeten'],
    ['not-found', '/deze-pagina-bestaat-niet'],
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('school leader pages and an invitation', async () => {
  const { context, page, problems } = await app.open();
  await signIn(page, demoEmail('schoolleider'));
  const schoolId = await regenboogId(page);
  const { teamId, link } = await page.evaluate(async (id) => {
    const me = await (await fetch('/api/v1/me')).json();
    const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token };
    const school = await (await fetch(`/api/v1/schools/${id}`)).json();
    const team = school.teams[0];
    const invited = await fetch(`/api/v1/schools/${id}/invitations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: 'nieuwe.collega@example.nl', role: 'leraar', team_id: team.id }),
    });
    return { teamId: team.id, link: (await invited.json()).link };
  }, schoolId);

  await photograph(page, [
    ['home-schoolleider', '/', (p) => p.getByRole('heading', { name: 'Mijn scholen' }).waitFor()],
    ['school', `/scholen/${schoolId}`, (p) => p.getByRole('heading', { name: 'Medewerkers' }).waitFor()],
    ['team', `/teams/${teamId}`, (p) => p.getByRole('heading', { name: 'Leden' }).waitFor()],
    ['obstacles', '/obstakels', (p) => p.getByRole('heading', { level: 1, name: /obstakels/i }).waitFor()],
    ['sessions', `/teams/${teamId}/sessies`],
  ]);

  if (process.env.UPDATE_DOCS_SCREENSHOT) {
    await page.setViewportSize(VIEWPORTS.laptop);
    await page.goto(`/scholen/${schoolId}`);
    await page.getByRole('heading', { name: 'Medewerkers' }).waitFor();
    await page.screenshot({ path: DOCS_SCREENSHOT, fullPage: true });
  }
  await context.close();

  const visitor = await app.open();
  await photograph(visitor.page, [
    ['invitation', link, (p) => p.getByRole('button', { name: 'Uitnodiging accepteren' }).waitFor()],
  ]);
  assert.deepEqual([...problems, ...visitor.problems], []);
  await visitor.context.close();
});

test('pages of the other roles', async () => {
  const shots = {
    leraar: [
      ['home-leraar', '/', (p) => p.getByRole('heading', { name: 'Mijn teams' }).waitFor()],
      ['account', '/account'],
      ['my-actions', '/mijn-acties', (p) => p.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor()],
    ],
    bestuurder: [['home-bestuurder', '/', (p) => p.getByRole('link', { name: /OBS De Regenboog/ }).waitFor()]],
    programma: [['home-programmabeheerder', '/', (p) => p.getByRole('heading', { name: 'Jouw rol: programmabeheerder' }).waitFor()]],
    beheer: [
      ['admin', '/beheer', (p) => p.getByRole('heading', { name: 'Scholen', exact: true }).waitFor()],
      ['people', '/beheer/mensen'],
    ],
  };
  for (const [who, pages] of Object.entries(shots)) {
    const { context, page, problems } = await app.open();
    await signIn(page, demoEmail(who));
    await photograph(page, pages);
    assert.deepEqual(problems, [], who);
    await context.close();
  }
});
