// After a route change the new page's <h1> takes the keyboard focus, so a screen
// reader announces the page and the keyboard starts at its top. Many pages show a
// "loading" heading first and their own once the data is there: each heading that
// appears takes the focus again until the person acts (a key, a pointer), or the
// focus would fall back to <body> when the loading heading goes.

let wanted = false;

if (typeof window !== 'undefined') {
  const acted = () => (wanted = false);
  window.addEventListener('keydown', acted, true);
  window.addEventListener('pointerdown', acted, true);
}

/** A navigation happened: the next heading(s) to appear take the focus. */
export function requestHeadingFocus(): void {
  wanted = true;
}

/** A page heading appeared (or the page is in place): it takes the focus when a navigation asked for it. */
export function claimHeadingFocus(heading: HTMLElement | null | undefined): void {
  if (wanted && heading && document.activeElement !== heading) heading.focus();
}
