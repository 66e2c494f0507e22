import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '#platform/db.ts';
import { SESSION_COOKIE_PREFIX } from './auth.ts';
import { sessions, users } from './identity.table.ts';

type NewUserRow = typeof users.$inferInsert;
type UserRow = typeof users.$inferSelect;
type SessionRow = typeof sessions.$inferSelect;

/** A user in the database with a live session: what a signed-in request needs, without password hashing. */
export interface InsertedUser extends UserRow {
  session: SessionRow;
  /** The raw session token, as registration hands it out. */
  token: string;
  /** Headers that authenticate as this user (bearer token, which better-auth signs itself). */
  auth: { authorization: string };
}

const SESSION_DAYS = 30;
let seq = 0;

/** A user row's values: unique email, a name, unverified unless overridden. */
export function makeUser(overrides: Partial<NewUserRow> = {}): NewUserRow {
  seq += 1;
  return {
    email: `user${seq}-${randomBytes(4).toString('hex')}@example.com`,
    name: 'Test User',
    ...overrides,
  };
}

/**
 * Inserts a user and a session for them, as signing up would leave it (no password account: such a user can
 * use the API but not sign in with a password; tests about passwords register over HTTP).
 */
export async function insertUser(
  db: Db,
  overrides: Partial<NewUserRow> & { sessionExpiresAt?: Date } = {},
): Promise<InsertedUser> {
  const { sessionExpiresAt, ...values } = overrides;
  const [user] = await db.insert(users).values(makeUser(values)).returning();
  if (!user) throw new Error('insert returned no user');
  const session = await insertSession(db, user.id, sessionExpiresAt);
  return { ...user, session, token: session.token, auth: { authorization: `Bearer ${session.token}` } };
}

/** Another session of an existing user, like a sign-in on a second device. */
export async function insertSession(db: Db, userId: string, expiresAt?: Date): Promise<SessionRow> {
  const token = randomBytes(24).toString('base64url').replace(/[-_]/g, 'x');
  const [session] = await db
    .insert(sessions)
    .values({ userId, token, expiresAt: expiresAt ?? new Date(Date.now() + SESSION_DAYS * 86_400_000) })
    .returning();
  if (!session) throw new Error('insert returned no session');
  return session;
}

/**
 * `name=value` of the session cookie better-auth would set for `token`: the value signed with the app's secret
 * (HMAC-SHA256, base64), `__Secure-` prefixed when the app runs on https.
 */
export function sessionCookie(token: string, opts: { secret: string; secure: boolean }): string {
  const name = `${opts.secure ? '__Secure-' : ''}${SESSION_COOKIE_PREFIX}.session_token`;
  const signature = createHmac('sha256', opts.secret).update(token).digest('base64');
  return `${name}=${encodeURIComponent(`${token}.${signature}`)}`;
}
