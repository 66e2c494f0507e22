import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import { expect, expectAccessible, screenshot, test, uniqueEmail } from '../support/fixtures';

const PASSWORD = 'correct horse battery';
const FEATURES_DIR = fileURLToPath(new URL('../../apps/web/src/features/', import.meta.url));

/**
 * Every route path the web app registers, read from each feature's `index.ts` (the files `collectRoutes` in
 * apps/web/src/app/features.ts gathers), so a page added there without an entry below fails this spec by name.
 */
function registeredPaths(): string[] {
  const paths: string[] = [];
  for (const feature of readdirSync(FEATURES_DIR)) {
    let source: string;
    try {
      source = readFileSync(`${FEATURES_DIR}${feature}/index.ts`, 'utf8');
    } catch {
      continue; // a folder without routes of its own
    }
    for (const match of source.matchAll(/\bpath:\s*'([^']+)'/g)) {
      const path = match[1] ?? '';
      paths.push(path.startsWith('/') ? path : `/${path}`);
    }
  }
  return paths.sort();
}

interface Seeded {
  applicationId: string;
  resumeId: string;
  userId: string;
  company: string;
  /** The token of a share link of the seeded résumé (`/r/<token>`). */
  shareToken: string;
}

/** A page by its route path: where to go (filling `$params` from the seed) and the title it must set. */
interface PageSpec {
  route: string;
  url?: (seed: Seeded) => string;
  title: string | ((seed: Seeded) => string);
  /** A route that only leads elsewhere (an old address): checked where it lands. */
  redirectsTo?: string;
}

const SIGNED_OUT: PageSpec[] = [
  { route: '/login', title: 'Sign in · JobPilot' },
  { route: '/register', title: 'Register · JobPilot' },
  { route: '/forgot-password', title: 'Forgot password · JobPilot' },
  { route: '/reset-password', title: 'Reset password · JobPilot' },
  { route: '/verify-email', title: 'Verify email · JobPilot' },
];

const SIGNED_IN: PageSpec[] = [
  { route: '/', title: 'Dashboard · JobPilot' },
  { route: '/applications', title: 'Applications · JobPilot' },
  { route: '/applications/board', title: 'Board · JobPilot' },
  {
    route: '/applications/$applicationId',
    url: (s) => `/applications/${s.applicationId}`,
    title: (s) => `${s.company} · JobPilot`,
  },
  { route: '/applications/import', title: 'Import applications · JobPilot' },
  { route: '/interviews', title: 'Interviews · JobPilot' },
  { route: '/tasks', title: 'Tasks · JobPilot' },
  { route: '/contacts', title: 'Contacts · JobPilot' },
  { route: '/people', title: 'People · JobPilot' },
  { route: '/people/$userId', url: (s) => `/people/${s.userId}`, title: 'Ada Everypage · JobPilot' },
  { route: '/favorites', title: 'Favourites · JobPilot' },
  { route: '/profile', title: 'My profile · JobPilot' },
  { route: '/resumes', title: 'Résumés · JobPilot' },
  { route: '/resumes/$resumeId', url: (s) => `/resumes/${s.resumeId}`, title: 'QA résumé · JobPilot' },
  { route: '/analytics', title: 'Analytics · JobPilot' },
  { route: '/settings', title: 'Account settings · JobPilot', redirectsTo: '/settings/account' },
  { route: '/settings/account', title: 'Account settings · JobPilot' },
  { route: '/settings/sessions', title: 'Sessions · JobPilot' },
  { route: '/settings/appearance', title: 'Appearance · JobPilot' },
  { route: '/settings/notifications', title: 'Notification settings · JobPilot' },
  { route: '/settings/tags', title: 'Tags · JobPilot' },
  { route: '/settings/outbox', title: 'Outbox · JobPilot' },
  { route: '/outbox', title: 'Outbox · JobPilot', redirectsTo: '/settings/outbox' },
  // Public (anyone holding the link), opened here in the signed-in frame; shared-resume.spec.ts opens it signed out.
  { route: '/r/$token', url: (s) => `/r/${s.shareToken}`, title: 'Ada Everypage — résumé · JobPilot' },
];

async function created(response: Awaited<ReturnType<Page['request']['post']>>): Promise<{ id: string }> {
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data;
}

/**
 * One application with notes, a status history, a task, an interview, a contact and a tag; one saved view; one
 * résumé with a job, a school and skills, edited once (two versions), and a share link.
 */
async function seed(page: Page): Promise<Seeded> {
  const company = 'Initech';
  const api = page.request;
  const application = await created(
    await api.post('/api/v1/applications', {
      data: { company, position: 'QA Engineer', location: 'Austin, TX', notes: 'Met Bill at the meetup.' },
    }),
  );
  const id = application.id;
  expect((await api.patch(`/api/v1/applications/${id}`, { data: { status: 'applied' } })).status()).toBe(200);
  expect((await api.patch(`/api/v1/applications/${id}`, { data: { status: 'interview' } })).status()).toBe(200);
  await created(
    await api.post(`/api/v1/applications/${id}/tasks`, {
      data: { title: 'Send the thank-you note', dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString() },
    }),
  );
  await created(
    await api.post('/api/v1/interviews', {
      data: {
        applicationId: id,
        type: 'phone',
        scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        timezone: 'UTC',
      },
    }),
  );
  await created(
    await api.post('/api/v1/contacts', {
      data: { name: 'Bill Lumbergh', company, position: 'Manager', applicationIds: [id] },
    }),
  );
  const tag = await created(await api.post('/api/v1/tags', { data: { name: 'Remote', color: 'blue' } }));
  expect((await api.put(`/api/v1/applications/${id}/tags/${tag.id}`)).status()).toBe(200);
  await created(await api.post('/api/v1/saved-views', { data: { name: 'Austin', search: { location: 'Austin' } } }));
  const resume = await created(
    await api.post('/api/v1/resumes', {
      data: {
        name: 'QA résumé',
        tags: ['qa'],
        document: {
          basics: { name: 'Ada Everypage', label: 'QA Engineer', email: 'ada@example.com' },
          work: [{ name: company, position: 'QA Engineer', startDate: '2021-03', highlights: ['Automated the tests'] }],
          education: [{ institution: 'State University', studyType: 'BSc', area: 'Computing', endDate: '2020' }],
          skills: [{ name: 'Playwright', keywords: ['e2e'] }],
        },
      },
    }),
  );
  const edited = await api.patch(`/api/v1/resumes/${resume.id}`, {
    data: {
      document: { basics: { name: 'Ada Everypage' }, work: [{ name: company, position: 'Senior QA' }] },
      save: true,
    },
  });
  expect(edited.status()).toBe(200);
  const share = await api.post(`/api/v1/resumes/${resume.id}/share`, { data: {} });
  expect(share.status(), await share.text()).toBe(201);
  const { token: shareToken } = ((await share.json()) as { data: { token: string } }).data;
  const me = await api.get('/api/v1/auth/me');
  expect(me.status()).toBe(200);
  const body = ((await me.json()) as { data: { id?: string; user?: { id: string } } }).data;
  return { applicationId: id, resumeId: resume.id, userId: body.user?.id ?? body.id ?? '', company, shareToken };
}

async function visit(page: Page, spec: PageSpec, seeded: Seeded): Promise<void> {
  await page.goto(spec.url ? spec.url(seeded) : spec.route);
  if (spec.redirectsTo) await expect(page).toHaveURL(new RegExp(`${spec.redirectsTo}(\\?|$)`));
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page).toHaveTitle(typeof spec.title === 'string' ? spec.title : spec.title(seeded));
  await expectAccessible(page, { label: `${spec.route}` });
}

test('the page list covers every route the web app registers', () => {
  const listed = new Set([...SIGNED_OUT, ...SIGNED_IN].map((p) => p.route));
  const missing = registeredPaths().filter((path) => !listed.has(path));
  expect(missing, 'routes with no entry in every-page.spec.ts (add each, with its title)').toEqual([]);
  const registered = new Set(registeredPaths());
  const stale = [...listed].filter((path) => !registered.has(path));
  expect(stale, 'entries in every-page.spec.ts for routes the app no longer has').toEqual([]);
});

const NONE: Seeded = { applicationId: '', resumeId: '', userId: '', company: '', shareToken: '' };

for (const [width, size] of [
  ['1280', DESKTOP],
  ['375', PHONE],
] as const) {
  test(`every page sets its title and passes axe in light and dark at ${width} px, seeded`, async ({ page }) => {
    test.setTimeout(360_000);
    await page.setViewportSize(size);
    for (const spec of SIGNED_OUT) await visit(page, spec, NONE);
    await registerByApi(page, { name: 'Ada Everypage', email: uniqueEmail('every'), password: PASSWORD });
    const seeded = await seed(page);
    for (const spec of SIGNED_IN) await visit(page, spec, seeded);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/applications');
      await expect(page.getByRole('row').filter({ hasText: 'Initech' })).toBeVisible();
      await screenshot(page, `every-applications-${width}-${colorScheme}`);
      await page.goto(`/applications/${seeded.applicationId}`);
      await expect(page.getByRole('heading', { name: 'Initech', level: 1 })).toBeVisible();
      await screenshot(page, `every-workspace-${width}-${colorScheme}`);
    }
  });
}

test('every page of a fresh account (empty states) sets its title and passes axe in light and dark', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await registerByApi(page, { name: 'Ed Empty', email: uniqueEmail('empty'), password: PASSWORD });
  for (const spec of SIGNED_IN.filter((s) => !s.url)) await visit(page, spec, NONE);
});

/**
 * Opens a dialog (or popover) with `open`, checks it with axe, closes it with Escape and asserts focus is back on
 * `returnsTo` (the control that opened it, or the menu button a menu item belongs to).
 */
async function checkDialog(
  page: Page,
  label: string,
  open: () => Promise<void>,
  dialog: Locator,
  returnsTo: Locator,
): Promise<void> {
  await test.step(label, async () => {
    await open();
    await expect(dialog).toBeVisible();
    const id = await dialog.evaluate((el) => {
      el.setAttribute('data-a11y-check', 'open');
      return 'open';
    });
    await expectAccessible(page, { within: `[data-a11y-check="${id}"]`, label });
    await page.keyboard.press('Escape');
    // A combobox focused inside (the tags input) takes the first Escape to close its own list.
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(returnsTo, `focus after closing ${label}`).toBeFocused();
  });
}

test('every dialog, drawer and popover passes axe open, and closing it returns focus to its opener', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await registerByApi(page, { name: 'Ada Everypage', email: uniqueEmail('dialogs'), password: PASSWORD });
  const seeded = await seed(page);
  const button = (name: string | RegExp, exact = true) =>
    page.getByRole('button', typeof name === 'string' ? { name, exact } : { name });
  const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });
  const actions = page
    .getByRole('row')
    .filter({ hasText: 'Initech' })
    .getByRole('button', { name: /^Actions for/ });
  const viaMenu = (item: string) => async () => {
    await actions.click();
    await page.getByRole('menuitem', { name: item }).click();
  };

  await page.goto('/applications');
  await expect(page.getByRole('row').filter({ hasText: 'Initech' })).toBeVisible();
  await checkDialog(
    page,
    'Add application',
    () => button('Add application').click(),
    dialog('Add application'),
    button('Add application'),
  );
  await checkDialog(page, 'Edit application', viaMenu('Edit'), dialog('Edit Initech — QA Engineer'), actions);
  await checkDialog(page, 'Tags', viaMenu('Tags'), dialog(/^Tags · /), actions);
  await checkDialog(page, 'Status history', viaMenu('History'), page.getByRole('dialog'), actions);
  await checkDialog(page, 'Delete application confirm', viaMenu('Delete'), dialog('Delete application'), actions);
  await checkDialog(page, 'Filters drawer', () => button(/^Filters/).click(), dialog('Filters'), button(/^Filters/));
  const views = page.locator('.mantine-Popover-dropdown').filter({ hasText: 'Save current view' });
  await checkDialog(page, 'Saved views popover', () => button('Views').click(), views, button('Views'));
  await checkDialog(
    page,
    'Save this view',
    async () => {
      await button('Views').click();
      await button('Save current view').click();
    },
    dialog('Save this view'),
    button('Views'),
  );
  const bell = button(/^Notifications/);
  await checkDialog(page, 'Notifications popover', () => bell.click(), dialog('Notifications'), bell);
  const account = button(/account menu$/);
  await checkDialog(page, 'Account menu', () => account.click(), page.getByRole('menu'), account);
  await test.step('Discard changes confirm', async () => {
    await button('Add application').click();
    await dialog('Add application').getByLabel('Company').fill('Half-typed Inc');
    await page.keyboard.press('Escape');
    const confirm = dialog('Discard your changes?');
    await expect(confirm).toBeVisible();
    await confirm.evaluate((el) => el.setAttribute('data-a11y-check', 'discard'));
    await expectAccessible(page, { within: '[data-a11y-check="discard"]', label: 'Discard changes confirm' });
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(dialog('Add application')).toBeHidden();
    await expect(button('Add application'), 'focus after discarding').toBeFocused();
  });

  await page.goto('/interviews');
  await checkDialog(
    page,
    'Add interview',
    () => button('Add interview').click(),
    dialog('Add interview'),
    button('Add interview'),
  );
  await page.goto('/contacts');
  await checkDialog(
    page,
    'Add contact',
    () => button('Add contact').click(),
    dialog('Add contact'),
    button('Add contact'),
  );
  await checkDialog(
    page,
    'Import contacts',
    () => button('Import').click(),
    dialog('Import contacts'),
    button('Import'),
  );
  await page.goto('/resumes');
  await checkDialog(page, 'New résumé', () => button('New résumé').click(), dialog('New résumé'), button('New résumé'));
  await page.goto(`/resumes/${seeded.resumeId}`);
  await checkDialog(page, 'Résumé history', () => button('History').click(), dialog('History'), button('History'));
  await page.goto('/settings/account');
  await checkDialog(
    page,
    'Delete account',
    () => button('Delete account…').click(),
    dialog('Delete your account?'),
    button('Delete account…'),
  );
});
