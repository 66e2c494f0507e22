import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface Account {
  name: string;
  email: string;
  password: string;
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

/** Creates an account through the API (a shortcut for tests whose journey starts later). */
export async function registerByApi(page: Page, account: Account): Promise<void> {
  const response = await page.request.post('/api/v1/auth/register', { data: account });
  expect(response.status()).toBe(201);
}

export interface NewApplication {
  company: string;
  position: string;
  location?: string;
  salaryFrom?: string;
  salaryTo?: string;
  currency?: string;
  period?: string;
  status?: string;
}

/** Fills and submits the Add application dialog, then waits for the confirmation toast. */
export async function addApplication(page: Page, app: NewApplication): Promise<void> {
  await page.getByRole('button', { name: 'Add application', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add application' });
  await dialog.getByLabel('Company').fill(app.company);
  await dialog.getByLabel('Position').fill(app.position);
  if (app.location) await dialog.getByLabel('Location').fill(app.location);
  if (app.salaryFrom) await dialog.getByLabel('Salary from').fill(app.salaryFrom);
  if (app.salaryTo) await dialog.getByLabel('Salary to').fill(app.salaryTo);
  if (app.currency) await dialog.getByLabel('Currency').fill(app.currency);
  if (app.period) await dialog.getByLabel('Salary period').selectOption(app.period);
  if (app.status) await dialog.getByLabel('Status').selectOption(app.status);
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(page.getByText(`Added ${app.company} — ${app.position}.`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

/** The table row of an application, found by its company. */
export function row(page: Page, company: string) {
  return page.getByRole('row').filter({ hasText: company });
}
