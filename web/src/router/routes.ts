// The route table and a pure path matcher. Paths are Dutch, as users see them.

export type RouteName =
  | 'signIn'
  | 'forgotPassword'
  | 'resetPassword'
  | 'invitation'
  | 'home'
  | 'school'
  | 'team'
  | 'admin'
  | 'account'
  | 'board'
  | 'sessions'
  | 'sessionRecord'
  | 'goal'
  | 'obstacles';

export interface RouteDef {
  name: RouteName;
  pattern: string;
  /** Reachable without a session. */
  public: boolean;
  /** Uses the full width of the screen (the board on a classroom touch screen). */
  wide?: boolean;
}

export const ROUTES: readonly RouteDef[] = [
  { name: 'signIn', pattern: '/inloggen', public: true },
  { name: 'forgotPassword', pattern: '/wachtwoord-vergeten', public: true },
  { name: 'resetPassword', pattern: '/wachtwoord-herstellen', public: true },
  { name: 'invitation', pattern: '/uitnodiging/:token', public: true },
  { name: 'home', pattern: '/', public: false },
  { name: 'school', pattern: '/scholen/:id', public: false },
  { name: 'team', pattern: '/teams/:id', public: false },
  { name: 'admin', pattern: '/beheer', public: false },
  { name: 'account', pattern: '/account', public: false },
  { name: 'board', pattern: '/teams/:id/bord', public: false, wide: true },
  { name: 'sessions', pattern: '/teams/:id/sessies', public: false },
  { name: 'sessionRecord', pattern: '/sessies/:id', public: false },
  { name: 'goal', pattern: '/doelen/:id', public: false },
  { name: 'obstacles', pattern: '/obstakels', public: false },
];

export const SIGN_IN_PATH = '/inloggen';

export interface RouteMatch {
  route: RouteDef;
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
export function resolveRoute(path: string, routes: readonly RouteDef[] = ROUTES): RouteMatch | null {
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
