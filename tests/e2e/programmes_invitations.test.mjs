// A colleague without an account (issue 14, point 4) in the browser: the school
// leader enrols a new colleague by e-mail address on the programme's page, sees
// the invitation held on "Mijn opleidingen"; the colleague opens the mailed link
// on a phone, sets a name and password, and finds the programme as theirs; the
// leader then sees it accepted. The pages pass axe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();
const NEWCOMER = 'nieuwe.directeur@school.test';

/** The programme invitation link mailed to `to`, from the server's log (no SMTP in e2e). */
function invitationLink(to) {
  const mails = app.output().split('mail (not sent').filter((m) => m.includes(to));
  return mails.map((m) => m.match(/\/opleidingen\/uitnodiging\/[A-Za-z0-9_-]+/)?.[0]).filter(Boolean).at(-1);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe's WCAG 2.0/2.1 A and AA rules find nothing on the page as it is now. */
async function axeClean(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: tags }),
    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
}

test('a school leader invites a colleague without an account, who accepts on a phone and finds the programme', async () => {
  const leader = await app.open(VIEWPORTS.laptop);
  await signIn(leader.page, demoEmail('schoolleider'));
  const { page } = leader;
  await page.goto('/opleidingen');
  await page.getByRole('link', { name: /^Leergang Lerende Leiders/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Leergang Lerende Leiders/ }).waitFor();
  const form = page.locator('form', { has: page.getByRole('heading', { name: /^Inschrijven voor/ }) }).first();
  await form.getByLabel('Wie schrijf je in?').selectOption({ label: 'Een collega zonder account (uitnodigen per e-mail)' });
  // Without an address and a school, the form says so before asking the server.
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await form.getByText('Vul het e-mailadres van je collega in.').waitFor();
  await form.getByLabel('E-mailadres van je collega').fill(NEWCOMER);
  await form.getByLabel('School of bestuur van je collega').selectOption({ label: 'OBS De Regenboog' });
  await form.getByLabel('Sector').selectOption('PO');
  await form.getByLabel('Functie').selectOption('Directeuren');
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await page.getByRole('status').filter({ hasText: `Uitnodiging verstuurd naar ${NEWCOMER}` }).waitFor({ state: 'attached' });

  await page.goto('/mijn-opleidingen');
  const colleagues = page.getByRole('region', { name: "Collega's die je hebt ingeschreven" });
  const line = colleagues.getByRole('listitem').filter({ hasText: NEWCOMER });
  await line.getByText(/Uitgenodigd: plaats vastgehouden tot en met/).waitFor();
  await line.getByRole('button', { name: 'Opnieuw versturen' }).waitFor();
  await axeClean(page);

  const link = invitationLink(NEWCOMER);
  assert.ok(link, 'the invitation mail with its link');
  const phone = await app.open(VIEWPORTS.phone);
  await phone.page.goto(link);
  await phone.page.getByRole('heading', { level: 1, name: 'Uitnodiging voor een opleiding' }).waitFor();
  await phone.page.getByText(/heeft je ingeschreven voor Leergang Lerende Leiders/).waitFor();
  await axeClean(phone.page);
  await phone.page.getByLabel('Naam').fill('Nieuwe Directeur');
  await phone.page.getByLabel('Kies een wachtwoord').fill('Een-lang-wachtwoord-2026');
  await phone.page.getByRole('button', { name: 'Account aanmaken en inschrijving bevestigen' }).click();
  await phone.page.waitForURL('**/mijn-opleidingen');
  await phone.page.getByRole('article', { name: /^Leergang Lerende Leiders/ }).waitFor();
  assert.deepEqual(phone.problems, []);
  await phone.context.close();

  await page.reload();
  await colleagues.getByRole('listitem').filter({ hasText: 'Nieuwe Directeur' }).getByText('Uitnodiging geaccepteerd').waitFor();
  assert.deepEqual(leader.problems, []);
  await leader.context.close();
});
