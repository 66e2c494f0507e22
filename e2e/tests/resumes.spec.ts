import { fileURLToPath } from 'node:url';
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
// A fictional two-column résumé from srbhr/Resume-Matcher (Apache-2.0); see the fixtures' SOURCE.md.
const RESUME_PDF = fileURLToPath(
  new URL('../../apps/server/src/modules/resumes/fixtures/barry_allen_fe.pdf', import.meta.url),
);

async function bothSchemes(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, `resumes-${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('upload a PDF, review what was read, create the résumé, edit, autosave, save a version, compare and restore', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await registerByApi(page, { name: 'Barry Allen', email: uniqueEmail('resumes'), password: PASSWORD });
  await page.goto('/resumes');
  await expect(page.getByText('No résumés yet')).toBeVisible();

  await test.step('"From my profile résumé" without one on the profile says what to do', async () => {
    await page.getByRole('button', { name: 'From my profile résumé' }).first().click();
    await expect(page.getByText('Your profile has no résumé file. Upload one there first')).toBeVisible();
  });

  await test.step('upload and parse: the review shows the fields, their confidence and the unplaced lines', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload and parse' }).first().click();
    await (await chooser).setFiles(RESUME_PDF);
    const review = page.getByRole('dialog', { name: 'Review the parsed résumé' });
    await expect(review).toBeVisible();
    const fields = review.getByRole('table', { name: 'Parsed fields' });
    await expect(fields.getByRole('row', { name: /^Name/ })).toContainText('Barry Allen');
    await expect(fields.getByRole('row', { name: /^Email/ })).toContainText('@');
    await expect(fields.getByRole('row', { name: /^Work experience/ })).toContainText('Google');
    // The headline is a guess (60 %): it is marked for checking.
    await expect(fields.getByRole('row', { name: /^Headline/ })).toContainText('Check · 60 %');
    await expect(review.getByText('Check the marked fields')).toBeVisible();
    await expect(review.getByLabel('Lines it could not place')).not.toBeEmpty();
    await expect(review.getByLabel('Name of the new résumé')).toHaveValue('Barry Allen — résumé');
    await expectAccessible(page, { within: '[role="dialog"]', label: 'review dialog' });
    await bothSchemes(page, 'review');
    await review.getByRole('button', { name: 'Create résumé' }).click();
  });

  const title = page.getByLabel('Title', { exact: true }).first();
  await test.step('the editor opens with the parsed document', async () => {
    await expect(page).toHaveURL(/\/resumes\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Barry Allen — résumé' })).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveValue('Barry Allen');
    await expect(title).toHaveValue('Software Engineer (Front-End)');
  });
  const id = page.url().split('/').pop() ?? '';

  await test.step('editing a work entry autosaves', async () => {
    const status = page.getByRole('status').filter({ hasText: /Saved|Saving|Unsaved|Not saved/ });
    await page.getByRole('combobox', { name: 'Role tags' }).fill('frontend');
    await page.keyboard.press('Enter');
    await title.fill('Senior Software Engineer (Front-End)');
    await expect(status).toHaveText('Unsaved changes');
    await expect(status).toHaveText(/^Saved \d/, { timeout: 10_000 });
    const saved = await page.request.get(`/api/v1/resumes/${id}`);
    const body = (await saved.json()) as { data: { document: { work: { position: string }[] } } };
    expect(body.data.document.work[0]?.position).toBe('Senior Software Engineer (Front-End)');
    expect((body.data as unknown as { tags: string[] }).tags).toEqual(['frontend']);
    await bothSchemes(page, 'editor');
  });

  await test.step('add a highlight; move a skill up and remove one with the keyboard', async () => {
    const job = page.getByRole('group', { name: 'Senior Software Engineer (Front-End) at Google' });
    await job.getByRole('button', { name: 'Add a highlight' }).click();
    const lines = job.getByRole('textbox', { name: /^Highlights of .*, line \d+$/ });
    await lines.last().fill('Cut the bundle by 40 %');

    const skills = page.getByRole('region', { name: 'Skills' });
    const entries = skills.getByRole('group');
    await expect(entries.first()).toHaveAccessibleName('JavaScript');
    const count = await entries.count();
    await skills.getByRole('button', { name: 'Move TypeScript up' }).focus();
    await page.keyboard.press('Enter');
    await expect(entries.first()).toHaveAccessibleName('TypeScript');
    // At the top it cannot move up any more: the focus stays with it, on its other move button.
    await expect(skills.getByRole('button', { name: 'Move TypeScript down' })).toBeFocused();
    await skills.getByRole('button', { name: 'Remove JavaScript' }).focus();
    await page.keyboard.press('Enter');
    await expect(entries).toHaveCount(count - 1);
    await expect(skills.getByRole('button', { name: 'Add a skill' })).toBeFocused();

    const status = page.getByRole('status').filter({ hasText: /Saved|Saving|Unsaved|Not saved/ });
    await expect(status).toHaveText(/^Saved \d/, { timeout: 10_000 });
    await expect
      .poll(async () => {
        const saved = await page.request.get(`/api/v1/resumes/${id}`);
        const skillsSaved = ((await saved.json()) as { data: { document: { skills: { name: string }[] } } }).data
          .document.skills;
        return skillsSaved.slice(0, 2).map((skill) => skill.name);
      })
      .toEqual(['TypeScript', 'HTML']);
  });

  await test.step('Save version, then History shows two versions and what changed', async () => {
    await page.getByRole('button', { name: 'Save version' }).click();
    await expect(page.getByText('Saved a version.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save version' })).toBeFocused();
    await page.getByRole('button', { name: 'History' }).click();
    const drawer = page.getByRole('dialog', { name: 'History' });
    await expect(drawer.getByText('2 versions.', { exact: false })).toBeVisible();
    await expect(drawer.getByRole('checkbox', { name: /Version 2 · Saved · current/ })).toBeChecked();
    await expect(drawer.getByRole('checkbox', { name: /^Version 1 · Saved(?! · current)/ })).toBeChecked();
    const changes = drawer.getByRole('region', { name: 'Changes from version 1 to 2' });
    await expect(changes).toContainText('Before: Software Engineer (Front-End)');
    await expect(changes).toContainText('After: Senior Software Engineer (Front-End)');
    await expect(changes).toContainText('Cut the bundle by 40 %');
    await expectAccessible(page, { within: '[role="dialog"]', label: 'history drawer' });
    await bothSchemes(page, 'history');
  });

  await test.step('restore version 1 after confirming', async () => {
    const drawer = page.getByRole('dialog', { name: 'History' });
    await drawer.getByRole('button', { name: 'Restore this version (version 1)' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore version 1?' });
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByText('Restored version 1.')).toBeVisible();
    // The editor shows the restored document; the drawer closed and its button has the focus again.
    await expect(drawer).toBeHidden();
    await expect(page.getByLabel('Title', { exact: true }).first()).toHaveValue('Software Engineer (Front-End)');
    await expect(page.getByRole('button', { name: 'History' })).toBeFocused();
    await page.getByRole('button', { name: 'History' }).click();
    await expect(drawer.getByText('3 versions.', { exact: false })).toBeVisible();
    await expect(drawer.getByRole('checkbox', { name: /Version 3 · Restored · current/ })).toBeChecked();
    await expect(drawer.getByRole('region', { name: 'Changes from version 2 to 3' })).toContainText(
      'After: Software Engineer (Front-End)',
    );
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    // Nothing saves the document from before the restore over it once the autosave delay has passed.
    await page.waitForTimeout(2_500);
    const versions = await page.request.get(`/api/v1/resumes/${id}/versions`);
    expect(((await versions.json()) as { pagination: { total: number } }).pagination.total).toBe(3);
  });

  await test.step('the editor fits a phone', async () => {
    await page.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'resumes-editor-phone');
    await page.setViewportSize(DESKTOP);
  });

  await test.step('the list shows the résumé as the default with its tag; duplicate makes a copy', async () => {
    await page.getByRole('link', { name: 'All résumés' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Barry Allen — résumé' });
    await expect(row).toContainText('Default');
    await expect(row).toContainText('frontend');
    await row.getByRole('button', { name: 'Actions for Barry Allen — résumé' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect(page).toHaveURL(/\/resumes\/[0-9a-f-]{36}$/);
    await expect(page).not.toHaveURL(new RegExp(id));
    await page.getByRole('link', { name: 'All résumés' }).click();
    await expect(page.getByRole('row')).toHaveCount(3);
    await bothSchemes(page, 'list');
  });
});

test.describe('when a save cannot reach the server', () => {
  test.use({ expectedConsoleError: /Failed to load resource|status of 4\d\d/ });

  test('the editor says so, keeps the typing as a draft across a reload and saves it once it can', async ({ page }) => {
    await registerByApi(page, { name: 'Iris West', email: uniqueEmail('resume-draft'), password: PASSWORD });
    const response = await page.request.post('/api/v1/resumes', {
      data: { name: 'Reporter', document: { basics: { name: 'Iris West' } } },
    });
    expect(response.status()).toBe(201);
    const { id } = ((await response.json()) as { data: { id: string } }).data;
    await page.goto(`/resumes/${id}`);
    await expect(page.getByLabel('Full name')).toHaveValue('Iris West');

    const offline = (route: import('@playwright/test').Route) =>
      route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.fallback();
    await page.route(`**/api/v1/resumes/${id}`, offline);
    await page.getByLabel('Headline').fill('Investigative journalist');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved:' })).toBeVisible({ timeout: 10_000 });

    await page.unroute(`**/api/v1/resumes/${id}`, offline);
    await page.reload();
    await expect(page.getByText('Draft restored')).toBeVisible();
    await expect(page.getByLabel('Headline')).toHaveValue('Investigative journalist');
    const status = page.getByRole('status').filter({ hasText: /Saved|Saving|Unsaved|Not saved/ });
    await expect(status).toHaveText('Unsaved changes');
    await expect(status).toHaveText(/^Saved \d/, { timeout: 10_000 });
    await expect
      .poll(async () => {
        const saved = await page.request.get(`/api/v1/resumes/${id}`);
        return ((await saved.json()) as { data: { document: { basics?: { label?: string } } } }).data.document.basics
          ?.label;
      })
      .toBe('Investigative journalist');
  });
});
