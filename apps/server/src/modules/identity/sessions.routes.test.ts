import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

/** The same session token with a signature that is well formed but wrong. */
function forgeSignature(signed: string): string {
  const dot = signed.indexOf('.');
  const signature = signed.slice(dot + 1);
  return `${signed.slice(0, dot + 1)}${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
}
function forgeCookie(cookie: string): string {
  const eq = cookie.indexOf('=');
  return `${cookie.slice(0, eq + 1)}${encodeURIComponent(forgeSignature(decodeURIComponent(cookie.slice(eq + 1))))}`;
}
const signedToken = (cookie: string) => decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));

describe('a session cookie with a wrong signature', () => {
  it('is refused while the real session is cached, and the real one keeps working', async () => {
    const user = await registerUser(t);
    const real = { cookie: user.cookie };
    expect((await me(real)).statusCode).toBe(200);
    const forged = await me({ cookie: forgeCookie(user.cookie) });
    expect(forged.statusCode).toBe(401);
    expect((await me(real)).statusCode).toBe(200);
  });

  it('sent first, does not lock the real session out', async () => {
    const user = await registerUser(t);
    for (let i = 0; i < 2; i++) expect((await me({ cookie: forgeCookie(user.cookie) })).statusCode).toBe(401);
    expect((await me({ cookie: user.cookie })).statusCode).toBe(200);
  });
});

describe('a bearer token', () => {
  it('works unsigned (as login returns it) and signed (as the cookie carries it)', async () => {
    const user = await registerUser(t);
    expect((await me(user.auth)).statusCode).toBe(200);
    expect((await me({ authorization: `Bearer ${signedToken(user.cookie)}` })).statusCode).toBe(200);
  });

  it('with a wrong signature is refused in either order, and never locks the real token out', async () => {
    const cachedFirst = await registerUser(t);
    expect((await me(cachedFirst.auth)).statusCode).toBe(200);
    const forgedLate = { authorization: `Bearer ${forgeSignature(signedToken(cachedFirst.cookie))}` };
    expect((await me(forgedLate)).statusCode).toBe(401);
    expect((await me(cachedFirst.auth)).statusCode).toBe(200);

    const forgedFirst = await registerUser(t);
    const forgedEarly = { authorization: `Bearer ${forgeSignature(signedToken(forgedFirst.cookie))}` };
    expect((await me(forgedEarly)).statusCode).toBe(401);
    expect((await me(forgedFirst.auth)).statusCode).toBe(200);
  });

  it('with a wrong signature is not rescued by a valid cookie sent alongside', async () => {
    const user = await registerUser(t);
    const forged = `Bearer ${forgeSignature(signedToken(user.cookie))}`;
    expect((await me({ authorization: forged, cookie: user.cookie })).statusCode).toBe(401);
    expect((await me({ authorization: forged })).statusCode).toBe(401);
  });
});
