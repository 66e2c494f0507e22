import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser, waitForMail } from '#test/client.ts';
import { OPERATOR_HEADER } from './operator-access.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** `inject` comes from 127.0.0.1 with no proxy header: what the old outbox trusted. */
const outbox = (headers: Record<string, string> = {}) => t.app.inject({ url: '/api/v1/outbox', headers });
const operator = (headers: Record<string, string>, query = '') =>
  t.app.inject({ url: `/api/v1/operator/outbox${query}`, headers });

describe('outbox', () => {
  it('refuses a request from this machine without a session', async () => {
    const a = await registerUser(t);
    await waitForMail(t, a.email, /verify/i);
    const res = await outbox();
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain(a.email);
  });

  it('shows a signed-in user only their own mail, newest first', async () => {
    const a = await registerUser(t);
    const b = await registerUser(t);
    await waitForMail(t, a.email, /verify/i);
    await waitForMail(t, b.email, /verify/i);
    const mine = await outbox(a.auth);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data.map((m: { to: string }) => m.to)).toEqual([a.email]);
    expect(mine.json().pagination.total).toBe(1);
  });
});

describe('mail delivery', () => {
  it('tells anyone that mail is kept, not sent, when there is no SMTP server', async () => {
    const res = await t.app.inject({ url: '/api/v1/mail/delivery' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ delivery: 'outbox' });
  });
});

describe('operator outbox', () => {
  it('shows every kept mail to the holder of the operator token, filtered by --to', async () => {
    const a = await registerUser(t);
    const b = await registerUser(t);
    await waitForMail(t, a.email, /verify/i);
    await waitForMail(t, b.email, /verify/i);
    const token = { [OPERATOR_HEADER]: t.ctx.mail.operatorToken };
    const all = await operator(token, '?limit=100');
    expect(all.statusCode).toBe(200);
    expect(all.json().data.map((m: { to: string }) => m.to)).toEqual(expect.arrayContaining([a.email, b.email]));
    const one = await operator(token, `?to=${encodeURIComponent(a.email.toUpperCase())}`);
    expect(one.json().data.map((m: { to: string }) => m.to)).toEqual([a.email]);
  });

  it('refuses a wrong or missing token, and a session, whatever the address', async () => {
    const a = await registerUser(t);
    expect((await operator({})).statusCode).toBe(401);
    expect((await operator({ [OPERATOR_HEADER]: `${t.ctx.mail.operatorToken}x` })).statusCode).toBe(401);
    expect((await operator(a.auth)).statusCode).toBe(401);
  });

  it('is not in the API document', async () => {
    const doc = await t.app.inject({ url: '/api/openapi.json' });
    expect(Object.keys(doc.json().paths)).not.toContain('/api/v1/operator/outbox');
    expect(Object.keys(doc.json().paths)).toContain('/api/v1/outbox');
  });
});
