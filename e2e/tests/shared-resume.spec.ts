import type { APIRequestContext, APIResponse } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import { expect, expectAccessible, test, uniqueEmail } from '../support/fixtures';

const PASSWORD = 'correct horse battery';
const GONE = 'This link no longer works — ask the person who sent it for a new one.';

const DOCUMENT = {
  basics: {
    name: 'Grace Hopper',
    label: 'Compiler engineer',
    email: 'grace@example.com',
    location: { city: 'Arlington', countryCode: 'US' },
    summary: 'Builds compilers and teaches machines to read English.',
    profiles: [{ network: 'GitHub', username: 'grace', url: 'https://github.com/grace' }],
  },
  work: [
    {
      name: 'Remington Rand',
      position: 'Senior Mathematician',
      startDate: '1949-06',
      endDate: '1967-01',
      highlights: ['Wrote the first compiler, A-0', 'Led the team behind FLOW-MATIC'],
    },
  ],
  education: [{ institution: 'Yale University', studyType: 'PhD', area: 'Mathematics', endDate: '1934' }],
  skills: [{ name: 'Languages', keywords: ['COBOL', 'FLOW-MATIC'] }],
  languages: [{ language: 'English', fluency: 'Native' }],
};

async function json<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return ((await response.json()) as { data: T }).data;
}

/** Signs the owner up on their own request context, makes a résumé and shares it; answers its token and id. */
async function shareResume(owner: APIRequestContext): Promise<{ id: string; token: string }> {
  const register = await owner.post('/api/v1/auth/register', {
    data: { name: 'Grace Owner', email: uniqueEmail('share'), password: PASSWORD },
  });
  expect(register.status()).toBe(201);
  const resume = await json<{ id: string }>(
    await owner.post('/api/v1/resumes', { data: { name: 'Compilers résumé', document: DOCUMENT, template: 'modern' } }),
    201,
  );
  const share = await json<{ url: string; token: string }>(
    await owner.post(`/api/v1/resumes/${resume.id}/share`, { data: {} }),
    201,
  );
  expect(share.url).toBe(`/r/${share.token}`);
  return { id: resume.id, token: share.token };
}

test('a shared résumé opens signed out, reads well in light and dark, gives its PDF, and dies when revoked', async ({
  page,
  request,
  playwright,
}) => {
  test.setTimeout(120_000);
  const { id, token } = await shareResume(request);

  // `page` has no session: it is the person the link was sent to.
  await page.goto(`/r/${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  await expect(page).toHaveTitle('Grace Hopper — résumé · JobPilot');
  await expect(page.getByText('Compiler engineer')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Experience' })).toBeVisible();
  const job = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Senior Mathematician/ }) });
  await expect(job).toContainText('Remington Rand');
  await expect(job.locator('time[datetime="1949-06"]')).toHaveText('Jun 1949');
  await expect(job.getByText('Wrote the first compiler, A-0')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Education' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Projects' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  for (const [width, size] of [
    ['1280', DESKTOP],
    ['375', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
      await expectAccessible(page, { label: `/r/$token (${colorScheme}, ${width} px)` });
      await page.screenshot({
        path: `/tmp/r-share-${width}-${colorScheme}.png`,
        fullPage: true,
        animations: 'disabled',
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light', media: 'print' });
  await expect(page.getByRole('link', { name: 'Download PDF' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(DESKTOP);

  const download = page.getByRole('link', { name: 'Download PDF' });
  const href = await download.getAttribute('href');
  expect(href).toBe(`/api/v1/shared/resumes/${token}/pdf`);
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const pdf = await anonymous.get(href ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  expect((await request.delete(`/api/v1/resumes/${id}/share`)).status()).toBe(204);
  await page.reload();
  await expect(page.getByText(GONE)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This shared résumé is not available');
  await expect(page.getByText('Grace Hopper')).toHaveCount(0);
  expect((await anonymous.get(href ?? '')).status()).toBe(404);
  await anonymous.dispose();
});

test('a signed-in person opening someone’s link sees the résumé inside their own frame', async ({ page, request }) => {
  const { token } = await shareResume(request);
  await registerByApi(page, { name: 'Rita Recruiter', email: uniqueEmail('recruiter'), password: PASSWORD });
  await page.goto(`/r/${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByRole('button', { name: /account menu$/ })).toBeVisible();
  await expect(page.getByText('Senior Mathematician')).toBeVisible();
  // On paper only the résumé: not the frame, its verify-email banner or the download button.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: /account menu$/ })).toBeHidden();
  await expect(page.getByTestId('verify-email-banner')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download PDF' })).toBeHidden();
  await expect(page.getByText('Senior Mathematician')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});
