import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';
import { translate, translatePlural, type Catalogue } from './translate';

// The shared texts (here) and every module's own (modules/<module>/i18n), as the app merges them.
const moduleFiles = import.meta.glob<Catalogue>('../modules/*/i18n/*.json', { eager: true, import: 'default' });
const moduleNames = [...new Set(Object.keys(moduleFiles).map((path) => path.split('/')[2]))].sort();
const catalogues: { name: string; nl: Catalogue; en: Catalogue }[] = [
  { name: 'shared', nl, en },
  ...moduleNames.map((name) => ({
    name,
    nl: moduleFiles[`../modules/${name}/i18n/nl.json`] ?? {},
    en: moduleFiles[`../modules/${name}/i18n/en.json`] ?? {},
  })),
];
const merged = {
  nl: Object.assign({}, ...catalogues.map((c) => c.nl)) as Catalogue,
  en: Object.assign({}, ...catalogues.map((c) => c.en)) as Catalogue,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('catalogues', () => {
  it('exist for every module, in both languages', () => {
    expect(moduleNames.length).toBeGreaterThanOrEqual(2);
    for (const name of moduleNames) {
      expect(Object.keys(moduleFiles), name).toContain(`../modules/${name}/i18n/nl.json`);
      expect(Object.keys(moduleFiles), name).toContain(`../modules/${name}/i18n/en.json`);
    }
  });

  it('have the same keys in Dutch and English', () => {
    for (const catalogue of catalogues) {
      expect(Object.keys(catalogue.en).sort(), catalogue.name).toEqual(Object.keys(catalogue.nl).sort());
    }
  });

  it('define no key twice across the shared and the modules’ catalogues', () => {
    const owners = new Map<string, string[]>();
    for (const catalogue of catalogues) {
      for (const key of new Set([...Object.keys(catalogue.nl), ...Object.keys(catalogue.en)])) {
        owners.set(key, [...(owners.get(key) ?? []), catalogue.name]);
      }
    }
    const twice = [...owners].filter(([, names]) => names.length > 1).map(([key, names]) => `${key}: ${names.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(merged.nl), ...Object.entries(merged.en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(merged.nl)) {
      expect(placeholders(merged.en[key]), key).toEqual(placeholders(text));
    }
  });

  it('contain every key the source asks for literally', () => {
    const src = join(dirname(fileURLToPath(import.meta.url)), '..');
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([\w.]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/\btn\('([\w.]+)'/g)) {
        used.add(`${m[1]}.one`);
        used.add(`${m[1]}.other`);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !(key in merged.nl));
    expect(missing).toEqual([]);
  });

  it('name every role, sector and region', () => {
    const keys = [
      ...['leraar', 'schoolcoach', 'schoolleider', 'bestuurder', 'expertcoach', 'programmabeheerder'].map((r) => `role.${r}`),
      ...['PO', 'VO', 'MBO', 'HBO'].map((s) => `sector.${s}`),
      ...['noord', 'midden', 'zuid'].map((r) => `region.${r}`),
    ];
    for (const key of keys) expect(merged.nl, key).toHaveProperty([key]);
  });
});

describe('translate', () => {
  const catalogue = { greet: 'Welkom, {name}', 'n.one': '{count} lid', 'n.other': '{count} leden' };

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(translate(catalogue, 'greet', { name: 'Sanne' })).toBe('Welkom, Sanne');
    expect(translate(catalogue, 'greet')).toBe('Welkom, {name}');
    expect(translate(catalogue, 'greet', { other: 1 })).toBe('Welkom, {name}');
  });

  it('falls back to the key for a missing text', () => {
    expect(translate(catalogue, 'nope')).toBe('nope');
  });

  it('picks the plural form by count', () => {
    expect(translatePlural(catalogue, 'n', 1)).toBe('1 lid');
    expect(translatePlural(catalogue, 'n', 0)).toBe('0 leden');
    expect(translatePlural(catalogue, 'n', 7)).toBe('7 leden');
  });
});
