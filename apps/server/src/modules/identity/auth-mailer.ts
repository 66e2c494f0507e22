import type { MailMessage } from '#modules/mail/index.ts';
import type { AuthMailer } from './auth.ts';

/** The account mails, written as plain text with a link into the web app, sent through the mail job. */
export function createAuthMailer(deps: { send(message: MailMessage): Promise<void>; publicUrl: string }): AuthMailer {
  const link = (path: string, token: string) => `${deps.publicUrl}${path}?token=${encodeURIComponent(token)}`;
  const send = (m: MailMessage) => deps.send({ ...m, kind: 'account-link' });
  return {
    sendVerification: (to, token) =>
      send({
        to: to.email,
        subject: 'Verify your email address for JobPilot',
        text: `Hi ${to.name},\n\nPlease confirm this is your email address by opening this link:\n\n${link('/verify-email', token)}\n\nIf you did not create a JobPilot account, ignore this message.\n`,
      }),
    sendEmailChange: (to, token) =>
      send({
        to: to.email,
        subject: 'Confirm your new email address for JobPilot',
        text: `Hi ${to.name},\n\nYou asked to use this address for your JobPilot account. To confirm it, open this link within the hour:\n\n${link('/verify-email', token)}\n\nUntil then your account keeps its old address. If it was not you, ignore this message.\n`,
      }),
    sendPasswordReset: (to, token) =>
      send({
        to: to.email,
        subject: 'Reset your JobPilot password',
        text: `Hi ${to.name},\n\nSomeone asked to reset the password of your JobPilot account. To choose a new one, open this link within the hour:\n\n${link('/reset-password', token)}\n\nIf it was not you, ignore this message: your password stays as it is.\n`,
      }),
  };
}
