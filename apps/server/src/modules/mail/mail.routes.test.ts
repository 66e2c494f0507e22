import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser, waitForMail } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const outbox = (headers: Record<string, string> = {}) => t.app.inject({ url: '/api/v1/outbox', headers });

describe('outbox', () => {
  it('shows every kept mail to a request from this machine, newest first', async () => {
    const a = await registerUser(t);
    const b = await registerUser(t);
    await waitForMail(t, a.email, /verify/i);
    await waitForMail(t, b.email, /verify/i);
    const res = await outbox();
    expect(res.statusCode).toBe(200);
    const to = res.json().data.map((m: { to: string }) => m.to);
    expect(to).toEqual(expect.arrayContaining([a.email, b.email]));
    expect(res.json().pagination.total).toBeGreaterThanOrEqual(2);
  });

  it('through a proxy, shows a user only their own mail and refuses strangers', async () => {
    const a = await registerUser(t);
    await registerUser(t);
    await waitForMail(t, a.email, /verify/i);
    const proxied = { 'x-forwarded-for': '203.0.113.9' };
    expect((await outbox(proxied)).statusCode).toBe(401);
    const mine = await outbox({ ...proxied, ...a.auth });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data.map((m: { to: string }) => m.to)).toEqual([a.email]);
  });
});
