import type { Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import { expect, expectAccessible, screenshot, test, uniqueEmail } from '../support/fixtures';

const SEARCH = 'Search pages, applications and contacts';
const PALETTE = '.mantine-Spotlight-content';

/** A signed-in person with one application and one contact whose names no other test uses. */
async function signInWithRecords(page: Page) {
  await registerByApi(page, { name: 'Pia Palette', email: uniqueEmail('palette'), password: 'correct horse battery' });
  const tag = Math.floor(Math.random() * 1e6).toString(36);
  const company = `Palette${tag}`;
  const contact = `Quinn Jumpto${tag}`;
  const application = await page.request.post('/api/v1/applications', {
    data: { company, position: 'Platform Engineer' },
  });
  expect(application.status()).toBe(201);
  const person = await page.request.post('/api/v1/contacts', { data: { name: contact } });
  expect(person.status()).toBe(201);
  return { company, contact };
}

for (const [width, viewport] of [
  ['1280 px', DESKTOP],
  ['375 px', PHONE],
] as const) {
  test.describe(`at ${width}`, () => {
    test.use({ viewport });

    test('the command palette opens with Ctrl+K, finds a settings page, an application and a contact', async ({
      page,
    }) => {
      const { company, contact } = await signInWithRecords(page);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const search = page.getByRole('textbox', { name: SEARCH });

      await test.step('Ctrl+K opens it (its code loads then); keys typed at once are kept', async () => {
        await page.keyboard.press('Control+K');
        await page.keyboard.type('sess');
        await expect(search).toBeFocused();
        await expect(search).toHaveValue('sess');
        await expect(page.getByRole('button', { name: /Sessions/ })).toBeVisible();
        await expectAccessible(page, { within: PALETTE, label: 'the open command palette' });
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(/\/settings\/sessions$/);
        await expect(search).toBeHidden();
      });

      await test.step('an application by its company', async () => {
        await page.keyboard.press('Control+K');
        await search.fill(company);
        await page.getByRole('button', { name: new RegExp(`${company}.*Platform Engineer`) }).click();
        await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
        await expect(page.getByRole('heading', { name: company, level: 1 })).toBeVisible();
      });

      await test.step('a contact by name', async () => {
        await page.keyboard.press('Control+K');
        await search.fill(contact);
        await page.getByRole('button', { name: new RegExp(contact) }).click();
        await expect(page).toHaveURL(/\/contacts\?/);
        await expect(page.getByText(contact).first()).toBeVisible();
      });
    });

    test('the header button opens it; Escape closes it and focus returns to the button', async ({ page }) => {
      await signInWithRecords(page);
      await page.goto('/applications');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const button = page.getByRole('banner').getByRole('button', { name: /^Search/ });
      const search = page.getByRole('textbox', { name: SEARCH });

      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await button.focus();
        await page.keyboard.press('Enter');
        await expect(search).toBeFocused();
        await search.fill('appear');
        await expect(page.getByRole('button', { name: /Appearance/ })).toBeVisible();
        await expectAccessible(page, { within: PALETTE, label: 'the open command palette' });
        await screenshot(page, `palette-${viewport.width}-${scheme}`);
        await page.keyboard.press('Escape');
        await expect(search).toBeHidden();
        await expect(button).toBeFocused();
      }
    });
  });
}
