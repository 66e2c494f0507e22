import type { Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi, row } from '../support/app';
import {
  expect,
  expectAccessible,
  expectNoHorizontalOverflow,
  screenshot,
  test,
  uniqueEmail,
} from '../support/fixtures';

/** Three applications; "Remote" and "Old label" on the first two, nothing on the third. */
async function seed(page: Page) {
  const ids: Record<string, string> = {};
  for (const [company, position] of [
    ['Globex', 'Backend Engineer'],
    ['Initech', 'Product Designer'],
    ['Hooli', 'Data Analyst'],
  ] as const) {
    const response = await page.request.post('/api/v1/applications', { data: { company, position } });
    expect(response.status()).toBe(201);
    ids[company] = (await response.json()).data.id;
  }
  for (const [name, color] of [
    ['Remote', 'teal'],
    ['Old label', 'grape'],
  ] as const) {
    const response = await page.request.post('/api/v1/tags', { data: { name, color } });
    expect(response.status()).toBe(201);
    const tagId = (await response.json()).data.id;
    for (const company of ['Globex', 'Initech']) {
      const link = await page.request.put(`/api/v1/applications/${ids[company]}/tags/${tagId}`);
      expect(link.status()).toBe(200);
    }
  }
}

const tagRow = (page: Page, name: string) => page.getByRole('table', { name: 'Tags' }).getByRole('row', { name });

/** The page at both widths: nothing sticks out sideways on a phone, and axe finds nothing at either. */
async function shoot(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await screenshot(page, `${name}-375`);
  await page.setViewportSize(DESKTOP);
}

test('Settings → Tags: counts, rename, recolour, delete, and the list follows', async ({ page }) => {
  test.setTimeout(120_000);
  await registerByApi(page, { name: 'Tess Tags', email: uniqueEmail('tess'), password: 'correct horse battery' });

  await test.step('with no tags the page says where tags come from', async () => {
    await page.goto('/settings/tags');
    await expect(page).toHaveTitle('Tags · JobPilot');
    await expect(page.getByText(/You have no tags yet\. Add one from an application/)).toBeVisible();
    await expectAccessible(page);
  });

  await seed(page);

  await test.step('Settings lists each tag with how many applications carry it', async () => {
    await page.goto('/settings/account');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Tags' }).first().click();
    await expect(page).toHaveURL(/\/settings\/tags$/);
    await expect(page.getByRole('heading', { name: 'Tags', level: 1 })).toBeVisible();
    await expect(tagRow(page, 'Remote')).toContainText('2 applications');
    await expect(tagRow(page, 'Old label')).toContainText('2 applications');
    await shoot(page, 'tags-settings-light');
  });

  await test.step('a name already taken is refused under the field; another one is saved on Enter', async () => {
    const name = page.getByLabel('Name of the tag “Remote”');
    await name.fill('old LABEL');
    await name.press('Enter');
    await expect(page.getByText('You already have a tag called “old LABEL”.')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('Remote first');
    await name.press('Enter');
    await expect(page.getByText('Renamed the tag to “Remote first”.')).toBeVisible();
    await expect(tagRow(page, 'Remote first')).toBeVisible();
  });

  await test.step('recolour it from the named colours', async () => {
    await page.getByRole('combobox', { name: 'Colour of the tag “Remote first”' }).click();
    await page.getByRole('option', { name: 'Orange' }).click();
    await expect(page.getByText('“Remote first” is now orange.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Colour of the tag “Remote first”' })).toHaveValue('Orange');
  });

  await test.step('the applications list shows the new name and colour', async () => {
    await page.goto('/applications');
    const badge = row(page, 'Globex').getByText('Remote first', { exact: true });
    await expect(badge).toBeVisible();
    await expect(badge.locator('xpath=ancestor-or-self::*[contains(@class, "mantine-Badge-root")]')).toHaveAttribute(
      'style',
      /orange/,
    );
    await expect(row(page, 'Globex').getByText('Remote', { exact: true })).toBeHidden();
  });

  await test.step('deleting the other tag says how many applications lose it', async () => {
    await page.goto('/settings/tags');
    await tagRow(page, 'Old label').getByRole('button', { name: 'Delete the tag “Old label”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the tag “Old label”?' });
    await expect(dialog).toContainText('Remove the tag “Old label” from 2 applications?');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Deleted the tag “Old label”.')).toBeVisible();
    await expect(tagRow(page, 'Old label')).toHaveCount(0);
    await expect(tagRow(page, 'Remote first')).toContainText('2 applications');
  });

  await test.step('the list filters by the remaining tag', async () => {
    await page.goto('/applications');
    await expect(row(page, 'Hooli')).toBeVisible();
    await expect(page.getByText('Old label')).toHaveCount(0);
    await page.getByRole('button', { name: 'Filters' }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.getByRole('combobox', { name: 'Tags' }).click();
    await expect(page.getByRole('option', { name: 'Old label' })).toHaveCount(0);
    await page.getByRole('option', { name: 'Remote first' }).click();
    await drawer.getByRole('button', { name: 'Show applications' }).click();
    await expect(page).toHaveURL(/tag=/);
    await expect(row(page, 'Globex')).toBeVisible();
    await expect(row(page, 'Initech')).toBeVisible();
    await expect(row(page, 'Hooli')).toBeHidden();
  });

  await test.step('dark, at both widths', async () => {
    await page.goto('/settings/appearance');
    await page.getByText('Dark', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.goto('/settings/tags');
    await expect(tagRow(page, 'Remote first')).toBeVisible();
    await shoot(page, 'tags-settings-dark');
  });
});
