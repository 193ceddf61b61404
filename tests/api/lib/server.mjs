// Starts the real samenbeter binary on 127.0.0.1 with a fresh temporary data
// folder (optionally with the demo data) and stops it again.
//
// With SAMENBETER_TEST_POSTGRES_URL (make test sets it for the second run of
// the API tests) the server keeps its data in PostgreSQL instead: a database
// of its own, named after the data folder, so a restart on the same folder
// finds the same data; stop() drops it with the folder.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const bin = process.env.SAMENBETER_BIN;
if (!bin) throw new Error('Set SAMENBETER_BIN to the samenbeter binary (make test does).');

const postgres = process.env.SAMENBETER_TEST_POSTGRES_URL;

/** The database of a data folder: the SQLite file in it, or its own PostgreSQL database. */
export function databaseOf(dir) {
  if (!postgres) return { kind: 'sqlite', file: join(dir, 'samenbeter.sqlite') };
  const name = 'sb_' + basename(dir).replace(/[^a-zA-Z0-9]/g, '_').toLowerCase();
  const url = new URL(postgres);
  const adminUrl = url.toString();
  url.pathname = '/' + name;
  return { kind: 'postgres', name, url: url.toString(), adminUrl };
}

function createDatabase(dir) {
  const db = databaseOf(dir);
  if (db.kind !== 'postgres') return;
  const exists = execFileSync('psql', [db.adminUrl, '-Atc', `SELECT 1 FROM pg_database WHERE datname = '${db.name}'`], { encoding: 'utf8' });
  if (!exists.trim()) execFileSync('psql', [db.adminUrl, '-qc', `CREATE DATABASE ${db.name}`], { stdio: 'pipe' });
}

function dropDatabase(dir) {
  const db = databaseOf(dir);
  if (db.kind === 'postgres') execFileSync('psql', [db.adminUrl, '-qc', `DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`], { stdio: 'pipe' });
}

/** The environment of the binary for a data folder: its database, and fast password hashing. */
export function serverEnv(dir) {
  const env = { ...process.env, SAMENBETER_INSECURE_FAST_HASH: '1' };
  if (postgres) {
    createDatabase(dir);
    env.SAMENBETER_DATABASE = databaseOf(dir).url;
  }
  return env;
}

/** Loads the demo data for a data folder before a server starts on it (startServer does this for a new folder). */
export function loadDemo(dir) {
  execFileSync(bin, ['demo', '--data-dir', dir], { env: serverEnv(dir), stdio: 'pipe' });
}

export async function startServer({ demo = true, args = [], dataDir } = {}) {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'sb-api-'));
  const env = serverEnv(dir);
  if (demo && !dataDir) loadDemo(dir);
  const child = spawn(bin, ['serve', '--data-dir', dir, '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start:\n' + output)), 20000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  let stopping = false;
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => {
    // A server that dies on its own is a bug: say how, with what it last wrote, so a failing test names the cause.
    if (!stopping && signal !== 'SIGKILL') process.stderr.write(`samenbeter exited unexpectedly (code ${code}, signal ${signal}):\n${output.slice(-16000)}\n`);
    resolve({ code, signal });
  }));
  return {
    port,
    dir,
    base: `http://127.0.0.1:${port}`,
    log: () => output,
    exited,
    // Ends the process as a crash would (kill -9): no shutdown, no goodbye to its screens.
    kill() { child.kill('SIGKILL'); },
    async stop({ keepData = false } = {}) {
      stopping = true;
      if (child.exitCode === null) child.kill('SIGTERM');
      const result = await exited;
      if (!keepData) {
        rmSync(dir, { recursive: true, force: true });
        dropDatabase(dir);
      }
      return result;
    },
  };
}
