import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page, Route } from '@playwright/test';
import { PHONE, registerByApi } from '../support/app';
import { expect, expectAccessible, test, uniqueEmail } from '../support/fixtures';

const PASSWORD = 'correct horse battery';

const DOCUMENT = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Analyst',
    email: 'ada@example.com',
    summary: 'Writes the first programs for engines that do not exist yet.',
  },
  work: [
    {
      name: 'Analytical Engine',
      position: 'Programmer',
      startDate: '1842-01',
      highlights: ['Wrote the note G algorithm for Bernoulli numbers'],
    },
  ],
  skills: [{ name: 'Mathematics', keywords: ['Analysis', 'Notation'] }],
};

async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/r-actions-${name}.png`, fullPage: true, animations: 'disabled' });
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return readFileSync(path);
}

async function exportAs(page: Page, format: string, options: { template?: string; paper?: string } = {}) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
  await dialog.getByLabel('Format').selectOption({ label: format });
  if (options.template) await dialog.getByLabel('Template').selectOption({ label: options.template });
  if (options.paper) await dialog.getByLabel('Paper').selectOption({ label: options.paper });
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const download = await downloaded;
  await expect(dialog).toBeHidden();
  return download;
}

test('export PDF and Word, preview the print, share a link that opens signed out, then stop sharing', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await registerByApi(page, { name: 'Ada Lovelace', email: uniqueEmail('output'), password: PASSWORD });
  const created = await page.request.post('/api/v1/resumes', { data: { name: 'Engines résumé', document: DOCUMENT } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = ((await created.json()) as { data: { id: string } }).data;

  await page.goto(`/resumes/${id}`);
  await expect(page.getByLabel('Résumé name')).toHaveValue('Engines résumé');

  await test.step('Export: a PDF in the Modern template on Letter, then a Word file', async () => {
    const pdf = await exportAs(page, 'PDF', { template: 'Modern', paper: 'US Letter' });
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await bytesOf(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const docx = await exportAs(page, 'Word (.docx)');
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    // A .docx is a ZIP: it starts with "PK".
    expect((await bytesOf(docx)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  await test.step('Preview: the PDF as it will print, renewed after a save', async () => {
    // Each render is held back a moment, so the "Updating preview…" state is there to be seen however fast it is.
    const slowPdf = async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    };
    await page.route(/\/export\?format=pdf/, slowPdf);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Print preview' });
    await expect(panel.getByText('Updating preview…')).toBeVisible();
    const frame = panel.locator('iframe[title="Print preview"]');
    await expect(frame).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByText('The preview follows each save.')).toBeVisible({ timeout: 30_000 });
    const first = await frame.getAttribute('src');
    expect(first).toMatch(/^blob:/);
    // The template chosen for export is the preview's too.
    await expect(panel.getByLabel('Template')).toHaveValue('modern');
    await snap(page, 'preview');
    // Typing autosaves; the preview renders again with the new source.
    await page.getByLabel('Résumé name').fill('Engines résumé, revised');
    await expect(panel.getByText('Updating preview…')).toBeVisible();
    await expect.poll(() => frame.getAttribute('src'), { timeout: 30_000 }).not.toBe(first);
    await expect(panel.getByText('The preview follows each save.')).toBeVisible({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Close the preview' }).click();
    await expect(panel).toBeHidden();
    await page.unroute(/\/export\?format=pdf/, slowPdf);
  });

  let shareUrl = '';
  await test.step('Share: the link is shown once, opens signed out and counts the view', async () => {
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this résumé' });
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const link = dialog.getByLabel('Share link');
    await expect(link).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
    await expect(dialog.getByText('Copy this link now: it is shown only once.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Copy' })).toBeVisible();
    await expect(dialog.getByTestId('share-views')).toContainText('Opened 0 times');
    shareUrl = await link.inputValue();
    await expectAccessible(page, { within: '[role="dialog"]', label: 'share dialog' });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await snap(page, `share-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    const stranger = await browser.newContext();
    const visitor = await stranger.newPage();
    await visitor.goto(shareUrl);
    await expect(visitor.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
    await stranger.close();

    // Reopened, the dialog shows the count but never the URL again.
    await dialog.getByRole('button', { name: 'Close the share dialog' }).click();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(dialog.getByTestId('share-views')).toContainText('Opened once');
    await expect(dialog.getByLabel('Share link')).toHaveCount(0);
  });

  await test.step('Make a new link revokes the old one; Stop sharing asks, then ends it', async () => {
    const dialog = page.getByRole('dialog', { name: 'Share this résumé' });
    await dialog.getByRole('button', { name: 'Make a new link' }).click();
    await expect(page.getByText('Made a new link. The old link no longer works.')).toBeVisible();
    const renewed = await dialog.getByLabel('Share link').inputValue();
    expect(renewed).not.toBe(shareUrl);
    const old = await page.request.get(`/api/v1/shared/resumes/${shareUrl.split('/r/')[1]}`);
    expect(old.status()).toBe(404);

    await dialog.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(dialog.getByText('The link stops working at once for everyone who has it.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Stop sharing now' }).click();
    await expect(page.getByText('Stopped sharing. The link no longer works.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Create link' })).toBeVisible();
    const gone = await page.request.get(`/api/v1/shared/resumes/${renewed.split('/r/')[1]}`);
    expect(gone.status()).toBe(404);
    await dialog.getByRole('button', { name: 'Close the share dialog' }).click();
  });

  await test.step('At 375 px the header wraps and the preview takes the screen behind its button', async () => {
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Print preview' });
    await expect(panel.locator('iframe[title="Print preview"]')).toBeVisible({ timeout: 30_000 });
    await snap(page, 'preview-phone');
    await panel.getByRole('button', { name: 'Close the preview' }).click();
    await snap(page, 'editor-phone');
  });
});

test('import a JSON Resume file from the list: the editor opens on it; a bad file says why', async ({ page }, info) => {
  test.setTimeout(90_000);
  await registerByApi(page, { name: 'Ada Lovelace', email: uniqueEmail('import'), password: PASSWORD });
  const good = join(info.outputDir, 'ada.json');
  const bad = join(info.outputDir, 'not-a-resume.json');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(info.outputDir, { recursive: true });
  writeFileSync(good, JSON.stringify(DOCUMENT));
  writeFileSync(bad, '{ this is not json');

  await page.goto('/resumes');
  const upload = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import JSON Resume or LinkedIn export' }).first().click();
    await (await chooser).setFiles(file);
  };

  await upload(bad);
  await expect(page.getByText('Could not import the file')).toBeVisible();
  await snap(page, 'import-error');

  await upload(good);
  await expect(page).toHaveURL(/\/resumes\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Full name')).toHaveValue('Ada Lovelace');
  await snap(page, 'imported');
});
