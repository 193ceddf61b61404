// The arrows of docs/ARCHITECTURE.md, checked on every #include under a
// source tree: which folder may include which, and which layers may include
// I/O libraries. Prints each violation as file:line and exits 1 when there is
// one. Run by ctest on src/ (test "arrows") and on a fixture tree full of
// violations that it must catch (test "arrows_catch").
//   node check_arrows.mjs SRC_DIR [--expect N]   (with --expect: succeed only when exactly N are found)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const IO_LIBRARIES = /^(boost\/|sqlite3|sodium|spdlog\/|fmt\/|curl\/|libpq|CLI\/|gtest\/|gmock\/|lemon\/)/;
const TEST_LIBRARIES = /^(gtest\/|gmock\/|lemon\/)/;

// Where a file sits: { area, module, layer }, e.g. { area: 'modules', module: 'board', layer: 'core' }.
function placeOf(path) {
  const parts = path.split('/');
  if (parts[0] === 'modules') return { area: 'modules', module: parts[1], layer: parts[2] };
  return { area: parts[0] };
}

// Test code: the tests, and the stores the use-case tests open (sql/test_world_store.cpp).
const isTest = (file) => /(_test|\/test_world_store)\.cpp$/.test(file);

// What a file in `from` may include of ours (a path under src/), or why not.
function ourIncludeRule(from, target, file) {
  const to = placeOf(target);
  switch (from.area) {
    case 'kernel':
      return to.area === 'kernel' ? null : 'the kernel includes only the kernel';
    case 'server':
      return to.area === 'kernel' || to.area === 'server' ? null : 'server includes only the kernel and server';
    case 'storage':
      if (to.area === 'kernel' || to.area === 'storage') return null;
      return 'storage includes only the kernel and storage';
    case 'platform':
      return to.area === 'kernel' || to.area === 'platform' ? null : 'platform includes only the kernel and platform';
    case 'cli':
      return null;  // the composition root
    case 'modules':
      return moduleRule(from, to, target, file);
    default:
      return null;
  }
}

// Layers inside a module: core -> kernel; sql -> core, storage/sql (the one store of every
// database: no SQLite or PostgreSQL header outside its tests); api -> core, server;
// contract -> core, storage/contract. Another module only through its public core headers
// (modules/<other>/core/*.h), its contract fixtures from contract code, and its store entry
// (modules/<other>/sql/<other>_sql.h) from sql code.
function moduleRule(from, to, target, file) {
  const layer = from.layer;
  if (to.area === 'kernel') return null;
  if (to.area === 'server') return layer === 'api' ? null : `a module's ${layer} includes no server header`;
  if (to.area === 'storage') {
    if (layer === 'sql' && target.startsWith('storage/sql/')) return null;
    if (layer === 'sql' && isTest(file) && /^storage\/(sqlite|postgres|contract)\//.test(target)) return null;
    if (layer === 'contract' && target.startsWith('storage/contract/')) return null;
    return `a module's ${layer} includes no storage header`;
  }
  if (to.area !== 'modules') return `a module includes no ${to.area} header`;
  if (to.module === from.module) {
    const allowed = {
      core: ['core'],
      sql: ['core', 'sql', ...(isTest(file) ? ['contract'] : [])],
      api: ['core', 'api'],
      contract: ['core', 'contract'],
      cli: ['core', 'cli'],
    }[layer] ?? ['core'];
    return allowed.includes(to.layer) ? null : `a module's ${layer} does not include its own ${to.layer}`;
  }
  const name = target.split('/').pop();
  if (to.layer === 'core' && target.split('/').length === 4) return null;
  if (to.layer === 'contract' && (layer === 'contract' || isTest(file))) return null;
  if (to.layer === 'sql' && name === `${to.module}_sql.h` && layer === 'sql') return null;
  return `another module's internals (${to.module}/${to.layer}); use its core header`;
}

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(h|cpp)$/.test(name)) out.push(path);
  }
  return out;
}

export function violations(root) {
  const found = [];
  for (const path of files(root)) {
    const file = relative(root, path).split(sep).join('/');
    const from = placeOf(file);
    const coreLike = from.area === 'kernel' || (from.area === 'modules' && from.layer === 'core');
    readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
      const match = /^\s*#\s*include\s*([<"])([^>"]+)[>"]/.exec(line);
      if (!match) return;
      const [, bracket, target] = match;
      const where = `${file}:${index + 1}: ${line.trim()}`;
      if (bracket === '<' || !/^(kernel|modules|server|storage|platform|cli)\//.test(target)) {
        const library = target;
        if (coreLike && IO_LIBRARIES.test(library) && !(isTest(file) && TEST_LIBRARIES.test(library))) {
          found.push(`${where}  — ${from.area === 'kernel' ? 'the kernel' : "a module's core"} uses the standard library only`);
        }
        return;
      }
      const why = ourIncludeRule(from, target, file);
      if (why) found.push(`${where}  — ${why}`);
    });
  }
  return found;
}

const [, , root, flag, count] = process.argv;
if (!root) {
  console.error('usage: node check_arrows.mjs SRC_DIR [--expect N]');
  process.exit(2);
}
const found = violations(root);
for (const line of found) console.log(line);
if (flag === '--expect') {
  const expected = Number(count);
  console.log(`${found.length} violation(s) found, ${expected} expected`);
  process.exit(found.length === expected ? 0 : 1);
}
console.log(found.length ? `${found.length} include(s) break the arrows` : 'every include follows the arrows');
process.exit(found.length ? 1 : 0);
