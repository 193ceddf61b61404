// Starts the real samenbeter binary on a free port with demo data in a
// temporary directory, and stops it again. The binary comes from
// SAMENBETER_BIN so the tests never guess which build they exercise.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STARTUP_TIMEOUT_MS = 20_000;
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:(\d+))/;

export function serverBinary() {
  const bin = process.env.SAMENBETER_BIN;
  if (!bin) {
    throw new Error(
      'SAMENBETER_BIN is not set. Point it at the server binary, e.g. ' +
        'SAMENBETER_BIN=$PWD/../../build/release/samenbeter npm test',
    );
  }
  return bin;
}

/** Loads the demo data and serves it; resolves to { baseUrl, stop }. */
export async function startServer() {
  const bin = serverBinary();
  const dataDir = mkdtempSync(join(tmpdir(), 'samenbeter-e2e-'));

  const demo = spawnSync(bin, ['demo', '--data-dir', dataDir], { encoding: 'utf8', timeout: 60_000 });
  if (demo.error || demo.status !== 0) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`"${bin} demo" failed (${demo.error ?? `exit ${demo.status}`}):\n${demo.stdout}\n${demo.stderr}`);
  }

  const child = spawn(bin, ['serve', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('server did not report its port in time')), STARTUP_TIMEOUT_MS);
    function fail(error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      reject(new Error(`${error.message}\n--- server output ---\n${output}`));
    }
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`server exited early (${signal ?? code})`)));
  });
  child.removeAllListeners('exit');

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timeout);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { baseUrl, stop, output: () => output };
}
