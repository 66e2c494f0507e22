import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { PASSWORD, registerUser, sessionCookie, tokenIn, waitForMail } from '#test/client.ts';
import { verifications } from './identity.table.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });
const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

describe('register', () => {
  it('creates the account, signs in with an HTTP-only cookie and returns a token', async () => {
    const res = await post('/auth/register', { email: 'Ada@Example.com', password: PASSWORD, name: 'Ada Lovelace' });
    expect(res.statusCode).toBe(201);
    const { user, token } = res.json().data;
    expect(user).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', emailVerified: false, role: 'user' });
    expect(token).toEqual(expect.any(String));
    const cookie = res.cookies.find((c) => c.name.endsWith('session_token'));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect((await me({ cookie: sessionCookie(res) })).json().data.email).toBe('ada@example.com');
  });

  it('refuses a taken email with 409 and short passwords with 422', async () => {
    const user = await registerUser(t);
    const taken = await post('/auth/register', { email: user.email, password: PASSWORD, name: 'Again' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email' });

    const short = await post('/auth/register', { email: 'short@example.com', password: '123456789', name: 'S' });
    expect(short.statusCode).toBe(422);
    expect(short.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password' });
    expect(short.json().error.message).toContain('10');

    const badEmail = await post('/auth/register', { email: 'not-an-email', password: PASSWORD, name: 'S' });
    expect(badEmail.json().error.field).toBe('email');
  });

  it('sends a verification mail through the queue; verifying flips emailVerified', async () => {
    const user = await registerUser(t);
    expect((await me(user.auth)).json().data.emailVerified).toBe(false);
    const mail = await waitForMail(t, user.email, /verify/i);
    expect(mail.text).toContain('/verify-email?token=');
    const bad = await post('/auth/verify-email', { token: 'forged' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_TOKEN');
    const ok = await post('/auth/verify-email', { token: tokenIn(mail.text) });
    expect(ok.statusCode).toBe(200);
    // At once, although the session was cached as unverified a moment ago.
    expect((await me(user.auth)).json().data.emailVerified).toBe(true);
    expect((await me({ cookie: user.cookie })).json().data.emailVerified).toBe(true);
    const again = await post('/auth/send-verification', {}, user.auth);
    expect(again.statusCode).toBe(409);
  });

  it('resends the verification mail on request', async () => {
    const user = await registerUser(t);
    await waitForMail(t, user.email, /verify/i);
    const res = await post('/auth/send-verification', {}, user.auth);
    expect(res.statusCode).toBe(200);
    await expect
      .poll(async () => (await t.ctx.api.mail.outbox.list({ to: user.email, page: 1, limit: 10 })).total, {
        timeout: 10_000,
      })
      .toBe(2);
  });
});

describe('login and logout', () => {
  it('answers a wrong email and a wrong password the same way', async () => {
    const user = await registerUser(t);
    const wrongPassword = await post('/auth/login', { email: user.email, password: 'not-the-password' });
    const wrongEmail = await post('/auth/login', { email: 'nobody@example.com', password: PASSWORD });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongEmail.statusCode).toBe(401);
    const strip = (b: { timestamp?: string }) => ({ ...b, timestamp: undefined });
    expect(strip(wrongPassword.json())).toEqual(strip(wrongEmail.json()));
    expect(wrongPassword.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('signs in with cookie and bearer token; logout ends the session', async () => {
    const user = await registerUser(t);
    const login = await post('/auth/login', { email: user.email.toUpperCase(), password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const bearer = { authorization: `Bearer ${login.json().data.token}` };
    const cookie = { cookie: sessionCookie(login) };
    expect((await me(bearer)).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);

    const out = await post('/auth/logout', {}, cookie);
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((c) => c.name.endsWith('session_token'))?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await me(bearer)).statusCode).toBe(401);
    expect((await me(user.auth)).statusCode).toBe(200);
  });

  it('answers 401 on /me without a session', async () => {
    const res = await me({});
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('password reset', () => {
  it('mails a link; the new password works, the old one and old sessions do not', async () => {
    const user = await registerUser(t);
    const unknown = await post('/auth/forgot-password', { email: 'ghost@example.com' });
    const known = await post('/auth/forgot-password', { email: user.email });
    expect(unknown.statusCode).toBe(200);
    expect(known.json().message).toBe(unknown.json().message);

    const otherDevice = await post('/auth/login', { email: user.email, password: PASSWORD });
    const oldSession = { cookie: sessionCookie(otherDevice) };
    expect((await me(oldSession)).statusCode).toBe(200);

    const mail = await waitForMail(t, user.email, /reset/i);
    const token = tokenIn(mail.text);
    const weak = await post('/auth/reset-password', { token, password: 'short' });
    expect(weak.json().error.field).toBe('password');
    const reset = await post('/auth/reset-password', { token, password: 'a-brand-new-passphrase' });
    expect(reset.statusCode).toBe(200);
    const reused = await post('/auth/reset-password', { token, password: 'another-new-passphrase' });
    expect(reused.json().error.code).toBe('INVALID_TOKEN');

    expect((await me(oldSession)).statusCode).toBe(401);
    expect((await me(user.auth)).statusCode).toBe(401);
    expect((await post('/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(401);
    expect((await post('/auth/login', { email: user.email, password: 'a-brand-new-passphrase' })).statusCode).toBe(200);
  });
});

describe('reset links', () => {
  /** Asks for a reset of `email` and returns the token of the link that arrives. */
  async function askForReset(email: string, seen: number): Promise<string> {
    expect((await post('/auth/forgot-password', { email })).statusCode).toBe(200);
    await expect
      .poll(async () => (await t.ctx.api.mail.outbox.list({ to: email, page: 1, limit: 50 })).total, {
        timeout: 10_000,
      })
      .toBe(seen + 1);
    const { rows } = await t.ctx.api.mail.outbox.list({ to: email, page: 1, limit: 50 });
    const resets = rows.filter((r) => /reset/i.test(r.subject)).map((r) => tokenIn(r.text));
    const fresh = resets.filter((token) => !issued.has(token));
    expect(fresh).toHaveLength(1);
    issued.add(fresh[0] as string);
    return fresh[0] as string;
  }
  const issued = new Set<string>();
  const reset = (token: string, password: string) => post('/auth/reset-password', { token, password });

  it('a new request voids the older link; the newer one works', async () => {
    const user = await registerUser(t);
    await waitForMail(t, user.email, /verify/i);
    const first = await askForReset(user.email, 1);
    const second = await askForReset(user.email, 2);

    const old = await reset(first, 'an-older-link-passphrase');
    expect(old.statusCode).toBe(400);
    expect(old.json().error.code).toBe('INVALID_TOKEN');
    expect((await reset(second, 'the-newest-link-passphrase')).statusCode).toBe(200);
    expect((await post('/auth/login', { email: user.email, password: 'the-newest-link-passphrase' })).statusCode).toBe(
      200,
    );
  });

  it("using a link voids every other outstanding link of that user, and nobody else's", async () => {
    const user = await registerUser(t);
    const other = await registerUser(t);
    await waitForMail(t, user.email, /verify/i);
    await waitForMail(t, other.email, /verify/i);
    const othersLink = await askForReset(other.email, 1);
    const first = await askForReset(user.email, 1);
    // A link better-auth issued without our hook (as one from before this rule would be) is voided too.
    await t.ctx.database.db.insert(verifications).values({
      identifier: 'reset-password:an-outstanding-older-link',
      value: user.id,
      expiresAt: new Date(Date.now() + 3_600_000),
    });

    expect((await reset(first, 'a-brand-new-passphrase')).statusCode).toBe(200);
    const outstanding = await reset('an-outstanding-older-link', 'yet-another-passphrase');
    expect(outstanding.json().error.code).toBe('INVALID_TOKEN');
    expect((await post('/auth/login', { email: user.email, password: 'a-brand-new-passphrase' })).statusCode).toBe(200);
    expect((await reset(othersLink, 'the-other-users-passphrase')).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  it('behind a trusted proxy, counts each client apart by X-Forwarded-For', async () => {
    const proxied = await createTestApp({ AUTH_RATE_LIMIT_MAX: '2', TRUST_PROXY: 'true' });
    try {
      const attempt = (client: string) =>
        proxied.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'x-forwarded-for': client },
          payload: { email: 'x@example.com', password: 'wrong-password' },
        });
      for (let i = 0; i < 2; i++) expect((await attempt('203.0.113.1')).statusCode).toBe(401);
      expect((await attempt('203.0.113.1')).statusCode).toBe(429);
      expect((await attempt('198.51.100.7')).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
  });

  it('limits sign-in and registration per IP with 429 and Retry-After', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT_MAX: '3' });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'x@example.com', password: 'wrong-password' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('RATE_LIMITED');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.headers['x-ratelimit-limit']).toBe('3');

      const register = (n: number) =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: { email: `r${n}@example.com`, password: PASSWORD, name: 'R' },
        });
      for (let i = 0; i < 3; i++) expect((await register(i)).statusCode).toBe(201);
      expect((await register(9)).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
