// The platform admin appoints the people around the schools and ends their
// roles; a school leader who invites someone twice is told so; the programme
// manager's home says what the role is for; an over-long name is refused with
// its limit named instead of cut off.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, screenshot, signIn, signOut, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

test('the admin appoints a new bestuurder, who accepts, signs in again and sees the bestuur', async () => {
  const email = `bestuurder.${Date.now()}@example.nl`;
  const admin = await app.open(VIEWPORTS.laptop);
  const page = admin.page;
  await signIn(page, demoEmail('beheer'));
  await page.getByRole('link', { name: 'Mensen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mensen en rollen' }).waitFor();
  const appoint = page.locator('section', { has: page.getByRole('heading', { name: 'Iemand benoemen' }) });
  await appoint.getByLabel('E-mailadres').fill(email);
  await appoint.getByLabel('Rol', { exact: true }).selectOption('bestuurder');
  await appoint.getByLabel('Bestuur', { exact: true }).selectOption({ label: 'Stichting Samen Leren' });
  await appoint.getByRole('button', { name: 'Benoemen' }).click();
  await page.getByText(`Er is een uitnodiging naar ${email} gestuurd.`).waitFor();
  const link = await page.getByLabel('Uitnodigingslink').inputValue();
  const open = page.locator('section', { has: page.getByRole('heading', { name: 'Openstaande benoemingen' }) });
  await open.getByText(email).waitFor();
  await open.getByText('Bestuurder · Stichting Samen Leren').first().waitFor();
  await screenshot(page, 'appoint-laptop');
  assert.deepEqual(admin.problems, []);
  await admin.context.close();

  const invited = await app.open(VIEWPORTS.phone);
  const p = invited.page;
  await p.goto(new URL(link).pathname);
  await p.getByText('Je bent uitgenodigd als Bestuurder bij Stichting Samen Leren.').waitFor();
  await p.getByLabel('Naam', { exact: true }).fill('Ria Bos');
  await p.getByLabel('Kies een wachtwoord').fill('besturen-met-visie');
  await p.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
  await p.getByRole('heading', { level: 1, name: 'Welkom, Ria' }).waitFor();
  await signOut(p);
  await signIn(p, email, 'besturen-met-visie');
  const bestuur = p.locator('section', { has: p.getByRole('heading', { name: 'Scholen van Stichting Samen Leren' }) });
  await bestuur.getByRole('link', { name: /OBS De Regenboog/ }).waitFor();
  await bestuur.getByRole('link', { name: /Het Baken College/ }).waitFor();
  assert.deepEqual(invited.problems, []);
  await invited.context.close();
});

test('the admin finds a bestuurder and ends the role after confirming; he loses the bestuur at once', async () => {
  const bestuurder = await app.open(VIEWPORTS.laptop);
  await signIn(bestuurder.page, demoEmail('bestuurder'));
  await bestuurder.page.getByRole('heading', { name: 'Scholen van Stichting Samen Leren' }).waitFor();

  const admin = await app.open(VIEWPORTS.phone);
  const page = admin.page;
  await signIn(page, demoEmail('beheer'));
  await page.goto('/beheer/mensen');
  await page.getByLabel('Naam of e-mailadres').fill('Vermeulen');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const end = page.getByRole('button', { name: 'Rol Bestuurder · Stichting Samen Leren van Hans Vermeulen beëindigen' });
  await end.click();
  const dialog = page.getByRole('dialog', { name: 'Rol beëindigen?' });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await end.count(), 1, 'cancel keeps the role');
  await end.click();
  await dialog.getByRole('button', { name: 'Beëindigen' }).click();
  await end.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Hans Vermeulen platformbeheerder maken' }).waitFor();

  // The last platform admin cannot end her own rights: the page says why.
  await page.getByLabel('Naam of e-mailadres').fill('Dijkstra');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Rol Platformbeheerder van Petra Dijkstra beëindigen' }).click();
  await page.getByRole('dialog', { name: 'Platformbeheer beëindigen?' }).getByRole('button', { name: 'Beëindigen' }).click();
  await page.getByText('Er moet altijd minstens één platformbeheerder zijn.').waitFor();
  await screenshot(page, 'people-phone');
  assert.deepEqual(admin.problems, []);
  await admin.context.close();

  // The bestuurder's next page load no longer shows the bestuur.
  await bestuurder.page.reload();
  await bestuurder.page.getByText('Je hebt nog geen rol in een school, team of bestuur.').waitFor();
  assert.equal(await bestuurder.page.getByRole('heading', { name: 'Scholen van Stichting Samen Leren' }).count(), 0);
  await bestuurder.context.close();
});

test('inviting someone already in the team says so at the e-mail field, and an open invitation is sent again', async () => {
  const { context, page, problems } = await app.open(VIEWPORTS.laptop);
  await signIn(page, demoEmail('schoolleider'));
  await page.getByRole('link', { name: 'OBS De Regenboog' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'OBS De Regenboog' }).waitFor();
  const email = page.getByLabel('E-mailadres');
  await email.fill(demoEmail('leraar'));
  await page.getByLabel('Rol', { exact: true }).selectOption('leraar');
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Groep 5-6' });
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  await page.getByText('Deze persoon heeft deze rol hier al.').waitFor();
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Uitnodigingslink').count(), 0, 'no invitation was made');

  const newcomer = `nieuw.${Date.now()}@example.nl`;
  await email.fill(newcomer);
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const firstLink = await page.getByLabel('Uitnodigingslink').inputValue();
  await email.fill(newcomer);
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Groep 5-6' });
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  await page.getByText('Voor dit adres staat al een uitnodiging open').waitFor();
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  await page.getByRole('button', { name: 'Uitnodiging opnieuw versturen' }).click();
  await page.getByText(`De uitnodiging voor ${newcomer} is opnieuw verstuurd, met een nieuwe link.`).waitFor();
  const secondLink = await page.getByLabel('Uitnodigingslink').inputValue();
  assert.notEqual(secondLink, firstLink);
  const open = page.locator('section', { has: page.getByRole('heading', { name: 'Openstaande uitnodigingen' }) });
  assert.equal(await open.getByText(newcomer).count(), 1, 'one invitation, not two');

  // In English the field says the same in English.
  await page.getByRole('button', { name: /^EN/ }).click();
  await page.getByLabel('Email address').fill(demoEmail('leraar'));
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Groep 5-6' });
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await page.getByText('This person already has this role here.').waitFor();
  await page.getByRole('button', { name: /^NL/ }).click();
  assert.deepEqual(problems, []);
  await context.close();
});

test("the programme manager's home says what the role is for instead of 'no schools'", async () => {
  const { context, page, problems } = await app.open(VIEWPORTS.phone);
  await signIn(page, demoEmail('programma'));
  await page.getByRole('heading', { name: 'Jouw rol: programmabeheerder' }).waitFor();
  await page.getByText(/leiderschapsprogramma's met hun inschrijvingen/).waitFor();
  assert.equal(await page.getByText('Er zijn nog geen scholen.').count(), 0);
  await screenshot(page, 'home-programme-manager-phone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an account appointed bestuurder of a bestuur without schools gets the role at once, and its home says why it is empty', async () => {
  const admin = await app.open(VIEWPORTS.laptop);
  const page = admin.page;
  await signIn(page, demoEmail('beheer'));
  await page.goto('/beheer');
  await page.getByLabel('Naam van het bestuur').fill('Stichting Nieuw Begin');
  await page.getByRole('button', { name: 'Bestuur toevoegen' }).click();
  await page.getByText('Stichting Nieuw Begin').first().waitFor();
  await page.goto('/beheer/mensen');
  await page.getByLabel('E-mailadres', { exact: true }).fill(demoEmail('programma'));
  await page.getByLabel('Rol', { exact: true }).selectOption('bestuurder');
  await page.getByLabel('Bestuur', { exact: true }).selectOption({ label: 'Stichting Nieuw Begin' });
  await page.getByRole('button', { name: 'Benoemen' }).click();
  await page.getByText('Wouter Bakker is nu Bestuurder.').first().waitFor();
  // The person shows with the new role, found at once.
  await page.getByText('Bestuurder · Stichting Nieuw Begin').waitFor();
  assert.equal(await page.getByLabel('Uitnodigingslink').count(), 0, 'an account needs no invitation');
  assert.deepEqual(admin.problems, []);
  await admin.context.close();

  const { context, page: home, problems } = await app.open(VIEWPORTS.phone);
  await signIn(home, demoEmail('programma'));
  await home.getByText('Stichting Nieuw Begin heeft nog geen scholen in SamenBeter.').waitFor();
  assert.equal(await home.getByText('Er zijn nog geen scholen.').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an over-long school name is refused with the limit named, not cut off', async () => {
  const { context, page, problems } = await app.open(VIEWPORTS.touchscreen);
  await signIn(page, demoEmail('beheer'));
  await page.goto('/beheer');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Nieuwe school' }) });
  const name = form.getByLabel('Naam van de school');
  const longName = 'Openbare basisschool '.padEnd(201, 'x');
  await form.getByLabel('Bestuur', { exact: true }).selectOption({ label: 'Stichting Samen Leren' });
  await name.fill(longName);
  await form.getByLabel('BRIN-code').fill('77QQ');
  await form.getByRole('button', { name: 'School toevoegen' }).click();
  await form.getByText('Dit is te lang: hoogstens 200 tekens (nu 201).').waitFor();
  assert.equal(await name.inputValue(), longName, 'the text is kept whole');
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByRole('cell', { name: '77QQ' }).count(), 0, 'no school was added');
  assert.deepEqual(problems, []);
  await context.close();
});
