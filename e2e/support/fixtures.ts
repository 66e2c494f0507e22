import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** 4xx answers are states the app shows (signed out, wrong password); Chromium still logs each one. */
export const HTTP_4XX_LOGGED = /^Failed to load resource: the server responded with a status of 4\d\d/;

const BLOCKING_IMPACT = new Set(['critical', 'serious']);

/**
 * Runs axe-core on what the page shows now, in its current colour scheme and then in the other one (Mantine's
 * colours follow `data-mantine-color-scheme` on <html>), and fails on any critical or serious violation.
 * With an open modal pass `within: '[role="dialog"]'`-like selectors to check only that part.
 */
export async function expectAccessible(page: Page, options: { within?: string; label?: string } = {}): Promise<void> {
  const html = page.locator('html');
  const original = await html.getAttribute('data-mantine-color-scheme');
  const schemes = original === 'dark' ? ['dark', 'light'] : ['light', 'dark'];
  try {
    for (const scheme of schemes) {
      await html.evaluate((el, value) => el.setAttribute('data-mantine-color-scheme', value), scheme);
      await settled(page);
      let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
      if (options.within) axe = axe.include(options.within);
      const { violations } = await axe.analyze();
      const blocking = violations
        .filter((v) => BLOCKING_IMPACT.has(v.impact ?? ''))
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help} — ${v.nodes
              .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`)
              .join(' | ')}`,
        );
      const where = `${options.label ?? new URL(page.url()).pathname} (${scheme}, ${page.viewportSize()?.width} px)`;
      expect(blocking, `accessibility violations on ${where}`).toEqual([]);
    }
  } finally {
    if (original) await html.evaluate((el, value) => el.setAttribute('data-mantine-color-scheme', value), original);
  }
}

/**
 * Waits until no CSS transition or animation is running (a toast fading in, a modal sliding, the colours
 * changing with the scheme): axe measures contrast on the opacity of the moment, so a half-faded toast reads as
 * a failing colour it never has at rest.
 */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5000 })
    .catch(() => undefined); // an endless animation (a spinner) must not stop the check; axe then judges what it sees
}

/**
 * Playwright's `test`, failing any test whose page throws or logs a console error
 * that `expectedConsoleError` does not match (set it with `test.use`), and checking the page it ends on with
 * `expectAccessible` (light and dark; set `checkAccessibility: false` only for a page that is not the app's).
 */
export const test = base.extend<{ expectedConsoleError: RegExp; checkAccessibility: boolean }>({
  expectedConsoleError: [HTTP_4XX_LOGGED, { option: true }],
  checkAccessibility: [true, { option: true }],
  page: async ({ page, expectedConsoleError, checkAccessibility }, use, testInfo) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (!expectedConsoleError.test(message.text())) problems.push(message.text());
    });
    await use(page);
    expect(problems, 'errors in the browser console').toEqual([]);
    const onApp = page.url().startsWith('http');
    if (checkAccessibility && onApp && testInfo.status === testInfo.expectedStatus) await expectAccessible(page);
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
  // Polled: right after a resize the side navigation's column slides away (AppShell's 200 ms transition).
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
      message: 'page wider than the viewport by (px)',
    })
    .toBeLessThanOrEqual(0);
}
