import type { Page } from '@playwright/test';
import { PHONE, registerByApi } from '../support/app';
import { expect, expectAccessible, expectNoHorizontalOverflow, test, uniqueEmail } from '../support/fixtures';

const PASSWORD = 'correct horse battery';

const sideNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const scheme = (page: Page) => page.locator('html').getAttribute('data-mantine-color-scheme');

async function signIn(page: Page, name = 'Nia Shell'): Promise<void> {
  await registerByApi(page, { name, email: uniqueEmail('shell'), password: PASSWORD });
}

test('the side navigation is grouped by task, collapses on desktop (remembered) and is a drawer on phones', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/applications');
  const nav = sideNav(page);

  await test.step('at 1280 px the groups and their pages show, the current one marked', async () => {
    for (const group of ['Track', 'Insights', 'Account']) {
      await expect(nav.getByRole('group', { name: group })).toBeVisible();
    }
    await expect(nav.getByRole('group', { name: 'Track' }).getByRole('link')).toHaveText([
      'Applications',
      'Interviews',
      'Tasks',
      'Contacts',
      'People',
    ]);
    await expect(nav.getByRole('link', { name: 'Applications' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Outbox' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Tasks' }).click();
    await expect(page).toHaveURL(/\/tasks/);
    await expect(page).toHaveTitle('Tasks · JobPilot');
  });

  await test.step('the collapse button hides the column, and a reload keeps it hidden', async () => {
    await page.getByRole('button', { name: 'Hide the navigation' }).click();
    await expect(nav).toBeHidden();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Show the navigation' })).toBeVisible();
    await expect(sideNav(page)).toBeHidden();
    await page.getByRole('button', { name: 'Show the navigation' }).click();
    await expect(sideNav(page).getByRole('link', { name: 'Tasks' })).toBeVisible();
  });

  await test.step('at 375 px the navigation is a drawer behind the burger, closed after a choice', async () => {
    await page.setViewportSize(PHONE);
    await expect(sideNav(page)).toBeHidden();
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await expect(sideNav(page).getByRole('link', { name: 'Interviews' })).toBeVisible();
    await expectAccessible(page, { label: 'the open phone drawer' });
    await sideNav(page).getByRole('link', { name: 'Interviews' }).click();
    await expect(page).toHaveURL(/\/interviews/);
    await expect(sideNav(page)).toBeHidden();
    await expectNoHorizontalOverflow(page);
  });
});

test('dark mode from the user menu stays after a reload; the skip link jumps to the page', async ({ page }) => {
  await signIn(page, 'Dara Night');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/applications');
  expect(await scheme(page)).toBe('light');

  await page.getByRole('button', { name: 'account menu' }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page.getByRole('button', { name: 'account menu' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitemradio', { name: 'System' }).click();
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');

  await test.step('skip link: the first Tab stop, it moves focus to the main content', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Applications', level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});
