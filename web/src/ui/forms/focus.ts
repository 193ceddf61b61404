// After a failed submit, move focus to the first field that has an error so a
// keyboard or screen-reader user lands right where the problem is.
import { tick } from 'svelte';

export async function focusFirstInvalid(form: HTMLFormElement | undefined): Promise<void> {
  await tick();
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
}
