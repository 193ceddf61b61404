import { afterEach, describe, expect, it, vi } from 'vitest';
import { endSession, session } from './session.svelte';
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
