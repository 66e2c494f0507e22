import { registerByApi } from '../support/app';
import { expect, screenshot, test, uniqueEmail } from '../support/fixtures';
import { operatorLink } from '../support/operator-outbox';

test('the verification banner stays until the emailed link (from the operator) is opened', async ({ page }) => {
  const email = uniqueEmail('dev');
  await registerByApi(page, { name: 'Dev Patel', email, password: 'correct horse battery' });
  await page.goto('/applications');
  const banner = page.getByText(`Please verify your email address — we sent a link to ${email}.`);
  await expect(banner).toBeVisible();

  await page.getByRole('button', { name: 'Resend' }).click();
  await expect(page.getByText(`We sent a new verification link to ${email}.`)).toBeVisible();

  // The link is for whoever runs JobPilot, never on the Outbox page: a session proves nothing about an address.
  await page.goto('/settings/outbox');
  await expect(page.getByText(/Verification and password-reset links are not shown here/)).toBeVisible();
  await expect(page.getByRole('article', { name: 'Verify your email address for JobPilot' })).toHaveCount(0);
  await page.goto(await operatorLink(email, '/verify-email'));

  await expect(page.getByText('Email address verified')).toBeVisible();
  await expect(banner).toBeHidden();
  await screenshot(page, '40-email-verified');
  await page.getByRole('link', { name: 'Continue to JobPilot' }).click();
  await expect(page.getByRole('heading', { name: 'Applications' })).toBeVisible();
  await expect(banner).toBeHidden();
});
