// Issue 15, point 11: a stored pool of 2,000 mentors and 2,000 mentees, then
// in the browser from the click on "Koppelen" to the review screen showing
// the new run's first pairs (load the pool, run the engine, save the run,
// fetch the first page, render). Baseline in the same run: reloading the
// review page of an existing run (no engine). Also the step to the next page
// of 100 rows. Prints one JSON object.
//   node bench/mentoring/browser.mjs BASE [runs]
import { launchBrowser, openPage, signIn } from '../../tests/e2e/lib/browser.mjs';

const [base, runsText = '3'] = process.argv.slice(2);
const runs = Number(runsText);
const REGIONS = ['noord', 'midden', 'zuid'];

async function staffSession() {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'programma@demo.samenbeter.nl', password: 'demo-samenbeter' }) });
  const cookie = /sb_session=[^;]+/.exec(login.headers.get('set-cookie'))[0];
  const csrf = (await login.json()).csrf_token;
  return (path, body) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, json: await r.json() }));
}

function pool(size) {
  const mentors = ['id;naam;organisatie;functie;spoor;jaren_in_rol;teamgrootte;jaren_continu_verbeteren;capaciteit;regio;sectoren;vorm;maanden;onderwerpen'];
  const mentees = ['id;naam;school;rol;sector;regio;vorm;maanden;onderwerpen'];
  for (let i = 0; i < size; i++) {
    const leader = i % 2 === 0;
    mentors.push([`B${i}`, `Mentor ${i}`, `Bedrijf ${i % 97}`, leader ? 'Teamleider' : 'Agile coach', leader ? 'leidinggevende' : 'expert',
      3 + (i % 9), leader ? 16 + (i % 50) : 0, leader ? 2 : 5 + (i % 7), 1 + (i % 2), REGIONS[i % 3], ['PO', 'VO', 'PO, VO'][i % 3],
      ['beide', 'online', 'in persoon'][i % 3], ['dec jan feb mrt', 'jan feb', 'dec mrt'][i % 3], ['lean, dagstart', 'feedback, doelen', 'coaching'][i % 3]].join(';'));
    mentees.push([`T${i}`, `Mentee ${i}`, `School ${i}`, i % 2 === 0 ? 'schoolleider' : 'schoolcoach', ['PO', 'VO'][i % 2],
      REGIONS[(i * 7) % 3], ['beide', 'online'][i % 2], ['dec jan', 'feb mrt', ''][i % 3], ['dagstart, lean', 'doelen', 'coaching, feedback'][i % 3]].join(';'));
  }
  return { mentors: mentors.join('\n'), mentees: mentees.join('\n') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const post = await staffSession();
const sheets = pool(2000);
// In sheets of 100 rows: a request body's text field has the server's length limit.
for (const side of ['mentors', 'mentees']) {
  const [header, ...rows] = sheets[side].split('\n');
  for (let i = 0; i < rows.length; i += 100) {
    const imported = await post('/api/v1/staff/mentoring/pool/import', { side, csv: [header, ...rows.slice(i, i + 100)].join('\n') });
    if (imported.status !== 200) throw new Error(`import ${side}: ${JSON.stringify(imported.json).slice(0, 300)}`);
  }
}

const browser = await launchBrowser();
const { page } = await openPage(browser, base);
await signIn(page, 'programma@demo.samenbeter.nl');
await page.goto('/mentoring/beheer');
await page.locator('table.pairs tbody tr').first().waitFor();
const caption = () => page.locator('table.pairs caption').textContent();
const pairUp = [];
const reload = [];
const nextPage = [];
let pairs = 0;
for (let k = 0; k < runs; k++) {
  const started = Date.now();
  await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
  // Said once the new run's first page is fetched and shown (the old run's rows stay until then).
  await page.getByText('De koppelmotor is klaar.').waitFor({ timeout: 120_000 });
  await page.locator('table.pairs tbody tr').first().waitFor();
  pairUp.push(Date.now() - started);
  pairs = Number(/van (\d+)/.exec(await caption())[1]);

  const nextStarted = Date.now();
  await page.getByRole('button', { name: 'Volgende 100' }).click();
  await page.waitForFunction(() => /^Koppels 101 /.test(document.querySelector('table.pairs caption')?.textContent ?? ''));
  nextPage.push(Date.now() - nextStarted);

  const reloadStarted = Date.now();
  await page.reload();
  await page.locator('table.pairs tbody tr').first().waitFor();
  reload.push(Date.now() - reloadStarted);
}
await browser.close();
console.log(JSON.stringify({ pairs, pair_up_ms: median(pairUp), reload_ms: median(reload), next_page_ms: median(nextPage), all: { pairUp, reload, nextPage } }));
