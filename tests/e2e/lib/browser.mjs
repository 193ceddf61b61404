// Debian's Chromium driven by playwright-core; no browser is ever downloaded.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1366, height: 768 },
  touchscreen: { width: 1920, height: 1080 },
};

export const DEMO_PASSWORD = 'demo-samenbeter';
export const demoEmail = (who) => `${who}@demo.samenbeter.nl`;

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh context (own cookies) and page. Collects script errors and CSP
 * violations so a test can assert the app runs under the server's strict CSP.
 * The browser speaks Dutch unless `locale` says otherwise (e.g. 'en-US').
 */
export async function openPage(browser, baseUrl, viewport = VIEWPORTS.laptop, { locale = 'nl-NL', touch = false } = {}) {
  // `touch`: a phone or tablet (touch events, a coarse pointer) instead of a mouse.
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) {
      problems.push(`CSP: ${text}`);
    }
  });
  return { context, page, problems };
}

/** Signs in on the (Dutch) sign-in page; `welcome` is the home heading to wait for (the account's language). */
export async function signIn(page, email, password = DEMO_PASSWORD, welcome = /^Welkom/) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { level: 1, name: welcome }).waitFor();
}

export async function signOut(page) {
  // On a phone the main menu folds behind its button.
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL((url) => url.pathname === '/inloggen');
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
