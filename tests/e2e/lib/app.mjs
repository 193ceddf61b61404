// The app under test for one test file: a server with demo data and one
// headless browser, started before the file's tests and stopped after them.
import { after, before } from 'node:test';
import { launchBrowser, openPage, VIEWPORTS } from './browser.mjs';
import { startServer } from './server.mjs';

export function useApp() {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    // A fresh browser context (its own cookies) on the app: see openPage.
    open: (viewport = VIEWPORTS.laptop, options = {}) => openPage(browser, server.baseUrl, viewport, options),
    // What the server wrote so far: without SMTP its log holds every mail, links included.
    output: () => server.output(),
  };
}
