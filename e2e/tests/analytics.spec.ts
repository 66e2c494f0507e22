import type { Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

/** The 10th of the month `months` months before this one, `YYYY-MM-DD`. */
function monthsAgo(months: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 10)).toISOString().slice(0, 10);
}

async function track(page: Page, body: Record<string, string>, moves: string[] = []) {
  const created = await page.request.post('/api/v1/applications', { data: body });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).data;
  for (const status of moves) {
    const moved = await page.request.patch(`/api/v1/applications/${id}`, { data: { status } });
    expect(moved.status()).toBe(200);
  }
}

test('the dashboard and the analytics page show where the search stands', async ({ page }) => {
  await registerByApi(page, { name: 'Lee Moss', email: uniqueEmail('lee'), password: 'correct horse battery' });

  await test.step('a new account sees how to start', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(page.getByText('Start tracking your job search')).toBeVisible();
    await expect(page.getByText('No interviews scheduled.')).toBeVisible();
    await expect(page.getByText('Nothing due this week.')).toBeVisible();
    await screenshot(page, 'h3-dashboard-empty');
  });

  const applied = (months: number) => ({ status: 'applied', appliedAt: monthsAgo(months) });
  await track(page, { company: 'Acme', position: 'Senior Frontend Engineer', location: 'Remote', ...applied(2) }, [
    'interview',
    'offer',
  ]);
  await track(page, { company: 'Globex', position: 'Backend Developer', location: 'Berlin, Germany', ...applied(2) }, [
    'interview',
    'rejected',
  ]);
  await track(page, { company: 'Initech', position: 'Data Scientist', location: 'berlin (hybrid)', ...applied(1) }, [
    'rejected',
  ]);
  await track(page, { company: 'Hooli', position: 'Product Designer' });
  await track(page, { company: 'Stark', position: 'DevOps Engineer', location: 'London', ...applied(5) });
  await track(page, { company: 'Old Corp', position: 'Java Developer', location: 'Remote', ...applied(20) });

  await test.step('the dashboard counts open applications and the response rate', async () => {
    await page.reload();
    await expect(page.getByTestId('in-progress-total')).toHaveText('4');
    // Sent: Acme, Globex, Initech, Stark, Old Corp; answered: Acme, Globex, Initech.
    await expect(page.getByTestId('response-rate')).toHaveText('60%');
    await expect(page.getByText('3 of 5 sent applications got an answer.')).toBeVisible();
    const recent = page.getByRole('region', { name: 'Recent applications' });
    await expect(recent.getByRole('listitem').first()).toContainText('Old Corp — Java Developer');
    await page.getByRole('button', { name: 'How the response rate is counted' }).hover();
    await expect(page.getByRole('tooltip')).toContainText('responded ÷ applied');
    await screenshot(page, 'h3-dashboard');
  });

  await test.step('analytics for the last 12 months', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await expect(page).toHaveURL(/\/analytics$/);
    await expect(page.getByTestId('analytics-total')).toContainText('5 applications');
    for (const name of ['Applications per month', 'Funnel', 'By status', 'By position', 'By location']) {
      await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
    }
    await expect(page.getByTestId('funnel-applied')).toHaveText('4');
    await expect(page.getByTestId('funnel-interview')).toHaveText('2');
    await expect(page.getByTestId('funnel-offer')).toHaveText('1');
    const funnel = page.getByRole('region', { name: 'Funnel' });
    await expect(funnel.getByText('50%')).toHaveCount(2);
    await expect(funnel).toContainText('25% of applications led to an offer.');
    await expect(page.getByRole('button', { name: '12 months' })).toHaveAttribute('aria-pressed', 'true');
    await screenshot(page, 'h3-analytics');
  });

  await test.step('how titles become families is explained', async () => {
    // Tall enough that nothing scrolls, so the screenshot shows the explanation where it opens.
    await page.setViewportSize({ width: 1280, height: 1700 });
    await page.getByRole('button', { name: 'How titles are grouped' }).click();
    const rules = page.getByRole('dialog');
    await expect(rules).toContainText('1. Role words');
    await expect(rules).toContainText('Frontend: front end');
    await expect(rules).toContainText('Frontend: react');
    await expect(rules).toContainText('titles matching none count as Other');
    await screenshot(page, 'h3-analytics-family-rules');
    await page.keyboard.press('Escape');
    await expect(rules).toBeHidden();
    await page.setViewportSize(DESKTOP);
  });

  await test.step('a longer range includes older applications', async () => {
    await page.getByRole('button', { name: '24 months' }).click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-01/);
    await expect(page.getByTestId('analytics-total')).toContainText('6 applications');
    await expect(page.getByTestId('funnel-applied')).toHaveText('5');
  });

  await test.step('a start after the end is explained and what was typed stays', async () => {
    const to = await page.getByLabel('To', { exact: true }).inputValue();
    const later = `${Number(to.slice(0, 4)) + 1}${to.slice(4)}`;
    await page.getByLabel('From', { exact: true }).fill(later);
    await expect(page.getByText('Start date must be on or before the end date')).toBeVisible();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(later);
    await expect(page.getByTestId('analytics-total')).toContainText('6 applications');
    await screenshot(page, 'h3-analytics-range-error');
  });

  await test.step('both pages fit a phone', async () => {
    await page.setViewportSize(PHONE);
    await expect(page.getByTestId('funnel-applied')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h3-analytics-phone');
    await page.goto('/');
    await expect(page.getByTestId('in-progress-total')).toHaveText('4');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h3-dashboard-phone');
  });
});
