// The rhythm above the team (issue 17). The bestuurder opens the overview of
// her schools, sees a week that one of De Regenboog's teams missed, follows it
// to that school's teams and from there to the team's week. The school leader
// sees her school's rhythm; the cascade shows an ambition nobody serves. The
// page prints without the site's header and menus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoEmail, screenshot, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { callApi } from './lib/board.mjs';

const app = useApp();

test('the bestuurder opens the overview and follows a gap to the team\'s week', async () => {
  const { context, page } = await app.open(VIEWPORTS.laptop);
  await signIn(page, demoEmail('bestuurder'));
  await page.getByRole('link', { name: 'Ritme' }).click();
  await page.waitForURL(/\/besturen\/\d+\/ritme$/);
  await page.getByRole('heading', { level: 1, name: 'Ritme van Stichting Samen Leren' }).waitFor();
  const overview = page.getByRole('table', { name: /^Overzicht per school en team/ });
  await overview.getByRole('row', { name: /Onderbouw havo\/vwo/ }).getByText('↘ dalend').waitFor();
  await overview.getByRole('row', { name: /Groep 5-6/ }).getByText('→ stabiel').waitFor();
  await screenshot(page, 'rhythm-bestuur-laptop');

  // In the heatmap a week of De Regenboog shows only partly held: a gap in one of its teams.
  const heatmap = page.getByRole('table', { name: /^Weekritme/ });
  const regenboog = heatmap.getByRole('row', { name: /OBS De Regenboog/ });
  const partly = regenboog.locator('td.cell.partly a').first();
  assert.match(await partly.textContent(), /deels gehouden/);
  await partly.click();
  await page.waitForURL(/\/scholen\/\d+\/ritme\?week=\d{4}-\d{2}-\d{2}$/);
  const week = new URL(page.url()).searchParams.get('week');
  await page.getByRole('heading', { level: 1, name: 'Ritme van OBS De Regenboog' }).waitFor();

  // The marked week: Groep 3-4 held no board session.
  const team = page.getByRole('table', { name: /^Weekritme/ }).getByRole('row', { name: /Groep 3-4/ });
  await team.waitFor();
  const missed = team.locator('td.cell.missed.marked a');
  assert.match(await missed.textContent(), /geen bordsessie/);
  await missed.click();
  await page.waitForURL(new RegExp(`/teams/\\d+/ritme/${week}$`));
  await page.getByRole('heading', { level: 1, name: /^Week van/ }).waitFor();
  await page.getByText('Groep 3-4 · OBS De Regenboog').waitFor();
  await page.getByText('geen bordsessie').waitFor();
  await screenshot(page, 'rhythm-week-laptop');
  await context.close();
});

test('the school leader sees her teams by keyboard and phone; the cascade shows an unserved ambition', async () => {
  const { context, page } = await app.open(VIEWPORTS.phone);
  await signIn(page, demoEmail('schoolleider'));
  await page.goto('/ritme');
  await page.waitForURL(/\/scholen\/\d+\/ritme$/);
  await page.getByRole('heading', { level: 1, name: 'Ritme van OBS De Regenboog' }).waitFor();
  // Arrow keys move from week to week inside the heatmap.
  const first = page.locator('td.cell a[data-row="0"][data-col]').first();
  await first.focus();
  const col = Number(await first.getAttribute('data-col'));
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-col')), String(col + 1));
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-row')), '1');
  await screenshot(page, 'rhythm-school-phone');

  await page.setViewportSize(VIEWPORTS.laptop);
  await page.getByRole('link', { name: 'Van ambitie tot klas (cascade)' }).click();
  await page.getByRole('heading', { level: 1, name: /^Van ambitie tot klas/ }).waitFor();
  await page.getByText('Geen teamdoel werkt aan deze ambitie').first().waitFor();
  await screenshot(page, 'rhythm-cascade-laptop');

  // Printed: no site header, no buttons.
  await page.goto(page.url().replace('/cascade', '/ritme'));
  await page.getByRole('table', { name: /^Weekritme/ }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
  await context.close();
});

/** What sticks out sideways on the page as it is now: the page's own scroll and elements past the viewport's edge. */
const overflow = (page, selector) =>
  page.evaluate((selector) => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll(`${selector}, ${selector} *`)]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1);
      })
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 30)}"`);
    return { pageScroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
  }, selector);

/** The part of `locator`'s first letter that a scrolled frame around it hides (0 when it is in sight). */
const firstLetterHidden = (locator) =>
  locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, (n) => (n.textContent.trim() ? 1 : 3));
    const text = walker.nextNode();
    const range = document.createRange();
    const start = text.textContent.search(/\S/);
    range.setStart(text, start);
    range.setEnd(text, start + 1);
    const letter = range.getBoundingClientRect();
    let hidden = 0;
    for (let frame = element.parentElement; frame; frame = frame.parentElement) {
      if (getComputedStyle(frame).overflowX === 'visible') continue;
      const box = frame.getBoundingClientRect();
      hidden = Math.max(hidden, box.left - letter.left, letter.right - box.right);
    }
    return Math.max(0, hidden);
  });

test('on a phone the bestuurder reads every team\'s figures without scrolling sideways, in Dutch and English', async () => {
  for (const [viewport, locale, rowName, trend] of [
    [{ width: 360, height: 740 }, 'nl', /Onderbouw havo\/vwo/, '↘ dalend'],
    [VIEWPORTS.phone, 'en', /Onderbouw havo\/vwo/, '↘ falling'],
  ]) {
    const { context, page } = await app.open(viewport, { touch: true });
    await signIn(page, demoEmail('bestuurder'));
    await callApi(page, 'PATCH', '/me', { locale });
    await page.evaluate((chosen) => localStorage.setItem('samenbeter.locale', chosen), locale);
    await page.goto('/ritme');
    const overview = page.getByRole('table', { name: locale === 'nl' ? /^Overzicht per school en team/ : /^Overview per school and team/ });
    // Still a table for a screen reader: rows with their header and cells.
    const row = overview.getByRole('row', { name: rowName });
    await row.getByRole('cell', { name: trend }).waitFor();
    assert.deepEqual(await overflow(page, 'table.overview'), { pageScroll: 0, wide: [] }, `${viewport.width} px, ${locale}`);
    const box = await row.getByRole('cell', { name: trend }).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `the trend is in sight at ${viewport.width} px`);

    // The heatmap scrolls inside its frame only; its caption, the names and this week are in sight at first,
    // and each week is a finger's size.
    const heatmap = page.getByRole('table', { name: /^(Weekritme|Weekly rhythm)/ });
    await heatmap.waitFor();
    assert.equal(await firstLetterHidden(page.locator('.heatmap-caption, .heatmap caption').first()), 0);
    const frame = await page.locator('.heatmap-scroll').boundingBox();
    const now = await heatmap.locator('th.week.now').boundingBox();
    assert.ok(now.x >= frame.x && now.x + now.width <= frame.x + frame.width, 'this week is in sight');
    await page.locator('.heatmap-scroll').evaluate((element) => (element.scrollLeft = element.scrollWidth));
    const name = await heatmap.getByRole('rowheader').first().boundingBox();
    assert.ok(name.x >= frame.x && name.x < frame.x + 20, 'the names stay in sight when the weeks scroll');
    const small = await page.locator('main table a').evaluateAll((links) =>
      links.map((link) => link.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).length);
    assert.equal(small, 0, 'links in the tables are at least 44 × 44 px on touch');
    assert.deepEqual((await overflow(page, 'main')).pageScroll, 0);
    await screenshot(page, `rhythm-bestuur-phone-${viewport.width}-${locale}`);
    await context.close();
  }
});

test('on a laptop the heatmap\'s caption keeps its first letter and the page does not scroll sideways', async () => {
  // An English browser, a Dutch account: the page speaks Dutch throughout.
  const { context, page } = await app.open({ width: 1280, height: 800 }, { locale: 'en-GB' });
  await signIn(page, demoEmail('schoolleider'));
  await page.goto('/ritme');
  const heatmap = page.getByRole('table', { name: /^Weekritme/ });
  await heatmap.waitFor();
  assert.equal(await firstLetterHidden(page.locator('.heatmap-caption, .heatmap caption').first()), 0);
  assert.equal((await overflow(page, 'main')).pageScroll, 0);
  // The months are named in the reader's language, whatever the browser's.
  assert.equal(await heatmap.locator('tr.months td', { hasText: /^okt/ }).count(), 1);
  await context.close();
});
