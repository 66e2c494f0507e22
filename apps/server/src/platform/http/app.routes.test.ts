import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';

let t: TestApp;
let web: string;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'jobpilot-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>JobPilot</title><div id="root"></div>');
  t = await createTestApp({ WEB_DIST: web });
});
afterAll(async () => {
  await t.close();
  rmSync(web, { recursive: true, force: true });
});

describe('platform routes', () => {
  it('answers /health and /ready', async () => {
    expect((await t.app.inject('/health')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('answers URLs the router refuses in the error envelope', async () => {
    for (const url of ['/api/v1/applications/%ED%A0%80/history', `/api/v1/applications/${'x'.repeat(4000)}`]) {
      const res = await t.app.inject(url);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ success: false, error: { code: 'BAD_REQUEST' }, statusCode: 400 });
    }
  });

  it('publishes OpenAPI 3.1 with the v1 paths and a reference UI', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/applications', '/api/v1/applications/{id}/history', '/api/v1/auth/login']),
    );
    const docs = await t.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('allows inline scripts on the API reference only', async () => {
    const scriptSrc = (res: { headers: Record<string, unknown> }) =>
      /(?:^|;)\s*script-src ([^;]*)/.exec(String(res.headers['content-security-policy']))?.[1];
    for (const url of ['/', '/applications', '/api/v1/auth/me', '/health', '/api/openapi.json']) {
      expect(scriptSrc(await t.app.inject(url)), url).toBe("'self'");
    }
    const docs = await t.app.inject('/api/docs/');
    expect(scriptSrc(docs)).toBe("'self' 'unsafe-inline'");
    expect(docs.headers['content-security-policy']).toContain("default-src 'self'");
    expect(docs.headers['content-security-policy']).toContain("object-src 'none'");
    expect(String(docs.headers['content-security-policy']).match(/script-src /g)).toHaveLength(1);
    expect(scriptSrc(await t.app.inject('/api/docs/js/scalar.js'))).toBe("'self' 'unsafe-inline'");
  });

  it('lets the app frame its own object URLs (the résumé print preview) and nothing from elsewhere', async () => {
    const policy = String((await t.app.inject('/resumes')).headers['content-security-policy']);
    expect(/(?:^|;)\s*frame-src ([^;]*)/.exec(policy)?.[1]).toBe("'self' blob:");
  });

  it('echoes a sent X-Request-ID and makes one otherwise', async () => {
    const echoed = await t.app.inject({ url: '/health', headers: { 'x-request-id': 'trace-123' } });
    expect(echoed.headers['x-request-id']).toBe('trace-123');
    const made = await t.app.inject('/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await t.app.inject({ url: '/health', headers: { 'x-request-id': 'a b\nc' } });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown API routes with the JSON error envelope', async () => {
    const res = await t.app.inject('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ success: false, statusCode: 404, error: { code: 'NOT_FOUND' } });
    const post = await t.app.inject({ method: 'POST', url: '/nothing', payload: {} });
    expect(post.json().error.code).toBe('NOT_FOUND');
  });

  it('serves the web app for its client-side routes', async () => {
    for (const url of ['/', '/applications', '/reset-password?token=abc']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<div id="root">');
    }
  });

  it('answers 415 to a body that is not JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
