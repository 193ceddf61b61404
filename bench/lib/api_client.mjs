// A client of the JSON API for the load scripts: it keeps the session cookie
// it is given (or the one a sign-in sets) and sends the CSRF token with writes.
//   const api = apiClient('http://127.0.0.1:8080');
//   await api.ok('POST', '/api/v1/auth/login', {...}); api.csrf = (await api.ok('GET', '/api/v1/me')).csrf_token;
// `api.base` may be changed (a restarted server); `call` answers { status, json }, `ok` throws unless 2xx.
export function apiClient(base, cookie = '') {
  const api = {
    base,
    cookie,
    csrf: '',
    async call(method, path, body, through = api.base) {
      const headers = { cookie: api.cookie };
      if (method !== 'GET') headers['x-csrf-token'] = api.csrf;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(through + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      if (!api.cookie) api.cookie = /sb_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? '';
      return { status: response.status, json: text ? JSON.parse(text) : null };
    },
    async ok(method, path, body) {
      const r = await api.call(method, path, body);
      if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
      return r.json;
    },
  };
  return api;
}
