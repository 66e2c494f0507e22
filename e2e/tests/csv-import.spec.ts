import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi, row } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

const HUNTR = fileURLToPath(
  new URL('../../apps/server/src/modules/transfer/fixtures/huntr-export.csv', import.meta.url),
);
const EXPORT_HEADER =
  'Company,Position,Status,Date applied,Location,Salary min,Salary max,Salary currency,Salary period,Job URL,Source,Notes,Job description,Created,Updated,ID';

/** Records of a CSV text (RFC 4180: line breaks inside quotes belong to the cell), header included. */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === '\n' && !quoted) {
      records.push(current.replace(/\r$/, ''));
      current = '';
    } else {
      current += char;
    }
  }
  if (current) records.push(current);
  return records;
}

async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** A full-page screenshot from the top (the fixed header would otherwise be drawn mid-page). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function openImportWizard(page: Page) {
  await page.getByRole('button', { name: 'Import / Export' }).click();
  await page.getByRole('menuitem', { name: 'Import from CSV' }).click();
  await expect(page).toHaveURL(/\/applications\/import$/);
  await expect(page.getByRole('heading', { name: 'Import applications' })).toBeVisible();
}

async function uploadHuntr(page: Page) {
  await page.locator('input[type="file"]').setInputFiles(HUNTR);
  await expect(page.getByText('huntr-export.csv')).toBeVisible();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByText('huntr-export.csv: 10 columns and 9 rows, comma-separated.')).toBeVisible();
}

test('import a Huntr export with a changed mapping, then export CSV and JSON', async ({ page }) => {
  await registerByApi(page, { name: 'Imke Port', email: uniqueEmail('imke'), password: 'correct horse battery' });
  await page.goto('/applications');
  await expect(page.getByText('No applications yet — add your first one')).toBeVisible();

  await test.step('open the wizard and upload the file', async () => {
    await openImportWizard(page);
    await shot(page, 'h4-01-upload');
    await uploadHuntr(page);
  });

  await test.step('the columns are recognised; map Description to Notes instead', async () => {
    await expect(page.getByLabel('Field for column Company')).toHaveValue('company');
    await expect(page.getByLabel('Field for column Job Title')).toHaveValue('position');
    await expect(page.getByLabel('Field for column List')).toHaveValue('status');
    await expect(page.getByLabel('Field for column Date Applied')).toHaveValue('appliedAt');
    await expect(page.getByLabel('Field for column Board')).toHaveValue('');
    await expect(page.getByLabel('Status for Phone Screen')).toHaveValue('interview');
    await expect(page.getByLabel('Status for Wishlist')).toHaveValue('saved');
    await expect(page.getByLabel('Field for column Description')).toHaveValue('jobDescription');
    await page.getByLabel('Field for column Description').selectOption('notes');
    await expect(page.getByLabel('Field for column Description')).toHaveValue('notes');
    await expect(page.getByRole('button', { name: 'Continue to preview' })).toBeEnabled();
    await shot(page, 'h4-02-mapping');
  });

  await test.step('the preview shows each row and the problems of the bad ones', async () => {
    await page.getByRole('button', { name: 'Continue to preview' }).click();
    const table = page.getByRole('table', { name: 'Import preview' });
    await expect(page.getByText('7 rows ready')).toBeVisible();
    await expect(page.getByText('· 2 rows with problems (skipped)')).toBeVisible();
    const northwind = table.getByRole('row').filter({ hasText: 'Northwind Analytics' });
    await expect(northwind).toContainText('Design system team.');
    await expect(northwind).toContainText('USD 140,000–165,000');
    const noCompany = table.getByRole('row').filter({ hasText: 'Recruiter message without a company name.' });
    await expect(noCompany).toContainText('Company: Enter the company');
    await expect(noCompany).toHaveAttribute('data-invalid', 'true');
    await expect(table.getByRole('row').filter({ hasText: 'Heliotrope Studio' })).toContainText(
      `Date Applied: Can't read the date "sometime in March"`,
    );
    await expect(page.getByText('Row 9 — Date Applied:')).toBeVisible();
    await shot(page, 'h4-03-preview');
  });

  await test.step('import the good rows', async () => {
    await page.getByRole('button', { name: 'Import 7 applications' }).click();
    await expect(page.getByText('Imported 7 applications')).toBeVisible();
    await expect(page.getByText('Skipped 2 rows with problems.')).toBeVisible();
    await shot(page, 'h4-04-done');
  });

  await test.step('the applications are in the list, with the mapped notes', async () => {
    await page.getByRole('link', { name: 'Go to applications' }).click();
    await expect(page.getByText('7 applications')).toBeVisible();
    await expect(row(page, 'Quarry Labs')).toContainText('Staff Software Engineer');
    await expect(page.getByLabel('Status of Quarry Labs — Staff Software Engineer')).toHaveValue('interview');
    await expect(page.getByLabel('Status of Brightwave — Frontend Engineer II')).toHaveValue('interview');
    await expect(row(page, 'Heliotrope Studio')).toHaveCount(0);
    await shot(page, 'h4-05-imported-list');
    await page.getByRole('button', { name: 'Actions for Northwind Analytics — Senior Frontend Engineer' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Notes')).toHaveValue('Design system team. React, TypeScript and "a11y" first.');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('export the applications as CSV, all and filtered', async () => {
    await page.getByRole('button', { name: 'Import / Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Export applications (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jobpilot-applications-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await downloadText(download);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = csvRecords(text.slice(1));
    expect(records[0]).toBe(EXPORT_HEADER);
    expect(records).toHaveLength(1 + 7);
    await expect(page.getByText(/^Downloaded jobpilot-applications-/)).toBeVisible();

    await page.getByRole('group', { name: 'Filter by status' }).getByText('Interview', { exact: true }).click();
    await expect(row(page, 'Lumen Health')).toHaveCount(0);
    await page.getByRole('button', { name: 'Import / Export' }).click();
    const [filtered] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Export applications (CSV)' }).click(),
    ]);
    const filteredRecords = csvRecords((await downloadText(filtered)).slice(1));
    expect(filteredRecords).toHaveLength(1 + 2);
    expect(
      filteredRecords
        .slice(1)
        .map((r) => r.split(',')[0])
        .sort(),
    ).toEqual(['Brightwave', 'Quarry Labs']);
  });

  await test.step('export all my data as JSON', async () => {
    await page.getByRole('button', { name: 'Import / Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Export all my data (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jobpilot-export-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(await downloadText(download));
    expect(doc).toMatchObject({ format: 'jobpilot-user-export', version: 1, user: { name: 'Imke Port' } });
    expect(doc.applications).toHaveLength(7);
    expect(JSON.stringify(doc)).not.toMatch(/password|token/i);
  });
});

test('the import wizard and the menu work at phone width', async ({ page }) => {
  await registerByApi(page, { name: 'Pia Phone', email: uniqueEmail('pia'), password: 'correct horse battery' });
  await page.setViewportSize(PHONE);
  await page.goto('/applications');
  await expect(page.getByRole('button', { name: 'Import / Export' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: 'Import / Export' }).click();
  await expect(page.getByRole('menuitem', { name: 'Export all my data (JSON)' })).toBeVisible();
  await shot(page, 'h4-10-phone-menu');
  await page.getByRole('menuitem', { name: 'Import from CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import applications' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'h4-11-phone-upload');

  await test.step('an empty paste is explained and nothing is lost', async () => {
    await page.getByLabel('Or paste the CSV').fill('Company,Job Title\n');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByText('The file has a header row but no applications under it')).toBeVisible();
    await expect(page.getByLabel('Or paste the CSV')).toHaveValue('Company,Job Title\n');
    await page.getByLabel('Or paste the CSV').fill('');
  });

  await uploadHuntr(page);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'h4-12-phone-mapping');
  await page.getByRole('button', { name: 'Continue to preview' }).click();
  await expect(page.getByRole('button', { name: 'Import 7 applications' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'h4-13-phone-preview');
  await page.setViewportSize(DESKTOP);
});
