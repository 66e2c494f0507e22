import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

/** 200 characters without a space: the longest company name the API takes. */
const LONG = 'Supercalifragilisticexpialidociousventures'.repeat(5).slice(0, 200);
const WEEK_DAY = '2031-05-14';

/** A full-page screenshot from the top (the fixed header would otherwise be drawn mid-page). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function post(page: Page, url: string, data: object) {
  const response = await page.request.post(url, { data });
  expect(response.status(), `${url} ${await response.text()}`).toBe(201);
  return (await response.json()).data as { id: string };
}

/** The instant of a local wall time in the browser's zone (what the week grid shows). */
const localInstant = (page: Page, hour: number, minute: number) =>
  page.evaluate(([h, m]) => new Date(2031, 4, 14, h, m).toISOString(), [hour, minute] as const);

test('the smaller defects of issue 8 stay fixed', async ({ page }) => {
  const account = { name: 'Dee Fect', email: uniqueEmail('defects'), password: 'correct horse battery' };
  await registerByApi(page, account);

  await test.step('sign-in without a return path lands on the dashboard', async () => {
    await page.context().clearCookies();
    await page.goto('/login');
    await page.getByLabel('Email').fill(account.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  const application = await post(page, '/api/v1/applications', {
    company: LONG,
    position: 'Staff engineer',
    status: 'applied',
  });
  await post(page, '/api/v1/applications', { company: 'Acme', position: 'Frontend Engineer', status: 'saved' });
  await post(page, `/api/v1/applications/${application.id}/tasks`, {
    title: `Follow up with ${LONG}`,
    dueAt: new Date(Date.now() + 2 * 24 * 60 * 60_000).toISOString(),
  });
  const interview = (hour: number, minute: number, durationMinutes: number, company: string) =>
    localInstant(page, hour, minute).then((scheduledAt) =>
      post(page, '/api/v1/interviews', {
        company,
        position: 'Engineer',
        scheduledAt,
        timezone: 'UTC',
        durationMinutes,
        type: 'online',
      }),
    );
  await interview(9, 0, 60, 'Overlap One');
  await interview(9, 30, 90, 'Overlap Two');
  await interview(14, 0, 30, LONG);
  await post(page, '/api/v1/interviews', {
    company: 'Soon Corp',
    position: 'Engineer',
    scheduledAt: new Date(Date.now() + 3 * 24 * 60 * 60_000).toISOString(),
    timezone: 'UTC',
    type: 'online',
  });

  await test.step('a 200-character name wraps on every page, at 1280 and 375 px', async () => {
    const pages = [
      '/',
      '/applications',
      '/applications/board',
      '/tasks?due=all',
      '/interviews',
      `/interviews?view=month&date=${WEEK_DAY}`,
      `/interviews?view=week&date=${WEEK_DAY}`,
    ];
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const path of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText(/Supercalifragilistic/).first()).toBeAttached();
        await expectNoHorizontalOverflow(page);
        if (path !== '/applications') continue;
        await shot(page, `defects-00-long-name-applications-${viewport.width}`);
        // Column headings keep whole words (one line) beside the long name.
        const heading = await page.getByRole('columnheader', { name: 'Status' }).boundingBox();
        expect(heading?.height ?? 0).toBeLessThan(60);
      }
    }
    await page.goto('/applications/board');
    await expect(page.getByText(/Supercalifragilistic/).first()).toBeVisible();
    await shot(page, 'defects-01-long-name-board-phone');
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    await expect(page.getByText(/Supercalifragilistic/).first()).toBeVisible();
    await shot(page, 'defects-02-long-name-dashboard');
  });

  await test.step('the dashboard names interview types as the Interviews page does', async () => {
    const upcoming = page.getByRole('region', { name: 'Upcoming interviews' });
    await expect(upcoming.getByText('Online', { exact: true })).toHaveCount(4);
    // The long name wraps beside its badge; the badge keeps its whole label.
    const badge = await upcoming.getByText('Online', { exact: true }).last().boundingBox();
    expect(badge?.width ?? 0).toBeGreaterThan(40);
    await expect(upcoming.getByText('Video', { exact: true })).toHaveCount(0);
    await page.goto('/interviews');
    await expect(
      page.getByLabel('Interview with Soon Corp — Engineer').getByText('Online', { exact: true }),
    ).toBeVisible();
  });

  await test.step('the Tasks page adds a task for a chosen application', async () => {
    await page.goto('/tasks');
    await page.getByRole('button', { name: 'New task' }).click();
    const card = page.getByRole('region', { name: 'New task' });
    await card.getByRole('textbox', { name: 'Task' }).fill('Send the portfolio');
    await card.getByRole('button', { name: 'Add task' }).click();
    await expect(card.getByText('Choose the application this task is for')).toBeVisible();
    await card.getByLabel('Application').click();
    await page.getByRole('option', { name: 'Acme — Frontend Engineer' }).click();
    await card.getByLabel('Due date').fill('2031-05-20');
    await card.getByRole('button', { name: 'Add task' }).click();
    await expect(page.getByText('Added “Send the portfolio” for Acme — Frontend Engineer.')).toBeVisible();
    await expect(card).toBeHidden();
    await expect(page.getByRole('list', { name: 'Tasks' }).getByText('Send the portfolio')).toBeVisible();
    await page.getByRole('button', { name: 'New task' }).click();
    await expect(page.getByRole('region', { name: 'New task' })).toBeVisible();
    await shot(page, 'defects-03-tasks-new-1280');
    await page.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(page);
    await shot(page, 'defects-04-tasks-new-375');
    await page.setViewportSize(DESKTOP);
  });

  await test.step('the interview form: zones by city with their offset, 24 h at most, link optional', async () => {
    await page.goto('/interviews');
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add interview' });
    await dialog.getByLabel('Company').fill('Zoned Inc');
    await dialog.getByLabel('Position').fill('Engineer');
    await dialog.getByLabel('Date').fill('2031-01-15');
    await dialog.getByLabel('Start time').fill('10:00');
    const zone = dialog.getByLabel('Time zone');
    await zone.fill('los angeles');
    await page.getByRole('option', { name: 'America/Los_Angeles (UTC−08:00)' }).click();
    await expect(zone).toHaveValue('America/Los_Angeles (UTC−08:00)');
    await zone.fill('pacific');
    await expect(page.getByRole('option', { name: 'America/Los_Angeles (UTC−08:00)' })).toBeVisible();
    await page.getByRole('option', { name: 'America/Los_Angeles (UTC−08:00)' }).click();
    await dialog.getByLabel('Date').fill('2031-07-15');
    await expect(zone).toHaveValue('America/Los_Angeles (UTC−07:00)');
    await dialog.getByLabel('Length (minutes)').fill('2000');
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await expect(dialog.getByText('An interview can last at most 24 hours (1440 minutes)')).toBeVisible();
    await expect(dialog.getByLabel('Length (minutes)')).toHaveValue('2000');
    await screenshot(page, 'defects-05-interview-form-errors');
    await dialog.getByLabel('Length (minutes)').fill('45');
    await expect(dialog.getByLabel('Meeting link (optional)')).toHaveValue('');
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await expect(page.getByText('Added the interview with Zoned Inc — Engineer.')).toBeVisible();
    await expect(dialog).toBeHidden();
  });

  await test.step('the week view: hours down the side, each interview as tall as it lasts', async () => {
    await page.goto(`/interviews?view=week&date=${WEEK_DAY}`);
    const week = page.getByRole('list', { name: 'Week' });
    const one = week.getByRole('button', { name: /Overlap One/ });
    const two = week.getByRole('button', { name: /Overlap Two/ });
    await expect(one).toBeVisible();
    await expect(two).toBeVisible();
    // Both boxes in one frame: the grid scrolls itself to the first interview, and two separate measurements
    // could fall either side of that scroll.
    const [a, b] = await page.evaluate(() =>
      ['Overlap One', 'Overlap Two'].map((name) => {
        const button = Array.from(document.querySelectorAll('[aria-label="Week"] button')).find((el) =>
          el.getAttribute('aria-label')?.includes(name),
        );
        if (!button) throw new Error(`the week view did not draw ${name}`);
        const { x, y, width, height } = button.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
    if (!a || !b) throw new Error('the week view did not draw both interviews');
    // 90 minutes is one and a half times 60; 09:30 starts half an hour below 09:00; they stand side by side.
    expect(b.height / (a.height + 2)).toBeCloseTo(1.5, 1);
    expect(b.y - a.y).toBeCloseTo(a.height / 2 + 1, 0);
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    await shot(page, 'defects-06-week-1280');
    await page.setViewportSize(PHONE);
    await expect(one).toBeAttached();
    await expectNoHorizontalOverflow(page);
    await page.getByTestId('week-scroller').evaluate((el) => {
      el.scrollLeft = 250;
    });
    await shot(page, 'defects-07-week-375');
    await page.setViewportSize(DESKTOP);
  });

  await test.step('the CSV import calls a binary file not a text file, and an empty file empty', async () => {
    await page.goto('/applications/import');
    await expect(page.getByRole('heading', { name: 'Import applications' })).toBeVisible();
    const file = page.locator('input[type="file"]');
    await file.setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: randomBytes(4096) });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByText(/^This is not a text file; choose a CSV file/)).toBeVisible();
    await file.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByText('The file is empty; choose a file that has rows in it')).toBeVisible();
    await shot(page, 'defects-08-import-empty');
  });

  await test.step('the week view and the Tasks page in the dark colour scheme', async () => {
    await page.evaluate(() => localStorage.setItem('jobpilot-color-scheme', 'dark'));
    await page.goto(`/interviews?view=week&date=${WEEK_DAY}`);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(page.getByRole('list', { name: 'Week' }).getByRole('button', { name: /Overlap One/ })).toBeVisible();
    await shot(page, 'defects-09-week-dark');
    await page.goto('/tasks');
    await page.getByRole('button', { name: 'New task' }).click();
    await expect(page.getByRole('region', { name: 'New task' })).toBeVisible();
    await shot(page, 'defects-10-tasks-dark');
    await page.evaluate(() => localStorage.removeItem('mantine-color-scheme-value'));
  });
});
