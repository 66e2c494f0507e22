import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import {
  cookieHeaders,
  PASSWORD,
  registerUser,
  type SignedInUser,
  sessionCookie,
  signedInUser,
  tokenIn,
  waitForMail,
} from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

/** A second sign-in of the same person, as from another device. */
async function signInAgain(user: SignedInUser, password = PASSWORD, userAgent = 'Second device') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'user-agent': userAgent },
    payload: { email: user.email, password },
  });
  expect(res.statusCode).toBe(200);
  const token = res.json<{ data: { token: string } }>().data.token;
  return { ...user, token, cookie: sessionCookie(res), auth: { authorization: `Bearer ${token}` } };
}

describe('changing the password', () => {
  it('needs the current password and ends every other session, this one continuing on a new token', async () => {
    const user = await registerUser(t);
    const other = await signInAgain(user);
    expect((await me(other.auth)).statusCode).toBe(200); // cached now

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/password',
      headers: user.auth,
      payload: { currentPassword: 'not-the-password', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.field).toBe('currentPassword');

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/password',
      headers: user.auth,
      payload: { currentPassword: PASSWORD, newPassword: 'a-brand-new-password' },
    });
    expect(res.statusCode).toBe(200);
    const { token } = res.json<{ data: { token: string } }>().data;
    expect((await me(other.auth)).statusCode).toBe(401);
    expect((await me(user.auth)).statusCode).toBe(401);
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
    expect((await me({ cookie: sessionCookie(res) })).statusCode).toBe(200);

    const oldLogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(oldLogin.statusCode).toBe(401);
    await signInAgain(user, 'a-brand-new-password');
  });
});

describe('changing the email address', () => {
  it('keeps the old address until the link mailed to the new one is opened', async () => {
    const user = await registerUser(t);
    const newEmail = `moved-${Date.now()}@example.com`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/email',
      headers: cookieHeaders(t, user),
      payload: { newEmail },
    });
    expect(res.statusCode).toBe(200);

    const pending = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: user.auth });
    expect(pending.json().data).toMatchObject({ email: user.email, pendingEmail: newEmail });
    expect((await me(user.auth)).json().data.email).toBe(user.email);

    const mail = await waitForMail(t, newEmail, /confirm your new email/i);
    const sessionsBefore = (
      await t.app.inject({ method: 'GET', url: '/api/v1/account/sessions', headers: user.auth })
    ).json().data.length;
    // Opened signed out, e.g. on the phone the mail arrived on.
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/verify-email',
      payload: { token: tokenIn(mail.text) },
    });
    expect(verified.statusCode).toBe(200);

    const after = await me(user.auth);
    expect(after.json().data).toMatchObject({ email: newEmail, emailVerified: true });
    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: user.auth });
    expect(settings.json().data.pendingEmail).toBeNull();
    const sessions = await t.app.inject({ method: 'GET', url: '/api/v1/account/sessions', headers: user.auth });
    expect(sessions.json().data).toHaveLength(sessionsBefore);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: newEmail, password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });

  it('refuses the address the account already has, and a malformed one', async () => {
    const user = await signedInUser(t);
    for (const newEmail of [user.email, 'not-an-address']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/account/email',
        headers: user.auth,
        payload: { newEmail },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.field).toBe('newEmail');
    }
  });

  it('can be cancelled before it is confirmed', async () => {
    const user = await registerUser(t);
    const newEmail = `cancel-${Date.now()}@example.com`;
    await t.app.inject({ method: 'POST', url: '/api/v1/account/email', headers: user.auth, payload: { newEmail } });
    const cancel = await t.app.inject({ method: 'DELETE', url: '/api/v1/account/email', headers: user.auth });
    expect(cancel.statusCode).toBe(200);
    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: user.auth });
    expect(settings.json().data.pendingEmail).toBeNull();
  });
});

describe('sessions', () => {
  it('lists the sessions with their device and marks this one', async () => {
    const user = await registerUser(t);
    await signInAgain(user, PASSWORD, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile Safari');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/account/sessions', headers: user.auth });
    expect(res.statusCode).toBe(200);
    const sessions = res.json().data as { current: boolean; userAgent: string | null }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.some((s) => s.userAgent?.includes('iPhone'))).toBe(true);
  });

  it('ends one session: it stops working at once, though this process had it cached', async () => {
    const user = await registerUser(t);
    const other = await signInAgain(user);
    expect((await me(other.auth)).statusCode).toBe(200);
    expect((await me({ cookie: other.cookie })).statusCode).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/account/sessions', headers: user.auth });
    const target = (list.json().data as { id: string; current: boolean }[]).find((s) => !s.current);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/account/sessions/${target?.id}`,
      headers: cookieHeaders(t, user),
    });
    expect(res.statusCode).toBe(200);
    expect((await me(other.auth)).statusCode).toBe(401);
    expect((await me({ cookie: other.cookie })).statusCode).toBe(401);
    expect((await me(user.auth)).statusCode).toBe(200);
  });

  it("answers 404 for another person's session and leaves it working", async () => {
    const owner = await signedInUser(t);
    const stranger = await signedInUser(t);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/account/sessions/${owner.row.session.id}`,
      headers: stranger.auth,
    });
    expect(res.statusCode).toBe(404);
    expect((await me(owner.auth)).statusCode).toBe(200);
  });

  it('ends all the others and keeps this one', async () => {
    const user = await registerUser(t);
    const second = await signInAgain(user);
    const third = await signInAgain(user);
    for (const s of [second, third]) expect((await me(s.auth)).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/sessions/revoke-others',
      headers: user.auth,
    });
    expect(res.json().data.revoked).toBe(2);
    for (const s of [second, third]) expect((await me(s.auth)).statusCode).toBe(401);
    expect((await me(user.auth)).statusCode).toBe(200);
  });

  it('needs a signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/account/sessions' });
    expect(res.statusCode).toBe(401);
  });
});
