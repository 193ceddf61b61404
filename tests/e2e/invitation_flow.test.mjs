// The foundation's core story: a school leader forms a team and invites a new
// teacher, who accepts the link and finds themselves in that team.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, signOut } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

test('a school leader invites a new teacher into a new team, who accepts and sees the team', async () => {
  const teamName = `Groep 8 ${Date.now() % 100000}`;
  const teacherEmail = `nieuwe.leraar.${Date.now()}@example.nl`;
  const teacherName = 'Noor van Dijk';

  // The school leader creates a team on the school page.
  const leader = await app.open();
  const page = leader.page;
  await signIn(page, demoEmail('schoolleider'));
  await page.getByRole('link', { name: 'OBS De Regenboog' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'OBS De Regenboog' }).waitFor();
  await page.getByLabel('Naam van het nieuwe team').fill(teamName);
  await page.getByRole('button', { name: 'Team aanmaken' }).click();
  await page.getByRole('link', { name: new RegExp(teamName) }).waitFor();

  // ... invites a teacher with a new address into it and reads the link.
  await page.getByLabel('E-mailadres').fill(teacherEmail);
  await page.getByLabel('Rol', { exact: true }).selectOption('leraar');
  await page.getByLabel('Team', { exact: true }).selectOption({ label: teamName });
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const linkField = page.getByLabel('Uitnodigingslink');
  await linkField.waitFor();
  const link = await linkField.inputValue();
  assert.match(link, /\/uitnodiging\/[^/]+$/, 'the page shows an invitation link');
  await page.getByRole('listitem').filter({ hasText: teacherEmail }).first().waitFor();

  await signOut(page);
  assert.deepEqual(leader.problems, []);
  await leader.context.close();

  // In a fresh browser the teacher opens the link and accepts.
  const teacher = await app.open();
  const t = teacher.page;
  await t.goto(new URL(link).pathname);
  await t.getByRole('heading', { level: 1, name: 'Uitnodiging' }).waitFor();
  await t.getByText(teacherEmail).waitFor();
  await t.getByLabel('Naam', { exact: true }).fill(teacherName);
  await t.getByLabel('Kies een wachtwoord').fill('een-sterk-wachtwoord');
  await t.getByRole('button', { name: 'Uitnodiging accepteren' }).click();

  // Signed in, the home page lists the new team.
  await t.waitForURL((url) => url.pathname === '/');
  await t.getByRole('heading', { level: 1, name: 'Welkom, Noor' }).waitFor();
  await t.getByRole('heading', { name: 'Mijn teams' }).waitFor();
  const teamLink = t.getByRole('link', { name: new RegExp(teamName) });
  await teamLink.click();

  // The team page lists the teacher as member.
  await t.getByRole('heading', { level: 1, name: teamName }).waitFor();
  const members = t.locator('section', { has: t.getByRole('heading', { name: 'Leden' }) });
  await members.getByText(teacherName).waitFor();
  await members.getByText(teacherEmail).waitFor();
  assert.deepEqual(teacher.problems, []);
  await teacher.context.close();
});

test('a school leader revokes an invitation and removes a member after confirming', async () => {
  const { context, page, problems } = await app.open();
  await signIn(page, demoEmail('schoolleider'));
  await page.getByRole('link', { name: 'OBS De Regenboog' }).first().click();
  await page.getByRole('heading', { name: 'Medewerkers' }).waitFor();

  // Invite a school coach (a school role, so no team), then take it back.
  const email = `coach.${Date.now()}@example.nl`;
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Rol', { exact: true }).selectOption('schoolcoach');
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const open = page.locator('section', { has: page.getByRole('heading', { name: 'Openstaande uitnodigingen' }) });
  await open.getByText(email).waitFor();
  await open.getByRole('button', { name: `Uitnodiging voor ${email} intrekken` }).click();
  await open.getByText(email).waitFor({ state: 'detached' });

  // Remove a teacher from their team: first cancel, then confirm.
  const staff = page.locator('section', { has: page.getByRole('heading', { name: 'Medewerkers' }) });
  const label = await staff.getByRole('button', { name: /verwijderen als Leraar in / }).first().getAttribute('aria-label');
  const removeTeacher = staff.getByRole('button', { name: label, exact: true });
  await removeTeacher.click();
  const dialog = page.getByRole('dialog', { name: 'Lid verwijderen?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await removeTeacher.count(), 1, 'cancel keeps the member');

  await removeTeacher.click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await removeTeacher.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a teacher who already has an account says so on the link and accepts with her own password', async () => {
  // The school leader invites the demo teacher into a second team.
  const leader = await app.open();
  const page = leader.page;
  await signIn(page, demoEmail('schoolleider'));
  await page.getByRole('link', { name: 'OBS De Regenboog' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'OBS De Regenboog' }).waitFor();
  await page.getByLabel('E-mailadres').fill(demoEmail('leraar'));
  await page.getByLabel('Rol', { exact: true }).selectOption('leraar');
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Groep 3-4' });
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const linkField = page.getByLabel('Uitnodigingslink');
  await linkField.waitFor();
  const link = await linkField.inputValue();
  await signOut(page);
  await leader.context.close();

  // The page does not know she has an account: she tells it, and a wrong password is refused.
  const teacher = await app.open();
  const t = teacher.page;
  await t.goto(new URL(link).pathname);
  await t.getByRole('heading', { level: 1, name: 'Uitnodiging' }).waitFor();
  await t.getByRole('radio', { name: 'Ja, ik heb al een account' }).check();
  assert.equal(await t.getByLabel('Naam', { exact: true }).count(), 0, 'no name is asked of an existing account');
  await t.getByLabel('Wachtwoord', { exact: true }).fill('niet-mijn-wachtwoord');
  await t.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
  await t.getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar').waitFor();
  await t.getByLabel('Wachtwoord', { exact: true }).fill('demo-samenbeter');
  await t.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
  await t.waitForURL((url) => url.pathname === '/');
  await t.getByRole('link', { name: /Groep 3-4/ }).waitFor();
  await t.getByRole('link', { name: /Groep 5-6/ }).waitFor();
  await teacher.context.close();
});
