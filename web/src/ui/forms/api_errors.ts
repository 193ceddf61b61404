// Turns an API error into text a person can act on, placed next to the field
// it concerns. Texts come from the catalogue by code, field and reason
// ("errors.invalid_argument.value.negative"), by a reason that carries the
// limit broken ("errors.reason.too_long": "hoogstens {max} tekens"), by code
// and field ("errors.already_exists.brin"), by reason alone, then by code
// ("errors.conflict"), and only then from the server's own message. `errorText` is the one way the app puts
// an error into words; `describeError` is the same with the texts passed in.
import { ApiError } from '../../api/client';
import { texts as activeTexts } from '../../i18n/i18n.svelte';

export interface Texts {
  t(key: string, params?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export interface FormErrors {
  /** Message per input name, shown beside that input. */
  fields: Record<string, string>;
  /** A message that concerns the whole form, shown above its button. */
  form: string;
}

export function describeError(error: unknown, texts: Texts): string {
  if (!(error instanceof ApiError)) return texts.t('errors.unknown');
  const { reason, min, max } = error.detail;
  const bounds = { min: min ?? '', max: max ?? '' };
  const byField = `errors.${error.code}.${error.field}`;
  const byReason = `errors.reason.${reason}`;
  const candidates = [
    // The most precise text first: this field for this reason.
    reason && error.field ? `${byField}.${reason}` : '',
    // A reason that names the limit the server applied beats a field text that states it from memory.
    reason && (min !== undefined || max !== undefined) ? byReason : '',
    error.field ? byField : '',
    reason ? byReason : '',
    `errors.${error.code}`,
  ];
  const key = candidates.find((candidate) => candidate && texts.has(candidate));
  if (key) return texts.t(key, bounds);
  return error.message || texts.t('errors.unknown');
}

/** The error as text in the active language: for alerts, load failures and forms. */
export function errorText(error: unknown): string {
  return describeError(error, activeTexts);
}

/**
 * Splits an error over a form: to the named field when the form has an input
 * of that name, otherwise to the form as a whole.
 */
export function formErrors(error: unknown, fieldNames: readonly string[], texts: Texts): FormErrors {
  const message = describeError(error, texts);
  if (error instanceof ApiError && error.field && fieldNames.includes(error.field)) {
    return { fields: { [error.field]: message }, form: '' };
  }
  return { fields: {}, form: message };
}

export const NO_ERRORS: FormErrors = { fields: {}, form: '' };

/**
 * Wrong credentials come back as "unauthenticated" without a field; pin such an
 * error on `field` (the password to retype). Any other error is left as it is.
 */
export function pinUnauthenticated(error: unknown, field: string): unknown {
  if (error instanceof ApiError && error.code === 'unauthenticated' && !error.field) {
    return new ApiError(error.status, error.code, error.message, field);
  }
  return error;
}
