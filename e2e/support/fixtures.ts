import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** 4xx answers are states the app shows (signed out, wrong password); Chromium still logs each one. */
export const HTTP_4XX_LOGGED = /^Failed to load resource: the server responded with a status of 4\d\d/;

/**
 * Playwright's `test`, failing any test whose page throws or logs a console error
 * that `expectedConsoleError` does not match (set it with `test.use`).
 */
export const test = base.extend<{ expectedConsoleError: RegExp }>({
  expectedConsoleError: [HTTP_4XX_LOGGED, { option: true }],
  page: async ({ page, expectedConsoleError }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (!expectedConsoleError.test(message.text())) problems.push(message.text());
    });
    await use(page);
    expect(problems, 'errors in the browser console').toEqual([]);
  },
});

export { expect };

/** Full-page PNG in `e2e/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true, animations: 'disabled' });
}

/** A fresh address per test, so tests never share an account on the shared server. */
export function uniqueEmail(name: string): string {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Asserts nothing sticks out of the viewport sideways (the phone-width requirement). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.content, 'page width at this viewport').toBeLessThanOrEqual(widths.viewport);
}
