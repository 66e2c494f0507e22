import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { registerByApi } from '../support/app';
import { expect, screenshot, test, uniqueEmail } from '../support/fixtures';

const jobpilot = fileURLToPath(new URL('../../apps/server/bin/jobpilot.js', import.meta.url));

/** What the person running the server sees: `jobpilot outbox --to` on the e2e server's data directory. */
async function outboxFor(email: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [jobpilot, 'outbox', '--to', email], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: process.env.E2E_DATA_DIR ?? '' },
  });
  return stdout;
}

test('forgot password, the operator finds the link with `jobpilot outbox`, sign in with the new password', async ({
  page,
  context,
}) => {
  const email = uniqueEmail('cara');
  await registerByApi(page, { name: 'Cara Diaz', email, password: 'old password 123' });
  await context.clearCookies();

  await test.step('signed out, the Outbox shows nobody’s mail', async () => {
    await page.goto('/outbox');
    await expect(page).toHaveURL(/\/login\?redirect=/);
    expect((await page.request.get('/api/v1/outbox')).status()).toBe(401);
  });

  await test.step('ask for a reset link', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByText('Check your email')).toBeVisible();
    await expect(page.getByText('This JobPilot has no mail server.')).toContainText(
      `Whoever runs it can find your link with npx jobpilot outbox --to ${email}.`,
    );
    await screenshot(page, '30-forgot-password-sent');
  });

  await test.step('whoever runs the server finds the link with `npx jobpilot outbox`', async () => {
    let link = '';
    // The mail is sent by a background job: ask again until it is there.
    await expect(async () => {
      const printed = await outboxFor(email);
      expect(printed).toContain('Subject: Reset your JobPilot password');
      link = /http\S+\/reset-password\?token=\S+/.exec(printed)?.[0] ?? '';
      expect(link).not.toBe('');
    }).toPass({ timeout: 60_000 });
    await page.goto(link);
  });

  await test.step('choose a new password', async () => {
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByText('Password must be at least 10 characters')).toBeVisible();
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('brand new password 456');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByText('Your password has been changed. Sign in with your new password.')).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
  });

  await test.step('the old password no longer works, the new one does', async () => {
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('old password 123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Wrong email or password')).toBeVisible();
    await screenshot(page, '32-old-password-refused');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('brand new password 456');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Applications' })).toBeVisible();
    await screenshot(page, '33-signed-in-with-new-password');
  });
});
