import { PASSWORD_MAX, PASSWORD_MIN } from '@jobpilot/contracts';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins/admin';
import { bearer } from 'better-auth/plugins/bearer';
import type { Logger } from 'pino';
import type { Config } from '#platform/config.ts';
import type { Db } from '#platform/db.ts';
import { createAccountRepository } from './account.repository.ts';
import { createIdentityRepository } from './identity.repository.ts';
import { accounts, sessions, users, verifications } from './identity.table.ts';

export const SESSION_COOKIE_PREFIX = 'jobpilot';
const DAY_SECONDS = 24 * 60 * 60;

export interface AuthMailer {
  sendVerification(to: { email: string; name: string }, token: string): Promise<void>;
  sendPasswordReset(to: { email: string; name: string }, token: string): Promise<void>;
  /** The link that confirms a new address, sent to that address (the account keeps the old one until then). */
  sendEmailChange(to: { email: string; name: string }, token: string): Promise<void>;
}

/** True for a verification token that changes the account's address (its `updateTo` claim). */
function changesAddress(token: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload.updateTo === 'string';
  } catch {
    return false;
  }
}

/** better-auth on our Drizzle tables: email + password, verification, reset, bearer tokens. No HTTP handler is mounted. */
export function createAuth(deps: {
  db: Db;
  config: Config;
  mailer: AuthMailer;
  log: Logger;
  /** Runs once a user has proved they own their address (never for an unverified one). */
  onEmailVerified?: (user: { id: string; email: string; name: string }) => Promise<void>;
}) {
  const { db, config, mailer } = deps;
  const log = deps.log.child({ module: 'auth' });
  const repository = createIdentityRepository(db);
  const accountRepository = createAccountRepository(db);
  return betterAuth({
    appName: 'JobPilot',
    baseURL: config.publicUrl,
    secret: config.authSecret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
      requireEmailVerification: false,
      revokeSessionsOnPasswordReset: true,
      // Only the newest reset link works: asking again voids the older ones, and a reset voids them all.
      sendResetPassword: async ({ user, token }) => {
        await repository.deleteResetLinks(user.id, token);
        await mailer.sendPasswordReset(user, token);
      },
      onPasswordReset: ({ user }) => repository.deleteResetLinks(user.id),
    },
    emailVerification: {
      sendOnSignUp: true,
      sendVerificationEmail: ({ user, token }) =>
        changesAddress(token) ? mailer.sendEmailChange(user, token) : mailer.sendVerification(user, token),
      afterEmailVerification: async (user) => {
        await accountRepository.clearPendingEmail(user.id);
        try {
          await deps.onEmailVerified?.({ id: user.id, email: user.email, name: user.name });
        } catch (err) {
          log.error({ err, userId: user.id }, 'onEmailVerified failed');
        }
      },
    },
    // A new address counts once a link mailed to it is opened; the old one stays until then (ADR 026).
    user: { changeEmail: { enabled: true, updateEmailWithoutVerification: false } },
    session: { expiresIn: 30 * DAY_SECONDS, updateAge: DAY_SECONDS },
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.publicUrl.startsWith('https://'),
      database: { generateId: 'uuid' },
    },
    logger: { log: (level, message, ...args) => log[level]({ details: args.length ? args : undefined }, message) },
    telemetry: { enabled: false },
    // admin(): the role and banned fields, and no new session for a disabled account. Its endpoints are never
    // mounted (no better-auth HTTP handler is); administration goes through /api/v1/admin (modules/admin).
    plugins: [bearer(), admin({ defaultRole: 'user', adminRoles: ['admin'] })],
  });
}

export type Auth = ReturnType<typeof createAuth>;
