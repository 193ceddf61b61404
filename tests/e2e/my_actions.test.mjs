// Mijn acties on a phone (issue 11, point 5): a coach who also teaches finds
// her open actions of both teams — the overdue one first, marked in words —
// and the obstacle she raised with the leadership's answer, and opens a card on
// its board. And the account page's switches for the mail about one's work:
// on until switched off, kept after a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { callApi } from './lib/board.mjs';

const app = useApp();

const addDays = (date, days) => {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function signedIn(who, viewport) {
  const screen = await app.open(viewport);
  await signIn(screen.page, demoEmail(who));
  return screen;
}

test('on a phone, Mijn acties lists a coach’s actions of both her teams, overdue first, and opens a card on its board', async () => {
  const coach = await signedIn('schoolcoach', VIEWPORTS.phone);
  const { page, problems } = coach;
  // Her teams: the school's Groep 5-6 (as coach) and Groep 3-4 (as teacher).
  const setup = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const schoolId = me.memberships[0].school_id;
    const school = await (await fetch(`/api/v1/schools/${schoolId}`)).json();
    const work = await (await fetch('/api/v1/me/work')).json();
    return {
      me: me.user.id,
      today: work.today,
      ownTeam: me.memberships.find((m) => m.role === 'leraar').team_id,
      coachedTeam: school.teams.find((t) => t.name === 'Groep 5-6').id,
    };
  });
  const late = await callApi(page, 'POST', `/teams/${setup.coachedTeam}/items`,
    { kind: 'action', text: 'Feedback geven op de leesles', owner_ids: [setup.me], due_on: addDays(setup.today, -4) });
  await callApi(page, 'POST', `/teams/${setup.ownTeam}/items`,
    { kind: 'action', text: 'Rekenhoek opruimen', owner_ids: [setup.me], due_on: addDays(setup.today, 3) });
  await callApi(page, 'POST', `/teams/${setup.ownTeam}/items`, { kind: 'action', text: 'Ooit: prentenboeken sorteren', owner_ids: [setup.me] });
  const raised = await callApi(page, 'POST', `/teams/${setup.ownTeam}/items`, { kind: 'obstacle', text: 'Geen ruimte voor de bordsessie' });
  const handed = await callApi(page, 'POST', `/items/${raised.id}/to-leadership`, { version: raised.version });
  const leader = await signedIn('schoolleider', VIEWPORTS.laptop);
  await callApi(leader.page, 'POST', `/items/${raised.id}/leadership-reply`, { reply: 'Neem de teamkamer, die is dan vrij.', version: handed.version });
  await leader.context.close();

  // From the main menu, which folds behind one button on a phone and closes on Escape.
  const menuButton = page.getByRole('button', { name: 'Menu' });
  assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false, 'folded on a phone');
  await menuButton.click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn acties' }).focus();
  await page.keyboard.press('Escape');
  assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Menu', 'focus back on the button');
  await menuButton.click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn acties' }).click();
  await page.waitForURL('**/mijn-acties');
  await page.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
  const actions = page.getByRole('region', { name: /open acties?$/ }).getByRole('listitem');
  await actions.first().waitFor();
  const texts = await actions.locator('a').allInnerTexts();
  const ours = texts.filter((text) => ['Feedback geven op de leesles', 'Rekenhoek opruimen', 'Ooit: prentenboeken sorteren'].includes(text));
  assert.deepEqual(ours, ['Feedback geven op de leesles', 'Rekenhoek opruimen', 'Ooit: prentenboeken sorteren']);
  assert.equal(texts[0], 'Feedback geven op de leesles', 'the overdue action comes first');
  const first = actions.first();
  assert.match(await first.innerText(), /Te laat/);
  assert.match(await first.innerText(), /Groep 5-6 · OBS De Regenboog/);
  assert.match(await actions.filter({ hasText: 'Rekenhoek opruimen' }).innerText(), /Groep 3-4 · OBS De Regenboog/);
  assert.match(await actions.filter({ hasText: 'Ooit: prentenboeken sorteren' }).innerText(), /geen datum/);
  await page.getByText(/1 actie is over tijd|\d+ acties zijn over tijd/).waitFor();

  // The obstacle she raised, with the leadership's answer.
  const obstacle = page.getByRole('region', { name: 'Mijn obstakels' }).getByRole('listitem').filter({ hasText: 'Geen ruimte voor de bordsessie' });
  assert.match(await obstacle.innerText(), /Beantwoord/);
  assert.match(await obstacle.innerText(), /Schoolleiding: Neem de teamkamer, die is dan vrij\./);

  // Everything fits the phone's width: nothing scrolls sideways, every link is a finger's size.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
  const box = await first.getByRole('link').boundingBox();
  assert.ok(box && box.height >= 44, `link height ${box?.height}`);

  // The card on its board, scrolled into view.
  await first.getByRole('link', { name: 'Feedback geven op de leesles' }).click();
  await page.waitForURL((url) => url.pathname === `/teams/${setup.coachedTeam}/bord` && url.searchParams.get('kaart') === String(late.id));
  await page.getByRole('heading', { level: 1, name: /^Teambord/ }).waitFor();
  const card = page.locator(`[data-card-id="${late.id}"]`);
  await card.waitFor();
  await page.waitForFunction((id) => {
    const rect = document.querySelector(`[data-card-id="${id}"]`).getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight;
  }, late.id, { timeout: 5_000 });
  assert.deepEqual(problems, []);
  await coach.context.close();
});

test('who owns no actions gets no Mijn acties in the menu', async () => {
  const bestuurder = await signedIn('bestuurder', VIEWPORTS.laptop);
  const menu = bestuurder.page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Account' }).waitFor();
  assert.equal(await menu.getByRole('link', { name: 'Mijn acties' }).count(), 0);
  await bestuurder.context.close();
  const leader = await signedIn('schoolleider', VIEWPORTS.laptop);
  await leader.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn acties' }).waitFor();
  await leader.context.close();
});

test('the account page switches each mail about one’s work; a switch stays as set after a reload', async () => {
  const teacher = await signedIn('leraar', VIEWPORTS.phone);
  const { page, problems } = teacher;
  await page.goto('/account');
  const mail = page.getByRole('region', { name: 'Mail over je werk' });
  const assigned = mail.getByRole('switch', { name: 'Als iemand je een actie geeft' });
  const answered = mail.getByRole('switch', { name: 'Als de schoolleiding je obstakel beantwoordt' });
  const digest = mail.getByRole('switch', { name: 'Elke maandag: je acties die over tijd zijn' });
  await digest.waitFor();
  for (const toggle of [assigned, answered, digest]) assert.equal(await toggle.isChecked(), true);

  await digest.click();
  await page.getByRole('status').filter({ hasText: 'Opgeslagen: Elke maandag: je acties die over tijd zijn staat uit.' }).waitFor();
  assert.equal(await digest.isChecked(), false);
  await answered.click();
  await page.getByRole('status').filter({ hasText: 'staat uit' }).filter({ hasText: 'obstakel' }).waitFor();

  await page.reload();
  await digest.waitFor();
  assert.equal(await digest.isChecked(), false);
  assert.equal(await answered.isChecked(), false);
  assert.equal(await assigned.isChecked(), true);
  const stored = await page.evaluate(async () => (await fetch('/api/v1/me/notifications')).json());
  assert.deepEqual(stored, { action_assigned: true, obstacle_answered: false, overdue_digest: false });

  // On again, with the keyboard.
  await digest.focus();
  await page.keyboard.press('Space');
  await page.getByRole('status').filter({ hasText: 'staat aan' }).waitFor();
  assert.equal(await digest.isChecked(), true);
  await answered.click();
  await page.getByRole('status').filter({ hasText: 'Als de schoolleiding je obstakel beantwoordt staat aan' }).waitFor();
  assert.deepEqual(problems, []);
  await teacher.context.close();
});
