// The checks a form makes before it sends, with texts from the catalogue — not
// the browser's own bubbles, which speak the browser's language (forms carry
// `novalidate`). Text over a limit is refused with the limit named, never cut.
import { t } from '../../i18n/i18n.svelte';
import { formatDay, isIsoDate, todayIso } from './dates';

/** Length as the server counts it: code points of the trimmed text. */
export const textLength = (value: string) => [...value.trim()].length;

/** Why a text cannot be sent ('' when it can): missing while required, or over `max`. */
export function textProblem(value: string, max: number, required = false): string {
  const count = textLength(value);
  if (required && count === 0) return t('forms.required');
  if (count > max) return t('forms.tooLong', { max, count });
  return '';
}

/** Why a date field's value cannot be sent: missing while required, or no real day (see DateField). */
export function dateProblem(value: string, required = false): string {
  if (value === '') return required ? t('forms.required') : '';
  return isIsoDate(value) ? '' : t('forms.dateInvalid', { example: formatDay(todayIso()) });
}

/** Only the fields that have a problem. */
export function problemsOf(checks: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(checks).filter(([, problem]) => problem !== ''));
}
