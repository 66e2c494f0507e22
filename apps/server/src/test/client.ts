import type { Application, CreateApplicationInput, LoginResult } from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import {
  APPLICATION_DEFAULTS,
  insertApplication as insertApplicationRow,
} from '#modules/applications/applications.factory.ts';
import { toApplication } from '#modules/applications/applications.service.ts';
import {
  type InsertedUser,
  insertUser,
  sessionCookie as signedSessionCookie,
} from '#modules/identity/identity.factory.ts';
import type { TestApp } from './app.ts';

let seq = 0;
export const PASSWORD = 'correct-horse-battery';

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  cookie: string;
  /** Headers that authenticate as this user (bearer token). */
  auth: { authorization: string };
}

/**
 * Headers a browser on the app's own pages sends: the session cookie and the app's Origin. A request
 * that changes data with the cookie and a foreign Origin is refused (ADR 011).
 */
export function cookieHeaders(t: TestApp, user: SignedInUser): { cookie: string; origin: string } {
  return { cookie: user.cookie, origin: new URL(t.ctx.config.publicUrl).origin };
}

/**
 * A signed-in user made by the identity factory: a user row and a session row, no password hashing and no
 * verification mail. The fast way to get a user for a test that is not about signing up or in.
 */
export async function signedInUser(
  t: TestApp,
  overrides: Parameters<typeof insertUser>[1] = {},
): Promise<SignedInUser & { row: InsertedUser }> {
  const row = await insertUser(t.ctx.database.db, overrides);
  const secure = t.ctx.config.publicUrl.startsWith('https://');
  return {
    id: row.id,
    email: row.email,
    token: row.token,
    cookie: signedSessionCookie(row.token, { secret: t.ctx.config.authSecret, secure }),
    auth: row.auth,
    row,
  };
}

/** Registers a new user through the API (password hashing, verification mail) and returns their credentials. */
export async function registerUser(t: TestApp, name = 'Test User'): Promise<SignedInUser> {
  seq += 1;
  const email = `user${seq}-${Date.now()}@example.com`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password: PASSWORD, name },
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const data = res.json<{ data: LoginResult }>().data;
  return {
    id: data.user.id,
    email,
    token: data.token,
    cookie: sessionCookie(res),
    auth: { authorization: `Bearer ${data.token}` },
  };
}

/** `name=value` of the session cookie a response sets, ready for a Cookie header. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name.endsWith('session_token'));
  if (!cookie) throw new Error('no session cookie set');
  return `${cookie.name}=${cookie.value}`;
}

/** A valid application body; override any field. */
export function makeApplication(overrides: Partial<CreateApplicationInput> = {}): CreateApplicationInput {
  return { ...APPLICATION_DEFAULTS, ...overrides };
}

/**
 * An application of `user`, inserted by the applications factory (no request), in the API's shape. Tests about
 * creating one send `POST /api/v1/applications` themselves.
 */
export async function insertApplication(
  t: TestApp,
  user: SignedInUser,
  overrides: Partial<CreateApplicationInput> = {},
): Promise<Application> {
  return toApplication(
    await insertApplicationRow(t.ctx.database.db, { ...makeApplication(overrides), userId: user.id }),
  );
}

/**
 * Asks `check` again every `intervalMs` until it returns something other than undefined, and returns that; fails
 * after `timeoutMs` saying what never happened. For effects of background jobs: wait on the effect, not a clock.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  { timeoutMs = 10_000, intervalMs = 25 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() >= deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Polls the outbox until a mail to `to` whose subject matches arrives (the mail job runs in the background). */
export function waitForMail(t: TestApp, to: string, subject: RegExp, timeoutMs = 10_000) {
  return waitFor(
    `a mail to ${to} matching ${subject}`,
    async () => {
      const { rows } = await t.ctx.api.mail.outbox.list({ to, page: 1, limit: 50 });
      return rows.find((r) => subject.test(r.subject));
    },
    { timeoutMs },
  );
}

/**
 * Waits until every job sent to the queue `name` so far has run: none is left waiting, running or retrying.
 * What a job would have done is then done, so a test can assert that something did not happen.
 */
export async function drainQueue(t: TestApp, name: string, timeoutMs = 10_000): Promise<void> {
  await waitFor(
    `the ${name} queue running dry`,
    async () => {
      const result = await t.ctx.database.db.execute(
        sql`select count(*)::int as pending from pgboss.job where name = ${name} and state in ('created', 'retry', 'active')`,
      );
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { pending: number }[];
      return rows[0]?.pending === 0 ? true : undefined;
    },
    { timeoutMs },
  );
}

/** The token of the first `?token=` link in a mail body. */
export function tokenIn(text: string): string {
  const match = /[?&]token=([^\s&]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token link in: ${text}`);
  return decodeURIComponent(match[1]);
}

/** Opens the verification link mailed to `email`, as the person would. */
export async function verifyEmail(t: TestApp, email: string): Promise<void> {
  const mail = await waitForMail(t, email, /verify/i);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify-email',
    payload: { token: tokenIn(mail.text) },
  });
  if (res.statusCode !== 200) throw new Error(`verify failed: ${res.statusCode} ${res.body}`);
}
