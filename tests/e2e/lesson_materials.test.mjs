// Issue 12 point 1 and issue 13 point 3 end to end: Sanne adds materials to a lesson design in the editor — one file by the button
// (keyboard), one by dropping it on the drop area — sees them uploaded, Thijs downloads the worksheet in his own
// browser and gets the same bytes, a file of a refused type is explained, and Sanne removes one again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { demoEmail, screenshot, signIn, VIEWPORTS } from './lib/browser.mjs';
import { useApp } from './lib/app.mjs';
import { callApi, teacherTeamId } from './lib/board.mjs';

const app = useApp();

async function signedIn(who, viewport = VIEWPORTS.laptop) {
  const screen = await app.open(viewport);
  await signIn(screen.page, who.includes('@') ? who : demoEmail(who));
  return screen;
}

test('upload by button and by drag and drop, download in another browser, refused type explained, remove', async () => {
  const sanne = await signedIn('leraar');
  const { page } = sanne;
  const teamId = await teacherTeamId(page);
  const designs = await callApi(page, 'GET', `/teams/${teamId}/lesson-designs`);
  const design = designs[0];
  await page.goto(`/lesontwerpen/${design.id}`);
  await page.getByRole('heading', { level: 1, name: design.title }).waitFor();
  const materials = page.getByRole('region', { name: 'Materialen (bestanden)' }).or(page.locator('section[aria-labelledby="materials-heading"]'));

  // By the button, as with the keyboard: the file input is focusable and named.
  const worksheet = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200_000, 'x')]);
  const chooser = page.getByLabel('Bestanden kiezen');
  await chooser.focus();
  await chooser.setInputFiles({ name: 'Werkblad getallenlijn.pdf', mimeType: 'application/pdf', buffer: worksheet });
  await materials.getByRole('link', { name: 'Werkblad getallenlijn.pdf' }).waitFor();

  // By drag and drop onto the drop area.
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await page.locator('.dropzone').evaluate((zone, bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'Plaatje breuken.png', { type: 'image/png' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [...png]);
  await materials.getByRole('link', { name: 'Plaatje breuken.png' }).waitFor();

  // A file whose name says pdf but which is not: the server refuses it and the editor says why.
  await chooser.setInputFiles({ name: 'nep.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>geen pdf</html>') });
  await materials.getByRole('alert').filter({ hasText: 'Dit soort bestand kan niet' }).waitFor();
  await screenshot(page, 'lesson-materials-laptop');

  // Thijs, in his own browser on his phone, downloads the worksheet: the same bytes.
  const thijs = await signedIn('thijs.mulder@demo.samenbeter.nl', VIEWPORTS.phone);
  await thijs.page.goto(`/lesontwerpen/${design.id}`);
  const [download] = await Promise.all([
    thijs.page.waitForEvent('download'),
    thijs.page.getByRole('link', { name: 'Werkblad getallenlijn.pdf' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'Werkblad getallenlijn.pdf');
  assert.ok(readFileSync(await download.path()).equals(worksheet), 'the downloaded worksheet is the uploaded one');

  // Sanne removes the picture again, after confirming.
  await materials.getByRole('button', { name: 'Weghalen Plaatje breuken.png' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Weghalen' }).click();
  await materials.getByRole('link', { name: 'Plaatje breuken.png' }).waitFor({ state: 'detached' });
  const list = await callApi(page, 'GET', `/lesson-designs/${design.id}/materials`);
  assert.deepEqual(list.materials.map((m) => m.name), ['Werkblad getallenlijn.pdf']);
  assert.deepEqual([...sanne.problems, ...thijs.problems], []);
});

test('beside her visit of a lesson design, Sanne sees what students said in the round about that design; Thijs does not', async () => {
  const sanne = await signedIn('leraar');
  const mine = await callApi(sanne.page, 'GET', '/me/lesson-visits');
  const me = await callApi(sanne.page, 'GET', '/me');
  let visitId = null;
  for (const v of [...mine.coming, ...mine.done].filter((x) => x.teacher_id === me.user.id)) {
    const found = await callApi(sanne.page, 'GET', `/lesson-visits/${v.id}/voice-results`);
    if (found.rounds.length) visitId = v.id;
  }
  assert.ok(visitId, 'the demo links a round to a visited design');
  await sanne.page.goto(`/lesbezoeken/${visitId}`);
  const section = sanne.page.getByRole('region', { name: 'Wat leerlingen zeiden over dit lesontwerp' });
  await section.waitFor();
  await section.getByRole('link', { name: 'Breuken, les 2' }).waitFor();
  await section.getByText(/Gemiddeld [\d,]+ van 3/).first().waitFor();
  await screenshot(sanne.page, 'lesson-visit-voice-laptop');

  const thijs = await signedIn('thijs.mulder@demo.samenbeter.nl', VIEWPORTS.phone);
  await thijs.page.goto(`/lesbezoeken/${visitId}`);
  await thijs.page.getByRole('heading', { level: 1 }).waitFor();
  await thijs.page.waitForLoadState('networkidle');
  assert.equal(await thijs.page.getByRole('region', { name: 'Wat leerlingen zeiden over dit lesontwerp' }).count(), 0);
  assert.deepEqual([...sanne.problems, ...thijs.problems], []);
});
