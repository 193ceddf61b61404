// An obstacle's life, as the team and its school leader live it: the leader's
// home page counts what waits for her; her list updates live while the team
// hands obstacles over; an answered obstacle leaves the waiting list for its
// own list; "Zelf oppakken" starts from the team's words but is hers to
// rephrase, and lands on the board marked as the leadership's action; the team
// marks its own obstacle resolved on the board.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, screenshot, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { callApi, openBoard } from './lib/board.mjs';

const app = useApp();

/** The school leader on her home page at `viewport`. */
async function leaderHome(viewport) {
  const leader = await app.open(viewport);
  await signIn(leader.page, demoEmail('schoolleider'));
  return leader;
}

const obstacleCard = (page, text) => page.locator('article', { has: page.getByRole('heading', { level: 3, name: text }) });
const listButton = (page, name) => page.getByRole('group', { name: 'Toon' }).getByRole('button', { name });

test('the leader’s list follows the team live: waiting first, answered apart, taken on as her own action, resolved by the team', async () => {
  const team = await openBoard(app, VIEWPORTS.touchscreen);
  const leader = await leaderHome(VIEWPORTS.laptop);
  const { page } = leader;

  // Home: how many wait, as a link to the list.
  const waitingNow = (await callApi(page, 'GET', '/obstacles')).obstacles.filter((o) => o.status === 'leadership').length;
  const homeLink = page.getByRole('link', { name: new RegExp(`^${waitingNow} obstakels? wachten? op je`) });
  await homeLink.waitFor();
  await homeLink.click();
  await page.getByRole('heading', { level: 1, name: 'Obstakels voor de schoolleiding' }).waitFor();
  assert.equal(await listButton(page, /^Wacht op jou/).getAttribute('aria-pressed'), 'true');
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();

  // The team hands two obstacles over on its board; they appear without a reload.
  const stamp = Date.now() % 10000;
  const first = `Geen gymzaal op vrijdag ${stamp}`;
  const second = `Te weinig invallers ${stamp}`;
  for (const text of [first, second]) {
    await team.page.getByLabel('Nieuw obstakel').fill(text);
    await team.page.getByRole('button', { name: 'Toevoegen aan Obstakels' }).click();
    const item = team.page.locator('[data-item-id]', { hasText: text });
    await item.getByRole('button', { name: 'Aan de schoolleiding' }).click();
    await item.getByText('Bij de schoolleiding').waitFor();
  }
  await obstacleCard(page, first).waitFor({ timeout: 3_000 });
  await obstacleCard(page, second).waitFor({ timeout: 3_000 });
  await listButton(page, `Wacht op jou ${waitingNow + 2}`).waitFor();

  // An answer takes the first off the waiting list, onto "Beantwoord".
  await obstacleCard(page, first).getByLabel('Je antwoord aan het team').fill('Ik vraag de sporthal aan de overkant');
  await obstacleCard(page, first).getByRole('button', { name: 'Antwoord sturen' }).click();
  await obstacleCard(page, first).waitFor({ state: 'detached' });
  await listButton(page, `Wacht op jou ${waitingNow + 1}`).waitFor();
  await team.page.getByText('Ik vraag de sporthal aan de overkant').waitFor({ timeout: 3_000 });
  await listButton(page, /^Beantwoord/).click();
  await obstacleCard(page, first).waitFor();

  // "Zelf oppakken": the team's words as a start, selected, clearly hers to rephrase.
  await listButton(page, /^Wacht op jou/).click();
  await obstacleCard(page, second).getByRole('button', { name: 'Zelf oppakken als actie' }).click();
  const form = obstacleCard(page, second).locator('form');
  await form.getByText('Jouw eigen actie').waitFor();
  await form.getByText(/komt op het bord van Groep 5-6 op jouw naam/).waitFor();
  const field = form.getByLabel('Jouw actie');
  assert.equal(await field.inputValue(), second);
  assert.ok(await field.evaluate((input) => input === document.activeElement && input.selectionEnd - input.selectionStart === input.value.length),
    'the text is selected, ready to be rewritten');
  await screenshot(page, 'obstacles-take-on-laptop');
  const own = `Ik regel een invalpool met de buurschool ${stamp}`;
  await page.keyboard.type(own);
  await form.getByRole('button', { name: 'Actie op het bord zetten' }).click();
  await obstacleCard(page, second).waitFor({ state: 'detached' });
  await listButton(page, /^Zelf opgepakt/).click();
  await obstacleCard(page, second).getByText(own).waitFor();

  // On the team's board: the leader's action, marked as hers; the obstacle says the leadership took it on.
  const action = team.page.locator('[data-card-id]', { hasText: own });
  await action.getByText('Actie van Karin Hofman (schoolleiding)').waitFor({ timeout: 3_000 });
  await team.page.locator('[data-item-id]', { hasText: second }).getByText('Opgepakt door de schoolleiding').waitFor();

  // The team marks the answered obstacle resolved; the leader's "Opgelost" list has it at once.
  await listButton(page, /^Opgelost/).click();
  const answered = team.page.locator('[data-item-id]', { hasText: first });
  await answered.getByRole('button', { name: `Markeer “${first}” als opgelost` }).click();
  await answered.getByText('Opgelost', { exact: true }).first().waitFor();
  await obstacleCard(page, first).waitFor({ timeout: 3_000 });
  await screenshot(page, 'obstacles-resolved-laptop');

  assert.deepEqual([...team.problems, ...leader.problems], []);
  await team.context.close();
  await leader.context.close();
});

test('on a phone the leader switches lists and the waiting list stays the default after a reload', async () => {
  const { page, context, problems } = await leaderHome(VIEWPORTS.phone);
  await page.goto('/obstakels?lijst=resolved');
  await page.getByRole('heading', { level: 1, name: 'Obstakels voor de schoolleiding' }).waitFor();
  assert.equal(await listButton(page, /^Opgelost/).getAttribute('aria-pressed'), 'true');
  await listButton(page, /^Wacht op jou/).click();
  assert.equal(new URL(page.url()).search, '');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Obstakels voor de schoolleiding' }).waitFor();
  assert.equal(await listButton(page, /^Wacht op jou/).getAttribute('aria-pressed'), 'true');
  // The list buttons fit the phone's width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  assert.deepEqual(problems, []);
  await context.close();
});
