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
    const user = { id: `id-${token}`, email, name: 'N', emailVerified: false, createdAt: new Date(0) };
    return { user, session: { id: `s-${token}` } };
  };
  return { auth: { api: { getSession } } as unknown as Auth, calls };
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
});
