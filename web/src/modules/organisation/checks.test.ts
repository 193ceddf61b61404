import { describe, expect, it } from 'vitest';
import { i18n, t } from '../../i18n/i18n.svelte';
import { brinProblem, emailProblem, LIMITS, nameProblem, newPasswordProblem, passwordProblem } from './checks';

describe('the organisation forms check before sending', () => {
  it('refuses a name over 200 characters with the limit named, and asks for a missing one', () => {
    i18n.locale = 'nl';
    expect(nameProblem('a'.repeat(LIMITS.name))).toBe('');
    expect(nameProblem('a'.repeat(201))).toBe('Dit is te lang: hoogstens 200 tekens (nu 201).');
    expect(nameProblem('   ')).toBe(t('forms.required'));
  });

  it('wants an e-mail address of at most 254 characters', () => {
    expect(emailProblem(' sanne@school.nl ')).toBe('');
    expect(emailProblem('sanne')).toBe(t('errors.invalid_argument.email'));
    expect(emailProblem(`${'a'.repeat(250)}@x.nl`)).toBe('Dit is te lang: hoogstens 254 tekens (nu 255).');
  });

  it('counts every character of a password, spaces too, and names its limits', () => {
    expect(passwordProblem('')).toBe(t('forms.required'));
    expect(passwordProblem(' '.repeat(201))).toBe('Dit is te lang: hoogstens 200 tekens (nu 201).');
    expect(newPasswordProblem('kort')).toBe(t('errors.invalid_argument.password'));
    expect(newPasswordProblem('lang genoeg')).toBe('');
  });

  it('wants a BRIN code of two digits and two letters', () => {
    expect(brinProblem('12ab')).toBe('');
    expect(brinProblem('1234')).toBe(t('errors.invalid_argument.brin'));
    expect(brinProblem('')).toBe(t('forms.required'));
  });
});
