import { describe, expect, it } from 'vitest';
import { i18n, t } from '../../i18n/i18n.svelte';
import { dateProblem, problemsOf, textLength, textProblem } from './validate';

describe('textProblem', () => {
  it('asks for a required text and names the limit of a long one', () => {
    i18n.locale = 'nl';
    expect(textProblem('  ', 10, true)).toBe(t('forms.required'));
    expect(textProblem('', 10)).toBe('');
    expect(textProblem('a'.repeat(11), 10)).toBe('Dit is te lang: hoogstens 10 tekens (nu 11).');
    expect(textProblem(` ${'a'.repeat(10)} `, 10)).toBe('');
  });

  it('counts characters as the server does, not UTF-16 units', () => {
    expect(textLength(' 😀😀 ')).toBe(2);
    expect(textProblem('😀'.repeat(10), 10)).toBe('');
  });
});

describe('dateProblem', () => {
  it('accepts a real day and an empty optional field', () => {
    expect(dateProblem('2026-11-23')).toBe('');
    expect(dateProblem('')).toBe('');
  });

  it('refuses what is no day, and nothing in a required field, in the UI language', () => {
    i18n.locale = 'en';
    expect(dateProblem('', true)).toBe('Fill this in.');
    expect(dateProblem('31-02-2026')).toMatch(/^This is not a date\. Write it as dd-mm-yyyy, for example \d{2}-\d{2}-\d{4}\.$/);
    i18n.locale = 'nl';
    expect(dateProblem('31-02-2026')).toMatch(/^Dit is geen datum\. Schrijf hem als dd-mm-jjjj/);
  });
});

describe('problemsOf', () => {
  it('keeps only the fields with a problem', () => {
    expect(problemsOf({ a: '', b: 'too long' })).toEqual({ b: 'too long' });
  });
});
