import { describe, expect, it } from 'vitest';
import type { Auth } from './auth.ts';
import { createIdentityService } from './identity.service.ts';

/** A stand-in for better-auth's session lookup that counts its calls. */
function fakeAuth(valid: Record<string, string>) {
  const calls: string[] = [];
  const getSession = async ({ headers }: { headers: Headers }) => {
    const token = headers.get('authorization')?.slice(7) ?? '';
    calls.push(token);
    const email = valid[token];
    if (!email) return null;
    const session = token.split('.')[0];
    const user = { id: `id-${session}`, email, name: 'N', emailVerified: false, createdAt: new Date(0) };
    return { user, session: { id: `s-${session}` } };
  };
  const signOut = async () => ({ headers: new Headers() });
  return { auth: { api: { getSession, signOut } } as unknown as Auth, calls };
}

describe('identity service session lookups', () => {
  it('looks a valid token up once within the TTL', async () => {
    const { auth, calls } = fakeAuth({ good: 'a@example.com' });
    const identity = createIdentityService({ auth, sessionCacheTtlMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      expect((await identity.currentUser({ authorization: 'Bearer good' }))?.email).toBe('a@example.com');
    }
    expect(calls).toEqual(['good']);
  });

  it('remembers an unknown token too, so a flood of bad tokens costs one lookup each', async () => {
    const { auth, calls } = fakeAuth({});
    const identity = createIdentityService({ auth, sessionCacheTtlMs: 60_000 });
    for (let i = 0; i < 3; i++) expect(await identity.currentUser({ authorization: 'Bearer forged' })).toBeUndefined();
    expect(calls).toEqual(['forged']);
  });

  it('asks every time with the cache off', async () => {
    const { auth, calls } = fakeAuth({ good: 'a@example.com' });
    const identity = createIdentityService({ auth, sessionCacheTtlMs: 0 });
    await identity.currentUser({ authorization: 'Bearer good' });
    await identity.currentUser({ authorization: 'Bearer bad' });
    await identity.currentUser({ authorization: 'Bearer bad' });
    expect(calls).toEqual(['good', 'bad', 'bad']);
  });

  it('does not look anything up for a request without credentials', async () => {
    const { auth, calls } = fakeAuth({});
    const identity = createIdentityService({ auth, sessionCacheTtlMs: 60_000 });
    expect(await identity.currentUser({ cookie: 'theme=dark' })).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('keys on the whole signed value: a wrong signature neither matches nor evicts the cached session', async () => {
    const { auth, calls } = fakeAuth({ 'tok.good': 'a@example.com' });
    const identity = createIdentityService({ auth, sessionCacheTtlMs: 60_000 });
    expect(await identity.currentUser({ authorization: 'Bearer tok.good' })).toBeDefined();
    expect(await identity.currentUser({ authorization: 'Bearer tok.forged' })).toBeUndefined();
    await identity.logout(new Headers({ authorization: 'Bearer tok.forged' }));
    expect(await identity.currentUser({ authorization: 'Bearer tok.good' })).toBeDefined();
    expect(calls).toEqual(['tok.good', 'tok.forged']);
  });

  it('signing out with a valid credential forgets the session under every key it was cached by', async () => {
    const { auth, calls } = fakeAuth({ tok: 'a@example.com', 'tok.sig': 'a@example.com' });
    const identity = createIdentityService({ auth, sessionCacheTtlMs: 60_000 });
    await identity.currentUser({ authorization: 'Bearer tok' });
    await identity.currentUser({ authorization: 'Bearer tok.sig' });
    await identity.logout(new Headers({ authorization: 'Bearer tok.sig' }));
    await identity.currentUser({ authorization: 'Bearer tok' });
    expect(calls).toEqual(['tok', 'tok.sig', 'tok']);
  });
});
