// The submit cycle every form shares: clear the old errors, mark the form busy,
// send; on failure put the error next to the field it concerns and move focus
// to the first invalid field. What happens on success (announce, refresh,
// navigate) stays with the caller's `send`.
import { texts } from '../../i18n/i18n.svelte';
import { errorText, formErrors, NO_ERRORS, type FormErrors } from './api_errors';
import { focusFirstInvalid } from './focus';

export interface SubmitOptions {
  /** Rewrites the error before it is placed, e.g. onto the field to retype. */
  mapError?: (error: unknown) => unknown;
  /** Runs once the errors are placed, before focus moves (e.g. to empty a password). */
  onError?: () => void;
}

export class FormState {
  errors = $state<FormErrors>(NO_ERRORS);
  busy = $state(false);
  /** The form element: `bind:this={form.element}`. */
  element = $state<HTMLFormElement | undefined>();
  readonly #fields: readonly string[];

  /** `fields`: the names of the form's inputs, so a server error can land beside its input. */
  constructor(fields: readonly string[]) {
    this.#fields = fields;
  }

  /** A check in the browser failed: show these field errors and focus the first. */
  async reject(fields: Record<string, string>): Promise<void> {
    this.errors = { fields, form: '' };
    await focusFirstInvalid(this.element);
  }

  async submit(send: () => Promise<void>, options: SubmitOptions = {}): Promise<void> {
    this.errors = NO_ERRORS;
    this.busy = true;
    try {
      await send();
    } catch (error) {
      this.errors = formErrors(options.mapError ? options.mapError(error) : error, this.#fields, texts);
      options.onError?.();
      await focusFirstInvalid(this.element);
    } finally {
      this.busy = false;
    }
  }
}

/**
 * The error of a button's action (remove, revoke, …), shown in one alert on the
 * page. `describe` puts a failure into words when the plain text of the error
 * is not enough (e.g. a stale version); it may also act on the failure.
 */
export class ActionError {
  message = $state('');

  async run(action: () => Promise<void>, describe: (error: unknown) => string = errorText): Promise<void> {
    this.message = '';
    try {
      await action();
    } catch (error) {
      this.message = describe(error);
    }
  }
}
