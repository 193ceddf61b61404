import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { texts as activeTexts } from '../../i18n/i18n.svelte';
import { describeError, errorText, formErrors, pinUnauthenticated, type Texts } from './api_errors';

const catalogue: Record<string, string> = {
  'errors.unknown': 'Er ging iets mis.',
  'errors.conflict': 'Iemand anders was je voor.',
  'errors.already_exists.brin': 'Deze BRIN-code bestaat al.',
  'errors.unauthenticated.password': 'Onjuist wachtwoord.',
  'errors.invalid_argument.text': 'Vul een tekst in van hoogstens 500 tekens.',
  'errors.invalid_argument.email': 'Vul een geldig e-mailadres in.',
  'errors.invalid_argument.value.out_of_range': 'Een percentage ligt tussen {min} en {max}.',
  'errors.reason.too_long': 'Hoogstens {max} tekens.',
  'errors.reason.required': 'Vul dit veld in.',
  'errors.reason.negative': 'Niet lager dan {min}.',
};
const fill = (text: string, params?: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? ''));
const texts: Texts = { t: (key, params) => fill(catalogue[key] ?? key, params), has: (key) => key in catalogue };

describe('describeError', () => {
  it('prefers the text for code and field', () => {
    expect(describeError(new ApiError(409, 'already_exists', 'duplicate brin', 'brin'), texts)).toBe(
      'Deze BRIN-code bestaat al.',
    );
  });

  it('falls back to the text for the code', () => {
    expect(describeError(new ApiError(409, 'conflict', 'stale', 'version'), texts)).toBe('Iemand anders was je voor.');
  });

  it('falls back to the server message for a code without text', () => {
    expect(describeError(new ApiError(422, 'invalid_argument', 'name is too long', 'name'), texts)).toBe(
      'name is too long',
    );
  });

  it('prefers the text for code, field and reason, with the bounds filled in', () => {
    const error = new ApiError(400, 'invalid_argument', 'A percentage lies between 0 and 100.', 'value', null, {
      reason: 'out_of_range', min: 0, max: 100,
    });
    expect(describeError(error, texts)).toBe('Een percentage ligt tussen 0 en 100.');
  });

  it('names the limit the server applied rather than the one the field text remembers', () => {
    const error = new ApiError(400, 'invalid_argument', 'Text is longer than 300 characters.', 'text', null, {
      reason: 'too_long', max: 300,
    });
    expect(describeError(error, texts)).toBe('Hoogstens 300 tekens.');
    const negative = new ApiError(400, 'invalid_argument', 'A score is not negative.', 'value', null, { reason: 'negative', min: 0 });
    expect(describeError(negative, texts)).toBe('Niet lager dan 0.');
  });

  it('keeps the field text for a reason without bounds, and the reason text for a field without one', () => {
    const required = { reason: 'required' };
    expect(describeError(new ApiError(400, 'invalid_argument', 'required', 'email', null, required), texts)).toBe(
      'Vul een geldig e-mailadres in.',
    );
    expect(describeError(new ApiError(400, 'invalid_argument', 'required', 'motto', null, required), texts)).toBe(
      'Vul dit veld in.',
    );
  });

  it('uses the generic text for anything that is not an ApiError', () => {
    expect(describeError(new Error('boom'), texts)).toBe('Er ging iets mis.');
    expect(describeError(new ApiError(500, 'weird', ''), texts)).toBe('Er ging iets mis.');
  });
});

describe('errorText', () => {
  it('describes the error with the active catalogue', () => {
    const error = new ApiError(409, 'conflict', 'stale');
    expect(errorText(error)).toBe(describeError(error, activeTexts));
    expect(errorText(new Error('boom'))).toBe(describeError(new Error('boom'), activeTexts));
  });
});

describe('formErrors', () => {
  it('puts the message next to the field the server named', () => {
    const error = new ApiError(409, 'already_exists', 'dup', 'brin');
    expect(formErrors(error, ['name', 'brin'], texts)).toEqual({
      fields: { brin: 'Deze BRIN-code bestaat al.' },
      form: '',
    });
  });

  it('puts it on the form when the field is not one of its inputs', () => {
    const error = new ApiError(400, 'invalid_argument', 'unknown field "x"', 'x');
    expect(formErrors(error, ['name'], texts)).toEqual({ fields: {}, form: 'unknown field "x"' });
  });
});

describe('pinUnauthenticated', () => {
  it('pins an unauthenticated error without a field on the given field', () => {
    const pinned = pinUnauthenticated(new ApiError(401, 'unauthenticated', 'bad credentials'), 'password');
    expect(pinned).toBeInstanceOf(ApiError);
    expect(pinned).toMatchObject({ status: 401, code: 'unauthenticated', message: 'bad credentials', field: 'password' });
    expect(formErrors(pinned, ['email', 'password'], texts)).toEqual({
      fields: { password: 'Onjuist wachtwoord.' },
      form: '',
    });
  });

  it('leaves an unauthenticated error that names a field alone', () => {
    const error = new ApiError(401, 'unauthenticated', 'expired', 'token');
    expect(pinUnauthenticated(error, 'password')).toBe(error);
  });

  it('leaves other errors alone', () => {
    const conflict = new ApiError(409, 'conflict', 'stale');
    const plain = new Error('boom');
    expect(pinUnauthenticated(conflict, 'password')).toBe(conflict);
    expect(pinUnauthenticated(plain, 'password')).toBe(plain);
  });
});
