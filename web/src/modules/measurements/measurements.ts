// Pure helpers of the measurement pages: reading statements typed one per line,
// the token from the link's #fragment, what the answer page may send, how a
// mean is written and how wide its bar is, and who gets which page.
import type { Me } from '../../api/types';
import type { CultureStatement, GroupResult } from './types';

export const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * Statements as staff type them, one per line: "Dimensie: stelling". A line without a colon keeps the
 * dimension of the line before it. Empty lines are skipped. Answers null when a statement has no dimension.
 */
export function parseStatements(text: string): CultureStatement[] | null {
  const out: CultureStatement[] = [];
  let dimension = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon > 0) {
      dimension = line.slice(0, colon).trim();
      const statement = line.slice(colon + 1).trim();
      if (statement) out.push({ dimension, text: statement });
    } else {
      if (!dimension) return null;
      out.push({ dimension, text: line });
    }
  }
  return out;
}

/** The single-use token from the link's #fragment, or '' when it does not look like one. */
export function tokenFromHash(hash: string): string {
  const token = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : '';
}

/** The answers to send, or the index of the first statement still without an answer. */
export function answersOrMissing(values: (number | null)[]): { values: number[] } | { missing: number } {
  const missing = values.findIndex((v) => v === null);
  if (missing >= 0) return { missing };
  return { values: values as number[] };
}

/** A mean as people read it: one decimal, Dutch comma when asked. */
export function formatMean(mean: number, locale: 'nl' | 'en' = 'nl'): string {
  const text = mean.toFixed(1);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/** A mean on the 1–5 scale as a share of the bar, 0–100. */
export const meanWidth = (mean: number): number => Math.max(0, Math.min(100, ((mean - 1) / 4) * 100));

/** The share (0–100, whole numbers) of a dimension's answers at each point. */
export function distribution(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total === 0 ? 0 : Math.round((c / total) * 100)));
}

/** The mean of a dimension in a group, when the group shows. */
export function meanOf(result: GroupResult, dimension: string): number | null {
  if (!result.visible) return null;
  return result.dimensions.find((d) => d.dimension === dimension)?.mean ?? null;
}

/** The dimensions of a trend, in the order they first appear on either side. */
export function trendDimensions(rows: { baseline: GroupResult; follow_up: GroupResult }[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const d of [...row.baseline.dimensions, ...row.follow_up.dimensions]) {
      if (!out.includes(d.dimension)) out.push(d.dimension);
    }
  }
  return out;
}

export const isProgrammeStaff = (me: Me | null): boolean =>
  !!me && (me.user.is_admin || me.memberships.some((m) => m.role === 'programmabeheerder'));

/** The schools whose measurements this person may open (any role in the school), by name. */
export function measurementSchools(me: Me | null): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const m of me?.memberships ?? []) {
    if (m.school_id !== null && m.role !== 'bestuurder') seen.set(m.school_id, m.school_name ?? '');
  }
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function measurementBesturen(me: Me | null): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const m of me?.memberships ?? []) {
    if (m.role === 'bestuurder' && m.bestuur_id !== null) seen.set(m.bestuur_id, m.bestuur_name ?? '');
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

export const usesMeasurements = (me: Me): boolean =>
  isProgrammeStaff(me) || measurementSchools(me).length > 0 || measurementBesturen(me).length > 0;
