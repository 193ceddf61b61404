// The submit cycle every form shares: clear the old errors, mark the form busy,
// send; on failure put the error next to the field it concerns and move focus
// to the first invalid field. What happens on success (announce, refresh,
// navigate) stays with the caller's `send`.
import { texts } from '../../i18n/i18n.svelte';
import { errorText, formErrors, NO_ERRORS, type FormErrors } from './api_errors';
import { focusFirstInvalid } from './focus';
import { problemsOf } from './validate';

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

  /**
   * The checks made in the browser, a text per field ('' when it is fine, see validate.ts): shows the
   * problems beside their fields and focuses the first. True when there are none, so the form may send.
   */
  async check(checks: Record<string, string>): Promise<boolean> {
    const problems = problemsOf(checks);
    if (Object.keys(problems).length === 0) return true;
    await this.reject(problems);
    return false;
  }

  /** Sends; resolves true when `send` did not throw, false when its error is now shown at its field. */
  async submit(send: () => Promise<unknown>, options: SubmitOptions = {}): Promise<boolean> {
    this.errors = NO_ERRORS;
    this.busy = true;
    try {
      await send();
      return true;
    } catch (error) {
      this.errors = formErrors(options.mapError ? options.mapError(error) : error, this.#fields, texts);
      options.onError?.();
      await focusFirstInvalid(this.element);
      return false;
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
