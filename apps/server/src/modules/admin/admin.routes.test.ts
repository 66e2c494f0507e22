import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { PASSWORD, registerUser, type SignedInUser, signedInUser } from '#test/client.ts';
import { parseUsersArgs, UsersCommandError } from './users-command.ts';

let t: TestApp;
let admin: SignedInUser;
let member: SignedInUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, { name: 'Ada Admin', role: 'admin' });
  member = await signedInUser(t, { name: 'Mo Member' });
});
afterAll(() => t.close());

const call = (who: SignedInUser | undefined, method: 'GET' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who?.auth ?? {}, ...(payload ? { payload } : {}) });

describe('access to the admin routes', () => {
  it('answers 401 without a session and 403 to a signed-in user who is not an administrator', async () => {
    for (const [method, url, body] of [
      ['GET', '/admin/users', undefined],
      ['PATCH', `/admin/users/${member.id}`, { role: 'admin' }],
      ['GET', '/admin/audit-log', undefined],
    ] as const) {
      expect((await call(undefined, method, url, body)).statusCode).toBe(401);
      const refused = await call(member, method, url, body);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/not allowed/) });
    }
    // A missing account answers the same 403: the refusal says nothing about which ids exist.
    const missing = await call(member, 'PATCH', '/admin/users/00000000-0000-4000-8000-000000000000', { role: 'admin' });
    expect(missing.statusCode).toBe(403);
    expect((await call(member, 'GET', '/auth/me')).json().data.role).toBe('user');
  });

  it('answers 404 for an account that does not exist and 422 for a change that is not one', async () => {
    const missing = await call(admin, 'PATCH', '/admin/users/00000000-0000-4000-8000-000000000000', { role: 'admin' });
    expect(missing.statusCode).toBe(404);
    expect((await call(admin, 'PATCH', `/admin/users/${member.id}`, {})).statusCode).toBe(422);
    expect((await call(admin, 'PATCH', `/admin/users/${member.id}`, { role: 'owner' })).statusCode).toBe(422);
  });
});

describe('GET /admin/users', () => {
  it('searches by name or address, filters by role, pages newest first, and shows when each was last seen', async () => {
    const found = await call(admin, 'GET', '/admin/users?q=mo%20mem');
    expect(found.statusCode).toBe(200);
    const [row] = found.json().data;
    expect(row).toMatchObject({ id: member.id, name: 'Mo Member', role: 'user', disabled: false });
    expect(Date.parse(row.lastSeenAt)).not.toBeNaN();
    expect((await call(admin, 'GET', `/admin/users?q=${encodeURIComponent(member.email)}`)).json().data).toHaveLength(
      1,
    );

    const admins = (await call(admin, 'GET', '/admin/users?role=admin')).json().data;
    expect(admins.map((u: { id: string }) => u.id)).toEqual([admin.id]);

    const page = (await call(admin, 'GET', '/admin/users?limit=1&page=2')).json();
    expect(page.data).toHaveLength(1);
    expect(page.pagination).toMatchObject({ page: 2, limit: 1, hasPrev: true });
    expect(page.pagination.total).toBeGreaterThanOrEqual(2);
  });
});

describe('PATCH /admin/users/:id', () => {
  it('changes a role at once (no stale cached session) and records who did it', async () => {
    const person = await signedInUser(t, { name: 'Emma Employer' });
    expect((await call(person, 'GET', '/auth/me')).json().data.role).toBe('user');
    const res = await call(admin, 'PATCH', `/admin/users/${person.id}`, { role: 'employer' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ id: person.id, role: 'employer' });
    expect((await call(person, 'GET', '/auth/me')).json().data.role).toBe('employer');

    const log = (await call(admin, 'GET', '/admin/audit-log')).json().data;
    expect(log[0]).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      action: 'user.role-changed',
      targetId: person.id,
      details: { from: 'user', to: 'employer' },
    });
  });

  it('ends a disabled account’s sessions at once, refuses its sign-in with a sentence, and lets it in again once enabled', async () => {
    const person = await registerUser(t, 'Dee Disabled');
    expect((await call(person, 'GET', '/auth/me')).statusCode).toBe(200);

    const off = await call(admin, 'PATCH', `/admin/users/${person.id}`, { disabled: true });
    expect(off.json().data).toMatchObject({ disabled: true });
    expect((await call(person, 'GET', '/auth/me')).statusCode).toBe(401);
    const login = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: person.email, password: PASSWORD } });
    const refused = await login();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/disabled/);

    await call(admin, 'PATCH', `/admin/users/${person.id}`, { disabled: false });
    expect((await login()).statusCode).toBe(200);
    const actions = (await call(admin, 'GET', '/admin/audit-log?limit=2'))
      .json()
      .data.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['user.enabled', 'user.disabled']);
  });

  it('will not let administrators remove their own role or disable themselves', async () => {
    for (const [id, body] of [
      [admin.id, { role: 'user' }],
      [admin.id, { disabled: true }],
      // The same account spelled in capitals is still the same account.
      [admin.id.toUpperCase(), { disabled: true }],
    ] as const) {
      const res = await call(admin, 'PATCH', `/admin/users/${id}`, body);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toMatch(/another administrator/);
    }
    expect((await call(admin, 'GET', '/auth/me')).json().data.role).toBe('admin');
  });
});

describe('jobpilot users promote', () => {
  it('reads the command line, naming what to type when it is wrong', () => {
    expect(parseUsersArgs(['promote', 'Ada@Example.com', '--role', 'admin'])).toEqual({
      email: 'ada@example.com',
      role: 'admin',
    });
    expect(parseUsersArgs(['promote', 'ada@example.com', '--role=employer']).role).toBe('employer');
    expect(() => parseUsersArgs(['promote', 'ada@example.com', '--role', 'root'])).toThrow(UsersCommandError);
    expect(() => parseUsersArgs(['demote', 'ada@example.com'])).toThrow(/Unknown command/);
    expect(() => parseUsersArgs(['promote', '--role', 'admin'])).toThrow(/email address/);
  });

  it('sets the role it is given and records the change with no actor (the operator)', async () => {
    const person = await signedInUser(t, { name: 'Otto Operator-Made' });
    const changed = await t.ctx.api.admin.setRoleByEmail(person.email, 'admin');
    expect(changed).toMatchObject({ id: person.id, role: 'admin' });
    expect((await call(person, 'GET', '/admin/users')).statusCode).toBe(200);
    const [entry] = (await call(admin, 'GET', '/admin/audit-log?limit=1')).json().data;
    expect(entry).toMatchObject({ actorId: null, actorEmail: null, action: 'user.role-changed', targetId: person.id });
    expect(await t.ctx.api.admin.setRoleByEmail('nobody@example.com', 'admin')).toBeUndefined();
  });
});
