import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser } from '#test/client.ts';

/** A real SMTP server on loopback that keeps what it receives. */
function startSmtp() {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  return new Promise<{ port: number; received: typeof received; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as AddressInfo;
      resolve({ port, received, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'JobPilot <hello@jobpilot.test>' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('mail over SMTP', () => {
  it('delivers the verification mail to the SMTP server and keeps no outbox', async () => {
    const user = await registerUser(t);
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual([user.email]);
    expect(mail?.raw).toContain('Subject: Verify your email address for JobPilot');
    expect(mail?.raw).toContain('From: JobPilot <hello@jobpilot.test>');
    expect(mail?.raw).toMatch(/verify-email\?token=/);

    const outbox = await t.app.inject({ url: '/api/v1/outbox', headers: user.auth });
    expect(outbox.statusCode).toBe(404);
    expect((await t.app.inject('/api/v1/mail/delivery')).json().data).toEqual({ delivery: 'smtp' });
    expect((await t.ctx.api.mail.outbox.list({ page: 1, limit: 10 })).total).toBe(0);
  });
});
