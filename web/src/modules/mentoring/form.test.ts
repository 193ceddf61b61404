import { describe, expect, it } from 'vitest';
import { emptyMentorForm, fieldOfReason, pageBounds, readyToCheck } from './form';

describe('the mentor form', () => {
  it('asks the server only once role, years and region are there', () => {
    const form = emptyMentorForm();
    expect(readyToCheck(form)).toBe(false);
    form.role = 'Scrum master';
    form.years_in_role = 4;
    expect(readyToCheck(form)).toBe(false);
    form.region = 'noord';
    expect(readyToCheck(form)).toBe(true);
  });

  it('shows each reason at its field', () => {
    expect(fieldOfReason({ code: 'team_too_small' })).toBe('team_size');
    expect(fieldOfReason({ code: 'too_little_ci_experience' })).toBe('years_ci');
    expect(fieldOfReason({ code: 'too_few_years_as_manager' })).toBe('years_in_role');
  });

  it('keeps pages within the list', () => {
    expect(pageBounds(2000, 0, 100)).toEqual({ from: 0, to: 100, last: 1900 });
    expect(pageBounds(2000, 5000, 100)).toEqual({ from: 1900, to: 2000, last: 1900 });
    expect(pageBounds(0, 100, 100)).toEqual({ from: 0, to: 0, last: 0 });
  });
});
