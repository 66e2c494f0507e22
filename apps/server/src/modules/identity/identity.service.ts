import { ErrorCode, type LoginResult, type User } from '@jobpilot/contracts';
import { isAPIError } from 'better-auth/api';
import { isRole, type Principal } from '#platform/access.ts';
import { AppError } from '#platform/errors.ts';
import type { Auth } from './auth.ts';
import { SessionCache } from './session-cache.ts';
import { type Credentials, sessionCredential } from './session-credential.ts';

export type { Credentials } from './session-credential.ts';

/** A signed-in user: the API's User, the principal the access check reads, and the session it came from. */
export interface SessionUser extends Omit<User, 'role'>, Principal {
  sessionId: string;
}
interface AuthUserRecord {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  createdAt: Date;
  role?: string | null;
}

/** What a login or registration hands back: the result and the cookies to set. */
export interface SignedIn {
  result: LoginResult;
  setCookies: string[];
}

const UNKNOWN_TOKEN_TTL_MS = 10_000;

export function toUser(u: AuthUserRecord): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    emailVerified: u.emailVerified,
    role: u.role ?? 'user',
    createdAt: new Date(u.createdAt).toISOString(),
  };
}

/** The `email` claim of a verification token (a JWT better-auth has already checked). */
function emailInToken(token: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload.email === 'string' ? payload.email.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Accounts and sessions: better-auth underneath, errors turned into the API's codes. */
export function createIdentityService(deps: { auth: Auth; sessionCacheTtlMs: number }) {
  const { auth } = deps;
  const cache = new SessionCache<SessionUser>(deps.sessionCacheTtlMs);
  // A credential that names no session never will (tokens are issued with their session), so a miss can be
  // remembered too: a flood of bad tokens then costs a map lookup, not a database query each. Keyed on the
  // whole signed value, so a forged signature of a real token only remembers the forgery.
  const unknown = new SessionCache<true>(Math.min(deps.sessionCacheTtlMs, UNKNOWN_TOKEN_TTL_MS), 5_000);

  let invalidations = 0;
  function invalidate(which: (user: SessionUser) => boolean) {
    invalidations += 1;
    cache.deleteWhere(which);
  }

  async function dropStartedSession(headers: Headers): Promise<void> {
    const token = sessionTokenSetBy(headers);
    if (token) await (await auth.$context).internalAdapter.deleteSession(token);
  }

  async function signedIn(
    call: Promise<{ headers: Headers; response: { token: string | null; user: AuthUserRecord } }>,
  ) {
    const { headers, response } = await call;
    if (!response.token) throw new AppError(ErrorCode.Internal, 'Signing in did not create a session');
    return { result: { user: toUser(response.user), token: response.token }, setCookies: headers.getSetCookie() };
  }

  /** The signed-in user of a request, or undefined. Cached for `sessionCacheTtlMs`. */
  async function currentUser(creds: Credentials): Promise<SessionUser | undefined> {
    const credential = sessionCredential(creds);
    if (!credential) return undefined;
    const { key } = credential;
    const hit = cache.get(key);
    if (hit) return hit;
    if (unknown.get(key)) return undefined;
    // A lookup that overlaps an invalidation (a verification, a new name, a disabled account) is not cached:
    // it may have read the row from before the change.
    const seen = invalidations;
    const found = await auth.api.getSession({ headers: credential.headers });
    if (!found) {
      unknown.set(key, true);
      return undefined;
    }
    const record = found.user as AuthUserRecord;
    const user: SessionUser = {
      ...toUser(record),
      userId: record.id,
      role: isRole(record.role) ? record.role : 'user',
      sessionId: found.session.id,
    };
    if (seen === invalidations) cache.set(key, user);
    return user;
  }

  return {
    async register(input: { email: string; password: string; name: string }, headers: Headers): Promise<SignedIn> {
      return mapErrors(signedIn(auth.api.signUpEmail({ body: input, headers, returnHeaders: true })));
    },

    async login(input: { email: string; password: string }, headers: Headers): Promise<SignedIn> {
      return mapErrors(signedIn(auth.api.signInEmail({ body: input, headers, returnHeaders: true })));
    },

    async logout(headers: Headers): Promise<string[]> {
      const creds = {
        authorization: headers.get('authorization') ?? undefined,
        cookie: headers.get('cookie') ?? undefined,
      };
      // Only a credential that resolves to a session evicts it, under every key it was cached by.
      const user = await currentUser(creds);
      if (user) invalidate((u) => u.sessionId === user.sessionId);
      const only = sessionCredential(creds)?.headers ?? new Headers();
      const { headers: out } = await mapErrors(auth.api.signOut({ headers: only, returnHeaders: true }));
      return out.getSetCookie();
    },

    currentUser,

    /** Drops the cached sessions of a user whose account details changed elsewhere (e.g. a new name). */
    forgetUser(userId: string): void {
      invalidate((u) => u.id === userId);
    },

    /** Drops cached lookups of the user's sessions that `which` selects (ended sessions stop working at once). */
    forgetSessions(userId: string, which: (sessionId: string) => boolean): void {
      invalidate((u) => u.id === userId && which(u.sessionId));
    },

    async forgotPassword(email: string): Promise<void> {
      await mapErrors(auth.api.requestPasswordReset({ body: { email } }));
    },

    async resetPassword(token: string, password: string): Promise<void> {
      await mapErrors(auth.api.resetPassword({ body: { token, newPassword: password } }));
      // The reset revoked the user's sessions; forget every cached one rather than look up whose they were.
      invalidate(() => true);
    },

    async verifyEmail(token: string, creds: Credentials = {}): Promise<void> {
      // A change of address confirmed by a signed-out person makes better-auth start a session nobody receives;
      // it is ended again at once, so it never shows in the account's session list.
      const signedInAlready = (await currentUser(creds)) !== undefined;
      const only = sessionCredential(creds)?.headers ?? new Headers();
      const { headers } = await mapErrors(
        auth.api.verifyEmail({ query: { token }, headers: only, returnHeaders: true }),
      );
      if (!signedInAlready) await dropStartedSession(headers);
      // Without a session better-auth does not say whose address it was; the verified token does.
      const email = emailInToken(token);
      if (email) invalidate((u) => u.email === email);
    },

    async resendVerification(user: Pick<Principal, 'email' | 'emailVerified'>): Promise<void> {
      if (user.emailVerified) throw new AppError(ErrorCode.Conflict, 'Your email address is already verified');
      await mapErrors(auth.api.sendVerificationEmail({ body: { email: user.email } }));
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;

/** A session token better-auth set in a response's cookies, if any. */
export function sessionTokenSetBy(headers: Headers): string | undefined {
  for (const cookie of headers.getSetCookie()) {
    const match = /^[^=]*session_token=([^;]+)/.exec(cookie);
    const value = match?.[1] ? decodeURIComponent(match[1]) : '';
    const token = value.split('.')[0];
    if (token) return token;
  }
  return undefined;
}

const AUTH_ERRORS: Record<string, () => AppError> = {
  INVALID_EMAIL_OR_PASSWORD: () => new AppError(ErrorCode.InvalidCredentials, 'Wrong email or password'),
  USER_ALREADY_EXISTS: () =>
    new AppError(ErrorCode.EmailTaken, 'An account with this email already exists. Sign in instead.', {
      field: 'email',
    }),
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: () =>
    new AppError(ErrorCode.EmailTaken, 'An account with this email already exists. Sign in instead.', {
      field: 'email',
    }),
  INVALID_TOKEN: () => new AppError(ErrorCode.InvalidToken, 'This link is invalid or has already been used'),
  TOKEN_EXPIRED: () => new AppError(ErrorCode.InvalidToken, 'This link has expired. Ask for a new one.'),
  PASSWORD_TOO_SHORT: () => new AppError(ErrorCode.ValidationFailed, 'Password is too short', { field: 'password' }),
  PASSWORD_TOO_LONG: () => new AppError(ErrorCode.ValidationFailed, 'Password is too long', { field: 'password' }),
  INVALID_EMAIL: () => new AppError(ErrorCode.ValidationFailed, 'Enter a valid email address', { field: 'email' }),
  INVALID_PASSWORD: () =>
    new AppError(ErrorCode.ValidationFailed, 'That is not your current password', { field: 'currentPassword' }),
  CREDENTIAL_ACCOUNT_NOT_FOUND: () =>
    new AppError(ErrorCode.Conflict, 'This account has no password yet. Set one with "Forgot password" first.'),
  EMAIL_ALREADY_VERIFIED: () => new AppError(ErrorCode.Conflict, 'Your email address is already verified'),
  BANNED_USER: () =>
    new AppError(ErrorCode.Forbidden, 'This account is disabled. Ask the administrator of this JobPilot to enable it.'),
};

export async function mapErrors<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    if (!isAPIError(err)) throw err;
    const code = (err.body as { code?: string } | undefined)?.code ?? '';
    const mapped = AUTH_ERRORS[code];
    if (mapped) throw mapped();
    if (err.statusCode === 401) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    throw err;
  }
}
