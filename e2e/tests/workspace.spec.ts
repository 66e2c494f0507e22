import type { Locator, Page } from '@playwright/test';
import { addApplication, DESKTOP, PHONE, registerByApi, row } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

const column = (page: Page, status: string) => page.getByTestId(`column-${status}`);
/** The companies of a board column, top to bottom. */
const cardOrder = async (page: Page, status: string) => {
  const cards = column(page, status).getByTestId('board-card');
  const count = await cards.count();
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(await cards.nth(i).getByRole('link').first().innerText());
  return out;
};
const handle = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}, `) });

async function createApplication(page: Page, body: Record<string, string>) {
  const response = await page.request.post('/api/v1/applications', { data: body });
  expect(response.status()).toBe(201);
}

/** Presses the mouse on `from`, moves in small steps (the board starts a drag after 6 px) and releases on `to`. */
async function dragOnto(page: Page, from: Locator, to: Locator) {
  await from.hover();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('card is not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

async function lightAndDark(page: Page, name: string) {
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('one application on one page: open it, edit it in place, reorder the board, delete with undo', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await registerByApi(page, { name: 'Wren Park', email: uniqueEmail('wren'), password: 'correct horse battery' });
  await createApplication(page, { company: 'Globex', position: 'Backend Developer' });
  await createApplication(page, { company: 'Initech', position: 'Data Engineer' });

  await test.step('create an application and open it from its table row', async () => {
    await page.goto('/applications');
    await addApplication(page, { company: 'Acme', position: 'Frontend Engineer', location: 'Remote' });
    await row(page, 'Acme')
      .getByRole('cell')
      .nth(1)
      .click({ position: { x: 5, y: 5 } });
    await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: 'Acme', level: 1 })).toBeVisible();
    await expect(page).toHaveTitle('Acme · JobPilot');
    await expect(page.getByLabel('Status history').getByText('Saved', { exact: true })).toBeVisible();
  });

  await test.step('open it from the dashboard', async () => {
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Recent applications' })
      .getByRole('link', { name: 'Globex — Backend Developer' })
      .click();
    await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: 'Globex', level: 1 })).toBeVisible();
  });

  await test.step('open it with Enter on the row, and with the company link', async () => {
    await page.getByRole('link', { name: 'Applications' }).first().click();
    await row(page, 'Globex').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Globex', level: 1 })).toBeVisible();
    await page.goBack();
    await row(page, 'Acme').getByRole('link', { name: 'Acme', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Acme', level: 1 })).toBeVisible();
  });

  await test.step('edit the posting in place', async () => {
    await page.getByRole('button', { name: 'Edit the posting' }).click();
    const form = page.getByRole('form', { name: 'Edit the posting' });
    await form.getByLabel('Location').fill('Berlin, Germany');
    await form.getByLabel('Job link').fill('https://jobs.example.com/acme/42');
    await form.getByLabel('Job description').fill('Build the design system.\nWork with the product team.');
    await form.getByRole('button', { name: 'Save posting' }).click();
    await expect(page.getByText('Saved the posting.')).toBeVisible();
    await expect(form).toBeHidden();
    const posting = page.getByRole('region', { name: 'Posting' });
    await expect(posting.getByText('Berlin, Germany')).toBeVisible();
    await expect(posting.getByTestId('job-description')).toContainText('Work with the product team.');
    await expect(posting.getByRole('link', { name: 'Open the job posting' })).toHaveAttribute(
      'href',
      'https://jobs.example.com/acme/42',
    );
  });

  await test.step('write a note in Markdown: previewed, saved and rendered without raw HTML', async () => {
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByRole('button', { name: 'Edit the notes' }).click();
    await notes
      .getByRole('textbox', { name: 'Notes' })
      .fill('## Prep\n- **Ask** about the team\n- read [the blog](https://acme.example/blog)\n\n<b>not bold</b>');
    await notes.getByText('Preview', { exact: true }).click();
    await expect(notes.getByRole('heading', { name: 'Prep' })).toBeVisible();
    await notes.getByRole('button', { name: 'Save notes' }).click();
    await expect(page.getByText('Saved the notes.')).toBeVisible();
    const rendered = notes.getByTestId('markdown');
    await expect(rendered.locator('strong')).toHaveText('Ask');
    await expect(rendered.getByRole('link', { name: 'the blog' })).toHaveAttribute('href', 'https://acme.example/blog');
    await expect(rendered.getByText('<b>not bold</b>')).toBeVisible();
    await expect(rendered.locator('b')).toHaveCount(0);
  });

  await test.step('change the status and see it in the timeline and the activity', async () => {
    await page.getByRole('combobox', { name: 'Status of Acme — Frontend Engineer' }).selectOption('applied');
    await expect(page.getByText('Acme — Frontend Engineer is now Applied.')).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Status' });
    await expect(timeline.getByText('from Saved')).toBeVisible();
    const tasks = page.getByRole('region', { name: 'Tasks' });
    await tasks.getByRole('textbox', { name: 'New task' }).fill('Send the portfolio');
    await tasks.getByRole('button', { name: 'Add task' }).click();
    await expect(tasks.getByText('Send the portfolio')).toBeVisible();
    const activity = page.getByRole('list', { name: 'Activity' });
    await expect(activity.getByRole('listitem').first()).toContainText('Task added: Send the portfolio');
    await expect(activity).toContainText('Moved from Saved to Applied');
    await expect(activity).toContainText('Added as Saved');
    await expectNoHorizontalOverflow(page);
    await expect(page.getByText('Saved the notes.')).toBeHidden();
    await lightAndDark(page, 'w1-workspace-desktop');
  });

  await test.step('open it from the board: the card menu and the company link; Edit opens the form', async () => {
    await page.goto('/applications/board');
    await page.getByRole('button', { name: 'Actions for Acme — Frontend Engineer' }).click();
    await page.getByRole('menuitem', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { name: 'Acme', level: 1 })).toBeVisible();
    await page.goBack();
    await column(page, 'saved').getByRole('link', { name: 'Globex' }).click();
    await expect(page.getByRole('heading', { name: 'Globex', level: 1 })).toBeVisible();
    await page.goBack();
    await page.getByRole('button', { name: 'Actions for Initech — Data Engineer' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Initech — Data Engineer' });
    await expect(dialog.getByLabel('Company')).toHaveValue('Initech');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('reorder cards in a column by drag and keyboard; the order survives a reload', async () => {
    await createApplication(page, { company: 'Hooli', position: 'SRE' });
    await page.reload();
    // Not yet arranged: the newest first.
    await expect.poll(() => cardOrder(page, 'saved')).toEqual(['Hooli', 'Initech', 'Globex']);
    await dragOnto(
      page,
      handle(page, 'Globex — Backend Developer'),
      column(page, 'saved').getByTestId('board-card').first(),
    );
    await expect.poll(() => cardOrder(page, 'saved')).toEqual(['Globex', 'Hooli', 'Initech']);
    await handle(page, 'Globex — Backend Developer').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => cardOrder(page, 'saved')).toEqual(['Hooli', 'Globex', 'Initech']);
    await page.getByRole('button', { name: 'Actions for Initech — Data Engineer' }).click();
    await page.getByRole('menuitem', { name: 'Move up' }).click();
    await expect.poll(() => cardOrder(page, 'saved')).toEqual(['Hooli', 'Initech', 'Globex']);
    await page.reload();
    await expect.poll(() => cardOrder(page, 'saved')).toEqual(['Hooli', 'Initech', 'Globex']);
    await lightAndDark(page, 'w2-board-reordered');
  });

  await test.step('delete with undo: Undo keeps it, waiting deletes it', async () => {
    await column(page, 'saved').getByRole('link', { name: 'Initech' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(/\/applications$/);
    const toast = page.getByText('Deleted Initech — Data Engineer.');
    await expect(toast).toBeVisible();
    await expect(row(page, 'Initech')).toHaveCount(0);
    await screenshot(page, 'w3-deleted-with-undo');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Kept Initech — Data Engineer.')).toBeVisible();
    await expect(row(page, 'Initech')).toBeVisible();

    await row(page, 'Hooli').getByRole('link', { name: 'Hooli', exact: true }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Deleted Hooli — SRE.')).toBeVisible();
    await expect(page.getByText('Deleted Hooli — SRE.')).toBeHidden({ timeout: 12_000 });
    await page.reload();
    await expect(row(page, 'Initech')).toBeVisible();
    await expect(row(page, 'Hooli')).toHaveCount(0);
  });

  await test.step('the page at phone width', async () => {
    await page.setViewportSize(PHONE);
    await row(page, 'Acme').getByRole('link', { name: 'Acme', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Acme', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Activity' }).filter({ visible: true })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await lightAndDark(page, 'w4-workspace-phone');
    await page.getByRole('button', { name: 'Edit the posting' }).click();
    await expect(page.getByRole('form', { name: 'Edit the posting' }).getByLabel('Company')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'w5-workspace-phone-editing');
    await page.setViewportSize(DESKTOP);
  });

  await test.step("another user's application answers Not found", async () => {
    const url = page.url();
    await page.context().clearCookies();
    await registerByApi(page, { name: 'Other', email: uniqueEmail('other'), password: 'correct horse battery' });
    await page.goto(url);
    await expect(page.getByText('Application not found')).toBeVisible();
  });
});
