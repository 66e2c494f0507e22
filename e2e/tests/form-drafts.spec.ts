import type { Locator, Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi, row } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

const PASSWORD = 'correct horse battery';

async function openAddApplication(page: Page) {
  await page.getByRole('button', { name: 'Add application', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add application' });
  await expect(dialog.getByLabel('Company')).toBeVisible();
  return dialog;
}

/** Types a day the calendar lacks into a browser date field, segment by segment (month, day, year). */
async function typeDate(page: Page, field: Locator, keys: string) {
  await field.fill('');
  await field.click({ position: { x: 16, y: 12 } }); // the month, the first part
  await page.keyboard.type(keys);
  await expect(field).toHaveValue(''); // the browser cannot read it: the form must say so
}

for (const [label, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`a form never loses what was typed (${label})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const email = uniqueEmail(`drafts-${label}`);
    await registerByApi(page, { name: 'Dee Raft', email, password: PASSWORD });
    await page.goto('/applications');

    await test.step('Escape on a dirty form asks first; Keep editing keeps the text', async () => {
      const dialog = await openAddApplication(page);
      await dialog.getByLabel('Company').fill('Globex');
      await dialog.getByLabel('Position').fill('Platform Engineer');
      await page.keyboard.press('Escape');
      const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
      await expect(confirm).toBeVisible();
      await expect(confirm).toContainText('What you typed in this form will be lost.');
      await screenshot(page, `form-drafts-${label}-1-confirm`);
      await confirm.getByRole('button', { name: 'Keep editing' }).click();
      await expect(confirm).toBeHidden();
      await expect(dialog.getByLabel('Company')).toHaveValue('Globex');
      await expect(dialog.getByLabel('Position')).toHaveValue('Platform Engineer');
    });

    await test.step('a reload (an accidental close) keeps a draft that comes back when the form opens', async () => {
      await page.waitForTimeout(700); // the draft is written shortly after typing stops
      await page.reload();
      const dialog = await openAddApplication(page);
      await expect(dialog.getByText('Draft restored')).toBeVisible();
      await expect(dialog.getByLabel('Company')).toHaveValue('Globex');
      await expect(dialog.getByLabel('Position')).toHaveValue('Platform Engineer');
      await screenshot(page, `form-drafts-${label}-2-restored`);
      await expectNoHorizontalOverflow(page);

      await dialog.getByRole('button', { name: 'Discard draft' }).click();
      await expect(dialog.getByText('Draft restored')).toBeHidden();
      await expect(dialog.getByLabel('Company')).toHaveValue('');
      // A clean form closes at once.
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('dialog', { name: 'Discard your changes?' })).toHaveCount(0);
    });

    await test.step('Discard on the confirm forgets the draft', async () => {
      let dialog = await openAddApplication(page);
      await expect(dialog.getByText('Draft restored')).toHaveCount(0);
      await dialog.getByLabel('Company').fill('Throwaway Inc');
      await page.waitForTimeout(700);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page
        .getByRole('dialog', { name: 'Discard your changes?' })
        .getByRole('button', { name: 'Discard' })
        .click();
      await expect(dialog).toBeHidden();
      await page.reload();
      dialog = await openAddApplication(page);
      await expect(dialog.getByLabel('Company')).toHaveValue('');
      await expect(dialog.getByText('Draft restored')).toHaveCount(0);
    });

    await test.step('Feb 31 is refused with a sentence, not saved as no date', async () => {
      const dialog = page.getByRole('dialog', { name: 'Add application' });
      await dialog.getByLabel('Company').fill('Initech');
      await dialog.getByLabel('Position').fill('QA Lead');
      await typeDate(page, dialog.getByLabel('Applied on'), '02312026');
      await dialog.getByRole('button', { name: 'Add application' }).click();
      await expect(dialog.getByText('That date does not exist or is incomplete.', { exact: false })).toBeVisible();
      await expect(dialog).toBeVisible();
      await screenshot(page, `form-drafts-${label}-3-invalid-date`);
      await dialog.getByLabel('Applied on').fill('2026-02-28');
      await expect(dialog.getByText('That date does not exist', { exact: false })).toHaveCount(0);
    });

    await test.step('the session expires while saving: sign in, and the form is back with what was typed', async () => {
      const dialog = page.getByRole('dialog', { name: 'Add application' });
      await dialog.getByLabel('Notes').fill('Referred by Sam');
      await page.context().clearCookies();
      await dialog.getByRole('button', { name: 'Add application' }).click();
      await expect(page).toHaveURL(/\/login\?redirect=/);
      await page.getByLabel('Email').fill(email);
      await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(/\/applications/);
      const back = page.getByRole('dialog', { name: 'Add application' });
      await expect(back.getByText('Draft restored')).toBeVisible();
      await expect(back.getByLabel('Company')).toHaveValue('Initech');
      await expect(back.getByLabel('Position')).toHaveValue('QA Lead');
      await expect(back.getByLabel('Applied on')).toHaveValue('2026-02-28');
      await expect(back.getByLabel('Notes')).toHaveValue('Referred by Sam');
      await screenshot(page, `form-drafts-${label}-4-back-after-sign-in`);
      await back.getByRole('button', { name: 'Add application' }).click();
      await expect(page.getByText('Added Initech — QA Lead.')).toBeVisible();
      await expect(back).toBeHidden();
      if (label === 'desktop') await expect(row(page, 'Initech')).toBeVisible();
    });

    await test.step('a saved form leaves no draft behind', async () => {
      const dialog = await openAddApplication(page);
      await expect(dialog.getByLabel('Company')).toHaveValue('');
      await expect(dialog.getByText('Draft restored')).toHaveCount(0);
    });
  });
}

test('drafts stay with their owner: signing out forgets them, another account never sees them', async ({ page }) => {
  const first = uniqueEmail('owner');
  await registerByApi(page, { name: 'Ow Ner', email: first, password: PASSWORD });
  await page.goto('/applications');
  const dialog = await openAddApplication(page);
  await dialog.getByLabel('Company').fill('Secret Corp');
  // Written shortly after typing stops, while the form is still open (not only when the page goes away).
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jobpilot.draft.'))))
    .toHaveLength(1);
  await page.reload();

  await page.context().clearCookies();
  await registerByApi(page, { name: 'Ot Her', email: uniqueEmail('other'), password: PASSWORD });
  await page.goto('/applications');
  await page.reload();
  const theirs = await openAddApplication(page);
  await expect(theirs.getByLabel('Company')).toHaveValue('');
  await expect(theirs.getByText('Draft restored')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.context().clearCookies();
  await page.request.post('/api/v1/auth/login', { data: { email: first, password: PASSWORD } });
  await page.goto('/applications');
  const mine = await openAddApplication(page);
  await expect(mine.getByLabel('Company')).toHaveValue('Secret Corp');
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Discard your changes?' })
    .getByRole('button', { name: 'Keep editing' })
    .click();
  await mine.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: 'Discard your changes?' })
    .getByRole('button', { name: 'Keep editing' })
    .click();
  await page.waitForTimeout(700);
  await page.reload();

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jobpilot.draft')));
  expect(await drafts()).toEqual([]);
});

test('Feb 31 is refused in the interview and task forms too', async ({ page }) => {
  await registerByApi(page, { name: 'Cal Endar', email: uniqueEmail('calendar'), password: PASSWORD });
  const created = await page.request.post('/api/v1/applications', { data: { company: 'Hooli', position: 'SRE' } });
  expect(created.status()).toBe(201);

  await test.step('interview date', async () => {
    await page.goto('/interviews');
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add interview' });
    await dialog.getByLabel('Company').fill('Hooli');
    await dialog.getByLabel('Position').fill('SRE');
    await typeDate(page, dialog.locator('input[type=date]'), '02312026');
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await expect(dialog.getByText('That date does not exist or is incomplete.', { exact: false })).toBeVisible();
    await screenshot(page, 'form-drafts-interview-invalid-date');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('task due date', async () => {
    await page.goto('/applications');
    await page.getByRole('button', { name: 'Actions for Hooli — SRE' }).click();
    await page.getByRole('menuitem', { name: 'Tasks' }).click();
    await page.getByRole('textbox', { name: 'Task', exact: true }).fill('Prepare the on-call story');
    await typeDate(page, page.getByLabel('Due date'), '04312026');
    await page.getByRole('button', { name: 'Add task' }).click();
    await expect(page.getByText('That date does not exist or is incomplete.', { exact: false })).toBeVisible();
    await expect(page.getByText('Added “Prepare the on-call story”.')).toHaveCount(0);
    await page.getByLabel('Due date').fill('2026-04-30');
    await page.getByRole('button', { name: 'Add task' }).click();
    await expect(page.getByText('Added “Prepare the on-call story”.')).toBeVisible();
  });
});

test('editing an interview when the session has expired: sign in, and the edit is back', async ({ page }) => {
  const email = uniqueEmail('interview-resume');
  await registerByApi(page, { name: 'Re Sume', email, password: PASSWORD });
  const created = await page.request.post('/api/v1/interviews', {
    data: {
      company: 'Pied Piper',
      position: 'Engineer',
      type: 'phone',
      scheduledAt: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
      timezone: 'UTC',
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).data as { id: string };
  await page.goto(`/interviews?id=${id}`);
  const dialog = page.getByRole('dialog', { name: 'Edit interview with Pied Piper — Engineer' });
  await dialog.getByLabel('Details').fill('Ask for the compression benchmark');
  await page.context().clearCookies();
  // A background refetch may meet the expired session first and take the page to sign-in before the click lands;
  // either way the typed edit must come back after signing in, which the steps below check.
  await dialog
    .getByRole('button', { name: 'Save changes' })
    .click({ timeout: 5000 })
    .catch(() => undefined);
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const back = page.getByRole('dialog', { name: 'Edit interview with Pied Piper — Engineer' });
  await expect(back.getByText('Draft restored')).toBeVisible();
  await expect(back.getByLabel('Details')).toHaveValue('Ask for the compression benchmark');
  await screenshot(page, 'form-drafts-interview-back-after-sign-in');
  await back.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved the interview with Pied Piper — Engineer.')).toBeVisible();
  await expect(back).toBeHidden();
});

async function signInAgain(page: Page, email: string) {
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const confirmDialog = (page: Page) => page.getByRole('dialog', { name: 'Discard your changes?' });

test('the workspace editors, the board, the task and profile forms keep drafts too', async ({ page }) => {
  const email = uniqueEmail('drafts-more');
  await registerByApi(page, { name: 'Mo Re', email, password: PASSWORD });
  const created = await page.request.post('/api/v1/applications', { data: { company: 'Umbrella', position: 'SRE' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).data as { id: string };
  const workspace = `/applications/${id}`;

  await test.step('workspace notes: a dirty Cancel asks; the draft survives leaving the page', async () => {
    await page.goto(workspace);
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByRole('button', { name: 'Edit the notes' }).click();
    await notes.getByRole('textbox', { name: 'Notes' }).fill('Ask about the on-call rota');
    await notes.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirmDialog(page)).toBeVisible();
    await confirmDialog(page).getByRole('button', { name: 'Keep editing' }).click();
    await page.waitForTimeout(700); // the draft is written shortly after typing stops
    await page.goto('/applications');
    await page.goto(workspace);
    await expect(notes.getByText('Draft restored')).toBeVisible();
    await expect(notes.getByRole('textbox', { name: 'Notes' })).toHaveValue('Ask about the on-call rota');
    await screenshot(page, 'form-drafts-workspace-notes-restored');
  });

  await test.step('workspace notes: the session expires on save; sign in, the editor is back with the text', async () => {
    const notes = page.getByRole('region', { name: 'Notes' });
    await page.context().clearCookies();
    await notes.getByRole('button', { name: 'Save notes' }).click();
    await signInAgain(page, email);
    await expect(page).toHaveURL(new RegExp(`/applications/${id}`));
    await expect(notes.getByRole('textbox', { name: 'Notes' })).toHaveValue('Ask about the on-call rota');
    await notes.getByRole('button', { name: 'Save notes' }).click();
    await expect(page.getByText('Saved the notes.')).toBeVisible();
    await page.reload();
    await expect(notes.getByText('Ask about the on-call rota')).toBeVisible();
    await expect(notes.getByRole('button', { name: 'Edit the notes' })).toBeVisible(); // no draft: not reopened
  });

  await test.step('workspace posting: the session expires on save; sign in, the form is back filled', async () => {
    await page.getByRole('button', { name: 'Edit the posting' }).click();
    const form = page.getByRole('form', { name: 'Edit the posting' });
    await form.getByLabel('Location').fill('Raccoon City');
    await page.context().clearCookies();
    await form.getByRole('button', { name: 'Save posting' }).click();
    await signInAgain(page, email);
    await expect(page).toHaveURL(new RegExp(`/applications/${id}`));
    await expect(page.getByRole('region', { name: 'Posting' }).getByText('Draft restored')).toBeVisible();
    await expect(form.getByLabel('Location')).toHaveValue('Raccoon City');
    await screenshot(page, 'form-drafts-workspace-posting-back-after-sign-in');
    await form.getByRole('button', { name: 'Save posting' }).click();
    await expect(page.getByText('Saved the posting.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Posting' }).getByText('Raccoon City')).toBeVisible();
  });

  await test.step('workspace quick task: a reload keeps the draft; the session expires on add; it is back', async () => {
    const tasks = page.getByRole('region', { name: 'Tasks' });
    const field = tasks.getByRole('textbox', { name: 'New task' });
    await field.fill('Call the hiring manager');
    await page.waitForTimeout(700); // the draft is written shortly after typing stops
    await page.reload();
    await expect(tasks.getByText('Draft restored')).toBeVisible();
    await expect(field).toHaveValue('Call the hiring manager');
    await page.context().clearCookies();
    // As for the interview above: a background refetch may reach sign-in before the click lands; the text must
    // come back after signing in either way.
    await tasks
      .getByRole('button', { name: 'Add task' })
      .click({ timeout: 5000 })
      .catch(() => undefined);
    await signInAgain(page, email);
    await expect(page).toHaveURL(new RegExp(`/applications/${id}`));
    await expect(field).toHaveValue('Call the hiring manager');
    await screenshot(page, 'form-drafts-workspace-task-back-after-sign-in');
    await tasks.getByRole('button', { name: 'Add task' }).click();
    await expect(tasks.getByRole('checkbox', { name: 'Call the hiring manager' })).toBeVisible();
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused(); // ready for the next one
    await page.reload();
    await expect(tasks.getByRole('checkbox', { name: 'Call the hiring manager' })).toBeVisible();
    await expect(field).toHaveValue('');
    await expect(tasks.getByText('Draft restored')).toHaveCount(0);
  });

  await test.step('board: the session expires while adding; sign in, the board has the form back', async () => {
    await page.goto('/applications/board');
    const dialog = await openAddApplication(page);
    await dialog.getByLabel('Company').fill('Cyberdyne');
    await dialog.getByLabel('Position').fill('Robotics Lead');
    await page.context().clearCookies();
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await signInAgain(page, email);
    await expect(page).toHaveURL(/\/applications\/board/);
    const back = page.getByRole('dialog', { name: 'Add application' });
    await expect(back.getByText('Draft restored')).toBeVisible();
    await expect(back.getByLabel('Company')).toHaveValue('Cyberdyne');
    await expect(back.getByLabel('Position')).toHaveValue('Robotics Lead');
    await screenshot(page, 'form-drafts-board-back-after-sign-in');
    await back.getByRole('button', { name: 'Add application' }).click();
    await expect(page.getByText('Added Cyberdyne — Robotics Lead.')).toBeVisible();
  });

  await test.step('task form: a draft survives a reload; a dirty Cancel asks first', async () => {
    await page.goto('/tasks');
    await page.getByRole('button', { name: 'New task' }).click();
    await page.getByRole('textbox', { name: 'Task', exact: true }).fill('Send the thank-you note');
    await page.waitForTimeout(700);
    await page.reload();
    await page.getByRole('button', { name: 'New task' }).click();
    await expect(page.getByText('Draft restored')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Task', exact: true })).toHaveValue('Send the thank-you note');
    await screenshot(page, 'form-drafts-task-restored');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByRole('textbox', { name: 'Task', exact: true })).toHaveCount(0);
    await page.reload();
    await page.getByRole('button', { name: 'New task' }).click();
    await expect(page.getByRole('textbox', { name: 'Task', exact: true })).toHaveValue('');
  });

  await test.step('profile form: a draft survives leaving the page; saving clears it', async () => {
    await page.goto('/profile');
    await page.getByLabel('Headline').fill('Site Reliability Engineer');
    await page.waitForTimeout(700);
    await page.goto('/tasks');
    await page.goto('/profile');
    await expect(page.getByText('Draft restored')).toBeVisible();
    await expect(page.getByLabel('Headline')).toHaveValue('Site Reliability Engineer');
    await screenshot(page, 'form-drafts-profile-restored');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Saved your profile.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Headline')).toHaveValue('Site Reliability Engineer');
    await expect(page.getByText('Draft restored')).toHaveCount(0);
  });
});
