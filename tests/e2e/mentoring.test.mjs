// The mentoring programme end to end: a mentor applies on a 360 px phone with
// the live check of the requirements; programme staff press "Koppelen", lock a
// pair, run again with the lock kept and publish; the demo mentor plans a meeting on the pair's
// page with the app's date field; staff move the round's webinar, which the
// pair then sees on its page; the demo school leader (the mentee) puts the
// experiment the pair agreed on her team's board, where it appears; staff
// move the demo school to the programme's fourth region. axe checks the new
// pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
}

test('a mentor applies on a phone and sees why a requirement fails while typing', async () => {
  const phone = await app.open(VIEWPORTS.phone);
  const { page } = phone;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/mentoring/aanmelden');
  await page.getByRole('heading', { level: 1, name: 'Aanmelden als mentor' }).waitFor();
  assert.deepEqual(await axe(page), []);
  await page.getByLabel('Naam', { exact: true }).fill('Femke Hendriks');
  await page.getByLabel('E-mailadres').fill('femke@kaizen.nl');
  await page.getByLabel('Bedrijf of organisatie').fill('Kaizen Techniek');
  await page.getByLabel('Functie', { exact: true }).fill('Teamleider assemblage');
  await page.getByLabel('Jaren ervaring als leidinggevende of in je rol').fill('5');
  await page.getByLabel('Aantal medewerkers in je team').fill('12');
  await page.getByLabel('Regio').selectOption('noord');
  await page.getByText('geeft leiding aan 12 mensen; nodig is meer dan 15').waitFor();
  await page.getByText('Uit je functie volgt het spoor Leidinggevende.').waitFor();
  await page.getByLabel('Aantal medewerkers in je team').fill('25');
  await page.getByText('Je voldoet aan de eisen voor dit spoor.').waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits a 360 px phone');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dank je wel voor je aanmelding' }).waitFor();
  assert.deepEqual(phone.problems, []);
});

test('staff pair the pool and lock a pair; the pair plans; the mentee puts the experiment on her board', async () => {
  const staff = await app.open(VIEWPORTS.laptop);
  await signIn(staff.page, demoEmail('programma'));
  await staff.page.goto('/mentoring/beheer');
  await staff.page.getByRole('heading', { level: 1, name: 'Mentoring beheer' }).waitFor();
  await staff.page.getByRole('table').waitFor();
  assert.deepEqual(await axe(staff.page), []);
  await staff.page.getByRole('button', { name: 'Koppelen', exact: true }).first().waitFor();
  const rows = await staff.page.locator('table.pairs tbody tr').count();
  assert.ok(rows > 10, `the published demo round shows its pairs (${rows})`);

  // A new run over the stored pool: published pairs stay, who applied since is paired. Staff lock a pair, run again
  // with the lock kept, and publish (confirmed in the app's dialog), which mails each new pair.
  await staff.page.getByRole('button', { name: 'Koppelen', exact: true }).first().click();
  const publish = staff.page.getByRole('button', { name: 'Publiceren en koppels mailen' });
  await publish.waitFor();
  const open = staff.page.locator('table.pairs tbody tr', { has: staff.page.getByRole('button', { name: 'Vastzetten' }) });
  const cells = open.first().locator('td');
  const [mentorName, menteeName] = [(await cells.nth(0).innerText()).split('\n')[0], (await cells.nth(1).innerText()).split('\n')[0]];
  await open.first().getByRole('button', { name: 'Vastzetten' }).click();
  await staff.page.getByText('Bewaard; koppel opnieuw om het effect te zien.').waitFor();
  await staff.page.getByRole('button', { name: 'Koppelen', exact: true }).first().click();
  const again = staff.page.locator('table.pairs tbody tr', { hasText: mentorName }).filter({ hasText: menteeName });
  await again.getByRole('button', { name: 'Losmaken' }).waitFor();
  assert.match(await again.innerText(), /vastgezet/);
  await publish.click();
  const confirm = staff.page.getByRole('dialog', { name: 'Publiceren en koppels mailen' });
  await confirm.getByRole('button', { name: 'Publiceren en koppels mailen' }).click();
  await staff.page.getByText('Gepubliceerd: elk koppel heeft een mail gekregen.').waitFor();
  assert.equal(await publish.count(), 0, 'a published run is not published twice');

  const mentor = await app.open(VIEWPORTS.laptop);
  await signIn(mentor.page, demoEmail('mentor'));
  await mentor.page.goto('/mentoring');
  await mentor.page.getByRole('link', { name: /Karin Hofman/ }).click();
  await mentor.page.getByRole('heading', { level: 2, name: 'Gesprek 2' }).waitFor();
  assert.deepEqual(await axe(mentor.page), []);
  // The app's own dd-mm-jjjj date field, the same on every browser.
  const year = Number((await mentor.page.evaluate(async (id) => (await (await fetch(`/api/v1/mentoring/pairs/${id}`)).json()).season,
    Number(mentor.page.url().split('/').at(-1)))).slice(0, 4));
  await mentor.page.locator('#date-2').fill(`15-12-${year}`);
  await mentor.page.locator('#time-2').fill('14:00');
  await mentor.page.locator('#place-2').selectOption('company');
  await mentor.page.getByRole('button', { name: 'Plannen' }).nth(1).click();
  await mentor.page.getByText('Het gesprek is gepland.').waitFor();
  assert.equal(await mentor.page.locator('#date-2').inputValue(), `15-12-${year}`);
  // A day outside the programme months is refused next to the field.
  await mentor.page.locator('#date-3').fill(`15-04-${year + 1}`);
  await mentor.page.locator('#time-3').fill('14:00');
  await mentor.page.getByRole('button', { name: 'Plannen' }).nth(2).click();
  await mentor.page.getByText('De gesprekken zijn tussen december en maart.').waitFor();
  assert.equal(await mentor.page.locator('#date-3').getAttribute('aria-invalid'), 'true');

  // Staff move the round's webinar in the calendar tab; the pair sees it on its page.
  await staff.page.getByRole('tab', { name: 'Agenda', exact: true }).click();
  const webinar = staff.page.locator('form', { has: staff.page.getByRole('heading', { name: 'Voorbereidend webinar' }) });
  await webinar.getByLabel('Datum').fill(`20-01-${year + 1}`);
  await webinar.getByLabel('Begin (uu:mm)').fill('19:00');
  await webinar.getByLabel('Einde (uu:mm)').fill('20:00');
  await webinar.getByRole('button', { name: 'Opslaan' }).click();
  await staff.page.getByText('Voorbereidend webinar is opgeslagen.').waitFor();
  assert.deepEqual(await axe(staff.page), []);
  await mentor.page.reload();
  const calendar = mentor.page.locator('section', { has: mentor.page.getByRole('heading', { name: 'Programma-agenda' }) });
  await calendar.getByText(`20 januari ${year + 1}, 19:00–20:00`).waitFor();
  await calendar.getByText('Koppeling en planning bijeenkomsten').waitFor();

  const leader = await app.open(VIEWPORTS.laptop);
  await signIn(leader.page, demoEmail('schoolleider'));
  await leader.page.goto('/mentoring');
  await leader.page.getByRole('link', { name: /Marloes Vermeer/ }).click();
  const teamId = await leader.page.locator('select[id^="team-"]').first().inputValue();
  await leader.page.getByRole('button', { name: 'Zet als actie op ons bord' }).first().click();
  await leader.page.getByText('Dit experiment staat als actie op jullie teambord.').first().waitFor();
  // On the team's board, live, with a link back to the pair.
  await leader.page.goto(`/teams/${teamId}/bord`);
  const card = leader.page.locator('[data-card-id]', { hasText: 'Obstakels van het teambord binnen een week beantwoorden' });
  await card.waitFor();
  await card.getByRole('link', { name: 'Uit een mentoringgesprek' }).waitFor();

  // The programme's fourth region: staff move the demo school to Oost; the school leader's application moves along.
  await staff.page.getByRole('tab', { name: 'Scholen', exact: true }).click();
  await staff.page.getByLabel('Programmaregio van OBS De Regenboog').selectOption('oost');
  await staff.page.getByText('OBS De Regenboog hoort nu bij regio Oost.').waitFor();
  const region = await leader.page.evaluate(async () => (await (await fetch('/api/v1/me/mentoring')).json()).application.region);
  assert.equal(region, 'oost');
  assert.deepEqual(staff.problems, []);
  assert.deepEqual(mentor.problems, []);
});
