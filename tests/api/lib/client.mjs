// A tiny API client that behaves like the browser: keeps the session cookie
// and sends the CSRF token on state-changing requests.
export const DEMO_PASSWORD = 'demo-samenbeter';
export const demo = (who) => `${who}@demo.samenbeter.nl`;

export class Client {
  constructor(base) {
    this.base = base;
    this.cookie = '';
    this.csrf = '';
  }

  async request(method, path, body, { headers = {}, raw = false } = {}) {
    const init = { method, headers: { ...headers }, redirect: 'manual' };
    if (this.cookie) init.headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf && !('x-csrf-token' in init.headers)) init.headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) {
      init.body = raw ? body : JSON.stringify(body);
      if (!('content-type' in init.headers)) init.headers['content-type'] = 'application/json';
    }
    const response = await fetch(this.base + path, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const value = /sb_session=([^;]*)/.exec(setCookie)?.[1] ?? '';
      this.cookie = value ? `sb_session=${value}` : '';
    }
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    if (json && typeof json.csrf_token === 'string') this.csrf = json.csrf_token;
    return { status: response.status, headers: response.headers, json, text };
  }

  get(path, options) { return this.request('GET', path, undefined, options); }
  post(path, body, options) { return this.request('POST', path, body, options); }
  patch(path, body, options) { return this.request('PATCH', path, body, options); }
  put(path, body, options) { return this.request('PUT', path, body, options); }
  delete(path, options) { return this.request('DELETE', path, undefined, options); }

  async login(email, password = DEMO_PASSWORD) {
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${response.text}`);
    return response.json;
  }
}

export async function signedIn(base, who) {
  const client = new Client(base);
  await client.login(who.includes('@') ? who : demo(who));
  return client;
}

// The demo school leader, signed in, with the id of her school.
export async function schoolLeader(base) {
  const leader = await signedIn(base, 'schoolleider');
  const schoolId = (await leader.get('/api/v1/me')).json.memberships[0].school_id;
  return { leader, schoolId };
}
