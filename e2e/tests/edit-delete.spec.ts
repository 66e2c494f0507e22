import { addApplication, registerByApi, row } from '../support/app';
import { expect, screenshot, test, uniqueEmail } from '../support/fixtures';

test('edit an application and delete another after confirming', async ({ page }) => {
  await registerByApi(page, { name: 'Bo Chen', email: uniqueEmail('bo'), password: 'correct horse battery' });
  await page.goto('/applications');
  await addApplication(page, { company: 'Initech', position: 'QA Engineer' });
  await addApplication(page, { company: 'Umbrella', position: 'Data Analyst' });

  await test.step('edit keeps what was typed when the input is wrong', async () => {
    await page.getByRole('button', { name: 'Actions for Initech — QA Engineer' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Initech — QA Engineer' });
    await dialog.getByLabel('Location').fill('Austin, TX');
    await dialog.getByLabel('Job link').fill('not a link');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog.getByText('Enter a full http(s) link')).toBeVisible();
    await expect(dialog.getByLabel('Location')).toHaveValue('Austin, TX');
    await dialog.getByLabel('Job link').fill('https://jobs.example.com/initech/qa');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Saved Initech — QA Engineer.')).toBeVisible();
    await expect(row(page, 'Initech')).toContainText('Austin, TX');
    await expect(row(page, 'Initech').getByRole('link', { name: 'Job posting at Initech' })).toHaveAttribute(
      'href',
      'https://jobs.example.com/initech/qa',
    );
  });

  await test.step('sort by a column and search', async () => {
    const firstCompany = page.getByRole('row').nth(1).getByRole('cell').first();
    await page.getByRole('button', { name: 'Sort by Company' }).click();
    await expect(firstCompany).toContainText('Initech');
    await page.getByRole('button', { name: 'Sort by Company' }).click();
    await expect(firstCompany).toContainText('Umbrella');
    await expect(page).toHaveURL(/sort=-company/);
    await page.getByLabel('Search applications').fill('umbr');
    await expect(row(page, 'Initech')).toHaveCount(0);
    await expect(page).toHaveURL(/q=umbr/);
    await page.getByLabel('Search applications').fill('nothing like this');
    await expect(page.getByText('No applications match')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByLabel('Search applications')).toHaveValue('');
    await expect(row(page, 'Initech')).toBeVisible();
  });

  await test.step('delete asks first', async () => {
    await page.getByRole('button', { name: 'Actions for Umbrella — Data Analyst' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete application' });
    await expect(confirm).toContainText('Delete Umbrella — Data Analyst? This cannot be undone.');
    await screenshot(page, '20-delete-confirmation');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Deleted Umbrella — Data Analyst.')).toBeVisible();
    await expect(row(page, 'Umbrella')).toHaveCount(0);
    await expect(page.getByText('1 application', { exact: true })).toBeVisible();
  });
});
