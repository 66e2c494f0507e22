import type { Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import {
  expect,
  expectAccessible,
  expectNoHorizontalOverflow,
  screenshot,
  test,
  uniqueEmail,
} from '../support/fixtures';

const PASSWORD = 'correct horse battery';

/** Every page of the app a signed-in person can open, with the tab title it sets. */
const PAGES: { path: string; title: string; heading: RegExp }[] = [
  { path: '/', title: 'Dashboard · JobPilot', heading: /Dashboard|Welcome/ },
  { path: '/applications', title: 'Applications · JobPilot', heading: /Applications/ },
  { path: '/applications/board', title: 'Board · JobPilot', heading: /Applications|Board/ },
  { path: '/applications/import', title: 'Import applications · JobPilot', heading: /Import/ },
  { path: '/interviews', title: 'Interviews · JobPilot', heading: /Interviews/ },
  { path: '/tasks', title: 'Tasks · JobPilot', heading: /Tasks/ },
  { path: '/contacts', title: 'Contacts · JobPilot', heading: /Contacts/ },
  { path: '/people', title: 'People · JobPilot', heading: /People/ },
  { path: '/favorites', title: 'Favourites · JobPilot', heading: /People|Favou?rites/ },
  { path: '/profile', title: 'My profile · JobPilot', heading: /profile/i },
  { path: '/analytics', title: 'Analytics · JobPilot', heading: /Analytics/ },
  { path: '/settings/notifications', title: 'Notification settings · JobPilot', heading: /Notification/ },
  { path: '/outbox', title: 'Outbox · JobPilot', heading: /Outbox/ },
];

const SIGNED_OUT_PAGES: { path: string; title: string }[] = [
  { path: '/login', title: 'Sign in · JobPilot' },
  { path: '/register', title: 'Register · JobPilot' },
  { path: '/forgot-password', title: 'Forgot password · JobPilot' },
];

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
  await page.getByRole('menu').locator('label', { hasText: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page.getByRole('button', { name: 'account menu' }).click();
  await page.getByRole('menu').locator('label', { hasText: 'System' }).click();
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

test('every page sets its title and passes axe in light and dark at 1280 and 375 px; shell screenshots', async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (const { path, title } of SIGNED_OUT_PAGES) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expectAccessible(page);
  }
  await signIn(page, 'Ada Shell');
  expect(
    (await page.request.post('/api/v1/applications', { data: { company: 'Initech', position: 'QA' } })).status(),
  ).toBe(201);
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    for (const { path, title, heading } of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
      await expect(page).toHaveTitle(title);
      await expectAccessible(page);
    }
  }
  await test.step('an open form dialog passes axe; closing it returns focus to its button', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/applications');
    const add = page.getByRole('button', { name: 'Add application', exact: true });
    await add.click();
    const dialog = page.getByRole('dialog', { name: 'Add application' });
    await expect(dialog.getByLabel('Company')).toBeFocused();
    await expectAccessible(page, { within: '[role="dialog"]', label: 'the Add application dialog' });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(add).toBeFocused();
  });
  for (const [name, size] of [
    ['1280', DESKTOP],
    ['375', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/applications');
      await expect(page.getByRole('row').filter({ hasText: 'Initech' })).toBeVisible();
      await screenshot(page, `shell-${name}-${colorScheme}`);
    }
  }
  await page.getByRole('button', { name: 'Toggle navigation' }).click();
  await expect(sideNav(page).getByRole('link', { name: 'Tasks' })).toBeVisible();
  await screenshot(page, 'shell-375-dark-drawer');
});
