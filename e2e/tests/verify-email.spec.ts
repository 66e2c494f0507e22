import { registerByApi } from '../support/app';
import { expect, screenshot, test, uniqueEmail } from '../support/fixtures';

test('the verification banner stays until the emailed link is opened', async ({ page }) => {
  const email = uniqueEmail('dev');
  await registerByApi(page, { name: 'Dev Patel', email, password: 'correct horse battery' });
  await page.goto('/applications');
  const banner = page.getByText(`Please verify your email address — we sent a link to ${email}.`);
  await expect(banner).toBeVisible();

  await page.getByRole('button', { name: 'Resend' }).click();
  await expect(page.getByText(`We sent a new verification link to ${email}.`)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Outbox' }).click();
  const mail = page.getByRole('article', { name: 'Verify your email address for JobPilot' }).filter({ hasText: email });
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(mail.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await mail
    .first()
    .getByRole('link', { name: /\/verify-email\?token=/ })
    .click();

  await expect(page.getByText('Email address verified')).toBeVisible();
  await expect(banner).toBeHidden();
  await screenshot(page, '40-email-verified');
  await page.getByRole('link', { name: 'Continue to JobPilot' }).click();
  await expect(page.getByRole('heading', { name: 'Applications' })).toBeVisible();
  await expect(banner).toBeHidden();
});
