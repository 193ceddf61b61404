// Starts the real samenbeter binary on 127.0.0.1 with a fresh temporary data
// folder (optionally with the demo data) and stops it again.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = process.env.SAMENBETER_BIN;
if (!bin) throw new Error('Set SAMENBETER_BIN to the samenbeter binary (make test does).');

export async function startServer({ demo = true, args = [], dataDir } = {}) {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'sb-api-'));
  const env = { ...process.env, SAMENBETER_INSECURE_FAST_HASH: '1' };
  if (demo && !dataDir) execFileSync(bin, ['demo', '--data-dir', dir], { env, stdio: 'pipe' });
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
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    port,
    dir,
    base: `http://127.0.0.1:${port}`,
    log: () => output,
    exited,
    async stop({ keepData = false } = {}) {
      if (child.exitCode === null) child.kill('SIGTERM');
      const result = await exited;
      if (!keepData) rmSync(dir, { recursive: true, force: true });
      return result;
    },
  };
}
