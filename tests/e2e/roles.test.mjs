// What other roles see and do: a board member sees every school of the
// bestuur; a platform admin adds a school.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

test('a bestuurder sees both schools of the bestuur', async () => {
  const { context, page, problems } = await app.open();
  await signIn(page, demoEmail('bestuurder'));
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: 'Scholen van Stichting Samen Leren' }),
  });
  await section.getByRole('link', { name: /OBS De Regenboog/ }).waitFor();
  const cards = section.getByRole('link');
  assert.equal(await cards.count(), 2, 'the demo bestuur has two schools');
  await cards.nth(1).click();
  await page.getByRole('heading', { level: 2, name: 'Teams' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a platform admin creates a school', async () => {
  const { context, page, problems } = await app.open();
  await signIn(page, demoEmail('beheer'));
  await page.getByRole('link', { name: 'Beheer', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Platformbeheer' }).waitFor();

  await page.getByLabel('Bestuur', { exact: true }).selectOption({ label: 'Stichting Samen Leren' });
  await page.getByLabel('Naam van de school').fill('Kindcentrum De Vlieger');
  await page.getByLabel('Sector').selectOption('PO');
  await page.getByLabel('BRIN-code').fill('98QX');
  await page.getByLabel('Regio').selectOption('noord');
  await page.getByRole('button', { name: 'School toevoegen' }).click();

  const row = page.getByRole('row', { name: /Kindcentrum De Vlieger/ });
  await row.waitFor();
  assert.match(await row.innerText(), /98QX/);

  // The same BRIN again is refused, with the reason at the BRIN field.
  await page.getByLabel('Bestuur', { exact: true }).selectOption({ label: 'Stichting Samen Leren' });
  await page.getByLabel('Naam van de school').fill('Dubbele school');
  await page.getByLabel('BRIN-code').fill('98QX');
  await page.getByRole('button', { name: 'School toevoegen' }).click();
  await page.getByText('Er is al een school met deze BRIN-code.').waitFor();
  assert.equal(await page.getByLabel('BRIN-code').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});
