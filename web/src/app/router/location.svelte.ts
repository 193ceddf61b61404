// The current location as reactive state, kept in step with the History API.
import { internalTarget } from './routes';

export const currentLocation = $state({
  path: window.location.pathname,
  search: window.location.search,
});

function sync(): void {
  currentLocation.path = window.location.pathname;
  currentLocation.search = window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  sync();
  window.scrollTo(0, 0);
}

export function queryParam(name: string): string | null {
  return new URLSearchParams(currentLocation.search).get(name);
}

/** Sends clicks on same-origin links through the router instead of reloading the page. */
function handleClick(event: MouseEvent): void {
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor) return;
  const target = internalTarget(event, anchor, window.location);
  if (target === null) return;
  event.preventDefault();
  navigate(target);
}

export function startRouter(): () => void {
  window.addEventListener('popstate', sync);
  document.addEventListener('click', handleClick);
  return () => {
    window.removeEventListener('popstate', sync);
    document.removeEventListener('click', handleClick);
  };
}
