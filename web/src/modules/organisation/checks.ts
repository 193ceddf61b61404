// What the organisation's forms check before sending. The limits are the
// server's (kernel/validation.h): a text over its limit is refused with the
// limit named instead of cut off by maxlength.
import { t } from '../../i18n/i18n.svelte';
import { textProblem } from '../../ui/forms/validate';

export const LIMITS = {
  /** A person's, bestuur's, school's or team's name. */
  name: 200,
  /** An e-mail address. */
  email: 254,
  /** A password, at least 8 characters. */
  password: 200,
  /** What the person search takes. */
  search: 200,
} as const;

/** A required name of at most 200 characters. */
export const nameProblem = (value: string): string => textProblem(value, LIMITS.name, true);

/** A required e-mail address: over the limit named, else something with one @ and a dot after it. */
export function emailProblem(value: string): string {
  const problem = textProblem(value, LIMITS.email, true);
  if (problem) return problem;
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim()) ? '' : t('errors.invalid_argument.email');
}

/** A password to sign in with: required, and never longer than any password can be (spaces count). */
export function passwordProblem(value: string): string {
  const count = [...value].length;
  if (count === 0) return t('forms.required');
  return count > LIMITS.password ? t('forms.tooLong', { max: LIMITS.password, count }) : '';
}

/** A new password: 8 to 200 characters, the limit named when it is too long. */
export function newPasswordProblem(value: string): string {
  const problem = passwordProblem(value);
  if (problem) return problem;
  return [...value].length < 8 ? t('errors.invalid_argument.password') : '';
}

/** A BRIN code: two digits and two letters. */
export function brinProblem(value: string): string {
  if (value.trim() === '') return t('forms.required');
  return /^\d{2}[A-Za-z]{2}$/.test(value.trim()) ? '' : t('errors.invalid_argument.brin');
}
