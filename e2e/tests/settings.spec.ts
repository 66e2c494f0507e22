import type { Browser, Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';
import { operatorLink } from '../support/operator-outbox';

/** Another browser signed in to the same account (its own cookies). */
async function signInElsewhere(browser: Browser, email: string, password: string, userAgent: string) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, userAgent });
  const response = await context.request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status()).toBe(200);
  return context;
}

/** The settings page at both widths, light unless the theme was switched. */
async function shoot(page: Page, name: string) {
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, `${name}-375`);
  await page.setViewportSize(DESKTOP);
}

test('account settings: password, address, sessions, theme, deleting the account', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('sam');
  const password = 'first password 123';
  const newPassword = 'second password 456';
  await registerByApi(page, { name: 'Sam Settings', email, password });

  await test.step('Settings opens on Account from the user menu', async () => {
    await page.goto('/settings');
    await expect(page).toHaveURL(/\/settings\/account$/);
    await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
    await expect(page.getByTestId('current-email')).toHaveText(email);
    await expect(page).toHaveTitle('Account settings · JobPilot');
    await shoot(page, '70-settings-account');
  });

  await test.step('changing the password signs the other browser out', async () => {
    const other = await signInElsewhere(browser, email, password, 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0');
    expect((await other.request.get('/api/v1/auth/me')).status()).toBe(200);
    const form = page.getByRole('form', { name: 'Change password' });
    await form.getByLabel('Current password').fill(password);
    await form.getByLabel('New password').fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Password changed. You were signed out on every other device.')).toBeVisible();
    expect((await other.request.get('/api/v1/auth/me')).status()).toBe(401);
    const otherPage = await other.newPage();
    await otherPage.goto('/applications');
    await expect(otherPage).toHaveURL(/\/login/);
    await other.close();
    // This browser stays signed in.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  });

  const newEmail = uniqueEmail('sam.new');
  await test.step('a new address counts once the link mailed to it is opened', async () => {
    const form = page.getByRole('form', { name: 'Change email address' });
    await form.getByLabel('New email address').fill(newEmail);
    await form.getByRole('button', { name: 'Change email' }).click();
    await expect(page.getByText('Change of address pending')).toBeVisible();
    await expect(page.getByText(`We sent a link to ${newEmail}. Your account keeps ${email}`)).toBeVisible();
    await screenshot(page, '71-settings-email-pending');
    await page.goto(await operatorLink(newEmail, '/verify-email'));
    await expect(page.getByText('Email address verified')).toBeVisible();
    await page.goto('/settings/account');
    await expect(page.getByTestId('current-email')).toHaveText(newEmail);
    await expect(page.getByText('Change of address pending')).toBeHidden();
  });

  await test.step('a session can be signed out from the list', async () => {
    const phone = await signInElsewhere(
      browser,
      newEmail,
      newPassword,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1',
    );
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Sessions' }).first().click();
    await expect(page.getByRole('heading', { name: 'Sessions', level: 1 })).toBeVisible();
    const phoneCard = page.getByRole('listitem', { name: 'Safari on iOS' });
    await expect(phoneCard).toBeVisible();
    await expect(page.getByText('This device')).toBeVisible();
    await shoot(page, '72-settings-sessions');
    await phoneCard.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('Signed out Safari on iOS.')).toBeVisible();
    await expect(phoneCard).toBeHidden();
    expect((await phone.request.get('/api/v1/auth/me')).status()).toBe(401);
    await phone.close();
  });

  await test.step('notifications and the outbox sit under Settings; the old Outbox address leads there', async () => {
    await page.goto('/settings/notifications');
    await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    await shoot(page, '73-settings-notifications');
    await page.goto('/outbox');
    await expect(page).toHaveURL(/\/settings\/outbox/);
    await expect(page.getByRole('heading', { name: 'Outbox', level: 1 })).toBeVisible();
    await shoot(page, '74-settings-outbox');
  });

  await test.step('the theme switches to dark and stays after a reload', async () => {
    await page.goto('/settings/appearance');
    await expect(page).toHaveTitle('Appearance · JobPilot');
    await shoot(page, '75-settings-appearance-light');
    await page.getByText('Dark', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await shoot(page, '76-settings-appearance-dark');
    await page.goto('/settings/account');
    await shoot(page, '77-settings-account-dark');
    await page.goto('/settings/sessions');
    await expect(page.getByText('This device')).toBeVisible();
    await shoot(page, '78-settings-sessions-dark');
    await page.goto('/settings/appearance');
    await page.getByText('Light', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  await test.step('deleting the account, confirmed with the password', async () => {
    await page.goto('/settings/account');
    await page.getByRole('button', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill('not my password');
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await expect(dialog.getByText('That is not your password')).toBeVisible();
    await screenshot(page, '79-settings-delete-dialog');
    await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill(newPassword);
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('Your account and everything in it has been deleted.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(newEmail);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Wrong email or password')).toBeVisible();
    await screenshot(page, '80-signed-in-after-deletion-fails');
  });
});
