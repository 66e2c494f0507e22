import { type AccountSession, type AccountSettings, ErrorCode } from '@jobpilot/contracts';
import type { Db } from '#platform/db.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { EventBus } from '#platform/events.ts';
import type { AccountRepository } from './account.repository.ts';
import type { Auth } from './auth.ts';
import { userDeleting } from './identity.events.ts';
import { type IdentityService, mapErrors, type SessionUser } from './identity.service.ts';
import { type Credentials, sessionCredential } from './session-credential.ts';

/** How long a link to confirm a new address works: better-auth's default for verification tokens. */
const EMAIL_LINK_SECONDS = 60 * 60;

/** The account settings (ADR 026): password, address, sessions, deletion. Ended sessions stop working at once here. */
export function createAccountService(deps: {
  auth: Auth;
  db: Db;
  identity: IdentityService;
  repository: AccountRepository;
  events: EventBus;
  /** Removes the kept mail addressed to an account being deleted, in its transaction. */
  forgetMailTo(email: string, tx: Db): Promise<void>;
  /** Removes the background jobs whose payload names the account (mail to it, reminders of it). */
  forgetJobsMentioning(needles: string[], tx: Db): Promise<void>;
}) {
  const { auth, identity, repository } = deps;
  /** The request's headers (user agent, address) with only the credential that names its session. */
  function headersOf(request: Headers): Headers {
    const creds: Credentials = {
      authorization: request.get('authorization') ?? undefined,
      cookie: request.get('cookie') ?? undefined,
    };
    const out = new Headers(request);
    out.delete('authorization');
    out.delete('cookie');
    for (const [name, value] of sessionCredential(creds)?.headers ?? []) out.set(name, value);
    return out;
  }

  async function checkPassword(userId: string, password: string): Promise<void> {
    const hash = await repository.passwordHash(userId);
    if (!hash) {
      throw new AppError(ErrorCode.Conflict, 'This account has no password yet. Set one with "Forgot password" first.');
    }
    const ok = await (await auth.$context).password.verify({ hash, password });
    if (!ok) throw new AppError(ErrorCode.ValidationFailed, 'That is not your password', { field: 'password' });
  }

  return {
    async settings(user: SessionUser): Promise<AccountSettings> {
      return {
        email: user.email,
        emailVerified: user.emailVerified,
        pendingEmail: await repository.pendingEmail(user.id),
      };
    },

    /** New password; every session ends, a new one replaces this one (its token and cookies are returned). */
    async changePassword(
      user: SessionUser,
      input: { currentPassword: string; newPassword: string },
      request: Headers,
    ): Promise<{ token: string; setCookies: string[] }> {
      const { headers, response } = await mapErrors(
        auth.api.changePassword({
          body: { ...input, revokeOtherSessions: true },
          headers: headersOf(request),
          returnHeaders: true,
        }),
      );
      identity.forgetUser(user.id);
      if (!response.token) throw new AppError(ErrorCode.Internal, 'Changing the password did not start a new session');
      return { token: response.token, setCookies: headers.getSetCookie() };
    },

    /** Mails a link to the new address; the account keeps its address until that link is opened. */
    async changeEmail(user: SessionUser, newEmail: string, request: Headers): Promise<void> {
      if (newEmail === user.email.toLowerCase()) {
        throw new AppError(ErrorCode.ValidationFailed, 'This is already your email address', { field: 'newEmail' });
      }
      await mapErrors(auth.api.changeEmail({ body: { newEmail }, headers: headersOf(request) }));
      await repository.setPendingEmail(user.id, newEmail, new Date(Date.now() + EMAIL_LINK_SECONDS * 1000));
    },

    async cancelEmailChange(user: SessionUser): Promise<void> {
      await repository.clearPendingEmail(user.id);
    },

    async sessions(user: SessionUser): Promise<AccountSession[]> {
      const rows = await repository.listSessions(user.id);
      return rows.map((r) => ({
        id: r.id,
        userAgent: r.userAgent,
        ipAddress: r.ipAddress,
        createdAt: r.createdAt.toISOString(),
        lastActiveAt: r.updatedAt.toISOString(),
        current: r.id === user.sessionId,
      }));
    },

    async revokeSession(user: SessionUser, sessionId: string): Promise<void> {
      if (!(await repository.deleteSession(user.id, sessionId))) throw notFound('Session');
      identity.forgetSessions(user.id, (id) => id === sessionId);
    },

    async revokeOtherSessions(user: SessionUser): Promise<number> {
      const revoked = await repository.deleteOtherSessions(user.id, user.sessionId);
      identity.forgetSessions(user.id, (id) => id !== user.sessionId);
      return revoked;
    },

    /**
     * Deletes the account and everything it holds: other modules clean up what no foreign key reaches in the same
     * transaction (identity.user-deleting), then the user row goes and its rows cascade. Returns the cookies that
     * end the browser's session.
     */
    async deleteAccount(user: SessionUser, password: string, request: Headers): Promise<string[]> {
      await checkPassword(user.id, password);
      const email = user.email.toLowerCase();
      // A change of address waiting for confirmation: its mail went to that address, which goes too.
      const pending = await repository.pendingEmail(user.id);
      const addresses = pending ? [email, pending] : [email];
      await deps.db.transaction(async (t) => {
        const tx = t as unknown as Db;
        await deps.events.emit(userDeleting, { userId: user.id, email }, { tx });
        for (const address of addresses) await deps.forgetMailTo(address, tx);
        await deps.forgetJobsMentioning([user.id, ...addresses], tx);
        await repository.deleteUser(user.id, email, tx);
      });
      identity.forgetUser(user.id);
      const { headers } = await auth.api.signOut({ headers: headersOf(request), returnHeaders: true });
      return headers.getSetCookie();
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
