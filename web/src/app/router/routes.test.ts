import { describe, expect, it } from 'vitest';
import { idParam, internalTarget, matchPath, resolveRoute, type RouteDef } from './routes';

// Every module's paths (modules/*/routes.ts), as app/modules.ts puts them together, without their pages.
const tables = import.meta.glob<readonly RouteDef[]>('../../modules/*/routes.ts', { eager: true, import: 'ROUTES' });
const ROUTES = Object.values(tables).flat();
const resolve = (path: string) => resolveRoute(path, ROUTES);

describe('matchPath', () => {
  it('matches literal paths, ignoring a trailing slash', () => {
    expect(matchPath('/inloggen', '/inloggen')).toEqual({});
    expect(matchPath('/inloggen', '/inloggen/')).toEqual({});
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/inloggen', '/beheer')).toBeNull();
  });

  it('captures and decodes parameters', () => {
    expect(matchPath('/scholen/:id', '/scholen/12')).toEqual({ id: '12' });
    expect(matchPath('/uitnodiging/:token', '/uitnodiging/a%2Bb')).toEqual({ token: 'a+b' });
  });

  it('refuses paths of another length or malformed escapes', () => {
    expect(matchPath('/scholen/:id', '/scholen')).toBeNull();
    expect(matchPath('/scholen/:id', '/scholen/1/teams')).toBeNull();
    expect(matchPath('/uitnodiging/:token', '/uitnodiging/%E0%A4%A')).toBeNull();
  });
});

describe('resolveRoute', () => {
  it('has the routes of every module, each name and path once', () => {
    expect(Object.keys(tables).length).toBeGreaterThanOrEqual(2);
    const names = ROUTES.map((route) => route.name);
    const patterns = ROUTES.map((route) => route.pattern);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('finds the page and whether it is public', () => {
    expect(resolve('/')?.route.name).toBe('home');
    expect(resolve('/teams/3')).toMatchObject({ route: { name: 'team', public: false }, params: { id: '3' } });
    expect(resolve('/uitnodiging/xyz')?.route.public).toBe(true);
    expect(resolve('/wachtwoord-herstellen')?.route.name).toBe('resetPassword');
  });

  it('finds the board pages; only the board uses the full width', () => {
    expect(resolve('/teams/3/bord')).toMatchObject({ route: { name: 'board', wide: true }, params: { id: '3' } });
    expect(resolve('/teams/3/sessies')?.route.name).toBe('sessions');
    expect(resolve('/sessies/8')?.route.name).toBe('sessionRecord');
    expect(resolve('/doelen/5')?.route.name).toBe('goal');
    expect(resolve('/obstakels')?.route.name).toBe('obstacles');
    expect(resolve('/teams/3')?.route.wide).toBeFalsy();
  });

  it('returns null for unknown paths (the not-found page)', () => {
    expect(resolve('/bestaat-niet')).toBeNull();
  });
});

describe('idParam', () => {
  it('accepts positive integers only', () => {
    expect(idParam('7')).toBe(7);
    expect(idParam('0')).toBeNull();
    expect(idParam('-1')).toBeNull();
    expect(idParam('1e3')).toBeNull();
    expect(idParam(undefined)).toBeNull();
  });
});

describe('internalTarget', () => {
  const here = { origin: 'http://localhost', pathname: '/scholen/1', search: '' };
  const click = { button: 0, defaultPrevented: false, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
  const anchor = (href: string, attributes: string[] = [], target = '') => ({
    href,
    target,
    hasAttribute: (name: string) => attributes.includes(name),
  });

  it('routes plain clicks on same-origin links', () => {
    expect(internalTarget(click, anchor('http://localhost/teams/4?x=1'), here)).toBe('/teams/4?x=1');
  });

  it('leaves modified clicks, new tabs, downloads and other origins to the browser', () => {
    expect(internalTarget({ ...click, ctrlKey: true }, anchor('http://localhost/teams/4'), here)).toBeNull();
    expect(internalTarget({ ...click, button: 1 }, anchor('http://localhost/teams/4'), here)).toBeNull();
    expect(internalTarget(click, anchor('http://localhost/teams/4', [], '_blank'), here)).toBeNull();
    expect(internalTarget(click, anchor('http://localhost/export.csv', ['download']), here)).toBeNull();
    expect(internalTarget(click, anchor('https://example.org/'), here)).toBeNull();
    expect(internalTarget(click, anchor('http://localhost/api/v1/openapi.json'), here)).toBeNull();
  });

  it('leaves in-page jumps such as the skip link to the browser', () => {
    expect(internalTarget(click, anchor('http://localhost/scholen/1#main'), here)).toBeNull();
  });
});
