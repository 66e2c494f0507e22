import { registerByApi } from '../support/app';
import { expect, screenshot, test, uniqueEmail } from '../support/fixtures';

test('forgot password, open the Outbox, follow the reset link, sign in with the new password', async ({
  page,
  context,
}) => {
  const email = uniqueEmail('cara');
  await registerByApi(page, { name: 'Cara Diaz', email, password: 'old password 123' });
  await context.clearCookies();

  await test.step('ask for a reset link', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByText('Check your email')).toBeVisible();
    await screenshot(page, '30-forgot-password-sent');
  });

  await test.step('find the mail in the Outbox and click its link', async () => {
    await page.getByRole('link', { name: 'Outbox (mail that would have been sent)' }).click();
    await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
    const mail = page.getByRole('article', { name: 'Reset your JobPilot password' }).filter({ hasText: email });
    // The mail is sent by a background job: refresh until it is there.
    await expect(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(mail).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await screenshot(page, '31-outbox');
    await mail.getByRole('link', { name: /\/reset-password\?token=/ }).click();
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
