// Reads a test server's database directly, on SQLite (Debian's sqlite3 shell) or
// PostgreSQL (psql), for tests that check what is stored — e.g. that nothing
// identifies a student. Rows come back as objects.
import { execFileSync } from 'node:child_process';
import { databaseOf } from './server.mjs';

function psql(url, args) {
  return execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-At', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs one SELECT; throws the database's error message (e.g. for a column that does not exist). */
export function queryRows(dir, query) {
  const db = databaseOf(dir);
  try {
    if (db.kind === 'sqlite') {
      const out = execFileSync('sqlite3', ['-json', '-readonly', db.file, query], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return out.trim() === '' ? [] : JSON.parse(out);
    }
    return JSON.parse(psql(db.url, ['-c', `SELECT coalesce(json_agg(row_to_json(t)), '[]') FROM (${query}) t`]));
  } catch (error) {
    throw new Error(String(error.stderr || error.message));
  }
}

/** The column names of a table, in order. */
export function tableColumns(dir, table) {
  const db = databaseOf(dir);
  if (db.kind === 'sqlite') return queryRows(dir, `SELECT name FROM pragma_table_info('${table}')`).map((c) => c.name);
  return queryRows(dir, `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}' AND table_schema = current_schema() ORDER BY ordinal_position`).map((c) => c.name);
}

/** The names of the tables whose name starts with `prefix`. */
export function tableNames(dir, prefix) {
  const db = databaseOf(dir);
  const like = prefix.replace(/_/g, '\\_') + '%';
  if (db.kind === 'sqlite') return queryRows(dir, `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '${like}' ESCAPE '\\'`).map((t) => t.name);
  return queryRows(dir, `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE '${like}' ESCAPE '\\'`).map((t) => t.name);
}

/** Every row of the tables as text (sqlite3's .dump, pg_dump --data-only), to search for what must not be there. */
export function dumpTables(dir, tables) {
  const db = databaseOf(dir);
  if (db.kind === 'sqlite') return execFileSync('sqlite3', ['-readonly', db.file, `.dump ${tables.join(' ')}`], { encoding: 'utf8' });
  return execFileSync('pg_dump', ['--data-only', ...tables.flatMap((t) => ['-t', t]), db.url], { encoding: 'utf8' });
}

/** Runs one statement that changes rows under the running server (e.g. to move an end time near), on either database. */
export function changeRows(dir, statement) {
  const db = databaseOf(dir);
  try {
    if (db.kind === 'sqlite') execFileSync('sqlite3', ['-cmd', '.timeout 5000', db.file, statement], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    else psql(db.url, ['-c', statement]);
  } catch (error) {
    throw new Error(String(error.stderr || error.message));
  }
}
