// The board's forms speak the page's language, not the browser's (issue 11): in
// a browser set to English a Dutch board shows dates as dd-mm-jjjj and says in
// Dutch what is missing, what is no date, what is too long (naming the limit,
// never cutting the text) and why the server refused a value — at the field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { openBoard } from './lib/board.mjs';

const app = useApp();

/** The message tied to a field (aria-describedby), and whether the field is marked invalid. */
async function fieldMessage(field) {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).innerText()));
  return { invalid: (await field.getAttribute('aria-invalid')) === 'true', text: texts.join(' ') };
}

test('in a browser set to English a Dutch board shows dd-mm-jjjj dates and Dutch messages at the field', async () => {
  const { page, context, problems } = await openBoard(app, VIEWPORTS.laptop, 'leraar', { locale: 'en-US' });
  assert.equal(await page.evaluate(() => navigator.language), 'en-US');

  await page.getByRole('button', { name: /wijzigen: naam en data$/ }).click();
  const editor = page.getByRole('dialog', { name: 'Cyclus wijzigen' });
  const name = editor.getByLabel('Naam van de cyclus');
  const start = editor.getByLabel('Begint op');
  const end = editor.getByLabel('Eindigt op');
  // Dates as dd-mm-jjjj, with the format said at the field (not mm/dd/yyyy from the browser).
  assert.match(await start.inputValue(), /^\d{2}-\d{2}-\d{4}$/);
  assert.match((await fieldMessage(start)).text, /Schrijf als dd-mm-jjjj/);

  // A missing name: a Dutch message at the field, and the keyboard there.
  await name.fill('');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  assert.deepEqual(await fieldMessage(name), { invalid: true, text: 'Vul dit in.' });
  assert.ok(await name.evaluate((el) => el === document.activeElement), 'focus on the missing name');

  // No such day.
  await name.fill('Cyclus 2');
  const startText = await start.inputValue();
  await end.fill('31-02-2026');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  assert.match((await fieldMessage(end)).text, /Dit is geen datum\. Schrijf hem als dd-mm-jjjj, bijvoorbeeld \d{2}-\d{2}-\d{4}\.$/);

  // A cycle of three weeks: the server refuses it (invalid_argument, ends_on), said in Dutch at the end date.
  const [d, m, y] = startText.split('-').map(Number);
  const threeWeeks = new Date(Date.UTC(y, m - 1, d + 20));
  const endText = [threeWeeks.getUTCDate(), threeWeeks.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('-') + `-${threeWeeks.getUTCFullYear()}`;
  await end.fill(endText);
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await editor.locator('.field-error', { hasText: 'Een cyclus duurt 6 tot 8 weken' }).waitFor();
  assert.deepEqual(await fieldMessage(end), { invalid: true, text: 'Schrijf als dd-mm-jjjj Een cyclus duurt 6 tot 8 weken (vakantieweken mogen erbij komen): kies een einddatum die daarbij past.' });
  assert.equal(await page.getByText('A cycle lasts').count(), 0, "the server's English message shows");
  await editor.getByRole('button', { name: 'Annuleren' }).click();

  // Text over the limit is refused with the limit named; nothing is cut off.
  await page.getByRole('button', { name: 'Nieuwe actie' }).click();
  const text = page.getByLabel('Nieuwe actie');
  await text.fill('a'.repeat(501));
  assert.equal((await text.inputValue()).length, 501, 'the text was cut');
  await text.press('Enter');
  assert.deepEqual(await fieldMessage(text), { invalid: true, text: 'Dit is te lang: hoogstens 500 tekens (nu 501).' });
  assert.equal(await page.locator('[data-card-id]', { hasText: 'aaaaaaaaaa' }).count(), 0);

  // An empty new action: the same Dutch message, not the browser's English bubble.
  await text.fill('');
  await page.locator('form.new-action').getByRole('button', { name: 'Toevoegen' }).click();
  assert.deepEqual(await fieldMessage(text), { invalid: true, text: 'Vul dit in.' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same refusals read in English when the page is English', async () => {
  const { page, context, problems } = await openBoard(app, VIEWPORTS.laptop);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: /^Team board/ }).waitFor();
  await page.getByRole('button', { name: 'New action' }).click();
  const text = page.getByLabel('New action');
  await text.fill('b'.repeat(502));
  await text.press('Enter');
  assert.deepEqual(await fieldMessage(text), { invalid: true, text: 'This is too long: at most 500 characters (now 502).' });
  const due = page.getByLabel('Due on');
  assert.match((await fieldMessage(due)).text, /Write as dd-mm-yyyy/);
  // Back to Dutch so the demo account is left as it was.
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('heading', { level: 1, name: /^Teambord/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a cycle over Christmas: the editor names the holiday weeks and moves the end past them when asked', async () => {
  const { page, context, problems } = await openBoard(app, VIEWPORTS.laptop, 'leraar');
  await page.getByRole('button', { name: /wijzigen: naam en data$/ }).click();
  const editor = page.getByRole('dialog', { name: 'Cyclus wijzigen' });
  const start = editor.getByLabel('Begint op');
  const end = editor.getByLabel('Eindigt op');
  // Six weeks from 29 November 2027, with the two weeks of the Christmas holiday in them.
  await start.fill('29-11-2027');
  await end.fill('09-01-2028');
  await editor.getByText('Deze cyclus loopt door 2 vakantieweken (kerstvakantie).').waitFor();
  await editor.getByText('er blijven 4 schoolweken over').waitFor();
  await editor.getByRole('button', { name: /^Einddatum voorbij de vakantie: .*23 januari 2028/ }).click();
  assert.equal(await end.inputValue(), '23-01-2028');
  // Moved, there is nothing left to move; a span without holidays says nothing.
  assert.equal(await editor.getByRole('button', { name: /^Einddatum voorbij de vakantie/ }).count(), 0);
  await start.fill('01-03-2027');
  await end.fill('11-04-2027');
  await editor.getByText(/^Deze cyclus loopt door/).waitFor({ state: 'detached' });
  await editor.getByRole('button', { name: 'Annuleren' }).click();
  assert.deepEqual(problems, []);
  await context.close();
});
