import { mailModule } from '#modules/mail/index.ts';
import type { Db } from '#platform/db.ts';
import { defineModule, routes } from '#platform/module.ts';
import { createAccountRepository } from './account.repository.ts';
import { accountRoutes } from './account.routes.ts';
import { createAccountService } from './account.service.ts';
import { createAuth } from './auth.ts';
import { createAuthMailer } from './auth-mailer.ts';
import { emailVerified } from './identity.events.ts';
import { createIdentityRepository } from './identity.repository.ts';
import { identityRoutes } from './identity.routes.ts';
import { createIdentityService } from './identity.service.ts';
import { accounts, sessions, users, verifications } from './identity.table.ts';
import { hasSessionCookie } from './session-credential.ts';

export { emailVerified, userDeleting } from './identity.events.ts';
export type { AccountRow } from './identity.repository.ts';
export { exportAccount, type UserDirectory, userDirectory } from './user-directory.ts';

/** Accounts, sessions, roles: better-auth on our tables (ADR 012). */
export const identityModule = defineModule({
  name: 'identity',
  tables: { users, sessions, accounts, verifications },
  build({ config, db, log, events, queue, use }) {
    const mail = use(mailModule);
    const auth = createAuth({
      log,
      db,
      config,
      mailer: createAuthMailer({ send: mail.send, publicUrl: config.publicUrl }),
      onEmailVerified: (user) => events.emit(emailVerified, { userId: user.id, email: user.email, name: user.name }),
    });
    const identity = createIdentityService({ auth, sessionCacheTtlMs: config.sessionCacheTtlMs });
    const repository = createIdentityRepository(db);
    const account = createAccountService({
      auth,
      db,
      identity,
      repository: createAccountRepository(db),
      events,
      forgetMailTo: mail.outbox.deleteTo,
      forgetJobsMentioning: queue.forgetJobsMentioning,
    });
    const rate = { max: config.authRateLimit.max, timeWindow: config.authRateLimit.windowMs };
    return {
      api: {
        /** The principal of a request's cookie or bearer token (cached), for the access check. */
        principal: identity.currentUser,
        hasSessionCookie,
        recipientOf: repository.recipient,
        /** Sets the account's name, in the caller's transaction when given (then call `forgetUser` after it commits). */
        rename: (userId: string, name: string, tx?: Db) => repository.rename(userId, name, tx),
        /** Drops the cached sessions of a user whose account details changed. */
        forgetUser: identity.forgetUser,
        /** For administration (modules/admin): the accounts, their role, disabling (which ends their sessions). */
        accounts: {
          list: repository.listAccounts,
          find: repository.findAccount,
          findByEmail: repository.findAccountByEmail,
          emailsOf: repository.emailsOf,
          setRole: repository.setRole,
          setDisabled: repository.setDisabled,
        },
      },
      routes: [
        routes(identityRoutes, { identity, rateLimit: rate }, 'user'),
        routes(accountRoutes, { account, identity, rateLimit: rate }, 'user'),
      ],
    };
  },
});
