// The session record that tells the week. On the classroom screen a session
// starts with the people who have the board open, and closing it with one
// person ticked asks first. On a laptop the record shows the week's
// measurements with their units and the cards moved since the previous
// session, prints on one A4 page, and downloads as PDF and as CSV for Excel.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { screenshot, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { callApi, card, closeRunningSession, column, openBoard } from './lib/board.mjs';

const app = useApp();

const sessionBar = (page) => page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Bordsessie' }) });
/** Pages of a PDF file: its page objects. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test('on the classroom screen a session starts with who has the board open, and closing alone asks first', async () => {
  const screen = await openBoard(app, VIEWPORTS.touchscreen);
  const coach = await openBoard(app, VIEWPORTS.laptop, 'schoolcoach');
  await coach.page.goto(`/teams/${screen.teamId}/bord`);
  await coach.page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  const { page } = screen;
  await closeRunningSession(page, screen.teamId);

  await page.getByRole('button', { name: 'Bordsessie starten' }).click();
  const bar = sessionBar(page);
  await bar.getByRole('button', { name: /^Aanwezig: 2 van/ }).click();
  assert.equal(await bar.getByRole('button', { name: 'Sanne de Vries' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await bar.getByRole('button', { name: 'Lotte Jansen' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await bar.getByRole('button', { name: 'Thijs Mulder' }).getAttribute('aria-pressed'), 'false');

  // The coach leaves the meeting: untick her, so only one is present.
  await bar.getByRole('button', { name: 'Lotte Jansen' }).click();
  await bar.getByRole('button', { name: /^Aanwezig: 1 van/ }).waitFor();
  for (let step = 0; step < 4; step += 1) await bar.getByRole('button', { name: /^Volgende:/ }).click();
  await bar.getByRole('button', { name: 'Sessie afsluiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Maar één persoon aanwezig?' });
  await dialog.getByText('Alleen Sanne de Vries staat als aanwezig aangevinkt.').waitFor();
  await screenshot(page, 'session-close-alone-touchscreen');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  assert.equal(await bar.count(), 1, 'the session still runs');
  await bar.getByRole('button', { name: 'Sessie afsluiten' }).click();
  await dialog.getByRole('button', { name: 'Toch afsluiten' }).click();
  await page.waitForURL(/\/sessies\/\d+$/);
  await page.getByRole('heading', { level: 1, name: /^Bordsessie van/ }).waitFor();

  assert.deepEqual([...screen.problems, ...coach.problems], []);
  await screen.context.close();
  await coach.context.close();
});

test('on a laptop the record tells the week with units, prints on one A4 page and downloads as PDF and CSV', async () => {
  const { page, context, problems, teamId } = await openBoard(app, VIEWPORTS.laptop);
  await closeRunningSession(page, teamId);
  // Since the previous session, before this one: this week's value of a percentage goal, and a card moved on.
  const board = await page.evaluate(async (team) => (await fetch(`/api/v1/teams/${team}/board`)).json(), teamId);
  const goal = board.goals.find((g) => g.cycle_id === board.current_cycle_id && g.unit === 'percentage');
  const week = await page.evaluate(() => {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  });
  const existing = goal.measurements.find((m) => m.week === week);
  await callApi(page, 'PUT', `/goals/${goal.id}/measurements/${week}`, existing ? { value: 52, version: existing.version } : { value: 52 });
  const todo = column(page, /^Te doen/).locator('[data-card-id]').first();
  const moved = (await todo.locator('h4').innerText()).trim();
  await todo.getByRole('button', { name: `Verplaats ${moved} (of pijltje links/rechts)` }).focus();
  await page.keyboard.press('ArrowRight');
  await column(page, /^Mee bezig/).locator(card(page, moved)).waitFor();

  const started = await callApi(page, 'POST', `/teams/${teamId}/session`, {});
  const coach = board.members.find((m) => m.name === 'Lotte Jansen');
  const session = await callApi(page, 'PATCH', `/sessions/${started.id}`, { attendance: [...started.attendance, coach.user_id], version: started.version });
  const record = await callApi(page, 'POST', `/sessions/${session.id}/close`, { version: session.version });
  await page.goto(`/sessies/${record.id}`);
  await page.getByRole('heading', { level: 1, name: /^Bordsessie van/ }).waitFor();

  await page.getByRole('row', { name: new RegExp(`${goal.title}.*52%`) }).waitFor();
  const movedList = page.locator('section', { has: page.getByRole('heading', { name: 'Verplaatste acties' }) });
  await movedList.getByText(`${moved}: Te doen → Mee bezig`).waitFor();
  await screenshot(page, 'session-record-laptop');

  // On paper: one A4 page, without the site's header and the buttons.
  const printed = await page.pdf({ format: 'A4' });
  assert.equal(pageCount(printed), 1, 'the record prints on one A4 page');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'PDF downloaden' }).isVisible(), false);
  assert.equal(await page.locator('.site-header').isVisible(), false);
  await page.emulateMedia({ media: null });

  // CSV for a Dutch Excel: BOM, header row, semicolons, the unit kept.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV downloaden (Excel)' }).click()]);
  assert.match(csvDownload.suggestedFilename(), /^bordsessie-groep-5-6-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await csvDownload.path());
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = csv.toString('utf8').slice(1).split('\r\n');
  assert.equal(lines[0], 'Onderdeel;Tekst;Week;Waarde;Verandering');
  assert.ok(lines.some((l) => l.startsWith(`Metingen;${goal.title};week van `) && l.endsWith(';52%;')), lines.join('\n'));
  assert.ok(lines.includes(`Verplaatste acties;${moved};;;Te doen → Mee bezig`));
  assert.ok(lines.includes('Aanwezig;Lotte Jansen;;;'));

  // PDF, made in the browser: one A4 page.
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF downloaden' }).click()]);
  assert.match(pdfDownload.suggestedFilename(), /^bordsessie-groep-5-6-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readFile(await pdfDownload.path());
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.equal(pageCount(pdf), 1);
  assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);

  // A record from the demo's history prints on one page too.
  const history = await page.evaluate(async (team) => (await fetch(`/api/v1/teams/${team}/sessions`)).json(), teamId);
  await page.goto(`/sessies/${history.sessions.at(-1).id}`);
  await page.getByRole('heading', { level: 1, name: /^Bordsessie van/ }).waitFor();
  assert.equal(pageCount(await page.pdf({ format: 'A4' })), 1);

  assert.deepEqual(problems, []);
  await context.close();
});
