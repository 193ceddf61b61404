// The demo teacher's team board, for tests of the board: open it signed in,
// find its columns and cards, and change it through the API the page uses.
import { demoEmail, signIn } from './browser.mjs';

/** The demo teacher's team ("Groep 5-6"), found through /me. */
export async function teacherTeamId(page) {
  return page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    return me.memberships.find((m) => m.role === 'leraar').team_id;
  });
}

/** Signs `who` in on a fresh screen and opens the teacher's team board once it is live. */
export async function openBoard(app, viewport, who = 'leraar', options = {}) {
  const screen = await app.open(viewport, options);
  await signIn(screen.page, demoEmail(who));
  const teamId = await teacherTeamId(screen.page);
  await screen.page.goto(`/teams/${teamId}/bord`);
  await screen.page.getByRole('heading', { level: 1, name: /^Teambord/ }).waitFor();
  await screen.page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  return { ...screen, teamId };
}

export const column = (page, name) =>
  page.locator('section[data-column]', { has: page.getByRole('heading', { level: 3, name }) });
export const card = (page, text) => page.locator('[data-card-id]', { hasText: text });

/** A request as the signed-in user of `page`, with the CSRF token; resolves to the JSON answer. */
export async function callApi(page, method, path, body) {
  return page.evaluate(async ({ method, path, body }) => {
    const me = await (await fetch('/api/v1/me')).json();
    const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrf_token };
    const response = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  }, { method, path, body });
}

/** Closes the team's running board session, if any, so the next test starts without one. */
export async function closeRunningSession(page, teamId) {
  const board = await page.evaluate(async (team) => (await fetch(`/api/v1/teams/${team}/board`)).json(), teamId);
  if (board.session) {
    await callApi(page, 'POST', `/sessions/${board.session.id}/close`, { version: board.session.version, confirm_alone: true });
  }
}
