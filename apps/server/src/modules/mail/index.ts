import { defineModule, routes } from '#platform/module.ts';
import { createMailRepository } from './mail.repository.ts';
import { mailRoutes } from './mail.routes.ts';
import { createMailService, type MailMessage, sendMailJob } from './mail.service.ts';
import { mailOutbox } from './mail.table.ts';

export type { MailMessage } from './mail.service.ts';

/** Mail out: SMTP when configured, else the outbox table (ADR 013). Every message goes through the `mail.send` job. */
export const mailModule = defineModule({
  name: 'mail',
  tables: { mailOutbox },
  build({ config, db, log, queue }) {
    const repository = createMailRepository(db);
    const mail = createMailService({ smtpUrl: config.smtpUrl, from: config.mailFrom, repository, log });
    const job = sendMailJob(mail);
    return {
      api: {
        /** Enqueues a message; the job delivers it (retried) or keeps it in the outbox. */
        send: (message: MailMessage) => queue.send(job, message).then(() => undefined),
        deliver: mail.deliver,
        usesOutbox: mail.usesOutbox,
        operatorToken: mail.operatorToken,
        outbox: { list: repository.list, deleteTo: repository.deleteTo },
      },
      routes: [routes(mailRoutes, { mail, repository }, 'user')],
      jobs: [job],
      close: () => mail.close(),
    };
  },
});
