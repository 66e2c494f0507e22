import type { Page } from '@playwright/test';
import { PHONE, registerByApi, row } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

async function seed(page: Page) {
  const bodies = [
    {
      company: 'Globex',
      position: 'Backend Engineer',
      location: 'Berlin, Germany',
      salaryMin: 70000,
      salaryMax: 90000,
      salaryCurrency: 'EUR',
      source: 'LinkedIn',
    },
    { company: 'Initech', position: 'Product Designer', location: 'Remote', source: 'Referral' },
    { company: 'Hooli', position: 'Data Analyst', location: 'Munich', notes: 'Met them at the Berlin meetup' },
    { company: 'Umbrella', position: 'Engineering Manager', location: 'Paris' },
  ];
  for (const data of bodies) {
    const response = await page.request.post('/api/v1/applications', { data });
    expect(response.status()).toBe(201);
  }
}

const table = (page: Page) => page.getByRole('table', { name: 'Applications' });

async function searchFor(page: Page, words: string) {
  await page.getByLabel('Search applications').fill(words);
  await expect(page).toHaveURL(new RegExp(`q=${words}`));
}

test('typo search, a tag, a filter and a saved view on the applications list', async ({ page }) => {
  await registerByApi(page, { name: 'Ada Search', email: uniqueEmail('ada'), password: 'correct horse battery' });
  await seed(page);
  await page.goto('/applications');
  await expect(row(page, 'Umbrella')).toBeVisible();

  await test.step('a misspelt word still finds the position, best match first', async () => {
    await searchFor(page, 'enginer');
    await expect(table(page).getByRole('row')).toHaveCount(3);
    await expect(table(page).getByRole('row').nth(1)).toContainText('Globex');
    await expect(row(page, 'Umbrella')).toBeVisible();
    await expect(row(page, 'Initech')).toBeHidden();
    await screenshot(page, 'search-typo-1280');
    await page.getByLabel('Search applications').fill('');
    await expect(row(page, 'Initech')).toBeVisible();
  });

  await test.step('tag two applications, creating the tag inline', async () => {
    for (const company of ['Globex', 'Initech']) {
      await row(page, company)
        .getByRole('button', { name: /^Actions for/ })
        .click();
      await page.getByRole('menuitem', { name: 'Tags' }).click();
      const dialog = page.getByRole('dialog', { name: /^Tags · / });
      await dialog.getByLabel('Tags', { exact: true }).fill('Remote OK');
      await dialog.getByLabel('Tags', { exact: true }).press('Enter');
      await expect(row(page, company).getByText('Remote OK')).toBeVisible();
      if (company === 'Initech') await screenshot(page, 'search-tags-modal-1280');
      await dialog.getByRole('button', { name: 'Done' }).click();
      await expect(dialog).toBeHidden();
    }
  });

  await test.step('filter by location and by tag in the Filters drawer', async () => {
    await page.getByRole('button', { name: 'Filters' }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.getByLabel('Location').fill('berlin');
    await screenshot(page, 'search-filters-drawer-1280');
    await drawer.getByRole('button', { name: 'Show applications' }).click();
    await expect(page).toHaveURL(/location=berlin/);
    await expect(row(page, 'Globex')).toBeVisible();
    await expect(row(page, 'Hooli')).toBeHidden();

    await page.getByRole('button', { name: /^Filters/ }).click();
    await drawer.getByLabel('Location').fill('');
    await drawer.getByRole('combobox', { name: 'Tags' }).click();
    await page.getByRole('option', { name: 'Remote OK' }).click();
    await drawer.getByRole('button', { name: 'Show applications' }).click();
    await expect(row(page, 'Initech')).toBeVisible();
    await expect(row(page, 'Globex')).toBeVisible();
    await expect(row(page, 'Umbrella')).toBeHidden();
    await expect(page.getByRole('button', { name: /^Filters/ })).toContainText('1');
  });

  await test.step('save the view, leave it, and apply it again', async () => {
    await searchFor(page, 'designer');
    await expect(row(page, 'Globex')).toBeHidden();
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('button', { name: 'Save current view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this view' });
    await dialog.getByLabel('Name').fill('Remote designers');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(page.getByText('Saved the view “Remote designers”')).toBeVisible();

    await page.goto('/applications');
    await expect(row(page, 'Umbrella')).toBeVisible();
    await page.getByRole('button', { name: 'Views' }).click();
    await expect(page.getByRole('button', { name: 'Remote designers', exact: true })).toBeVisible();
    await screenshot(page, 'search-views-menu-1280');
    await page.getByRole('button', { name: 'Remote designers', exact: true }).click();
    await expect(page).toHaveURL(/q=designer/);
    await expect(page).toHaveURL(/tag=/);
    await expect(row(page, 'Initech')).toBeVisible();
    await expect(row(page, 'Globex')).toBeHidden();
    await expect(page.getByLabel('Search applications')).toHaveValue('designer');
    await screenshot(page, 'search-view-applied-1280');
  });

  await test.step('the board shows the tags on its cards', async () => {
    await page.goto('/applications/board');
    const card = page.getByTestId('column-saved').getByTestId('board-card').filter({ hasText: 'Globex' });
    await expect(card.getByText('Remote OK')).toBeVisible();
    await screenshot(page, 'search-board-tags-1280');
  });
});

test('at phone width the Filters drawer and saved views work without sideways scrolling', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await registerByApi(page, { name: 'Bo Phone', email: uniqueEmail('bo'), password: 'correct horse battery' });
  await seed(page);
  const saved = await page.request.post('/api/v1/saved-views', {
    data: { name: 'Paris', search: { location: 'Paris' } },
  });
  expect(saved.status()).toBe(201);
  await page.goto('/applications');
  await expect(row(page, 'Umbrella')).toBeVisible();

  await searchFor(page, 'enginer');
  await expect(row(page, 'Initech')).toBeHidden();
  await expect(row(page, 'Globex')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'search-typo-375');

  await page.getByLabel('Search applications').fill('');
  await page.getByRole('button', { name: 'Filters' }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await drawer.getByLabel('Salary from').fill('60000');
  await drawer.getByLabel('Currency', { exact: true }).fill('eur');
  await screenshot(page, 'search-filters-drawer-375');
  await drawer.getByRole('button', { name: 'Show applications' }).click();
  await expect(page).toHaveURL(/currency=EUR/);
  await expect(row(page, 'Globex')).toBeVisible();
  await expect(row(page, 'Hooli')).toBeHidden();
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: 'Views' }).click();
  await screenshot(page, 'search-views-menu-375');
  await page.getByRole('button', { name: 'Paris', exact: true }).click();
  await expect(row(page, 'Umbrella')).toBeVisible();
  await expect(row(page, 'Globex')).toBeHidden();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'search-view-applied-375');
});
