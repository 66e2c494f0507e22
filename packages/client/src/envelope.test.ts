import { describe, expect, it } from 'vitest';
import { asFormData, createJobPilotClient } from './client.js';
import { download, filenameOf, unwrap, unwrapEnvelope } from './envelope.js';
import { ApiRequestError, errorMessage, NETWORK_ERROR, toApiError } from './errors.js';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A client whose fetch answers `answer` and remembers the request it was given. */
function clientAnswering(answer: (request: Request) => Response | Promise<Response>, token?: string) {
  const seen: Request[] = [];
  const api = createJobPilotClient({
    baseUrl: 'http://jobpilot.test',
    ...(token ? { token } : {}),
    fetch: async (request) => {
      seen.push(request);
      return answer(request);
    },
  });
  return { api, seen };
}

const envelope = {
  success: false,
  error: { code: 'VALIDATION_FAILED', message: 'Enter a valid email address', field: 'email', details: [1] },
  statusCode: 422,
  timestamp: '2026-01-01T00:00:00.000Z',
};

describe('envelope helpers', () => {
  it('returns the data of a success envelope, or the whole envelope with its pagination', async () => {
    const pagination = { page: 1, limit: 20, total: 0, totalPages: 1, hasNext: false, hasPrev: false };
    const { api, seen } = clientAnswering(() => json(200, { success: true, data: [], pagination, timestamp: 't' }));
    const body = await unwrapEnvelope(api.GET('/api/v1/applications', { params: { query: { limit: 20 } } }));
    expect(body.pagination).toEqual(pagination);
    expect(await unwrap(api.GET('/api/v1/applications'))).toEqual([]);
    expect(seen[0]?.url).toBe('http://jobpilot.test/api/v1/applications?limit=20');
    expect(seen[0]?.credentials).toBe('same-origin');
  });

  it('sends a bearer token without cookies when given one', async () => {
    const { api, seen } = clientAnswering(() => new Response(null, { status: 204 }), 'secret-token');
    expect(await unwrapEnvelope(api.DELETE('/api/v1/applications/{id}', { params: { path: { id: 'x' } } }))).toBe(
      undefined,
    );
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer secret-token');
    expect(seen[0]?.credentials).toBe('omit');
  });

  it('throws the error envelope as an ApiRequestError with code, message, field, details and status', async () => {
    const { api } = clientAnswering(() => json(422, envelope));
    const error = await unwrap(api.GET('/api/v1/auth/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'email', details: [1], status: 422 });
    expect(errorMessage(error)).toBe('Enter a valid email address');
  });

  it('turns a failed connection into NETWORK_ERROR and a proxy 413 page into a sentence', async () => {
    const offline = createJobPilotClient({ fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expect(unwrap(offline.GET('/api/v1/auth/me'))).rejects.toMatchObject({ code: NETWORK_ERROR, status: 0 });
    const proxy = clientAnswering(() => new Response('<html>413 Request Entity Too Large</html>', { status: 413 }));
    await expect(unwrap(proxy.api.GET('/api/v1/auth/me'))).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The file is too large to upload.',
      field: 'file',
    });
    expect(toApiError(502, 'Bad Gateway').message).toBe('JobPilot ran into a problem. Please try again in a moment.');
  });

  it('downloads a file under the exact name the server gave it, or throws its envelope', async () => {
    const headers = { 'content-disposition': `attachment; filename="Zo_.vcf"; filename*=UTF-8''Zo%C3%AB.vcf` };
    const ok = clientAnswering(() => new Response('BEGIN:VCARD', { status: 200, headers }));
    const file = await download(ok.api.GET('/api/v1/contacts/export', { parseAs: 'blob' }), 'contacts.vcf');
    expect(file.filename).toBe('Zoë.vcf');
    expect(await file.blob.text()).toBe('BEGIN:VCARD');
    const refused = clientAnswering(() =>
      json(401, { ...envelope, error: { code: 'UNAUTHORIZED', message: 'Sign in' } }),
    );
    await expect(download(refused.api.GET('/api/v1/export', { parseAs: 'blob' }), 'x.json')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      status: 401,
    });
    expect(filenameOf('attachment; filename="plain.csv"', 'x')).toBe('plain.csv');
    expect(filenameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });

  it('puts text fields before the file in a multipart body', async () => {
    const form = asFormData({ file: new Blob(['x']), format: 'vcf', skipped: undefined });
    expect([...form.keys()]).toEqual(['format', 'file']);
  });
});
