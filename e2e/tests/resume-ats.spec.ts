import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import { expect, expectAccessible, HTTP_4XX_LOGGED, test, uniqueEmail } from '../support/fixtures';

const JOHN_DOE = fileURLToPath(new URL('../../apps/server/src/modules/resumes/fixtures/john_doe.pdf', import.meta.url));

// The refused file answers a 422, which the browser logs.
test.use({ expectedConsoleError: HTTP_4XX_LOGGED });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/r-atsui-${name}.png`, fullPage: true, animations: 'disabled' });

test('ATS check: the report of a résumé follows its saves; a file is checked before it is saved', async ({ page }) => {
  test.setTimeout(120_000);
  await registerByApi(page, { name: 'Ada Check', email: uniqueEmail('ada-ats'), password: 'correct horse battery' });
  const created = await page.request.post('/api/v1/resumes', {
    data: {
      name: 'Backend résumé',
      document: {
        basics: { name: 'Ada Check', email: 'ada@example.com', phone: '+44 20 7946 0000', label: 'Backend Engineer' },
        work: [
          {
            name: 'Acme',
            position: 'Backend Engineer',
            startDate: '2019-01',
            endDate: '2024-06',
            highlights: [
              'Improved the managment of on-call rotas for 12 engineers',
              'I built the billing service that 40 teams use every day',
            ],
          },
        ],
      },
    },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { data: { id: string } }).data.id;

  const drawer = page.getByRole('dialog', { name: 'ATS check' });
  const spelling = drawer.getByRole('button', { name: /“managment” looks misspelt/ });

  await test.step('the drawer shows the score, the categories and the findings by severity', async () => {
    await page.goto(`/resumes/${id}`);
    await page.getByRole('button', { name: 'ATS check' }).click();
    await expect(drawer.getByLabel(/^ATS score \d+ out of 100$/)).toBeVisible();
    await expect(drawer.getByRole('progressbar', { name: /^Spelling: \d+ out of 100$/ })).toBeVisible();
    await expect(drawer.getByRole('progressbar', { name: /^Bullet points: \d+ out of 100$/ })).toBeVisible();
    await expect(spelling).toContainText('managment');
    await expect(spelling).toContainText('Work experience 1 · Highlights, line 1');
    await expect(drawer.getByRole('button', { name: /uses “I”; drop first-person pronouns/ })).toBeVisible();
    await expectAccessible(page, { within: '[role="dialog"]', label: 'ATS drawer' });
    await shot(page, 'drawer-desktop');
    await page.setViewportSize(PHONE);
    await expectAccessible(page, { within: '[role="dialog"]', label: 'ATS drawer' });
    await shot(page, 'drawer-phone');
    await page.setViewportSize(DESKTOP);
  });

  await test.step('a finding takes the person to its field; fixing it and saving removes the finding', async () => {
    await spelling.click();
    await expect(drawer).toBeHidden();
    const line = page.getByRole('textbox', { name: /^Highlights of Backend Engineer at Acme, line 1$/ });
    await expect(line).toBeFocused();
    await line.fill('Improved the management of on-call rotas for 12 engineers');
    const status = page.getByRole('status').filter({ hasText: /Saved|Saving|Unsaved|Not saved/ });
    await expect(status).toHaveText(/^Saved \d/, { timeout: 10_000 });
    await page.getByRole('button', { name: 'ATS check' }).click();
    await expect(drawer.getByLabel(/^ATS score \d+ out of 100$/)).toBeVisible();
    await expect(drawer.getByRole('button', { name: /uses “I”; drop first-person pronouns/ })).toBeVisible();
    await expect(drawer.getByText('managment')).toHaveCount(0);
    await shot(page, 'drawer-after-fix');
    await drawer.getByRole('button', { name: 'Close the ATS check' }).click();
  });

  await test.step('on the list page a file is checked before anything is saved', async () => {
    await page.goto('/resumes');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Check a file' }).first().click();
    await (await chooser).setFiles(JOHN_DOE);
    const modal = page.getByRole('dialog', { name: 'ATS check of john_doe.pdf' });
    await expect(modal.getByLabel(/^ATS score \d+ out of 100$/)).toBeVisible({ timeout: 20_000 });
    await expect(modal.getByRole('progressbar', { name: /^Text can be extracted: \d+ out of 100$/ })).toBeVisible();
    await expectAccessible(page, { within: '[role="dialog"]', label: 'ATS file check' });
    await shot(page, 'file-check');
    await modal.getByRole('button', { name: 'Close', exact: true }).click();

    const refused = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Check a file' }).first().click();
    await (await refused).setFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    });
    const refusal = page.getByRole('dialog', { name: 'ATS check of photo.txt' });
    const alert = refusal.getByRole('alert').filter({ hasText: 'Could not check the file' });
    await expect(alert).toBeVisible();
    await shot(page, 'file-refused');
    await expect(alert).toContainText('This file is not a PDF, Word or text file.');
    await refusal.getByRole('button', { name: 'Close', exact: true }).click();
    const list = await page.request.get('/api/v1/resumes');
    expect(((await list.json()) as { data: unknown[] }).data).toHaveLength(1);
  });
});
