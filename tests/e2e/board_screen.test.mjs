// The board where it is used (issue 11): the whole board on the classroom touch
// screen as on a paper board, a new card that opens on demand and is shown where
// it landed, the move menu inside the screen, and on a phone the session timer and
// the measurement buttons within reach. Also the smaller things: read-only boards
// invite no dragging, a date in another year says so, the heading takes the focus
// after navigation, a toast keeps clear of the focused control.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { callApi, card, closeRunningSession, column, openBoard } from './lib/board.mjs';

const app = useApp();

/**
 * Which of the named elements are not wholly on screen and uncovered: inside the window and, just
 * inside each corner, the element itself (not clipped by a scrolling area, not under something else).
 */
async function hidden(page, selectors) {
  return page.evaluate((selectors) => {
    const problems = [];
    for (const [name, selector] of Object.entries(selectors)) {
      const element = document.querySelector(selector);
      if (!element) {
        problems.push(`${name}: not there`);
        continue;
      }
      const box = element.getBoundingClientRect();
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
        problems.push(`${name}: ${Math.round(box.top)}–${Math.round(box.bottom)} is outside the window`);
        continue;
      }
      const inset = 12; // inside rounded corners
      const corners = [[box.left + inset, box.top + inset], [box.right - inset, box.top + inset], [box.left + inset, box.bottom - inset], [box.right - inset, box.bottom - inset]];
      const covered = corners.find(([x, y]) => !element.contains(document.elementFromPoint(x, y)));
      if (covered) problems.push(`${name}: hidden at ${covered.map(Math.round)} (y ${Math.round(box.top)}–${Math.round(box.bottom)})`);
    }
    return problems;
  }, selectors);
}

const BOARD_PARTS = {
  'first card of Te doen': 'section[data-column="todo"] [data-card-id]',
  'first card of Mee bezig': 'section[data-column="doing"] [data-card-id]',
  'first card of Klaar': 'section[data-column="done"] [data-card-id]',
  'first goal': 'section.goals article',
  'first success': '.panel-success .item',
  'first obstacle': '.panel-obstacle .item',
  'first idea': '.panel-idea .item',
  'first agreement': '.panel-agreement .item',
};

const pageScrolls = (page) => page.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);

test('at 1920×1080 the whole board is in view without scrolling, when editing and in a session with attendance open', async () => {
  const { page, context, problems, teamId } = await openBoard(app, VIEWPORTS.touchscreen);
  assert.equal(await pageScrolls(page), false, 'the page scrolls');
  assert.deepEqual(await hidden(page, BOARD_PARTS), [], 'editing');

  await page.getByRole('button', { name: 'Bordsessie starten' }).click();
  const bar = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Bordsessie' }) });
  await bar.getByRole('timer').waitFor();
  await bar.getByRole('button', { name: /^Aanwezig:/ }).click();
  await bar.getByRole('button', { name: 'Sanne de Vries' }).waitFor();
  assert.equal(await pageScrolls(page), false, 'the page scrolls in the session');
  assert.deepEqual(await hidden(page, { ...BOARD_PARTS, timer: '[role="timer"]', 'attendance': '#session-attendance' }), [], 'in the session');

  await closeRunningSession(page, teamId);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on the touch screen a new action opens on demand, and the new card is scrolled into view and marked', async () => {
  const { page, context, problems, teamId } = await openBoard(app, VIEWPORTS.touchscreen);
  // No form until asked for: the columns start right under their heading.
  assert.equal(await page.getByLabel('Nieuwe actie').count(), 0);
  const toggle = page.getByRole('button', { name: 'Nieuwe actie' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const field = page.getByLabel('Nieuwe actie');
  assert.ok(await field.evaluate((el) => el === document.activeElement), 'the keyboard is in the new form');

  // Enough cards before it that the new one lands below the visible part of "Te doen".
  for (let i = 0; i < 6; i++) await callApi(page, 'POST', `/teams/${teamId}/items`, { kind: 'action', text: `Eerdere kaart ${i}` });
  await card(page, 'Eerdere kaart 5').waitFor();
  const text = 'Voorleesrooster maken voor de hele groep';
  await field.fill(text);
  await field.press('Enter');
  const added = column(page, /^Te doen/).locator(card(page, text));
  await added.waitFor();
  assert.match(await added.getAttribute('class'), /\bfresh\b/, 'the new card is marked');
  await page.waitForTimeout(700); // the smooth scroll
  const id = await added.getAttribute('data-card-id');
  assert.deepEqual(await hidden(page, { 'the new card': `[data-card-id="${id}"]` }), []);
  // The form stays open for the next one; Escape closes it and the keyboard goes back to the button.
  assert.equal(await field.inputValue(), '');
  await field.press('Escape');
  assert.equal(await page.getByLabel('Nieuwe actie').count(), 0);
  assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'focus back on "Nieuwe actie"');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on the touch screen the move menu of a card at the bottom of the screen opens inside it', async () => {
  const { page, context, problems, teamId } = await openBoard(app, VIEWPORTS.touchscreen);
  for (let i = 0; i < 6; i++) await callApi(page, 'POST', `/teams/${teamId}/items`, { kind: 'action', text: `Afgerond ${i}`, status: 'done' });
  await card(page, 'Afgerond 5').waitFor();
  // Scroll the actions area until the last card of "Klaar" sits at the bottom edge of the screen.
  const last = column(page, /^Klaar/).locator('[data-card-id]').last();
  const button = last.locator('[data-move-button]');
  await button.evaluate((el) => {
    const area = el.closest('section.actions');
    area.scrollTop += el.getBoundingClientRect().bottom - (area.getBoundingClientRect().bottom - 12);
  });
  const box = await button.boundingBox();
  assert.ok(box.y + box.height > 1080 - 100, `the button is near the bottom (${Math.round(box.y)})`);
  await button.click();
  const menu = page.getByRole('group', { name: 'Verplaats naar…' });
  await menu.waitFor();
  assert.deepEqual(await hidden(page, { menu: '[role="group"][aria-label="Verplaats naar…"]' }), []);
  // Each choice can be touched where it shows.
  for (const name of ['Te doen', 'Mee bezig']) {
    const item = await menu.getByRole('button', { name }).boundingBox();
    const at = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.textContent?.trim(), [item.x + item.width / 2, item.y + item.height / 2]);
    assert.equal(at, name);
  }
  await menu.getByRole('button', { name: 'Mee bezig' }).click();
  await column(page, /^Mee bezig/).locator(card(page, 'Afgerond 5')).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the session timer stays in view while the board scrolls', async () => {
  const { page, context, problems, teamId } = await openBoard(app, VIEWPORTS.phone);
  await page.getByRole('button', { name: 'Bordsessie starten' }).click();
  const timer = page.getByRole('timer');
  await timer.waitFor();
  for (const where of ['middle', 'end']) {
    await page.evaluate((where) => window.scrollTo(0, where === 'end' ? document.documentElement.scrollHeight : document.documentElement.scrollHeight / 2), where);
    await page.waitForTimeout(150);
    const box = await timer.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 844, `the timer left the screen at the ${where}: ${JSON.stringify(box)}`);
  }
  // The buttons to go on stay within reach with it, and the bar takes at most a quarter of the screen.
  const next = await page.getByRole('button', { name: /^Volgende:/ }).boundingBox();
  assert.ok(next.y >= 0 && next.y + next.height <= 844, 'the next-step button left the screen');
  const bar = await page.locator('section.session').boundingBox();
  assert.ok(bar.height <= 844 / 4, `the bar is ${Math.round(bar.height)} px high`);
  await closeRunningSession(page, teamId);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone every measurement keeps its buttons on screen, and a correction says "Corrigeren"', async () => {
  const { page, context, problems, teamId } = await openBoard(app, VIEWPORTS.phone);
  const goalId = await page.evaluate(async (team) => {
    const board = await (await fetch(`/api/v1/teams/${team}/board`)).json();
    return board.goals.find((g) => g.cycle_id === board.current_cycle_id).id;
  }, teamId);

  // On the board the value of this week is corrected, and the field says so.
  await page.getByRole('button', { name: 'Metingen invoeren' }).click();
  await page.locator('section.goals article').first().getByText(/^Deze week: .+\. Corrigeren:$/).waitFor();

  await page.goto(`/doelen/${goalId}`);
  await page.getByRole('heading', { name: 'Metingen per week' }).waitFor();
  const buttons = page.locator('table').getByRole('button');
  assert.ok((await buttons.count()) >= 4, 'a change and a delete button per week');
  for (const button of await buttons.all()) {
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `${await button.getAttribute('aria-label')} is at x ${Math.round(box.x)}–${Math.round(box.x + box.width)}`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'the page scrolls sideways');
  // Changing a week keeps its field and buttons on screen too.
  await buttons.first().click();
  for (const control of [page.getByLabel('Waarde', { exact: true }).first(), page.locator('table').getByRole('button', { name: 'Opslaan' })]) {
    const box = await control.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, 'the correction does not fit');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a read-only board does not invite dragging', async () => {
  // The teacher empties "Mee bezig", so the board shows an empty column.
  const teacher = await openBoard(app, VIEWPORTS.laptop);
  const board = await teacher.page.evaluate(async (team) => (await fetch(`/api/v1/teams/${team}/board`)).json(), teacher.teamId);
  for (const item of board.items.filter((i) => i.kind === 'action' && i.status === 'doing')) {
    await callApi(teacher.page, 'POST', `/items/${item.id}/move`, { status: 'done', version: item.version });
  }
  await teacher.page.getByText('Sleep een kaart hierheen').waitFor();
  await teacher.context.close();

  const { page, context, problems } = await app.open(VIEWPORTS.touchscreen);
  await signIn(page, demoEmail('bestuurder'));
  await page.goto(`/teams/${teacher.teamId}/bord`);
  await page.getByText('Alleen lezen').waitFor();
  await column(page, /^Mee bezig/).getByText('Geen kaarten').waitFor();
  assert.equal(await page.getByText('Sleep een kaart hierheen').count(), 0);
  assert.equal(await page.locator('[data-grip]').count(), 0);
  const slot = page.locator('[data-card-id]').first();
  assert.notEqual(await slot.evaluate((el) => getComputedStyle(el).touchAction), 'none', 'a card takes touches as if for dragging');
  assert.notEqual(await slot.evaluate((el) => getComputedStyle(el).userSelect), 'none', 'card text cannot be selected');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a due date in another year shows its year on the card', async () => {
  const { page, context, problems, teamId } = await openBoard(app, VIEWPORTS.laptop);
  const year = new Date().getFullYear() + 1;
  await callApi(page, 'POST', `/teams/${teamId}/items`, { kind: 'action', text: 'Leesplan voor volgend jaar', due_on: `${year}-01-15` });
  const added = card(page, 'Leesplan voor volgend jaar');
  await added.getByText(`klaar op 15 jan ${year}`).waitFor();
  // A date of this year stays short.
  assert.doesNotMatch(await card(page, 'Leeshoek opnieuw inrichten').innerText(), new RegExp(`klaar op .*${new Date().getFullYear()}`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('after each navigation the page heading has the focus, also when the page loads first', async () => {
  const { page, context, problems } = await app.open(VIEWPORTS.laptop);
  await signIn(page, demoEmail('leraar'));
  const focused = () => page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : document.activeElement?.tagName));
  await page.getByRole('link', { name: /Groep 5-6/ }).first().click();
  await page.getByRole('heading', { level: 1, name: /Groep 5-6/ }).waitFor();
  await page.waitForTimeout(300);
  assert.match(await focused(), /Groep 5-6/);
  await page.getByRole('link', { name: 'Naar het teambord' }).click();
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  assert.equal(await focused(), 'Teambord Groep 5-6');
  await page.getByRole('link', { name: 'Feedback die leerlingen verder helpt' }).click();
  await page.getByRole('heading', { name: 'Metingen per week' }).waitFor();
  assert.equal(await focused(), 'Feedback die leerlingen verder helpt');
  await page.goBack();
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  assert.equal(await focused(), 'Teambord Groep 5-6');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone a toast does not cover the field the person is typing in', async () => {
  const { page, context, problems } = await openBoard(app, VIEWPORTS.phone);
  await page.getByRole('button', { name: 'Metingen invoeren' }).click();
  const field = page.locator('section.goals article').first().getByLabel(/^Deze week: /);
  // The field at the bottom of the screen, where toasts used to appear.
  await field.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await field.fill('5');
  await field.press('Enter');
  const toast = page.locator('.status-text', { hasText: 'Meting opgeslagen' });
  await toast.waitFor();
  await page.waitForTimeout(100);
  const [a, b] = [await toast.boundingBox(), await field.boundingBox()];
  const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  assert.ok(await field.evaluate((el) => el === document.activeElement), 'the field keeps the focus');
  assert.ok(b.y + b.height <= 844, 'the field is on screen');
  assert.equal(overlaps, false, `the toast ${JSON.stringify(a)} covers the field ${JSON.stringify(b)}`);
  assert.deepEqual(problems, []);
  await context.close();
});
