// Issue 12 end to end, with two people in two browsers: Sanne designs a lesson with Thijs and plans his visit
// on her laptop; Thijs observes on his phone, the school's Wi-Fi drops mid-lesson and comes back, and nothing he
// typed is lost or doubled; he reflects and puts the conclusion on the board, where it appears live on Sanne's
// screen. axe checks the lesson pages on a phone and a laptop.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { callApi, card, teacherTeamId } from './lib/board.mjs';

const app = useApp();
const PHONE = { width: 360, height: 740 };

async function signedIn(who, viewport) {
  const screen = await app.open(viewport);
  await signIn(screen.page, who.includes('@') ? who : demoEmail(who));
  return screen;
}

const tomorrowText = () => {
  const d = new Date(Date.now() + 86400e3);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
};

test('design → plan a visit → observe on a phone through a dropped connection → reflect → the action appears on the board live', async () => {
  const sanne = await signedIn('leraar', VIEWPORTS.laptop);
  const teamId = await teacherTeamId(sanne.page);
  const { page } = sanne;

  // The library: a new design for a goal of the team, with Thijs.
  await page.goto(`/teams/${teamId}/lessen`);
  await page.getByRole('heading', { level: 1, name: /^Lesontwerpen van Groep 5-6/ }).waitFor();
  await page.getByLabel('Titel van de les').fill('Breuken op de getallenlijn');
  const goal = page.getByLabel('Teamdoel');
  await goal.selectOption({ index: 1 });
  await page.getByLabel('Samen met').selectOption({ label: 'Thijs Mulder' });
  await page.getByRole('button', { name: 'Lesontwerp maken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Breuken op de getallenlijn' }).waitFor();

  // The editor: a success criterion, a phase, ready.
  await page.getByRole('button', { name: 'Criterium toevoegen' }).click();
  await page.getByLabel('Criterium 1').fill('Leerlingen wijzen breuken aan op de getallenlijn');
  await page.getByLabel('Lesdoel').fill('Leerlingen ordenen breuken met de getallenlijn');
  await page.getByLabel('Status', { exact: true }).selectOption('klaar');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('Door Sanne de Vries, Thijs Mulder · versie 2').or(page.getByText(/versie 2$/)).first().waitFor();

  // Plan Thijs's visit for tomorrow.
  await page.getByLabel('Wie geeft de les?').selectOption({ label: 'Sanne de Vries' });
  await page.getByLabel('Wie komt kijken?').selectOption({ label: 'Thijs Mulder' });
  await page.getByLabel('Datum', { exact: true }).fill(tomorrowText());
  await page.getByLabel('Waar (lokaal)').fill('Lokaal 12');
  await page.getByRole('button', { name: 'Lesbezoek plannen' }).click();
  const visitLink = page.getByRole('link', { name: 'Breuken op de getallenlijn' });
  await visitLink.waitFor();
  const visitId = Number((await visitLink.getAttribute('href')).split('/').pop());

  // Sanne keeps her board open on the laptop.
  await page.goto(`/teams/${teamId}/bord`);
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();

  // Thijs on his phone: Mijn lesbezoeken → the visit → the observation form.
  const thijs = await signedIn('thijs.mulder@demo.samenbeter.nl', PHONE);
  const phone = thijs.page;
  await phone.goto('/mijn-lesbezoeken');
  await phone.getByRole('link', { name: 'Breuken op de getallenlijn' }).click();
  await phone.getByRole('heading', { level: 2, name: 'Observatie' }).waitFor();
  const notes = phone.getByLabel('Leerlingen wijzen breuken aan op de getallenlijn');
  await notes.fill('Vijf van de acht wezen het goed aan.');
  await phone.getByText('Alles is opgeslagen.').waitFor();

  // The Wi-Fi drops: he keeps typing and rates; the phone keeps it.
  await thijs.context.setOffline(true);
  await notes.fill('Vijf van de acht wezen het goed aan. Na de uitleg zeven.');
  await phone.getByLabel('3 de meesten').check();
  await phone.getByText(/Geen verbinding: je aantekeningen staan veilig op dit apparaat/).waitFor();
  const kept = await phone.evaluate((id) => JSON.parse(localStorage.getItem(`samenbeter.observation.${id}`)), visitId);
  assert.equal(kept.pending.criteria[0].notes, 'Vijf van de acht wezen het goed aan. Na de uitleg zeven.');

  // It comes back: the queued save goes out by itself, once.
  await thijs.context.setOffline(false);
  await phone.getByText('Alles is opgeslagen.').waitFor({ timeout: 15000 });
  const stored = await callApi(page, 'GET', `/lesson-visits/${visitId}`);
  assert.equal(stored.form[0].notes, 'Vijf van de acht wezen het goed aan. Na de uitleg zeven.');
  assert.equal(stored.form[0].rating, 3);
  assert.equal(stored.observation.client_seq, kept.pending.client_seq);

  // The reflection, and the conclusion to the board as an action.
  await phone.getByLabel('Wat deden de leerlingen?').fill('Ze wezen aan en legden uit.');
  await phone.getByLabel('Conclusie voor het teambord').fill('Elke rekenles begint met de getallenlijn');
  await phone.getByLabel('Actie', { exact: true }).check();
  await phone.getByRole('button', { name: 'Zet op het teambord' }).click();
  await phone.getByText('Op het bord als actie: Elke rekenles begint met de getallenlijn').waitFor();

  // Sanne's board shows it, live, without a reload.
  const onBoard = card(page, 'Elke rekenles begint met de getallenlijn');
  await onBoard.waitFor({ timeout: 5000 });
  assert.equal(await onBoard.getByRole('link', { name: 'Uit een lesbezoek' }).getAttribute('href'), `/lesbezoeken/${visitId}`);
  assert.deepEqual([...sanne.problems, ...thijs.problems], []);
  await sanne.context.close();
  await thijs.context.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the lesson pages pass axe on a phone and a laptop, for the teacher and the school leader', async () => {
  const found = [];
  const teacher = await signedIn('leraar', VIEWPORTS.laptop);
  const teamId = await teacherTeamId(teacher.page);
  const mine = await callApi(teacher.page, 'GET', '/me/lesson-visits');
  const done = mine.done.find((v) => v.status === 'reflected');
  const paths = [
    ['my visits', '/mijn-lesbezoeken', 'Mijn lesbezoeken'],
    ['library', `/teams/${teamId}/lessen`, /^Lesontwerpen van/],
    ['design', `/lesontwerpen/${done.design_id}`, /./],
    ['visit', `/lesbezoeken/${done.id}`, /^Lesbezoek:/],
    ['goal', `/doelen/${(await callApi(teacher.page, 'GET', `/lesson-designs/${done.design_id}`)).goal_id}/lessen`, /^Lessen bij:/],
  ];
  for (const viewport of [PHONE, VIEWPORTS.laptop]) {
    await teacher.page.setViewportSize(viewport);
    for (const [name, path, heading] of paths) {
      await teacher.page.goto(path);
      await teacher.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      for (const line of await violations(teacher.page)) found.push(`${name} @${viewport.width}: ${line}`);
    }
  }
  const leader = await signedIn('schoolleider', VIEWPORTS.laptop);
  await leader.page.goto('/lessen-overzicht');
  await leader.page.getByRole('heading', { level: 1, name: 'Lessen en bezoeken' }).waitFor();
  await leader.page.getByRole('table').first().waitFor();
  for (const line of await violations(leader.page)) found.push(`overview: ${line}`);
  assert.deepEqual(found, []);
  await teacher.context.close();
  await leader.context.close();
});
