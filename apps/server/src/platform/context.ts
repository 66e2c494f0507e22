import type { Logger } from 'pino';
import { createApplicationsRepository } from '#modules/applications/applications.repository.ts';
import { createApplicationsService } from '#modules/applications/applications.service.ts';
import { createAuth } from '#modules/identity/auth.ts';
import { createIdentityService } from '#modules/identity/identity.service.ts';
import { createAuthMailer } from '#modules/mail/auth-mailer.ts';
import { createMailRepository } from '#modules/mail/mail.repository.ts';
import { createMailService, sendMailJob } from '#modules/mail/mail.service.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db.ts';
import { createQueue } from './queue.ts';

/** Everything a process role needs, wired once: database, queue, and each module's service. */
export async function createContext(config: Config, log: Logger, opts: { database?: Database } = {}) {
  const database = opts.database ?? (await openDatabase(config));
  await database.migrate();
  const { db } = database;

  const mailRepository = createMailRepository(db);
  const mail = createMailService({ smtpUrl: config.smtpUrl, from: config.mailFrom, repository: mailRepository, log });
  const mailJob = sendMailJob(mail);
  const queue = createQueue({
    database,
    databaseUrl: config.databaseUrl,
    jobs: [mailJob],
    log,
    pollSeconds: config.queuePollSeconds,
  });

  const auth = createAuth({
    log,
    db,
    config,
    mailer: createAuthMailer({ queue, job: mailJob, publicUrl: config.publicUrl }),
  });
  const identity = createIdentityService({ auth, sessionCacheTtlMs: config.sessionCacheTtlMs });
  const applications = createApplicationsService({ repository: createApplicationsRepository(db) });

  return {
    config,
    log,
    database,
    queue,
    mail,
    mailRepository,
    identity,
    applications,
    async close() {
      await queue.stop();
      mail.close();
      await database.close();
    },
  };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
