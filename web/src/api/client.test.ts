import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, currentOnConflict, parseError, segment } from './client';

interface Call {
  url: string;
  init: RequestInit;
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function clientAnswering(...responses: Response[]) {
  const calls: Call[] = [];
  const client = new ApiClient(async (url, init) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next;
  });
  return { client, calls };
}

const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];

describe('parseError', () => {
  it('reads code, message and field of the error body', async () => {
    const error = await parseError(
      jsonResponse(409, { error: { code: 'already_exists', message: 'BRIN in use', field: 'brin' } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.code).toBe('already_exists');
    expect(error.message).toBe('BRIN in use');
    expect(error.field).toBe('brin');
  });

  it('keeps the current entity of a stale-version conflict', async () => {
    const current = { id: 9, text: 'Nieuwe tekst', version: 4 };
    const error = await parseError(
      jsonResponse(409, { error: { code: 'conflict', message: 'stale', field: 'version' }, current }),
    );
    expect(error.code).toBe('conflict');
    expect(error.current).toEqual(current);
    const plain = await parseError(jsonResponse(404, { error: { code: 'not_found', message: 'x' } }));
    expect(plain.current).toBeNull();
  });

  it('reads the reason and the bounds of a refusal, and leaves them out when absent', async () => {
    const error = await parseError(jsonResponse(400, {
      error: { code: 'invalid_argument', message: 'too long', field: 'text', reason: 'too_long', max: 500 },
    }));
    expect(error.detail).toEqual({ reason: 'too_long', max: 500 });
    const plain = await parseError(jsonResponse(409, { error: { code: 'conflict', message: 'x', field: 'version' } }));
    expect(plain.detail).toEqual({});
  });

  it('treats a missing field as the empty string', async () => {
    const error = await parseError(jsonResponse(401, { error: { code: 'unauthenticated', message: 'no' } }));
    expect(error.field).toBe('');
  });

  it('derives a code from the status when the body is not an API error', async () => {
    const error = await parseError(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error.code).toBe('internal');
    const missing = await parseError(new Response('', { status: 404 }));
    expect(missing.code).toBe('not_found');
  });
});

describe('ApiClient', () => {
  it('sends JSON to /api/v1 with same-origin credentials', async () => {
    const { client, calls } = clientAnswering(jsonResponse(201, { id: 4, name: 'Groep 7' }));
    const team = await client.post<{ id: number }>('/schools/1/teams', { name: 'Groep 7' });
    expect(team.id).toBe(4);
    expect(calls[0].url).toBe('/api/v1/schools/1/teams');
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(header(calls[0], 'Content-Type')).toBe('application/json');
    expect(calls[0].init.body).toBe('{"name":"Groep 7"}');
  });

  it('sends the CSRF token of the last /me on state-changing requests only', async () => {
    const { client, calls } = clientAnswering(
      jsonResponse(200, { user: {}, memberships: [], csrf_token: 'token-1' }),
      jsonResponse(200, { schools: [] }),
      jsonResponse(200, { user: {}, memberships: [], csrf_token: 'token-2' }),
      new Response(null, { status: 204 }),
    );
    await client.get('/me');
    await client.get('/schools');
    expect(header(calls[1], 'X-CSRF-Token')).toBeUndefined();
    await client.patch('/me', { locale: 'en' });
    expect(header(calls[2], 'X-CSRF-Token')).toBe('token-1');
    await client.delete('/memberships/3');
    expect(header(calls[3], 'X-CSRF-Token')).toBe('token-2');
  });

  it('sends no CSRF header before any token is known, and none after forgetting it', async () => {
    const { client, calls } = clientAnswering(
      jsonResponse(200, { csrf_token: 'abc' }),
      new Response(null, { status: 204 }),
    );
    await client.post('/auth/login', { email: 'a@b.nl', password: 'x' });
    expect(header(calls[0], 'X-CSRF-Token')).toBeUndefined();
    client.forgetCsrf();
    await client.post('/auth/logout');
    expect(header(calls[1], 'X-CSRF-Token')).toBeUndefined();
  });

  it('returns undefined for 204 No Content', async () => {
    const { client } = clientAnswering(new Response(null, { status: 204 }));
    await expect(client.delete('/invitations/9')).resolves.toBeUndefined();
  });

  it('throws a typed ApiError and reports 401 to its listener', async () => {
    const { client } = clientAnswering(
      jsonResponse(401, { error: { code: 'unauthenticated', message: 'expired', field: '' } }),
    );
    const listener = vi.fn();
    client.onUnauthenticated = listener;
    await expect(client.get('/me')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('turns a failed fetch into an ApiError with code "network"', async () => {
    const client = new ApiClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.get('/health')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('currentOnConflict', () => {
  it('gives the entity a stale change found on the server', () => {
    const current = { id: 4, version: 7, text: 'Nu' };
    expect(currentOnConflict(new ApiError(409, 'conflict', 'stale', 'version', current))).toBe(current);
  });

  it('is null for a 409 without an entity, for other errors and for anything else', () => {
    expect(currentOnConflict(new ApiError(409, 'conflict', 'stale'))).toBeNull();
    expect(currentOnConflict(new ApiError(409, 'conflict', 'stale', '', { id: 4 }))).toBeNull();
    expect(currentOnConflict(new ApiError(404, 'not_found', '', '', { id: 4, version: 1 }))).toBeNull();
    expect(currentOnConflict(new Error('boom'))).toBeNull();
  });
});

describe('ApiError.notFound and segment', () => {
  it('stand for a missing page and one escaped path segment', () => {
    expect(ApiError.notFound()).toMatchObject({ status: 404, code: 'not_found', message: '' });
    expect(segment(12)).toBe('12');
    expect(segment('a+b/c')).toBe('a%2Bb%2Fc');
  });
});
