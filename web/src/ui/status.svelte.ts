// One polite live region for the whole app, so screen readers hear what a
// button did ("Team aangemaakt") without moving focus.
export const status = $state({ text: '', serial: 0 });

let clearTimer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  status.text = text;
  status.serial += 1;
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => (status.text = ''), 6000);
}
