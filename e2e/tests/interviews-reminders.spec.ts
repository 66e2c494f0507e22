import type { Page } from '@playwright/test';
import { addApplication, DESKTOP, PHONE, row } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';

/** The browser's local date and time `minutes` from now, as the form's date and time inputs take them. */
async function localIn(page: Page, minutes: number) {
  return page.evaluate((m) => {
    const d = new Date(Date.now() + m * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    };
  }, minutes);
}

// A zone with DST and a negative offset: the form's wall-clock time must become the right instant.
test.use({ timezoneId: 'America/New_York' });

test('an interview in 30 minutes: reminder in the bell, mark read, calendar views, subscription, tasks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('ivy');
  const reminder = /^Interview with Acme in (29|30) minutes$/;
  const bell = page.getByRole('button', { name: /^Notifications/ });

  await test.step('sign up and open Interviews', async () => {
    await page.goto('/register');
    await page.getByLabel('Name').fill('Ivy Chen');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(bell).toBeVisible();
    await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Interviews' }).click();
    await expect(page.getByRole('heading', { name: 'Interviews', level: 1 })).toBeVisible();
    await expect(page.getByText('No upcoming interviews')).toBeVisible();
  });

  await test.step('the form explains what is missing and keeps what was typed', async () => {
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add interview' });
    await dialog.getByLabel('Company').fill('Acme');
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await expect(dialog.getByText('Enter the position')).toBeVisible();
    await expect(dialog.getByLabel('Company')).toHaveValue('Acme');
    await screenshot(page, 'h1-01-interview-form-errors');
  });

  await test.step('add an interview starting in 30 minutes', async () => {
    const dialog = page.getByRole('dialog', { name: 'Add interview' });
    const start = await localIn(page, 30);
    await dialog.getByLabel('Position').fill('Frontend Engineer');
    await dialog.getByLabel('Date').fill(start.date);
    await dialog.getByLabel('Start time').fill(start.time);
    await dialog.getByLabel('Length (minutes)').fill('45');
    await dialog.getByLabel('Meeting link').fill('https://meet.example.com/acme-frontend');
    await dialog.getByLabel('Details').fill('Panel with Sam and Priya; bring questions about the design system.');
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await expect(page.getByText('Added the interview with Acme — Frontend Engineer.')).toBeVisible();
    await expect(dialog).toBeHidden();
    const card = page.getByRole('article', { name: 'Interview with Acme — Frontend Engineer' });
    await expect(card.or(page.getByLabel('Interview with Acme — Frontend Engineer'))).toBeVisible();
    await screenshot(page, 'h1-02-interview-list');
  });

  await test.step('the 1-hour reminder arrives in the notification centre', async () => {
    await expect(bell).toHaveAccessibleName('Notifications, 1 unread', { timeout: 25_000 });
    await bell.click();
    const centre = page.getByRole('dialog', { name: 'Notifications' });
    const item = centre.getByRole('listitem').filter({ has: page.getByText(reminder) });
    await expect(item).toBeVisible();
    await expect(item).toContainText('Online interview for Frontend Engineer');
    await expect(item).toContainText('(America/New_York)');
    await screenshot(page, 'h1-03-bell-unread');

    await item.getByRole('button', { name: /^Mark read/ }).click();
    await expect(bell).toHaveAccessibleName('Notifications');
    await expect(centre.getByRole('button', { name: /^Mark read/ })).toHaveCount(0);
    await screenshot(page, 'h1-04-bell-read');
  });

  await test.step('clicking the reminder opens the interview', async () => {
    await page.getByRole('dialog', { name: 'Notifications' }).getByText(reminder).click();
    await expect(page).toHaveURL(/\/interviews\?id=/);
    const dialog = page.getByRole('dialog', { name: 'Edit interview with Acme — Frontend Engineer' });
    await expect(dialog.getByLabel('Meeting link')).toHaveValue('https://meet.example.com/acme-frontend');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('month and week calendars show it', async () => {
    await page.getByRole('radiogroup', { name: 'View' }).getByText('Month').click();
    const month = page.getByRole('grid', { name: 'Month' });
    await expect(month.getByRole('button', { name: /Acme — Frontend Engineer/ })).toBeVisible();
    await screenshot(page, 'h1-05-calendar-month');
    await page.getByRole('radiogroup', { name: 'View' }).getByText('Week').click();
    await expect(page.getByRole('list', { name: 'Week' }).getByRole('button', { name: /Acme/ })).toBeVisible();
    await screenshot(page, 'h1-06-calendar-week');
    await page.getByRole('radiogroup', { name: 'View' }).getByText('List').click();
  });

  await test.step('a private subscription URL serves the calendar without signing in', async () => {
    await page.getByRole('button', { name: 'Create subscription address' }).click();
    const address = page.getByLabel('Subscription address');
    await expect(address).toHaveValue(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const url = await address.inputValue();
    const feed = await page.context().browser()?.newContext();
    const response = await feed?.request.get(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await response?.text()).toContain('SUMMARY:Online interview: Acme — Frontend Engineer');
    await feed?.close();
    await screenshot(page, 'h1-07-subscription');
  });

  await test.step('the list works at phone width', async () => {
    await page.setViewportSize(PHONE);
    await expect(page.getByText('Acme — Frontend Engineer').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h1-08-phone-list');
    await page.getByRole('radiogroup', { name: 'View' }).getByText('Month').click();
    await expect(page.getByRole('grid', { name: 'Month' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h1-09-phone-month');
    await bell.click();
    await expect(page.getByRole('dialog', { name: 'Notifications' }).getByText(reminder)).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h1-10-phone-bell');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Notifications' })).toBeHidden();
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Add interview' });
    await expect(form.getByLabel('Time zone')).toHaveValue(/^America\/New_York \(UTC−0[45]:00\)$/);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h1-10b-phone-add-form');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
    await page.setViewportSize(DESKTOP);
  });

  await test.step('tasks from an application’s row menu', async () => {
    await page.goto('/applications');
    await addApplication(page, { company: 'Globex', position: 'Backend Developer', status: 'applied' });
    await page.getByRole('button', { name: 'Actions for Globex — Backend Developer' }).click();
    await page.getByRole('menuitem', { name: 'Tasks' }).click();
    await expect(page.getByRole('heading', { name: 'Tasks for Globex — Backend Developer' })).toBeVisible();
    const tomorrow = await localIn(page, 24 * 60);
    await page.getByRole('textbox', { name: 'Task', exact: true }).fill('Send a thank-you note');
    await page.getByLabel('Due date').fill(tomorrow.date);
    await page.getByRole('button', { name: 'Add task' }).click();
    await expect(page.getByText('Added “Send a thank-you note”.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Task', exact: true }).fill('Ask about the team size');
    await page.getByRole('button', { name: 'Add task' }).click();
    const first = page.getByRole('listitem', { name: 'Send a thank-you note' });
    await expect(first).toContainText('Due');
    await first.getByRole('checkbox', { name: 'Done: Send a thank-you note' }).check();
    await expect(first.getByRole('checkbox')).toBeChecked();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Done: Send a thank-you note' })).toBeChecked();
    await screenshot(page, 'h1-11-application-tasks');
    await page.getByRole('button', { name: 'Delete Ask about the team size' }).click();
    await expect(page.getByRole('listitem', { name: 'Ask about the team size' })).toHaveCount(0);
    await page.setViewportSize(PHONE);
    await expect(page.getByRole('textbox', { name: 'Task', exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h1-12-phone-application-tasks');
    await page.setViewportSize(DESKTOP);
  });

  await test.step('all tasks across applications', async () => {
    await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Tasks' }).click();
    await expect(page.getByRole('heading', { name: 'Tasks', exact: true })).toBeVisible();
    await expect(page.getByText('Nothing here.')).toBeVisible();
    await page.getByRole('switch', { name: 'Show done' }).check();
    const task = page.getByRole('listitem', { name: 'Send a thank-you note' });
    await expect(task.getByRole('link', { name: 'Globex — Backend Developer' })).toBeVisible();
    await screenshot(page, 'h1-13-all-tasks');
    await task.getByRole('link', { name: 'Globex — Backend Developer' }).click();
    await expect(page.getByRole('heading', { name: 'Tasks for Globex — Backend Developer' })).toBeVisible();
    await page.goto('/applications');
    await expect(row(page, 'Globex')).toBeVisible();
  });

  await test.step('notification settings are kept', async () => {
    await bell.click();
    await page
      .getByRole('dialog', { name: 'Notifications' })
      .getByRole('link', { name: 'Notification settings' })
      .click();
    await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    const times = page.getByRole('group', { name: 'Reminder times' });
    await times.getByText('2 hours').click();
    await times.getByText('1 day').click();
    await page.getByLabel('Nudge after this many days in Applied').fill('10');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Notification settings saved.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Nudge after this many days in Applied')).toHaveValue('10');
    await expect(times.getByRole('checkbox', { name: '2 hours' })).toBeChecked();
    await expect(times.getByRole('checkbox', { name: '1 day' })).not.toBeChecked();
    await screenshot(page, 'h1-14-notification-settings');
  });

  await test.step('past interviews: newest first, a page at a time, kept in the URL', async () => {
    // 23 earlier interviews, one a day back from yesterday; the upcoming list keeps showing only Acme.
    for (let day = 1; day <= 23; day += 1) {
      const response = await page.request.post('/api/v1/interviews', {
        data: {
          company: `Past ${String(day).padStart(2, '0')}`,
          position: 'Engineer',
          scheduledAt: new Date(Date.now() - day * 24 * 60 * 60_000).toISOString(),
          timezone: 'America/New_York',
          type: 'phone',
        },
      });
      expect(response.status()).toBe(201);
    }
    await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Interviews' }).click();
    const cards = page.getByLabel(/^Interview with /);
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toHaveAccessibleName('Interview with Acme — Frontend Engineer');
    await expect(page.getByText('1 upcoming interview', { exact: true })).toBeVisible();

    await page.getByRole('radiogroup', { name: 'Upcoming or past' }).getByText('Past').click();
    await expect(page).toHaveURL(/when=past/);
    await expect(page.getByText('23 past interviews')).toBeVisible();
    await expect(cards).toHaveCount(20);
    await expect(cards.first()).toHaveAccessibleName('Interview with Past 01 — Engineer');
    await expect(cards.last()).toHaveAccessibleName('Interview with Past 20 — Engineer');
    await screenshot(page, 'h1-15-interview-list-past');

    await page.getByRole('button', { name: '2', exact: true }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(cards).toHaveCount(3);
    await expect(cards.first()).toHaveAccessibleName('Interview with Past 21 — Engineer');
    await page.reload();
    await expect(cards).toHaveCount(3);
    await expect(cards.last()).toHaveAccessibleName('Interview with Past 23 — Engineer');
    await screenshot(page, 'h1-16-interview-list-past-page-2');

    await page.getByRole('radiogroup', { name: 'Upcoming or past' }).getByText('Upcoming').click();
    await expect(page).not.toHaveURL(/page=|when=/);
    await expect(cards).toHaveCount(1);
  });

  await test.step('delete the interview from its dialog', async () => {
    await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Interviews' }).click();
    await page.getByRole('button', { name: 'Actions for Acme — Frontend Engineer' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit interview with Acme — Frontend Engineer' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete interview' }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Deleted the interview with Acme — Frontend Engineer.')).toBeVisible();
    await expect(page.getByText('No upcoming interviews')).toBeVisible();
  });
});
