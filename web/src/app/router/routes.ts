// A pure path matcher for the routes the modules bring (app/modules.ts). Paths
// are Dutch, as users see them.

export interface RouteDef {
  /** Unique across the app (a unit test checks); names the route in tests. */
  name: string;
  pattern: string;
  /** Reachable without a session. */
  public: boolean;
  /** Uses the full width of the screen (the board on a classroom touch screen). */
  wide?: boolean;
}

/** Where the shell sends someone without a session (the organisation module's sign-in page). */
export const SIGN_IN_PATH = '/inloggen';

export interface RouteMatch<R extends RouteDef = RouteDef> {
  route: R;
  params: Record<string, string>;
}

/** Matches one pattern ("/scholen/:id") against a path; returns the decoded params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const patternParts = split(pattern);
  const pathParts = split(path);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const want = patternParts[i];
    const got = pathParts[i];
    if (want.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(got);
      } catch {
        return null; // A malformed escape is not a page of ours.
      }
      if (!value) return null;
      params[want.slice(1)] = value;
    } else if (want !== got) {
      return null;
    }
  }
  return params;
}

/** Finds the first route for a path, ignoring one trailing slash. */
export function resolveRoute<R extends RouteDef>(path: string, routes: readonly R[]): RouteMatch<R> | null {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

/** A positive integer id from a route param, or null when it is not one. */
export function idParam(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) return null;
  return Number(value);
}

function split(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

export interface ClickLike {
  button: number;
  defaultPrevented: boolean;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface AnchorLike {
  href: string;
  target: string;
  hasAttribute(name: string): boolean;
}

/**
 * The in-app path a click on this link should navigate to, or null when the
 * browser should handle it (modifier keys, other origin, downloads, new tabs).
 */
export function internalTarget(
  click: ClickLike,
  anchor: AnchorLike,
  here: { origin: string; pathname: string; search: string },
): string | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  if (anchor.hasAttribute('data-native')) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, here.origin);
  } catch {
    return null;
  }
  if (url.origin !== here.origin || url.pathname.startsWith('/api/')) return null;
  // A jump within the page (the skip link) is the browser's job: it moves focus too.
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return null;
  return url.pathname + url.search + url.hash;
}
