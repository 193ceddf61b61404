// The command line says why a command failed: the message on standard error and a non-zero exit code, never a
// silent exit 1 (CLI11 prints nothing for a command's own errors unless main() does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const samenbeter = (...args) => spawnSync(process.env.SAMENBETER_BIN, args, { encoding: 'utf8', env: { ...process.env, SAMENBETER_DATABASE: '' } });

test('a database that cannot be opened is named on standard error', () => {
  const run = samenbeter('migrate', '--database', 'postgresql://nobody@localhost/none?host=/nonexistent-samenbeter');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /samenbeter: Cannot (open the database|connect to PostgreSQL): .*nonexistent-samenbeter/);
});

test('a backup refuses to overwrite a file and says so', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const existing = join(dir, 'earlier.sqlite');
  writeFileSync(existing, 'an earlier backup');
  const run = samenbeter('backup', '--data-dir', join(dir, 'data'), '--to', existing);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /samenbeter: Refusing to overwrite .*earlier\.sqlite/);
});
