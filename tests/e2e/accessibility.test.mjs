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
import { callApi } from './lib/board.mjs';

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
    ['programmes', '/opleidingen', (p) => p.locator('.programme-list > li').first().waitFor()],
    ['programme', '/opleidingen/1', (p) => p.getByRole('heading', { name: 'Rondes' }).waitFor()],
    ['compare', '/opleidingen/vergelijk?ids=1,2,3', (p) => p.getByRole('table').waitFor()],
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
  // A design editor (with its materials section) and the visit that shows student voice beside it.
  const { designPath, visitPath } = await page.evaluate(async (team) => {
    const designs = await (await fetch(`/api/v1/teams/${team}/lesson-designs`)).json();
    const mine = await (await fetch('/api/v1/me/lesson-visits')).json();
    let visit = null;
    for (const v of [...mine.coming, ...mine.done]) {
      if ((await (await fetch(`/api/v1/lesson-visits/${v.id}/voice-results`)).json()).rounds?.length) visit = v.id;
    }
    return { designPath: `/lesontwerpen/${designs[0].id}`, visitPath: `/lesbezoeken/${visit}` };
  }, teamId);
  const found = await audit(page, [
    ['home', '/', (p) => p.getByRole('heading', { name: 'Mijn teams' }).waitFor()],
    ['board', `/teams/${teamId}/bord`, live],
    ['history', `/teams/${teamId}/sessies`],
    ['goal', goalPath],
    ['my actions', '/mijn-acties', (p) => p.getByRole('heading', { level: 2, name: /open acties?$/ }).waitFor()],
    ['account', '/account', (p) => p.getByRole('switch').first().waitFor()],
    ['lesson library', `/teams/${teamId}/lessen`, (p) => p.getByRole('heading', { level: 2, name: 'Lesontwerpen' }).waitFor()],
    ['my lesson visits', '/mijn-lesbezoeken', (p) => p.getByRole('heading', { level: 2, name: 'Wat eraan komt' }).waitFor()],
    ['lesson design with materials', designPath, (p) => p.getByRole('heading', { level: 3, name: 'Materialen (bestanden)' }).waitFor()],
    ['lesson visit with student voice', visitPath,
      (p) => p.getByRole('heading', { level: 2, name: 'Wat leerlingen zeiden over dit lesontwerp' }).waitFor()],
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

test('the rhythm: the bestuur\'s overview and heatmap, a school\'s, a team\'s week and the cascade', async () => {
  const { context, page } = await signedIn('bestuurder');
  const paths = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const bestuurId = me.memberships.find((m) => m.role === 'bestuurder').bestuur_id;
    const map = await (await fetch(`/api/v1/besturen/${bestuurId}/rhythm`)).json();
    const schoolId = map.rows[0].school_id;
    const school = await (await fetch(`/api/v1/schools/${schoolId}/rhythm`)).json();
    const week = school.rows[0].weeks.find((w) => w.state === 'missed' || w.state === 'held').week;
    return { bestuur: `/besturen/${bestuurId}`, school: `/scholen/${schoolId}`, week: `/teams/${school.rows[0].id}/ritme/${week}` };
  });
  const heatmap = (p) => p.getByRole('table', { name: /^Weekritme/ }).waitFor();
  const found = await audit(page, [
    ['bestuur rhythm', `${paths.bestuur}/ritme`, heatmap],
    ['school rhythm', `${paths.school}/ritme`, heatmap],
    ['team week', paths.week, (p) => p.getByRole('heading', { level: 1, name: /^Week van/ }).waitFor()],
    ['cascade', `${paths.bestuur}/cascade`, (p) => p.getByRole('heading', { level: 2 }).first().waitFor()],
  ]);
  await context.close();
  assert.deepEqual(found, []);
});

test('the trajectory pages: the pipeline, a school\'s trajectory with its forms, a quote and one\'s schools', async () => {
  const found = [];
  const staff = await signedIn('programma');
  const schools = await staff.page.evaluate(async () => (await (await fetch('/api/v1/trajectories')).json()).schools);
  const baken = schools.find((s) => s.school_name === 'Het Baken College').school_id;
  const regenboog = schools.find((s) => s.school_name === 'OBS De Regenboog').school_id;
  const quote = await staff.page.evaluate(async (id) => (await (await fetch(`/api/v1/schools/${id}/quotes`)).json()).quotes[0].id, regenboog);
  found.push(...(await audit(staff.page, [
    ['pipeline', '/trajecten', (p) => p.getByRole('heading', { name: 'Regel voor schoolcoach-fte' }).waitFor()],
    ['trajectory (staff)', `/scholen/${baken}/traject`, (p) => p.getByRole('heading', { name: 'Offertes' }).waitFor()],
    ['quote', `/scholen/${regenboog}/offertes/${quote}`, (p) => p.getByRole('button', { name: 'Afdrukken' }).waitFor()],
  ])));
  await staff.context.close();

  const expert = await signedIn('expertcoach');
  found.push(...(await audit(expert.page, [
    ['my trajectories', '/traject', (p) => p.getByRole('link', { name: 'OBS De Regenboog' }).waitFor()],
    ['trajectory (expert coach)', `/scholen/${regenboog}/traject`, (p) => p.getByRole('button', { name: 'Bezoek plannen' }).waitFor()],
  ])));
  await expert.context.close();

  const leader = await signedIn('schoolleider');
  found.push(...(await audit(leader.page, [
    ['trajectory (school leader)', `/scholen/${regenboog}/traject`, (p) => p.getByRole('heading', { name: 'Bezoeken van de expertcoach' }).waitFor()],
  ])));
  await leader.context.close();
  assert.deepEqual(found, []);
});

test('leadership programmes: the participant, the enrol form and the programme manager', async () => {
  const found = [];
  const leader = await signedIn('schoolleider');
  const certificate = await leader.page.evaluate(async () => {
    const mine = await (await fetch('/api/v1/me/programmes')).json();
    return mine.find((e) => e.progress.complete)?.id;
  });
  // The demo's invitation in flight, sent again for a working link: the page a colleague without an account opens.
  const held = await leader.page.evaluate(async () => {
    const colleagues = await (await fetch('/api/v1/me/programme-colleagues')).json();
    return colleagues.find((e) => e.invitation.state === 'open').id;
  });
  const resent = await callApi(leader.page, 'POST', `/programme-enrolments/${held}/invitation`, {});
  const invitationLink = app.output().split('mail (not sent').filter((m) => m.includes(resent.invitation.email))
    .map((m) => m.match(/\/opleidingen\/uitnodiging\/[A-Za-z0-9_-]+/)?.[0]).filter(Boolean).at(-1);
  found.push(...(await audit(leader.page, [
    ['mijn opleidingen', '/mijn-opleidingen', (p) => p.getByRole('region', { name: "Collega's die je hebt ingeschreven" }).waitFor()],
    ['certificate', `/mijn-opleidingen/${certificate}/certificaat`, (p) => p.getByRole('region', { name: 'Certificaat' }).waitFor()],
    ['programme with enrol form', '/opleidingen/2', (p) => p.getByRole('button', { name: 'Inschrijven' }).first().waitFor()],
    ['programme invitation', invitationLink, (p) => p.getByRole('button', { name: 'Account aanmaken en inschrijving bevestigen' }).waitFor()],
  ])));
  await leader.context.close();
  const manager = await signedIn('programma');
  const round = await manager.page.evaluate(async () => {
    const all = await (await fetch('/api/v1/staff/programmes')).json();
    return all[0].rounds.at(-1).id;
  });
  // The running Leergang round: hand-ins waiting for feedback.
  const assignmentsRound = await manager.page.evaluate(async () => {
    const all = await (await fetch('/api/v1/staff/programmes')).json();
    return all.find((p) => p.title.startsWith('Leergang')).rounds.find((r) => r.state === 'running').id;
  });
  found.push(...(await audit(manager.page, [
    ['staff', '/opleidingen-beheer', (p) => p.getByRole('link', { name: /^Leerlab/ }).waitFor()],
    ['staff programme', '/opleidingen-beheer/1', (p) => p.getByRole('heading', { name: 'Opleiding wijzigen' }).waitFor()],
    ['staff assignments', `/opleidingen-beheer/rondes/${assignmentsRound}/opdrachten`, async (p) => {
      await p.getByRole('button', { name: /^Goedkeuren/ }).first().waitFor();
      await p.getByRole('button', { name: 'Nieuwe opdracht' }).click();
      await p.getByLabel('Inleveren uiterlijk op').waitFor();
    }],
    ['staff round', `/opleidingen-beheer/rondes/${round}`, async (p) => {
      await p.getByRole('table').waitFor();
      await p.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 1 });
      await p.getByRole('button', { name: 'Iedereen aanwezig' }).click();
    }],
  ])));
  await manager.context.close();
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

test('metingen: staff\'s questionnaires and schools, a school\'s rounds and trend, a round\'s results, the bestuur, and the answer page', async () => {
  const found = [];
  const staff = await signedIn('programma');
  // A round opened as staff's browser would, so the answer page has a link to open.
  const { round, schoolId } = await staff.page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const { schools } = await (await fetch('/api/v1/measurement-schools')).json();
    const school = schools.find((s) => s.name === 'OBS De Regenboog');
    const view = await (await fetch(`/api/v1/schools/${school.id}/measurement-rounds`)).json();
    const { questionnaires } = await (await fetch('/api/v1/questionnaires')).json();
    const response = await fetch(`/api/v1/schools/${school.id}/measurement-rounds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrf_token },
      body: JSON.stringify({ questionnaire_id: questionnaires[0].id, kind: 'follow_up', title: 'Toegankelijke meting',
        team_ids: [view.school_teams[0].id] }),
    });
    return { round: await response.json(), schoolId: school.id };
  });
  const demoRound = await staff.page.evaluate(async (id) => {
    const { rounds } = await (await fetch(`/api/v1/schools/${id}/measurement-rounds`)).json();
    return rounds.find((r) => r.title === 'Vervolgmeting leercultuur').id;
  }, schoolId);
  found.push(...(await audit(staff.page, [
    ['measurements', '/metingen', (p) => p.getByRole('button', { name: 'Vragenlijst opslaan' }).waitFor()],
    ['school', `/metingen/scholen/${schoolId}`, (p) => p.locator('table.measurement-trend-chart').first().waitFor()],
    ['results', `/metingen/rondes/${demoRound}`, (p) => p.getByRole('heading', { level: 2, name: 'Uitslagen' }).waitFor()],
    ['open round', `/metingen/rondes/${round.id}`, (p) => p.getByText('te weinig antwoorden').first().waitFor()],
  ])));
  await staff.context.close();

  const bestuurder = await signedIn('bestuurder');
  const bestuurId = await bestuurder.page.evaluate(async () =>
    (await (await fetch('/api/v1/me')).json()).memberships.find((m) => m.role === 'bestuurder').bestuur_id);
  found.push(...(await audit(bestuurder.page, [
    ['bestuur', `/metingen/besturen/${bestuurId}`, (p) => p.locator('table.measurement-trend-chart').first().waitFor()],
  ])));
  await bestuurder.context.close();

  const teacher = await signedIn('leraar');
  found.push(...(await audit(teacher.page, [
    ['teacher school', `/metingen/scholen/${schoolId}`, (p) => p.locator('table.measurement-trend-chart').first().waitFor()],
  ])));
  await teacher.context.close();

  const link = app.output().split('mail (not sent').filter((m) => m.includes('Toegankelijke meting'))
    .map((m) => m.match(/\/meting#[A-Za-z0-9_-]+/)?.[0]).find(Boolean);
  assert.ok(link, 'a mailed link');
  const { context, page } = await app.open();
  found.push(...(await audit(page, [
    ['answer unknown link', '/meting#onbekend-onbekend-onbekend'],
    ['answer page', '/inloggen', async (p) => {
      await p.goto(link);
      await p.getByRole('button', { name: 'Antwoorden versturen' }).waitFor();
    }],
  ])));
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await page.getByRole('alert').waitFor();
  for (const line of await violations(page)) found.push(`laptop answer missing: ${line}`);
  await context.close();
  assert.deepEqual(found, []);
});

test('the academy: the catalogue, an item, the teams\' progress and the staff\'s editing', async () => {
  const found = [];
  const teacher = await signedIn('leraar');
  const itemId = await teacher.page.evaluate(async () => (await (await fetch('/api/v1/academy')).json()).modules[1].items[0].id);
  found.push(...(await audit(teacher.page, [
    ['academy', '/academie', (p) => p.getByRole('heading', { level: 2, name: /De wekelijkse bordsessie/ }).waitFor()],
    ['academy item', `/academie/onderdelen/${itemId}`, (p) => p.getByRole('heading', { name: 'Stappenplan' }).waitFor()],
  ])));
  await teacher.context.close();

  const coach = await signedIn('schoolcoach');
  found.push(...(await audit(coach.page, [['academy progress', '/academie/voortgang', (p) => p.locator('main table').waitFor()]])));
  await coach.context.close();

  const staff = await signedIn('programma');
  found.push(...(await audit(staff.page, [
    ['academy editor', '/academie/beheer', async (p) => {
      await p.getByRole('button', { name: 'Nieuw onderdeel' }).click();
      await p.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    }],
  ])));
  await staff.context.close();
  assert.deepEqual(found, []);
});

test('meetings: the public list and sign-up form, the staff\'s list and attendance, and "nodig ons uit"', async () => {
  const found = [];
  const { context, page } = await app.open();
  await page.goto('/bijeenkomsten');
  await page.locator('main h1').waitFor();
  const meetingId = await page.evaluate(async () => (await (await fetch('/api/v1/meetings')).json()).meetings[0].id);
  found.push(...(await audit(page, [
    ['meetings', '/bijeenkomsten', (p) => p.getByRole('link', { name: /OBS De Regenboog/ }).waitFor()],
    ['meeting sign-up', `/bijeenkomsten/${meetingId}`, async (p) => {
      await p.getByRole('button', { name: 'Collega toevoegen' }).click();
      await p.getByRole('button', { name: /^Aanmelden/ }).click();
      await p.locator('.field-error').first().waitFor();
    }],
  ])));
  await context.close();

  const staff = await signedIn('programma');
  found.push(...(await audit(staff.page, [
    ['staff meetings', '/trajecten/bijeenkomsten', (p) => p.getByRole('button', { name: 'Publiceren' }).waitFor()],
    ['staff meeting', `/trajecten/bijeenkomsten/${meetingId}`, (p) => p.getByRole('button', { name: 'Aanwezigheid opslaan' }).waitFor()],
    ['pipeline with invitations', '/trajecten', (p) => p.getByRole('heading', { name: /Uitnodigingen van scholen/ }).waitFor()],
  ])));
  await staff.context.close();

  const leader = await signedIn('schoolleider');
  found.push(...(await audit(leader.page, [['nodig ons uit', '/traject', (p) => p.getByRole('button', { name: 'Nodig ons uit' }).waitFor()]])));
  await leader.context.close();
  assert.deepEqual(found, []);
});

test('the class board: the teacher\'s boards and a board, the session screen, the display link, the leader\'s counts and the idea page', async () => {
  const found = [];
  const teacher = await signedIn('leraar');
  const { teamId } = await ids(teacher.page);
  const links = await teacher.page.evaluate(async (team) => {
    const me = await (await fetch('/api/v1/me')).json();
    const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrf_token };
    const { boards } = await (await fetch(`/api/v1/teams/${team}/classboards`)).json();
    const board = boards.find((b) => b.class_name === 'Groep 6');
    const display = await (await fetch(`/api/v1/classboards/${board.id}/display-link`, { method: 'POST', headers, body: '{}' })).json();
    const session = await (await fetch(`/api/v1/classboards/${board.id}/session`, { method: 'POST', headers, body: '{}' })).json();
    return { id: board.id, code: board.code, display: new URL(display.link).hash, session: session.token };
  }, teamId);
  found.push(...(await audit(teacher.page, [
    ['class boards', '/klassenbord', (p) => p.getByRole('button', { name: 'Klassenbord maken' }).waitFor()],
    ['class board', `/klassenbord/${links.id}`, (p) => p.getByRole('heading', { level: 2, name: /Ideeën die wachten/ }).waitFor()],
  ])));
  await teacher.context.close();

  const leader = await signedIn('schoolleider');
  found.push(...(await audit(leader.page, [['class boards', '/klassenbord', (p) => p.getByRole('heading', { name: /Klassenborden ·/ }).waitFor()]])));
  await leader.context.close();

  const { context, page } = await app.open();
  found.push(...(await audit(page, [
    ['session screen', '/inloggen', async (p) => {
      await p.goto(`/klassenbord/scherm#${links.session}`);
      await p.getByRole('button', { name: 'Toevoegen' }).first().waitFor();
    }],
    ['display screen', '/inloggen', async (p) => {
      await p.goto(`/klassenbord/scherm${links.display}`);
      await p.getByText('Dit scherm laat het bord alleen zien.').waitFor();
    }],
    ['idea code', '/k'],
    ['idea wrong code', '/k', async (p) => {
      await p.getByLabel('Klascode').fill('AAAAAAA');
      await p.getByRole('button', { name: 'Verder' }).click();
      await p.getByRole('alert').waitFor();
    }],
    ['idea form', '/inloggen', async (p) => {
      await p.goto(`/k#${links.code}`);
      await p.getByRole('button', { name: 'Idee sturen' }).waitFor();
    }],
  ])));
  await context.close();
  assert.deepEqual(found, []);
});

test('mentoring: the application form, staff\'s review, pool, on track, schools and calendar, the mentor\'s and mentee\'s home and the pair page', async () => {
  const found = [];
  const visitor = await app.open();
  found.push(...(await audit(visitor.page, [
    ['mentor application form', '/mentoring/aanmelden', (p) => p.getByLabel('Regio').waitFor()],
  ])));
  await visitor.context.close();

  const staff = await signedIn('programma');
  const tab = (name, ready) => async (p) => {
    await p.locator('table.pairs tbody tr').first().waitFor();
    await p.getByRole('tab', { name, exact: true }).click();
    await ready(p);
  };
  found.push(...(await audit(staff.page, [
    ['mentoring review', '/mentoring/beheer', (p) => p.locator('table.pairs tbody tr').first().waitFor()],
    ['mentoring pool', '/mentoring/beheer', tab('Pool', (p) => p.getByRole('table').waitFor())],
    ['mentoring on track', '/mentoring/beheer', tab('Op koers', (p) => p.locator('tbody tr').first().waitFor())],
    ['mentoring schools', '/mentoring/beheer', tab('Scholen', (p) => p.getByRole('group', { name: 'Scholen in het inspiratieprogramma' }).waitFor())],
    ['mentoring calendar', '/mentoring/beheer', tab('Agenda', (p) => p.getByRole('heading', { name: 'Voorbereidend webinar' }).waitFor())],
  ])));
  await staff.context.close();

  const mentor = await signedIn('mentor');
  const pair = await mentor.page.evaluate(async () => (await (await fetch('/api/v1/me/mentoring')).json()).pairs[0].id);
  found.push(...(await audit(mentor.page, [
    ['mentoring home (mentor)', '/mentoring', (p) => p.getByRole('heading', { name: 'Programma-agenda' }).waitFor()],
    ['pair page (mentor)', `/mentoring/koppels/${pair}`, (p) => p.getByRole('heading', { name: 'Gesprek 3' }).waitFor()],
  ])));
  await mentor.context.close();

  const leader = await signedIn('schoolleider');
  found.push(...(await audit(leader.page, [
    ['mentoring home (mentee)', '/mentoring', (p) => p.getByRole('heading', { name: 'Mijn koppel' }).waitFor()],
    ['pair page (mentee)', `/mentoring/koppels/${pair}`, (p) => p.getByRole('button', { name: 'Plannen' }).first().waitFor()],
  ])));
  await leader.context.close();
  assert.deepEqual(found, []);
});
