import { addApplication, DESKTOP, PHONE, row } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

test('register, add two applications, filter, change a status, see its history, sign out', async ({ page }) => {
  const email = uniqueEmail('ann');

  await test.step('a visitor is sent to sign in', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Sign in to JobPilot' })).toBeVisible();
    await screenshot(page, '01-sign-in');
  });

  await test.step('register', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Ann Lee');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('correct horse battery');
    await screenshot(page, '02-register');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { name: 'Applications' })).toBeVisible();
    await expect(page.getByText(`Please verify your email address — we sent a link to ${email}.`)).toBeVisible();
    await expect(page.getByText('No applications yet — add your first one')).toBeVisible();
    await screenshot(page, '03-empty-applications');
  });

  await test.step('the form explains what is missing', async () => {
    await page.getByRole('button', { name: 'Add application', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add application' });
    await dialog.getByLabel('Salary from').fill('120000');
    await dialog.getByLabel('Salary to').fill('90000');
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await expect(dialog.getByText('Enter the company')).toBeVisible();
    await expect(dialog.getByText('Enter the position')).toBeVisible();
    await expect(dialog.getByText('Minimum salary must not exceed the maximum')).toBeVisible();
    await screenshot(page, '04-form-validation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('add two applications', async () => {
    await addApplication(page, {
      company: 'Acme',
      position: 'Frontend Engineer',
      location: 'Remote',
      salaryFrom: '90000',
      salaryTo: '120000',
      currency: 'usd',
      period: 'year',
    });
    await addApplication(page, { company: 'Globex', position: 'Backend Developer', status: 'applied' });
    await expect(row(page, 'Acme')).toContainText('USD 90,000–120,000 / year');
    await expect(row(page, 'Globex')).toContainText('Backend Developer');
    await expect(page.getByText('2 applications')).toBeVisible();
    await screenshot(page, '05-two-applications');
  });

  await test.step('filter by status, kept across a reload', async () => {
    await page.getByRole('group', { name: 'Filter by status' }).getByText('Applied', { exact: true }).click();
    await expect(row(page, 'Acme')).toHaveCount(0);
    await expect(row(page, 'Globex')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Applied' })).toBeChecked();
    await expect(row(page, 'Acme')).toHaveCount(0);
    await screenshot(page, '06-filtered-by-applied');
    await page.getByRole('group', { name: 'Filter by status' }).getByText('Applied', { exact: true }).click();
    await expect(row(page, 'Acme')).toBeVisible();
  });

  await test.step('change a status in one selection', async () => {
    await page.getByLabel('Status of Acme — Frontend Engineer').selectOption('interview');
    await expect(page.getByText('Acme — Frontend Engineer is now Interview.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Status of Acme — Frontend Engineer')).toHaveValue('interview');
    await screenshot(page, '07-status-changed');
  });

  await test.step('see its history', async () => {
    await page.getByRole('button', { name: 'Actions for Acme — Frontend Engineer' }).click();
    await page.getByRole('menuitem', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History of Acme — Frontend Engineer' });
    await expect(dialog.getByText('Added as Saved')).toBeVisible();
    await expect(dialog.getByText('Saved → Interview')).toBeVisible();
    await screenshot(page, '08-history');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('the list stays usable at phone width', async () => {
    await page.setViewportSize(PHONE);
    await expect(page.getByLabel('Status of Acme — Frontend Engineer')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, '09-phone-applications');
    await page.getByRole('button', { name: 'Add application', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Add application' });
    await expect(form.getByLabel('Company')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, '10-phone-add-form');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My profile' }),
    ).toBeVisible();
    await screenshot(page, '11-phone-navigation');
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await page.setViewportSize(DESKTOP);
  });

  await test.step('sign out', async () => {
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByText('You are signed out.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sign in to JobPilot' })).toBeVisible();
    await screenshot(page, '12-signed-out');
    await page.goto('/applications');
    await expect(page).toHaveURL(/\/login\?redirect=/);
  });
});
