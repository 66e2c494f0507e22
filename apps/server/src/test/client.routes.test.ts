import { ApiRequestError, asFormData, createJobPilotClient, download, unwrap, unwrapEnvelope } from '@jobpilot/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { makeApplication, PASSWORD } from './client.ts';

/** A fetch that keeps the session cookie and sends the app's Origin, as a browser on our own pages does. */
function browserFetch(origin: string) {
  let cookie = '';
  return async (request: Request) => {
    if (cookie) request.headers.set('cookie', cookie);
    request.headers.set('origin', origin);
    const response = await fetch(request);
    const set = response.headers.getSetCookie().find((c) => c.includes('session_token='));
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
}

const VCARD = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Archer\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n';

describe('@jobpilot/client against the real server', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => t.close());

  const email = `client-${Date.now()}@example.com`;
  const browser = () => createJobPilotClient({ baseUrl, fetch: browserFetch(new URL(t.ctx.config.publicUrl).origin) });

  it('signs up and then calls with the session cookie, as the web app does', async () => {
    const web = browser();
    const { user, token } = await unwrap(
      web.POST('/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Cli Ent' } }),
    );
    expect(user.email).toBe(email);
    expect(token).not.toBe('');
    expect(await unwrap(web.GET('/api/v1/auth/me'))).toMatchObject({ id: user.id, name: 'Cli Ent' });
    const created = await unwrap(web.POST('/api/v1/applications', { body: makeApplication({ company: 'Cookie Co' }) }));
    expect(created.company).toBe('Cookie Co');
  });

  it('calls with a bearer token, as an extension or a third party does, and reads a list with its pagination', async () => {
    const login = await unwrap(
      createJobPilotClient({ baseUrl }).POST('/api/v1/auth/login', { body: { email, password: PASSWORD } }),
    );
    const remote = createJobPilotClient({ baseUrl, token: login.token });
    await unwrap(remote.POST('/api/v1/applications', { body: makeApplication({ company: 'Bearer Ltd' }) }));
    const page = await unwrapEnvelope(
      remote.GET('/api/v1/applications', { params: { query: { limit: 1, sort: 'company' } } }),
    );
    expect(page.pagination).toMatchObject({ total: 2, limit: 1, hasNext: true });
    expect(page.data.map((a) => a.company)).toEqual(['Bearer Ltd']);
  });

  it('maps the error envelope to ApiRequestError with code, message, field and status', async () => {
    const anonymous = createJobPilotClient({ baseUrl });
    const unauthenticated = await unwrap(anonymous.GET('/api/v1/auth/me')).catch((e: unknown) => e);
    expect(unauthenticated).toBeInstanceOf(ApiRequestError);
    expect(unauthenticated).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    const refused = await unwrap(
      anonymous.POST('/api/v1/auth/register', { body: { email: `x${email}`, password: 'short', name: 'X' } }),
    ).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'password',
      status: 422,
      message: expect.stringMatching(/at least/),
    });
  });

  it('uploads a file as multipart and downloads the export under its server-given name', async () => {
    const remote = createJobPilotClient({ baseUrl, token: await tokenOf(email) });
    const file = new File([VCARD], 'people.vcf', { type: 'text/vcard' });
    const result = await unwrap(
      remote.POST('/api/v1/contacts/import', {
        params: { query: { mode: 'commit' } },
        body: { file, format: 'vcf' },
        bodySerializer: asFormData,
      }),
    );
    expect(result).toMatchObject({ format: 'vcf', committed: true, counts: { created: 1 } });

    const exported = await download(
      remote.GET('/api/v1/contacts/export', { params: { query: { format: 'vcf' } }, parseAs: 'blob' }),
      'contacts.vcf',
    );
    expect(exported.filename).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    expect(await exported.blob.text()).toContain('FN:Ann Archer');
  });

  async function tokenOf(address: string) {
    return (
      await unwrap(
        createJobPilotClient({ baseUrl }).POST('/api/v1/auth/login', { body: { email: address, password: PASSWORD } }),
      )
    ).token;
  }
});
