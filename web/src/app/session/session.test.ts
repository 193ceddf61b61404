import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLocale, endSession, session, startSession } from './session.svelte';
import { i18n } from '../../i18n/i18n.svelte';
import type { Me } from '../../api/types';

const me = { user: { id: 1, email: 'a@b.nl', name: 'A', is_admin: false, locale: 'nl' }, memberships: [], csrf_token: 't' } as Me;

function answer(status: number): Response {
  const body = status === 204 ? null : JSON.stringify({ error: { code: status === 401 ? 'unauthenticated' : 'internal', message: '', field: '' } });
  return new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

describe('endSession', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('signs out when the server says the session had already ended', async () => {
    session.me = me;
    vi.stubGlobal('fetch', vi.fn(async () => answer(401)));
    await expect(endSession()).resolves.toBeUndefined();
    expect(session.me).toBeNull();
  });

  it('forgets the session but reports a failure of the server', async () => {
    session.me = me;
    vi.stubGlobal('fetch', vi.fn(async () => answer(500)));
    await expect(endSession()).rejects.toThrow();
    expect(session.me).toBeNull();
  });
});

describe('the language at sign-in', () => {
  const store = () => {
    const values = new Map<string, string>();
    return {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
      removeItem: (key: string) => void values.delete(key),
    };
  };

  beforeEach(() => {
    vi.stubGlobal('sessionStorage', store());
    vi.stubGlobal('localStorage', store());
    vi.stubGlobal('document', { documentElement: { lang: 'nl' } });
    session.me = null;
    i18n.locale = 'nl';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    i18n.locale = 'nl';
  });

  it('keeps a language chosen before signing in and stores it on the account', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ...me, user: { ...me.user, locale: 'en' } }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await chooseLocale('en');
    expect(fetch).not.toHaveBeenCalled();
    startSession(me);
    expect(i18n.locale).toBe('en');
    await vi.waitFor(() => expect(session.me?.user.locale).toBe('en'));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/me');
    expect(init.method).toBe('PATCH');
    expect(JSON.parse(String(init.body))).toEqual({ locale: 'en' });
  });

  it('takes the account’s language when none was chosen before signing in', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    startSession({ ...me, user: { ...me.user, locale: 'en' } });
    expect(i18n.locale).toBe('en');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('changes nothing on the account when the chosen language is the account’s', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await chooseLocale('en');
    await chooseLocale('nl');
    startSession(me);
    expect(i18n.locale).toBe('nl');
    expect(fetch).not.toHaveBeenCalled();
  });
});
