import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { texts } from '../../i18n/i18n.svelte';
import { describeError, NO_ERRORS } from './api_errors';
import { ActionError, FormState } from './submit.svelte';

describe('FormState', () => {
  it('clears old errors and is busy only while sending', async () => {
    const form = new FormState(['name']);
    form.errors = { fields: { name: 'old' }, form: '' };
    let busyWhileSending = false;
    await form.submit(async () => {
      busyWhileSending = form.busy;
    });
    expect(busyWhileSending).toBe(true);
    expect(form.busy).toBe(false);
    expect(form.errors).toEqual(NO_ERRORS);
  });

  it('puts a failure beside the field it names, after mapping it', async () => {
    const form = new FormState(['email', 'password']);
    const calls: string[] = [];
    await form.submit(
      async () => {
        throw new ApiError(401, 'unauthenticated', 'bad credentials');
      },
      {
        mapError: (error) => {
          calls.push('map');
          return new ApiError(401, 'unauthenticated', (error as ApiError).message, 'password');
        },
        onError: () => calls.push(`placed:${Object.keys(form.errors.fields).join()}`),
      },
    );
    expect(calls).toEqual(['map', 'placed:password']);
    expect(Object.keys(form.errors.fields)).toEqual(['password']);
    expect(form.errors.form).toBe('');
    expect(form.busy).toBe(false);
  });

  it('puts a failure without a known field on the form', async () => {
    const form = new FormState(['name']);
    await form.submit(async () => {
      throw new Error('boom');
    });
    expect(form.errors).toEqual({ fields: {}, form: describeError(new Error('boom'), texts) });
  });

  it('shows the errors of a check in the browser', async () => {
    const form = new FormState(['password']);
    await form.reject({ repeat: 'Not the same' });
    expect(form.errors).toEqual({ fields: { repeat: 'Not the same' }, form: '' });
  });
});

describe('ActionError', () => {
  it('clears the message and sets it when the action fails', async () => {
    const action = new ActionError();
    const error = new ApiError(409, 'conflict', 'stale');
    await action.run(async () => {
      throw error;
    });
    expect(action.message).toBe(describeError(error, texts));
    await action.run(async () => {});
    expect(action.message).toBe('');
  });

  it('puts a failure into words with `describe` when given', async () => {
    const action = new ActionError();
    await action.run(
      async () => {
        throw new ApiError(409, 'conflict', 'stale');
      },
      (error) => `anders: ${(error as ApiError).code}`,
    );
    expect(action.message).toBe('anders: conflict');
  });
});
