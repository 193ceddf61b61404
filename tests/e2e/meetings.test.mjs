// Meetings in the browser: someone without an account signs up for an
// information meeting with two colleagues on a phone, and programme staff then
// see the three of them and record who came.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

test('someone signs up with two colleagues and staff record attendance', async () => {
  const visitor = await app.open(VIEWPORTS.phone);
  await visitor.page.goto('/bijeenkomsten');
  await visitor.page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' }).waitFor();
  await visitor.page.getByRole('link', { name: 'Informatiebijeenkomst · OBS De Regenboog' }).click();
  await visitor.page.getByRole('heading', { level: 1, name: 'Informatiebijeenkomst · OBS De Regenboog' }).waitFor();
  const left = Number((await visitor.page.getByText(/^Nog \d+ plaatsen vrij$/).textContent()).match(/\d+/)[0]);

  await visitor.page.getByLabel('School', { exact: true }).fill('OBS Het Anker');
  const you = visitor.page.getByRole('group', { name: 'Jij' });
  await you.getByLabel('Naam').fill('Noor Visser');
  await you.getByLabel('E-mailadres').fill('noor@anker.example.nl');
  await visitor.page.getByRole('button', { name: 'Collega toevoegen' }).click();
  await visitor.page.getByRole('button', { name: 'Collega toevoegen' }).click();
  const first = visitor.page.getByRole('group', { name: 'Collega 1' });
  await first.getByLabel('Naam').fill('Daan Smit');
  await first.getByLabel('E-mailadres').fill('daan@anker.example.nl');
  const second = visitor.page.getByRole('group', { name: 'Collega 2' });
  await second.getByLabel('Naam').fill('Lisa Bakker');
  await second.getByLabel('E-mailadres').fill('lisa@anker');
  await visitor.page.getByRole('button', { name: 'Aanmelden (3)' }).click();
  // The server refuses an address without a dot in its domain, next to that field.
  await second.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.').waitFor();
  await second.getByLabel('E-mailadres').fill('lisa@anker.example.nl');
  await visitor.page.getByRole('button', { name: 'Aanmelden (3)' }).click();
  await visitor.page.getByText('Gelukt: 3 aangemeld.').waitFor();
  await visitor.page.getByText(`Nog ${left - 3} plaatsen vrij`).waitFor();
  await visitor.context.close();

  const staff = await app.open();
  await signIn(staff.page, demoEmail('programma'));
  await staff.page.getByRole('link', { name: 'Bijeenkomsten', exact: true }).click();
  await staff.page.getByRole('heading', { level: 1, name: 'Bijeenkomsten beheren' }).waitFor();
  const row = staff.page.getByRole('row', { name: /Informatiebijeenkomst OBS De Regenboog/ });
  await row.getByRole('link').click();
  await staff.page.getByRole('heading', { level: 2, name: 'Aanwezigheid' }).waitFor();
  for (const name of ['Noor Visser', 'Daan Smit', 'Lisa Bakker']) {
    const person = staff.page.getByRole('group', { name: new RegExp(name) });
    await person.getByLabel(name === 'Daan Smit' ? 'Afwezig' : 'Aanwezig').check();
  }
  await staff.page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await staff.page.getByRole('status').getByText('Aanwezigheid opgeslagen.').waitFor();
  await staff.page.reload();
  await staff.page.getByRole('heading', { level: 2, name: 'Aanwezigheid' }).waitFor();
  assert.equal(await staff.page.getByRole('group', { name: /Noor Visser/ }).getByLabel('Aanwezig').isChecked(), true);
  assert.equal(await staff.page.getByRole('group', { name: /Daan Smit/ }).getByLabel('Afwezig').isChecked(), true);
  await staff.context.close();
});

test('a school leader invites the foundation and staff see it beside the pipeline', async () => {
  const leader = await app.open();
  await signIn(leader.page, demoEmail('schoolleider'));
  await leader.page.getByRole('link', { name: 'Traject', exact: true }).click();
  const invite = leader.page.getByRole('region', { name: /Nodig ons uit · OBS De Regenboog/ });
  await invite.getByLabel('Bericht (optioneel)').fill('Graag een gesprek over het tweede jaar.');
  await invite.getByRole('button', { name: 'Nodig ons uit' }).click();
  await invite.getByText(/Uitnodiging verstuurd op/).waitFor();
  await leader.context.close();

  const staff = await app.open();
  await signIn(staff.page, demoEmail('programma'));
  await staff.page.getByRole('link', { name: 'Trajecten', exact: true }).click();
  await staff.page.getByText('Graag een gesprek over het tweede jaar.').waitFor();
  await staff.context.close();
});
