import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { texts as activeTexts } from '../../i18n/i18n.svelte';
import { describeError, errorText, formErrors, pinUnauthenticated, type Texts } from './api_errors';

const catalogue: Record<string, string> = {
  'errors.unknown': 'Er ging iets mis.',
  'errors.conflict': 'Iemand anders was je voor.',
  'errors.already_exists.brin': 'Deze BRIN-code bestaat al.',
  'errors.unauthenticated.password': 'Onjuist wachtwoord.',
};
const texts: Texts = { t: (key) => catalogue[key] ?? key, has: (key) => key in catalogue };

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
