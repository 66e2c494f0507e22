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

  it('shows a signed-in user only their own notices, newest first', async () => {
    const a = await registerUser(t);
    const b = await registerUser(t);
    await waitForMail(t, a.email, /verify/i);
    await waitForMail(t, b.email, /verify/i);
    await t.ctx.api.mail.deliver({
      to: a.email,
      subject: 'Reminder: call Acme',
      text: 'Call Acme at 3.',
      kind: 'notice',
    });
    await t.ctx.api.mail.deliver({
      to: b.email,
      subject: 'Reminder: call Globex',
      text: 'Call Globex.',
      kind: 'notice',
    });
    const mine = await outbox(a.auth);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data.map((m: { to: string; subject: string }) => [m.to, m.subject])).toEqual([
      [a.email, 'Reminder: call Acme'],
    ]);
    expect(mine.json().pagination.total).toBe(1);
  });

  it('never shows a signed-in user a verification or reset link, which only the operator sees', async () => {
    // Whoever registers an address they do not own must not be able to verify it from their own Outbox.
    const a = await registerUser(t);
    await waitForMail(t, a.email, /verify/i);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/forgot-password',
      payload: { email: a.email },
    });
    expect(reset.statusCode).toBeLessThan(300);
    await waitForMail(t, a.email, /reset/i);
    const mine = await outbox(a.auth);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data).toEqual([]);
    expect(mine.body).not.toMatch(/token=/);
    const all = await operator(
      { [OPERATOR_HEADER]: t.ctx.api.mail.operatorToken },
      `?to=${encodeURIComponent(a.email)}`,
    );
    expect(all.json().data.map((m: { subject: string }) => m.subject)).toEqual([
      'Reset your JobPilot password',
      'Verify your email address for JobPilot',
    ]);
    expect(all.body).toMatch(/verify-email\?token=/);
  });

  it('counts mail without a kind (a job queued by an older build) as an account link', async () => {
    const a = await registerUser(t);
    await t.ctx.api.mail.deliver({
      to: a.email,
      subject: 'Verify again',
      text: 'https://jobs.test/verify-email?token=x',
    });
    expect((await outbox(a.auth)).json().data).toEqual([]);
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
    const token = { [OPERATOR_HEADER]: t.ctx.api.mail.operatorToken };
    const all = await operator(token, '?limit=100');
    expect(all.statusCode).toBe(200);
    expect(all.json().data.map((m: { to: string }) => m.to)).toEqual(expect.arrayContaining([a.email, b.email]));
    const one = await operator(token, `?to=${encodeURIComponent(a.email.toUpperCase())}`);
    expect(one.json().data.map((m: { to: string }) => m.to)).toEqual([a.email]);
  });

  it('refuses a wrong or missing token, and a session, whatever the address', async () => {
    const a = await registerUser(t);
    expect((await operator({})).statusCode).toBe(401);
    expect((await operator({ [OPERATOR_HEADER]: `${t.ctx.api.mail.operatorToken}x` })).statusCode).toBe(401);
    expect((await operator(a.auth)).statusCode).toBe(401);
  });

  it('is not in the API document', async () => {
    const doc = await t.app.inject({ url: '/api/openapi.json' });
    expect(Object.keys(doc.json().paths)).not.toContain('/api/v1/operator/outbox');
    expect(Object.keys(doc.json().paths)).toContain('/api/v1/outbox');
  });
});
