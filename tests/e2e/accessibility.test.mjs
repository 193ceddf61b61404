// Every main page passes axe-core's WCAG 2.0 and 2.1 rules (levels A and AA) on a
// phone, a laptop and the classroom touch screen, for each role that uses it —
// the board also in session mode and with its editor open. A failure names the
// page, the rule and the first elements that break it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const app = useApp();

/** axe's violations on the page as it is now, one line each. */
async function violations(page) {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
  // Evaluated through the browser's debugging protocol, so the app's strict CSP stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: tags }), RULES);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Opens each [name, path, ready?] at each viewport and collects what axe finds. */
async function audit(page, pages, viewports = Object.entries(VIEWPORTS)) {
  const found = [];
  for (const [viewportName, viewport] of viewports) {
    await page.setViewportSize(viewport);
    for (const [name, path, ready] of pages) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      if (ready) await ready(page);
      for (const line of await violations(page)) found.push(`${viewportName} ${name}: ${line}`);
    }
  }
  return found;
}

async function signedIn(who) {
  const screen = await app.open();
  await signIn(screen.page, demoEmail(who));
  return screen;
}

/** The signed-in user's school and a team of it, through the API. */
const ids = (page) =>
  page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const membership = me.memberships.find((m) => m.team_id) ?? me.memberships[0];
    if (membership.team_id) return { teamId: membership.team_id, schoolId: membership.school_id };
    const school = await (await fetch(`/api/v1/schools/${membership.school_id}`)).json();
    return { teamId: school.teams[0].id, schoolId: membership.school_id };
  });

test('public pages', async () => {
  const { context, page } = await app.open();
  const found = await audit(page, [
    ['sign-in', '/inloggen'],
    ['forgot-password', '/wachtwoord-vergeten'],
    ['not-found', '/deze-pagina-bestaat-niet'],
  ]);
  await context.close();
  assert.deepEqual(found, []);
});

test('the teacher: home, the board, its history, a goal, her actions and her account', async () => {
  const { context, page } = await signedIn('leraar');
  const { teamId } = await ids(page);
  const live = (p) => p.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  const goalPath = await page.evaluate(async (team) => {
    const board = await (await fetch(`/api/v1/teams/${team}/board`)).json();
    return `/doelen/${board.goals.find((g) => g.cycle_id === board.current_cycle_id).id}`;
  }, teamId);
  const found = await audit(page, [
    ['home', '/', (p) => p.getByRole('heading', { name: 'Mijn teams' }).waitFor()],
    ['board', `/teams/${teamId}/bord`, live],
    ['history', `/teams/${teamId}/sessies`],
    ['goal', goalPath],
    ['my actions', '/mijn-acties', (p) => p.getByRole('heading', { level: 2, name: /open acties?$/ }).waitFor()],
    ['account', '/account', (p) => p.getByRole('switch').first().waitFor()],
  ]);
  await context.close();
  assert.deepEqual(found, []);
});

test('the board in session mode, with attendance open, the card and cycle editors, the goal form and the new-action form', async () => {
  const { context, page } = await signedIn('leraar');
  const { teamId } = await ids(page);
  await page.goto(`/teams/${teamId}/bord`);
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  await page.getByRole('button', { name: 'Bordsessie starten' }).click();
  const found = [];
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.getByRole('timer').waitFor();
    const attendance = page.getByRole('button', { name: /^Aanwezig:/ });
    if ((await attendance.getAttribute('aria-expanded')) !== 'true') await attendance.click();
    for (const line of await violations(page)) found.push(`${viewportName} session: ${line}`);

    const text = 'Ouders mailen over thuis lezen';
    await page.locator('[data-card-id]', { hasText: text }).getByRole('button', { name: text, exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Actie bewerken' });
    await editor.waitFor();
    for (const line of await violations(page)) found.push(`${viewportName} editor: ${line}`);
    await editor.getByRole('button', { name: 'Annuleren' }).click();
    await editor.waitFor({ state: 'hidden' });
  }
  // The cycle's editor and the new-goal form, on a laptop.
  await page.setViewportSize(VIEWPORTS.laptop);
  await page.getByRole('button', { name: /wijzigen: naam en data$/ }).click();
  const cycleEditor = page.getByRole('dialog');
  await cycleEditor.waitFor();
  for (const line of await violations(page)) found.push(`laptop cycle editor: ${line}`);
  await cycleEditor.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.getByRole('heading', { name: 'Nieuw doel' }).waitFor();
  for (const line of await violations(page)) found.push(`laptop new goal: ${line}`);
  // The new-action form, opened on demand, with the message of an empty submit at its field.
  await page.getByRole('button', { name: 'Nieuwe actie' }).click();
  await page.locator('form.new-action').getByRole('button', { name: 'Toevoegen' }).click();
  await page.locator('form.new-action .field-error').waitFor();
  for (const line of await violations(page)) found.push(`laptop new action with an error: ${line}`);
  await context.close();
  assert.deepEqual(found, []);
});

test('the school leader, the bestuurder and the platform admin', async () => {
  const found = [];
  const leader = await signedIn('schoolleider');
  const { schoolId, teamId } = await ids(leader.page);
  found.push(
    ...(await audit(leader.page, [
      ['home', '/', (p) => p.getByRole('heading', { name: 'Mijn scholen' }).waitFor()],
      ['school', `/scholen/${schoolId}`, (p) => p.getByRole('heading', { name: 'Medewerkers' }).waitFor()],
      ['team', `/teams/${teamId}`, (p) => p.getByRole('heading', { name: 'Leden' }).waitFor()],
      ['obstacles', '/obstakels'],
    ])),
  );
  await leader.context.close();

  const bestuurder = await signedIn('bestuurder');
  found.push(...(await audit(bestuurder.page, [['home', '/', (p) => p.getByRole('link', { name: /OBS De Regenboog/ }).waitFor()]])));
  await bestuurder.context.close();

  const admin = await signedIn('beheer');
  found.push(...(await audit(admin.page, [
    ['admin', '/beheer', (p) => p.getByRole('heading', { name: 'Scholen', exact: true }).waitFor()],
    ['people', '/beheer/mensen', async (p) => {
      await p.getByLabel('Naam of e-mailadres').fill('kuipers');
      await p.getByRole('button', { name: 'Zoeken' }).click();
      await p.getByText('Marieke Kuipers').waitFor();
    }],
  ])));
  await admin.context.close();
  assert.deepEqual(found, []);
});

test('student voice: the teacher\'s rounds and a round on the screen, the leader\'s counts, and every student page', async () => {
  const found = [];
  const teacher = await signedIn('leraar');
  const { teamId } = await ids(teacher.page);
  // An open round, opened through the API as the teacher's browser would.
  const round = await teacher.page.evaluate(async (team) => {
    const me = await (await fetch('/api/v1/me')).json();
    const response = await fetch(`/api/v1/teams/${team}/voice/rounds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrf_token },
      body: JSON.stringify({ title: 'Toegankelijke les', level: 'vo', template: 'vo-les', class_size: 20 }),
    });
    return response.json();
  }, teamId);
  const demoRound = await teacher.page.evaluate(async (team) => {
    const { rounds } = await (await fetch(`/api/v1/teams/${team}/voice/rounds`)).json();
    return rounds.find((r) => r.title === 'Breuken, les 1').id;
  }, teamId);
  found.push(...(await audit(teacher.page, [
    ['voice', '/stem', (p) => p.getByRole('button', { name: 'Ronde openen' }).waitFor()],
    ['open round', `/stem/rondes/${round.id}`, (p) => p.getByTestId('voice-code').waitFor()],
    ['results', `/stem/rondes/${demoRound}`, (p) => p.getByRole('heading', { level: 2, name: 'Uitslag' }).waitFor()],
  ])));
  await teacher.context.close();

  const leader = await signedIn('schoolleider');
  found.push(...(await audit(leader.page, [['voice', '/stem', (p) => p.getByRole('heading', { name: /Feedbackrondes per team/ }).waitFor()]])));
  await leader.context.close();

  const { context, page } = await app.open();
  found.push(...(await audit(page, [
    ['student code', '/s'],
    ['student wrong code', '/s', async (p) => {
      await p.getByLabel('Code').fill('AAAAAAA');
      await p.getByRole('button', { name: 'Verder' }).click();
      await p.getByRole('alert').waitFor();
    }],
    ['student questions', `/inloggen`, async (p) => {
      await p.goto(`/s#${round.code}`);
      await p.getByRole('button', { name: 'Versturen' }).waitFor();
    }],
  ])));
  await page.getByRole('group', { name: /^Vraag 1 van/ }).getByRole('radio', { name: '4' }).check();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.getByRole('heading', { level: 1, name: /Bedankt/ }).waitFor();
  for (const line of await violations(page)) found.push(`laptop student done: ${line}`);
  await context.close();
  assert.deepEqual(found, []);
});
