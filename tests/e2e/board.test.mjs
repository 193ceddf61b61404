// The live team board: two screens on one board stay in step without reloads,
// a stale edit is shown instead of overwriting, a whole board session runs from
// start to record, and a screen that lost its connection catches up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, screenshot, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { card, column, openBoard as openBoardOf } from './lib/board.mjs';

const app = useApp();

const openBoard = (viewport, who) => openBoardOf(app, viewport, who);

test('a card moved on one screen moves on the other, by mouse and by keyboard', async () => {
  const a = await openBoard(VIEWPORTS.touchscreen);
  const b = await openBoard(VIEWPORTS.laptop, 'schoolcoach');
  // The coach is also staff of the school: open the same board as the teacher.
  await b.page.goto(`/teams/${a.teamId}/bord`);
  await b.page.getByRole('status').filter({ hasText: 'Live' }).waitFor();

  const text = 'Leeshoek opnieuw inrichten met de leerlingen';
  await column(b.page, /^Te doen/).locator(card(b.page, text)).waitFor();

  // Drag from "Te doen" to "Mee bezig" with the mouse on screen A.
  const from = await card(a.page, text).boundingBox();
  const to = await column(a.page, /^Mee bezig/).boundingBox();
  await a.page.mouse.move(from.x + 60, from.y + 20);
  await a.page.mouse.down();
  await a.page.mouse.move(from.x + 120, from.y + 40, { steps: 4 });
  await a.page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height - 20, 120), { steps: 8 });
  await a.page.mouse.up();
  await column(a.page, /^Mee bezig/).locator(card(a.page, text)).waitFor();

  // Screen B follows without a reload, within a second or two.
  await column(b.page, /^Mee bezig/).locator(card(b.page, text)).waitFor({ timeout: 3_000 });

  // Keyboard on screen B: the card's move button takes → to the next column, and it is announced.
  const moveButton = b.page.getByRole('button', { name: `Verplaats ${text} (of pijltje links/rechts)` });
  await moveButton.focus();
  await b.page.keyboard.press('ArrowRight');
  await column(b.page, /^Klaar/).locator(card(b.page, text)).waitFor();
  await b.page.getByText(`${text} staat nu in Klaar`).waitFor();
  await column(a.page, /^Klaar/).locator(card(a.page, text)).waitFor({ timeout: 3_000 });

  // And the menu "Verplaats naar…" back to "Te doen".
  await b.page.getByRole('button', { name: `Verplaats ${text} (of pijltje links/rechts)` }).click();
  await b.page.getByRole('group', { name: 'Verplaats naar…' }).getByRole('button', { name: 'Te doen' }).click();
  await column(a.page, /^Te doen/).locator(card(a.page, text)).waitFor({ timeout: 3_000 });

  assert.deepEqual([...a.problems, ...b.problems], []);
  await a.context.close();
  await b.context.close();
});

test('on the touch screen a card dragged to the edge of its board area scrolls the area along', async () => {
  const { page, teamId, context } = await openBoard(VIEWPORTS.touchscreen);
  // Enough cards that the actions area scrolls on its own (the page does not).
  await page.evaluate(async (team) => {
    const me = await (await fetch('/api/v1/me')).json();
    const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrf_token };
    for (let i = 0; i < 8; i++) {
      await fetch(`/api/v1/teams/${team}/items`, { method: 'POST', headers, body: JSON.stringify({ kind: 'action', text: `Extra kaart ${i}` }) });
    }
  }, teamId);
  await card(page, 'Extra kaart 7').waitFor();
  const area = page.locator('section.actions');
  assert.ok(await area.evaluate((el) => el.scrollHeight > el.clientHeight), 'the actions area should scroll');
  const grip = await card(page, 'Startritueel afspreken met de klas').locator('[data-grip]').boundingBox();
  const bottom = await area.evaluate((el) => el.getBoundingClientRect().bottom);
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + 20, grip.y + 40, { steps: 4 });
  for (let i = 0; i < 10; i++) await page.mouse.move(grip.x + 20, bottom - 20 - (i % 2));
  assert.ok((await area.evaluate((el) => el.scrollTop)) > 0, 'the area did not scroll along');
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await context.close();
});

test('a stale edit shows what it is now beside the unsaved change, instead of overwriting', async () => {
  const a = await openBoard(VIEWPORTS.laptop);
  const b = await openBoard(VIEWPORTS.laptop);
  const text = 'Ouders mailen over thuis lezen';

  // B opens the editor; meanwhile A changes the same card.
  await card(b.page, text).getByRole('button', { name: text, exact: true }).click();
  const editorB = b.page.getByRole('dialog', { name: 'Actie bewerken' });
  await editorB.waitFor();

  await card(a.page, text).getByRole('button', { name: text, exact: true }).click();
  const editorA = a.page.getByRole('dialog', { name: 'Actie bewerken' });
  await editorA.getByLabel('Tekst').fill('Ouders mailen over thuis lezen (voor vrijdag)');
  await editorA.getByRole('button', { name: 'Opslaan' }).click();
  await card(a.page, 'voor vrijdag').waitFor();

  await editorB.getByLabel('Tekst').fill('Ouders bellen over thuis lezen');
  await editorB.getByRole('button', { name: 'Opslaan' }).click();
  const conflict = b.page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit net gewijzigd' });
  await conflict.waitFor();
  // What it is now, and who made that change (here the same teacher on her other screen).
  const theirs = conflict.locator('section', {
    has: b.page.getByRole('heading', { level: 3, name: 'Zo staat het er nu, gewijzigd door Sanne de Vries' }),
  });
  await theirs.getByText('Ouders mailen over thuis lezen (voor vrijdag)').waitFor();
  // Beside it, what B typed and did not save: nothing typed is lost.
  const mine = conflict.locator('section', { has: b.page.getByRole('heading', { level: 3, name: 'Jouw wijziging, niet opgeslagen' }) });
  await mine.getByText('Ouders bellen over thuis lezen').waitFor();
  // Nothing was overwritten: both screens show A's text.
  await card(b.page, 'voor vrijdag').waitFor();
  assert.equal(await card(a.page, 'Ouders bellen').count(), 0);

  // B can still apply the change on top, deliberately.
  await conflict.getByRole('button', { name: 'Mijn wijziging toch doorvoeren' }).click();
  await card(a.page, 'Ouders bellen over thuis lezen').waitFor({ timeout: 3_000 });

  assert.deepEqual([...a.problems, ...b.problems], []);
  await a.context.close();
  await b.context.close();
});

test('a screen that lost its connection catches up when it is back', async () => {
  const a = await openBoard(VIEWPORTS.laptop);
  const b = await openBoard(VIEWPORTS.phone);

  await b.context.setOffline(true);
  await b.page.getByRole('status').filter({ hasText: 'Verbinding herstellen' }).waitFor();

  const success = `Iedereen las tien minuten ${Date.now() % 10000}`;
  const successes = a.page.locator('section', { has: a.page.getByRole('heading', { level: 2, name: /^Successen/ }) });
  await successes.getByRole('textbox', { name: 'Nieuw succes' }).fill(success);
  await successes.getByRole('button', { name: 'Toevoegen aan Successen' }).click();
  await a.page.getByText(success).waitFor();

  await b.context.setOffline(false);
  await b.page.getByRole('status').filter({ hasText: 'Live' }).waitFor({ timeout: 10_000 });
  await b.page.getByText(success).waitFor({ timeout: 5_000 });

  assert.deepEqual([...a.problems, ...b.problems], []);
  await a.context.close();
  await b.context.close();
});

test('a board session runs from start to close and leaves its record in the history', async () => {
  const lead = await openBoard(VIEWPORTS.touchscreen);
  const follower = await openBoard(VIEWPORTS.phone);
  const { page } = lead;

  await page.getByLabel('Duur').selectOption('20');
  await page.getByRole('button', { name: 'Bordsessie starten' }).click();
  const bar = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Bordsessie' }) });
  await bar.getByRole('timer').waitFor();
  // Every screen follows, with the same timer.
  const followerBar = follower.page.locator('section', { has: follower.page.getByRole('heading', { level: 2, name: 'Bordsessie' }) });
  await followerBar.getByRole('timer').waitFor({ timeout: 3_000 });
  const [timeA, timeB] = await Promise.all([bar.locator('.time').innerText(), followerBar.locator('.time').innerText()]);
  const seconds = (s) => { const [m, r] = s.split(':').map(Number); return m * 60 + r; };
  assert.ok(Math.abs(seconds(timeA) - seconds(timeB)) <= 2, `timers ${timeA} and ${timeB} agree`);

  // Attendance: whoever starts is present; tick two more in quick succession, and one off again.
  await bar.getByRole('button', { name: /^Aanwezig: 1 van/ }).click();
  assert.equal(await bar.getByRole('button', { name: 'Sanne de Vries' }).getAttribute('aria-pressed'), 'true');
  await bar.getByRole('button', { name: 'Thijs Mulder' }).click();
  await bar.getByRole('button', { name: 'Eva van Dijk' }).click();
  await bar.getByRole('button', { name: /^Aanwezig: 3 van/ }).waitFor();
  await bar.getByRole('button', { name: 'Eva van Dijk' }).click();
  await bar.getByRole('button', { name: /^Aanwezig: 2 van/ }).waitFor();
  await followerBar.getByRole('button', { name: /^Aanwezig: 2 van/ }).waitFor({ timeout: 3_000 });

  // Successes → goal progress: this week's measurement.
  await bar.getByRole('button', { name: /^Volgende: Voortgang doelen/ }).click();
  await followerBar.locator('[aria-current="step"]', { hasText: 'Voortgang doelen' }).waitFor({ timeout: 3_000 });
  const goal = page.locator('article', { has: page.getByRole('link', { name: 'Feedback die leerlingen verder helpt' }) });
  await goal.getByLabel(/Meting van deze week|Deze week/).fill('52');
  await goal.getByRole('button', { name: 'Opslaan' }).click();
  await goal.locator('.value', { hasText: '52%' }).waitFor();
  await screenshot(page, 'board-session-touchscreen');
  // The board fills the touch screen: the page does not scroll, its areas do, so the agenda and the
  // timer stay in view while the team goes through the last goal and the last card.
  assert.ok(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1), 'the page scrolls');
  await page.locator('section.goals article').last().scrollIntoViewIfNeeded();
  await page.locator('section.actions article').last().scrollIntoViewIfNeeded();
  const timer = await bar.getByRole('timer').boundingBox();
  assert.ok(timer && timer.y >= 0 && timer.y + timer.height <= 1080, `the timer left the screen: ${JSON.stringify(timer)}`);

  // → actions → new actions: add one.
  await bar.getByRole('button', { name: /^Volgende: Acties/ }).click();
  await bar.getByRole('button', { name: /^Volgende: Nieuwe acties/ }).click();
  const newAction = `Voorleesrooster maken ${Date.now() % 10000}`;
  await page.getByLabel('Nieuwe actie').fill(newAction);
  await page.getByLabel('Eigenaar').selectOption({ label: 'Thijs Mulder' });
  await page.locator('form.new-action').getByRole('button', { name: 'Toevoegen' }).click();
  await column(follower.page, /^Te doen/).getByText(newAction).waitFor({ timeout: 3_000 });

  // → close.
  await bar.getByRole('button', { name: /^Volgende: Afsluiten/ }).click();
  await bar.getByRole('button', { name: 'Sessie afsluiten' }).click();
  await bar.getByRole('button', { name: 'Ja, afsluiten en verslag maken' }).click();
  await page.waitForURL(/\/sessies\/\d+$/);
  await page.getByRole('heading', { level: 1, name: /^Bordsessie van/ }).waitFor();
  const attendees = page.locator('section', { has: page.getByRole('heading', { name: /^Aanwezig/ }) });
  await attendees.getByText('Sanne de Vries').waitFor();
  await attendees.getByText('Thijs Mulder').waitFor();
  await page.getByRole('cell', { name: 'Feedback die leerlingen verder helpt' }).waitFor();
  const created = page.locator('section', { has: page.getByRole('heading', { name: 'Nieuwe acties' }) });
  await created.getByText(newAction).waitFor();
  await screenshot(page, 'session-record-touchscreen');
  const recordPath = new URL(page.url()).pathname;

  // The other screen hears that the session closed and can open the record.
  await follower.page.getByRole('link', { name: 'Bekijk het verslag' }).waitFor({ timeout: 3_000 });

  // The history lists it and opens the same record.
  await page.goto(`/teams/${lead.teamId}/sessies`);
  await page.getByRole('heading', { level: 1, name: /^Geschiedenis van/ }).waitFor();
  const entry = page.locator(`a[href="${recordPath}"]`);
  await entry.waitFor();
  assert.match(await entry.innerText(), /2 aanwezigen/);
  await entry.click();
  await page.getByRole('heading', { level: 1, name: /^Bordsessie van/ }).waitFor();

  assert.deepEqual([...lead.problems, ...follower.problems], []);
  await lead.context.close();
  await follower.context.close();
});

test('the school leader answers an obstacle and the team sees it on its board', async () => {
  const team = await openBoard(VIEWPORTS.laptop);
  const leader = await app.open();
  await signIn(leader.page, demoEmail('schoolleider'));
  await leader.page.getByRole('link', { name: 'Obstakels', exact: true }).click();
  await leader.page.getByRole('heading', { level: 1, name: 'Obstakels voor de schoolleiding' }).waitFor();

  const obstacle = leader.page
    .locator('article', { hasText: 'Te weinig boeken op AVI-niveau E5' })
    .filter({ has: leader.page.getByRole('link', { name: 'Groep 5-6' }) });
  const answer = `De bibliotheek levert maandag dertig boeken ${Date.now() % 1000}`;
  await obstacle.getByLabel('Je antwoord aan het team').fill(answer);
  await obstacle.getByRole('button', { name: 'Antwoord sturen' }).click();
  // Answered, it leaves the waiting list for the list of answered obstacles.
  await leader.page.getByText('Je antwoord staat op het bord van het team.').waitFor();
  await obstacle.waitFor({ state: 'detached' });

  await team.page.getByText(answer).waitFor({ timeout: 3_000 });
  await leader.page.getByRole('button', { name: /^Beantwoord/ }).click();
  await obstacle.getByText(answer).waitFor();
  await screenshot(leader.page, 'obstacles-laptop');

  assert.deepEqual([...team.problems, ...leader.problems], []);
  await team.context.close();
  await leader.context.close();
});

test('a school ambition, a team goal linked to it, and its measurements with a trend chart', async () => {
  const leader = await app.open();
  await signIn(leader.page, demoEmail('schoolleider'));
  await leader.page.getByRole('link', { name: 'OBS De Regenboog' }).first().click();
  const ambitions = leader.page.locator('section', { has: leader.page.getByRole('heading', { name: 'Ambities van de school' }) });
  await ambitions.getByLabel('Nieuwe ambitie').fill('Elke leerling leest met plezier');
  await ambitions.getByRole('button', { name: 'Ambitie toevoegen' }).click();
  await ambitions.getByText('Elke leerling leest met plezier').waitFor();
  await leader.context.close();

  const { page, context, problems } = await openBoard(VIEWPORTS.laptop);
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.getByLabel('Doel', { exact: true }).fill('Meer leesplezier');
  await page.getByLabel('Over welke leerlingen').fill('groep 5 en 6');
  await page.getByLabel('Wat meten we').fill('leerlingen die thuis lezen');
  await page.getByLabel('Eenheid').selectOption('percentage');
  await page.getByLabel('Beginwaarde').fill('40');
  await page.getByLabel('Streefwaarde').fill('70');
  await page.getByLabel('Ambitie van de school').selectOption({ label: 'Elke leerling leest met plezier (2026-2027)' });
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.getByRole('link', { name: 'Meer leesplezier' }).click();

  await page.getByRole('heading', { level: 1, name: 'Meer leesplezier' }).waitFor();
  await page.getByText('ambitie: Elke leerling leest met plezier').waitFor();
  for (const [day, value] of [['2026-11-09', '45'], ['2026-11-16', '52']]) {
    await page.getByLabel('Een dag in de week').fill(day);
    await page.getByLabel('Waarde', { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Meting opslaan' }).click();
    await page.getByRole('cell', { name: `${value}%` }).waitFor();
  }
  await page.locator('canvas').first().waitFor();
  await page.getByRole('rowheader', { name: 'week van 16 nov' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('board screenshots: touch screen, laptop and phone; read-only for the bestuurder', async () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const { page, context, problems, teamId } = await openBoard(viewport);
    await screenshot(page, `board-${name}`);
    await page.goto(`/teams/${teamId}/sessies`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const goalId = await page.evaluate(async (id) => {
      const board = await (await fetch(`/api/v1/teams/${id}/board`)).json();
      return board.goals.find((g) => g.cycle_id === board.current_cycle_id).id;
    }, teamId);
    await page.goto(`/doelen/${goalId}`);
    await page.getByRole('heading', { name: 'Metingen per week' }).waitFor();
    await page.locator('canvas').first().waitFor();
    await screenshot(page, `goal-${name}`);
    assert.deepEqual(problems, [], name);
    await context.close();
  }

  // The bestuurder reads the board but gets no editing controls.
  const board = await app.open(VIEWPORTS.laptop);
  await signIn(board.page, demoEmail('bestuurder'));
  const teamId = await board.page.evaluate(async () => {
    const { schools } = await (await fetch('/api/v1/schools')).json();
    const school = await (await fetch(`/api/v1/schools/${schools.find((s) => s.name === 'OBS De Regenboog').id}`)).json();
    return school.teams.find((t) => t.name === 'Groep 5-6').id;
  });
  await board.page.goto(`/teams/${teamId}/bord`);
  await board.page.getByText('Alleen lezen').waitFor();
  assert.equal(await board.page.getByRole('button', { name: 'Bordsessie starten' }).count(), 0);
  assert.equal(await board.page.getByLabel('Nieuwe actie').count(), 0);
  assert.equal(await board.page.locator('[data-move-button]').count(), 0);
  await screenshot(board.page, 'board-bestuurder-laptop');
  assert.deepEqual(board.problems, []);
  await board.context.close();
});

test('when the last cycle has ended, the team starts its next cycle on the board', async () => {
  const screen = await app.open(VIEWPORTS.laptop);
  try {
    const { page } = screen;
    await signIn(page, demoEmail('schoolleider'));
    // A new team whose only cycle ended last month, made through the API the page itself uses.
    const teamId = await page.evaluate(async () => {
      const me = await (await fetch('/api/v1/me')).json();
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrf_token };
      const post = async (path, body) => (await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) })).json();
      const team = await post(`/api/v1/schools/${me.memberships[0].school_id}/teams`, { name: 'Werkgroep cycli' });
      const day = (offset) => {
        const d = new Date();
        d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + offset);
        return d.toISOString().slice(0, 10);
      };
      await post(`/api/v1/teams/${team.id}/cycles`, { name: 'Voorjaar', starts_on: day(-70), ends_on: day(-29) });
      return team.id;
    });
    await page.goto(`/teams/${teamId}/bord`);
    await page.getByText('Deze cyclus is afgelopen').waitFor();
    // The board offers the retrospective first; this team starts without one.
    await page.getByRole('button', { name: 'Volgende cyclus starten zonder terugblik' }).click();
    await page.getByLabel('Naam van de cyclus').fill('Najaar');
    await page.getByLabel('Eindigt op').fill(await page.evaluate(() => {
      const d = new Date();
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 41);
      return d.toISOString().slice(0, 10);
    }));
    await page.getByRole('button', { name: 'Cyclus starten' }).click();
    await page.getByText(/^Najaar:/).first().waitFor();
    assert.equal(await page.getByText('Deze cyclus is afgelopen').count(), 0);
  } finally {
    await screen.context.close();
  }
});
