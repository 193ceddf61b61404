// Amounts in integer cents, shown as euros in the reader's language; and the
// quote's lines as text rows for the printable page and its PDF.
import type { Quote } from './types';

/** 990000 → "€ 9.900,00" (nl) or "€9,900.00" (en). */
export function euros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

export interface QuoteTexts {
  year: (n: number) => string;
  perTeam: (units: number, unit: string) => string;
  perSchool: string;
  maximum: string;
}

/** One row per line: what, how it is counted, the amount. */
export function quoteRows(quote: Quote, locale: string, texts: QuoteTexts): [string, string, string][] {
  return quote.lines.map((line) => [
    texts.year(line.trajectory_year) + (line.is_maximum ? ` (${texts.maximum})` : ''),
    quote.per_team ? texts.perTeam(line.units, euros(line.unit_cents, locale)) : texts.perSchool,
    euros(line.amount_cents, locale),
  ]);
}
