import { registerByApi } from '../support/app';
import { expect, HTTP_4XX_LOGGED, screenshot, test, uniqueEmail } from '../support/fixtures';

test.use({ expectedConsoleError: new RegExp(`${HTTP_4XX_LOGGED.source}|net::ERR_FAILED`) });

test('a lost connection is explained and what was typed stays', async ({ page }) => {
  await page.goto('/login');
  await page.route('**/api/v1/auth/login', (route) => route.abort('failed'));
  await page.getByLabel('Email').fill('someone@example.com');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a password 123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText("Can't reach JobPilot. Check your connection and try again.")).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('someone@example.com');
  await screenshot(page, '50-network-error');
});

test('registering a taken address says so', async ({ page, context }) => {
  const email = uniqueEmail('eve');
  await registerByApi(page, { name: 'Eve', email, password: 'correct horse battery' });
  await context.clearCookies();
  await page.goto('/register');
  await page.getByLabel('Name').fill('Eve Again');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this email already exists. Sign in instead.')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Eve Again');
});

test('a broken verification link is explained', async ({ page }) => {
  await page.goto('/verify-email?token=not-a-real-token');
  await expect(page.getByText('We could not verify your email address')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue to JobPilot' })).toBeVisible();
});
