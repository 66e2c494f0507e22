import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '#modules/files/test-documents.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { cookieHeaders, makeApplication, type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
let user: SignedInUser;
beforeAll(async () => {
  t = await createTestApp();
  user = await signedInUser(t);
});
afterAll(() => t.close());

const VCARD = Buffer.from('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nEMAIL:grace@example.com\r\nEND:VCARD\r\n');
const CSV = Buffer.from('company,position\r\nInitech,Engineer\r\n');

/** Bodies of each kind a page on another site can send without a preflight, and JSON for good measure. */
const bodies = {
  json: () => ({ headers: { 'content-type': 'application/json' }, payload: JSON.stringify(makeApplication()) }),
  urlencoded: () => ({
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'company=Evil&position=Planted',
  }),
  'text/plain': () => ({ headers: { 'content-type': 'text/plain' }, payload: '{"company":"Evil","position":"x"}' }),
  contacts: () => multipart({ filename: 'evil.vcf', contentType: 'text/vcard', data: VCARD }),
  applications: () => multipart({ filename: 'evil.csv', contentType: 'text/csv', data: CSV }),
};
const routes = [
  { name: 'POST /applications (JSON route)', url: '/api/v1/applications', kinds: ['json', 'urlencoded', 'text/plain'] },
  { name: 'POST /contacts/import?mode=commit', url: '/api/v1/contacts/import?mode=commit', kinds: ['contacts'] },
  { name: 'POST /applications/import', url: '/api/v1/applications/import', kinds: ['applications'] },
] as const;

const send = (url: string, kind: keyof typeof bodies, headers: Record<string, string>) => {
  const body = bodies[kind]();
  return t.app.inject({ method: 'POST', url, headers: { ...body.headers, ...headers }, payload: body.payload });
};
const counts = async () => {
  const get = (url: string) => t.app.inject({ url, headers: user.auth }).then((r) => r.json().pagination.total);
  return { applications: await get('/api/v1/applications'), contacts: await get('/api/v1/contacts') };
};

const foreign: Record<string, Record<string, string>> = {
  'Origin: http://evil.example': { origin: 'http://evil.example' },
  'a same-site origin on another port': { origin: 'http://localhost:9999' },
  'Origin: null': { origin: 'null' },
  'Sec-Fetch-Site: cross-site': { 'sec-fetch-site': 'cross-site' },
  'Sec-Fetch-Site: same-site': { 'sec-fetch-site': 'same-site' },
};

describe('a cookie-authenticated request from another site', () => {
  for (const route of routes) {
    for (const kind of route.kinds) {
      for (const [label, headers] of Object.entries(foreign)) {
        it(`${route.name}, ${kind}, ${label}: 403 and nothing saved`, async () => {
          const before = await counts();
          const res = await send(route.url, kind, { cookie: user.cookie, ...headers });
          expect(res.statusCode).toBe(403);
          expect(res.json().error.code).toBe('CROSS_SITE_REQUEST');
          expect(res.json().error.message).toMatch(/another site.*Open JobPilot at http:\/\/localhost:3000/);
          expect(await counts()).toEqual(before);
        });
      }
    }
  }

  it('is refused for PUT, PATCH and DELETE too, and the application stays as it was', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: user.auth,
      payload: makeApplication(),
    });
    const id = created.json().data.id;
    const evil = { cookie: user.cookie, origin: 'http://evil.example' };
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: evil,
      payload: { status: 'rejected' },
    });
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/profile',
      headers: evil,
      payload: { name: 'Pwned' },
    });
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/applications/${id}`, headers: evil });
    expect([patch.statusCode, put.statusCode, del.statusCode]).toEqual([403, 403, 403]);
    const after = await t.app.inject({ url: `/api/v1/applications/${id}`, headers: user.auth });
    expect(after.json().data.status).toBe('saved');
  });
});

describe('requests the check lets through', () => {
  it("the app's own origin saves, on the JSON route and both imports", async () => {
    const before = await counts();
    const own = cookieHeaders(t, user);
    expect((await send('/api/v1/applications', 'json', own)).statusCode).toBe(201);
    expect((await send('/api/v1/contacts/import?mode=commit', 'contacts', own)).statusCode).toBe(201);
    const imported = await send('/api/v1/applications/import', 'applications', own);
    expect(imported.statusCode).toBe(201);
    expect(await counts()).toEqual({ applications: before.applications + 2, contacts: before.contacts + 1 });
  });

  it('Sec-Fetch-Site same-origin, and the origin the server was reached at', async () => {
    const sameOrigin = await send('/api/v1/applications', 'json', {
      cookie: user.cookie,
      'sec-fetch-site': 'same-origin',
    });
    expect(sameOrigin.statusCode).toBe(201);
    const reached = await send('/api/v1/applications', 'json', {
      cookie: user.cookie,
      host: '127.0.0.1:3000',
      origin: 'http://127.0.0.1:3000',
    });
    expect(reached.statusCode).toBe(201);
  });

  it('a bearer token from any origin, and a request without the session cookie', async () => {
    const bearer = await send('/api/v1/applications', 'json', {
      ...user.auth,
      origin: 'http://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(bearer.statusCode).toBe(201);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/forgot-password',
      headers: { origin: 'http://evil.example', cookie: 'theme=dark' },
      payload: { email: user.email },
    });
    expect(anonymous.statusCode).toBe(200);
  });

  it('a cookie request with neither Origin nor Sec-Fetch-Site (no browser sends that cross-site)', async () => {
    const res = await send('/api/v1/applications', 'json', { cookie: user.cookie });
    expect(res.statusCode).toBe(201);
  });
});
