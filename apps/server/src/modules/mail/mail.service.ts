import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { z } from 'zod';
import { defineJob } from '#platform/queue.ts';
import type { MailRepository } from './mail.repository.ts';
import { MAIL_KINDS } from './mail.table.ts';
import { createOperatorToken } from './operator-access.ts';

export const mailMessageSchema = z.object({
  to: z.email(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1),
  html: z.string().nullable().default(null),
  /** Missing (a job queued by an older build, or a sender that forgot) counts as an account link: kept hidden. */
  kind: z.enum(MAIL_KINDS).default('account-link'),
});
export type MailMessage = z.input<typeof mailMessageSchema>;

/** Delivers mail: through SMTP when `smtpUrl` is set, otherwise into the outbox table with a log line. */
export function createMailService(deps: {
  smtpUrl: string | undefined;
  from: string;
  repository: MailRepository;
  log: Logger;
}) {
  const { smtpUrl } = deps;
  // nodemailer is loaded with the first mail (an outbox-only server never needs it: ~15 MB less when idle).
  let transport: Promise<Transporter> | undefined;
  const smtp = (url: string) => {
    transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url));
    return transport;
  };

  async function deliver(message: MailMessage): Promise<void> {
    const msg = mailMessageSchema.parse(message);
    if (smtpUrl) {
      await (await smtp(smtpUrl)).sendMail({
        from: deps.from,
        to: msg.to,
        subject: msg.subject,
        text: msg.text,
        html: msg.html ?? undefined,
      });
      deps.log.info({ to: msg.to, subject: msg.subject }, 'mail sent');
      return;
    }
    await deps.repository.insert(msg);
    deps.log.info(
      { to: msg.to, subject: msg.subject },
      'mail kept in the outbox (no SMTP_URL set); read it with `npx jobpilot outbox`',
    );
  }

  return {
    deliver,
    usesOutbox: !smtpUrl,
    /** This process's secret for `jobpilot outbox` (ADR 013); it never leaves the data directory. */
    operatorToken: createOperatorToken(),
    close: async () => (await transport)?.close(),
  };
}

export type MailService = ReturnType<typeof createMailService>;

/** The job every outgoing mail goes through, so a crash or an SMTP hiccup does not lose it. */
export const sendMailJob = (mail: MailService) =>
  defineJob({ name: 'mail.send', schema: mailMessageSchema, handler: (m) => mail.deliver(m), retryLimit: 5 });
