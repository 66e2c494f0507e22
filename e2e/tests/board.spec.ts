import type { Locator, Page } from '@playwright/test';
import { PHONE, registerByApi } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

const column = (page: Page, status: string) => page.getByTestId(`column-${status}`);
/** The drag handle of a card: the part that names the application. */
const handle = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}, `) });

async function createApplication(page: Page, body: Record<string, string>) {
  const response = await page.request.post('/api/v1/applications', { data: body });
  expect(response.status()).toBe(201);
}

/** Presses the mouse on `from`, moves in small steps (the board starts a drag after 6 px) and releases on `to`. */
async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  // hover() waits until the card really gets the pointer (e.g. a closing dialog's overlay is gone).
  await from.hover();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('card or column is not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + 120, { steps: 12 });
  // The board scrolls sideways (beside the side navigation) and scrolls itself near its edge while a card is
  // dragged: follow the column to where it is now before letting go.
  const now = await to.boundingBox();
  if (now) await page.mouse.move(now.x + now.width / 2, now.y + 120, { steps: 2 });
  await page.mouse.up();
}

async function openHistory(page: Page, title: string) {
  await page.getByRole('button', { name: `Actions for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'History' }).click();
  return page.getByRole('dialog', { name: `History of ${title}` });
}

test('move cards on the board with the mouse and with the keyboard; the history records it', async ({ page }) => {
  await registerByApi(page, { name: 'Kim Park', email: uniqueEmail('kim'), password: 'correct horse battery' });
  await createApplication(page, {
    company: 'Acme',
    position: 'Frontend Engineer',
    location: 'Remote',
    status: 'applied',
  });
  await createApplication(page, { company: 'Globex', position: 'Backend Developer', location: 'Berlin, Germany' });
  await createApplication(page, { company: 'Initech', position: 'Data Engineer', status: 'interview' });

  await test.step('switch from the table to the board', async () => {
    await page.goto('/applications');
    await page.getByRole('group', { name: 'View' }).getByRole('link', { name: 'Board' }).click();
    await expect(page).toHaveURL(/\/applications\/board$/);
    await expect(column(page, 'applied')).toContainText('Acme');
    await expect(column(page, 'saved')).toContainText('Globex');
    await expect(column(page, 'interview').getByLabel('1 applications')).toBeVisible();
    await expect(column(page, 'offer')).toContainText('Nothing here yet');
    await screenshot(page, 'h3-board');
  });

  await test.step('drag a card to another column with the mouse', async () => {
    await dragWithMouse(page, handle(page, 'Acme — Frontend Engineer'), column(page, 'interview'));
    await expect(page.getByText('Moved Acme — Frontend Engineer to Interview.')).toBeVisible();
    await expect(column(page, 'interview')).toContainText('Acme');
    await expect(column(page, 'applied')).not.toContainText('Acme');
    await expect(column(page, 'interview').getByLabel('2 applications')).toBeVisible();
    await screenshot(page, 'h3-board-after-drag');
  });

  await test.step('move a card with the keyboard: space, arrow right, space', async () => {
    const globex = handle(page, 'Globex — Backend Developer');
    await globex.focus();
    await page.keyboard.press('Space');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(
      'Globex — Backend Developer is over its own column, Saved. Use the left and right arrow keys',
    );
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('is over Applied');
    await page.keyboard.press('Space');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Globex — Backend Developer moved to Applied.');
    await expect(page.getByText('Moved Globex — Backend Developer to Applied.')).toBeVisible();
    await expect(column(page, 'applied')).toContainText('Globex');
    await expect(column(page, 'saved')).toContainText('Nothing here yet');
  });

  await test.step('the moves are saved and recorded in the history', async () => {
    await page.reload();
    await expect(column(page, 'interview')).toContainText('Acme');
    await expect(column(page, 'applied')).toContainText('Globex');
    const acme = await openHistory(page, 'Acme — Frontend Engineer');
    await expect(acme.getByText('Added as Applied')).toBeVisible();
    await expect(acme.getByText('Applied → Interview')).toBeVisible();
    await screenshot(page, 'h3-board-history');
    await page.keyboard.press('Escape');
    await expect(acme).toBeHidden();
    const globex = await openHistory(page, 'Globex — Backend Developer');
    await expect(globex.getByText('Saved → Applied')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(globex).toBeHidden();
  });

  await test.step('a refused move puts the card back and says why', async () => {
    await page.route('**/api/v1/applications/*', (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 409,
            contentType: 'application/json',
            body: JSON.stringify({
              success: false,
              error: { code: 'CONFLICT', message: 'This application was changed elsewhere. Reload and try again.' },
              statusCode: 409,
              timestamp: new Date().toISOString(),
            }),
          })
        : route.fallback(),
    );
    await dragWithMouse(page, handle(page, 'Initech — Data Engineer'), column(page, 'offer'));
    await expect(page.getByText('Could not move Initech — Data Engineer to Offer')).toBeVisible();
    await expect(page.getByText('This application was changed elsewhere. Reload and try again.')).toBeVisible();
    await expect(column(page, 'interview')).toContainText('Initech');
    await expect(column(page, 'offer')).toContainText('Nothing here yet');
    await screenshot(page, 'h3-board-move-refused');
    await page.unroute('**/api/v1/applications/*');
  });

  await test.step('at phone width the columns scroll inside the board, not the page', async () => {
    await page.setViewportSize(PHONE);
    await expect(column(page, 'saved')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    const board = page.getByTestId('board');
    const overflow = await board.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'board scrolls sideways').toBeGreaterThan(0);
    await screenshot(page, 'h3-board-phone');
    // The keyboard still moves a card to a column that starts off screen.
    await handle(page, 'Globex — Backend Developer').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('is over its own column, Applied');
    // Each press scrolls the board to the next column; wait for it to arrive before the next one.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('is over Interview');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('is over Offer');
    await page.keyboard.press('Space');
    await expect(page.getByText('Moved Globex — Backend Developer to Offer.')).toBeVisible();
    await expect(column(page, 'offer')).toContainText('Globex');
    await screenshot(page, 'h3-board-phone-keyboard');
  });
});
