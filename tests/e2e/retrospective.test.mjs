// The end of a cycle on the board: a team whose cycle has ended closes it with
// a retrospective, which opens the next cycle and carries the goal it goes on
// with and that goal's open action over; the history shows what the team
// concluded. Also the school leader's ambitions (edit, remove) and the school
// page on a phone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, screenshot, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';

const app = useApp();

/**
 * A new team of the demo school whose only cycle ended last month, with two goals
 * (one measured) and an open action for each, made through the API the page itself uses.
 */
async function teamWithEndedCycle(page, name) {
  return page.evaluate(async (teamName) => {
    const me = await (await fetch('/api/v1/me')).json();
    const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrf_token };
    const send = async (method, path, body) => (await fetch(path, { method, headers, body: JSON.stringify(body) })).json();
    const day = (offset) => {
      const d = new Date();
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + offset);
      return d.toISOString().slice(0, 10);
    };
    const team = await send('POST', `/api/v1/schools/${me.memberships[0].school_id}/teams`, { name: teamName });
    const cycle = await send('POST', `/api/v1/teams/${team.id}/cycles`, { name: 'Voorjaar', starts_on: day(-70), ends_on: day(-29) });
    const goal = (body) => send('POST', `/api/v1/teams/${team.id}/goals`, { cycle_id: cycle.id, students: 'groep 5 en 6', ...body });
    const reading = await goal({ title: 'Meer leesplezier', measure: 'leerlingen die thuis lezen', unit: 'percentage', baseline: 40, target: 70, direction: 'higher' });
    const calm = await goal({ title: 'Rustige start', measure: 'minuten tot iedereen werkt', unit: 'score', baseline: 9, target: 4, direction: 'lower' });
    await send('PUT', `/api/v1/goals/${reading.id}/measurements/${day(-63)}`, { value: 46 });
    await send('PUT', `/api/v1/goals/${reading.id}/measurements/${day(-35)}`, { value: 58 });
    await send('PUT', `/api/v1/goals/${calm.id}/measurements/${day(-35)}`, { value: 3 });
    await send('POST', `/api/v1/teams/${team.id}/items`, { kind: 'action', text: 'Leesrooster maken', goal_id: reading.id });
    await send('POST', `/api/v1/teams/${team.id}/items`, { kind: 'action', text: 'Startritueel oefenen', goal_id: calm.id });
    return team.id;
  }, name);
}

test('a team closes its cycle with a retrospective and goes on in the next cycle with its goal and open action', async () => {
  const { context, page, problems } = await app.open(VIEWPORTS.touchscreen);
  try {
    await signIn(page, demoEmail('schoolleider'));
    const teamId = await teamWithEndedCycle(page, 'Werkgroep lezen');
    await page.goto(`/teams/${teamId}/bord`);
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await page.getByText('Deze cyclus is afgelopen').waitFor();
    await page.getByRole('button', { name: 'Voorjaar afsluiten' }).click();

    const form = page.getByRole('dialog', { name: 'Voorjaar afsluiten' });
    await form.waitFor();
    // The verdicts are suggested from the latest measurement against the target.
    const reading = form.getByRole('group', { name: 'Meer leesplezier' });
    const calm = form.getByRole('group', { name: 'Rustige start' });
    assert.equal(await reading.getByRole('radio', { name: 'Deels' }).isChecked(), true);
    assert.equal(await calm.getByRole('radio', { name: 'Ja' }).isChecked(), true);
    await form.getByText('Samen: Deels').waitFor();
    // The next cycle is proposed: from the day after, as long as this one.
    assert.equal(await form.getByLabel('Naam', { exact: true }).inputValue(), 'Cyclus 2');
    await form.getByText('De cyclus duurt 6 weken.').waitFor();
    await form.getByText('2 open acties blijven op het bord').waitFor();

    await reading.getByRole('checkbox', { name: 'Doorgaan met dit doel in de volgende cyclus' }).check();
    await reading.getByLabel('Streefwaarde in de volgende cyclus').fill('75');
    await reading.getByText('De beginwaarde wordt 58%').waitFor();
    await form.getByText('1 daarvan hoort bij een doel dat doorgaat').waitFor();
    await form.getByText('1 hoort bij een doel dat stopt').waitFor();
    await form.getByLabel('Wat hielp?').fill('Elke week samen de cijfers bekijken.');
    await form.getByLabel('Wat gaan we anders doen?').fill('Kleinere acties, met één eigenaar.');
    await screenshot(page, 'retrospective-touchscreen');
    await form.getByRole('button', { name: 'Cyclus afsluiten' }).click();

    // The board goes on in the next cycle: the continued goal with its new target, the action moved along.
    await page.locator('.notice-success', { hasText: 'Voorjaar is afgesloten.' }).waitFor();
    await form.waitFor({ state: 'detached' });
    await page.getByText(/^Cyclus 2:/).first().waitFor();
    const goals = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Doelen' }) });
    const tile = goals.locator('article', { has: page.getByRole('link', { name: 'Meer leesplezier' }) });
    await tile.getByText('doel 75%').waitFor();
    assert.equal(await goals.getByRole('link', { name: 'Rustige start' }).count(), 0, 'a goal that stops stays in its cycle');
    const action = page.locator('[data-card-id]', { hasText: 'Leesrooster maken' });
    await action.getByText('Meer leesplezier').waitFor();
    const goalId = await page.evaluate(async (id) => {
      const board = await (await fetch(`/api/v1/teams/${id}/board`)).json();
      const item = board.items.find((i) => i.text === 'Leesrooster maken');
      return { linked: item.goal_id, current: board.goals.find((g) => g.cycle_id === board.current_cycle_id).id };
    }, teamId);
    assert.equal(goalId.linked, goalId.current, 'the open action now serves the goal in the new cycle');
    assert.equal(await page.getByRole('button', { name: 'Voorjaar afsluiten' }).count(), 0);

    // A teacher (or anyone on the board) reads back what the team concluded.
    await page.getByRole('link', { name: 'Terugblik lezen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Geschiedenis van/ }).waitFor();
    const closed = page.locator('article', { has: page.getByRole('heading', { level: 3, name: 'Voorjaar' }) });
    await closed.getByText('Doel gehaald: Deels').waitFor();
    const row = closed.getByRole('row', { name: /Meer leesplezier/ });
    await row.getByText('58% (streefwaarde 70%)').waitFor();
    await row.getByRole('link', { name: 'Gaat door' }).waitFor();
    await row.getByText('1 actie mee').waitFor();
    await closed.getByText('Elke week samen de cijfers bekijken.').waitFor();
    await screenshot(page, 'history-touchscreen');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('on a phone the retrospective form fills the screen and keeps every control reachable; the cycle can be renamed', async () => {
  const { context, page, problems } = await app.open(VIEWPORTS.phone);
  try {
    await signIn(page, demoEmail('schoolleider'));
    const teamId = await teamWithEndedCycle(page, 'Werkgroep rust');
    await page.goto(`/teams/${teamId}/bord`);
    await page.getByRole('button', { name: 'Voorjaar afsluiten' }).click();
    const form = page.getByRole('dialog', { name: 'Voorjaar afsluiten' });
    await form.getByRole('group', { name: 'Meer leesplezier' }).getByRole('checkbox').check();
    await screenshot(page, 'retrospective-phone');
    const box = await form.boundingBox();
    assert.ok(box.width <= VIEWPORTS.phone.width && box.x >= 0, `the dialog fits the width (${box.x}, ${box.width})`);
    const overflow = await form.evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
    assert.ok(overflow <= 1, `nothing sticks out sideways (${overflow}px)`);
    // A wrong target is said next to its field and nothing is sent.
    await form.getByLabel('Streefwaarde in de volgende cyclus').fill('120');
    await form.getByRole('button', { name: 'Cyclus afsluiten' }).click();
    await form.getByText('Een percentage ligt tussen 0 en 100.').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'goals.0.target', null, { timeout: 3_000 });
    await form.getByRole('button', { name: 'Annuleren' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Voorjaar afsluiten' }).waitFor();

    // The cycle's name and dates can be changed on the board too.
    await page.getByRole('button', { name: 'Voorjaar wijzigen: naam en data' }).click();
    const editor = page.getByRole('dialog', { name: 'Cyclus wijzigen' });
    await editor.getByLabel('Naam van de cyclus').fill('Voorjaar 2026');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: 'Voorjaar 2026 afsluiten' }).waitFor();
    await page.getByText(/^Voorjaar 2026:/).first().waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the school leader rewrites an ambition and removes another after confirming', async () => {
  const { context, page, problems } = await app.open(VIEWPORTS.laptop);
  try {
    await signIn(page, demoEmail('schoolleider'));
    await page.getByRole('link', { name: 'OBS De Regenboog' }).first().click();
    const ambitions = page.locator('section', { has: page.getByRole('heading', { name: 'Ambities van de school' }) });
    for (const title of ['Elke leerling leest', 'Dubbele ambitie']) {
      await ambitions.getByLabel('Nieuwe ambitie').fill(title);
      await ambitions.getByRole('button', { name: 'Ambitie toevoegen' }).click();
      await ambitions.getByText(title, { exact: true }).waitFor();
    }

    await ambitions.getByRole('button', { name: 'Ambitie bewerken: Elke leerling leest' }).click();
    const edit = ambitions.getByRole('form', { name: 'Ambitie bewerken: Elke leerling leest' });
    // Focus moves into the form, and back to the edit button once saved.
    await page.waitForFunction(() => document.activeElement?.id.endsWith('-edit-title'), null, { timeout: 3_000 });
    await edit.getByLabel('Ambitie', { exact: true }).fill('Elke leerling leest met plezier');
    await edit.getByLabel('Toelichting (niet verplicht)').fill('Samen met de bibliotheek');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await ambitions.getByText('Elke leerling leest met plezier').waitFor();
    await ambitions.getByText('Samen met de bibliotheek').waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Ambitie bewerken: Elke leerling leest met plezier', null, { timeout: 3_000 });

    await ambitions.getByRole('button', { name: 'Ambitie verwijderen: Dubbele ambitie' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ambitie verwijderen?' });
    await confirm.getByText('“Dubbele ambitie” verdwijnt van de lijst.').waitFor();
    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await ambitions.getByText('Dubbele ambitie', { exact: true }).waitFor({ state: 'detached' });
    await page.reload();
    await ambitions.getByText('Elke leerling leest met plezier').waitFor();
    assert.equal(await ambitions.getByText('Dubbele ambitie', { exact: true }).count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('on a phone the school leader finds the invite form before the long staff list', async () => {
  const { context, page, problems } = await app.open(VIEWPORTS.phone);
  try {
    await signIn(page, demoEmail('schoolleider'));
    await page.getByRole('link', { name: 'OBS De Regenboog' }).first().click();
    const invite = page.getByRole('heading', { level: 2, name: 'Iemand uitnodigen' });
    const staff = page.getByRole('heading', { level: 2, name: 'Medewerkers' });
    const [inviteBox, staffBox] = [await invite.boundingBox(), await staff.boundingBox()];
    assert.ok(inviteBox.y < staffBox.y, 'inviting comes before the staff list');
    // And in the reading order too, for keyboards and screen readers.
    const order = await page.evaluate(() => [...document.querySelectorAll('main h2')].map((h) => h.textContent?.trim()));
    assert.ok(order.indexOf('Iemand uitnodigen') < order.indexOf('Medewerkers'), order.join(' | '));
    await screenshot(page, 'school-phone-invite-first');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
