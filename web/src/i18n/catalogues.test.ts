import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';
import { translate, translatePlural } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const english = en as Record<string, string>;
    for (const [key, text] of Object.entries(nl)) {
      expect(placeholders(english[key]), key).toEqual(placeholders(text));
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
    const missing = [...used].filter((key) => !(key in nl));
    expect(missing).toEqual([]);
  });

  it('name every role, sector and region', () => {
    const keys = [
      ...['leraar', 'schoolcoach', 'schoolleider', 'bestuurder', 'expertcoach', 'programmabeheerder'].map((r) => `role.${r}`),
      ...['PO', 'VO', 'MBO', 'HBO'].map((s) => `sector.${s}`),
      ...['noord', 'midden', 'zuid'].map((r) => `region.${r}`),
    ];
    for (const key of keys) expect(nl, key).toHaveProperty([key]);
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
