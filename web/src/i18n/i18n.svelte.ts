// The active language. Dutch is the default; the choice is remembered in
// localStorage and mirrored in <html lang> so screen readers pronounce it right.
// The catalogue is the shared texts here (nl.json, en.json) plus each module's
// own (modules/<module>/i18n), which main.ts adds before the app mounts.
import type { Locale } from '../api/types';
import en from './en.json';
import nl from './nl.json';
import { translate, translatePlural, type Catalogue, type Params } from './translate';

export const LOCALES: readonly Locale[] = ['nl', 'en'];
/** A catalogue per language: the shared texts, or one module's. */
export type Catalogues = Record<Locale, Catalogue>;
const CATALOGUES: Catalogues = { nl: { ...nl }, en: { ...en } };
const STORAGE_KEY = 'samenbeter.locale';

/** Adds a module's texts to the catalogue; called once per module before the app mounts. */
export function addCatalogues(catalogues: Catalogues): void {
  for (const locale of LOCALES) Object.assign(CATALOGUES[locale], catalogues[locale]);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : 'nl';
  } catch {
    return 'nl'; // Storage can be disabled; Dutch is the default anyway.
  }
}

export const i18n = $state({ locale: storedLocale() });

export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits; the switch still works for this one.
  }
}

/** Translates a key in the active language; reactive in templates. */
export function t(key: string, params?: Params): string {
  return translate(CATALOGUES[i18n.locale], key, params);
}

/** Translates a counted phrase ("1 lid", "3 leden"); reactive in templates. */
export function tn(key: string, count: number, params?: Params): string {
  return translatePlural(CATALOGUES[i18n.locale], key, count, params);
}

/** Whether the active catalogue has a key (for optional, more specific texts). */
export function hasText(key: string): boolean {
  return key in CATALOGUES[i18n.locale];
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(i18n.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * "29 nov." — for due dates and weeks on the board; "29 nov. 2027" when the day is not in this year, so a
 * date never reads as the wrong year. Takes YYYY-MM-DD or a full ISO time.
 */
export function formatShortDate(iso: string, now: Date = new Date()): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return date.toLocaleDateString(i18n.locale === 'nl' ? 'nl-NL' : 'en-GB', options);
}

/** "23 november 2026, 09:15" */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(i18n.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The look-up pair that ui/forms/api_errors.ts needs. */
export const texts = { t, has: hasText };

export function roleLabel(role: string): string {
  return t(`role.${role}`);
}
