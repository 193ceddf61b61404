// A small typed fetch client for the JSON API. It keeps the CSRF token of the
// last response that carried one (login, /me, accept invitation) and sends it on
// every state-changing request, as the server requires for cookie sessions.

export const API_BASE = '/api/v1';

/** The finer reason of a refusal and the bounds the input broke (docs/API.md, "Errors"). */
export interface ErrorDetail {
  reason?: string;
  min?: number;
  max?: number;
}

/** An error response of the API, or a network failure (code "network"). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string;
  /** With a 409 on a stale version: the entity as it is now on the server. */
  readonly current: unknown;
  /** Why, more precisely than the code ("too_long", "out_of_range", ...), and the limit broken. */
  readonly detail: ErrorDetail;

  constructor(status: number, code: string, message: string, field = '', current: unknown = null, detail: ErrorDetail = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.current = current;
    this.detail = detail;
  }

  /** What a page shows for a path whose id cannot be one: the same as the server's 404. */
  static notFound(): ApiError {
    return new ApiError(404, 'not_found', '');
  }
}

/**
 * The entity as it is now on the server, when `error` is a 409 that carries one
 * (a change made on a stale version); otherwise null.
 */
export function currentOnConflict<T extends { id: number; version: number }>(error: unknown): T | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = error.current;
  if (typeof current !== 'object' || current === null || !('id' in current) || !('version' in current)) return null;
  return current as T;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const STATE_CHANGING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads `{"error":{"code","message","field"}}`; anything else becomes a generic error. */
export async function parseError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to the generic error.
  }
  const envelope = body as { error?: Record<string, unknown>; current?: unknown } | null;
  const error = envelope?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(
      response.status,
      error.code,
      typeof error.message === 'string' ? error.message : '',
      typeof error.field === 'string' ? error.field : '',
      envelope?.current ?? null,
      errorDetail(error),
    );
  }
  return new ApiError(response.status, codeForStatus(response.status), response.statusText);
}

function errorDetail(error: Record<string, unknown>): ErrorDetail {
  const detail: ErrorDetail = {};
  if (typeof error.reason === 'string') detail.reason = error.reason;
  if (typeof error.min === 'number') detail.min = error.min;
  if (typeof error.max === 'number') detail.max = error.max;
  return detail;
}

function codeForStatus(status: number): string {
  switch (status) {
    case 400: return 'invalid_argument';
    case 401: return 'unauthenticated';
    case 403: return 'permission_denied';
    case 404: return 'not_found';
    case 409: return 'conflict';
    case 413: return 'payload_too_large';
    case 415: return 'unsupported_media_type';
    case 422: return 'invalid_argument';
    case 429: return 'resource_exhausted';
    case 503: return 'unavailable';
    default: return 'internal';
  }
}

export class ApiClient {
  private csrfToken = '';
  private readonly fetcher: FetchLike;
  /** Called when a request comes back 401, e.g. to send the user to sign in. */
  onUnauthenticated: (() => void) | null = null;

  constructor(fetcher?: FetchLike) {
    this.fetcher = fetcher ?? ((input, init) => fetch(input, init));
  }

  get csrf(): string {
    return this.csrfToken;
  }

  forgetCsrf(): void {
    this.csrfToken = '';
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }
  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }
  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }
  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }
  delete(path: string): Promise<void> {
    return this.request<void>('DELETE', path);
  }

  async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (STATE_CHANGING.has(method) && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;

    let response: Response;
    try {
      response = await this.fetcher(API_BASE + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
    }

    if (!response.ok) {
      const error = await parseError(response);
      if (error.status === 401) this.onUnauthenticated?.();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const data = (text ? JSON.parse(text) : {}) as T;
    this.rememberCsrf(data);
    return data;
  }

  private rememberCsrf(data: unknown): void {
    const token = (data as { csrf_token?: unknown } | null)?.csrf_token;
    if (typeof token === 'string' && token) this.csrfToken = token;
  }
}

export const api = new ApiClient();

/** One path segment from an id or token, escaped, for the endpoint functions of the modules' api.ts. */
export const segment = (value: number | string): string => encodeURIComponent(String(value));
