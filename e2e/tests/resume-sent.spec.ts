import { registerByApi } from '../support/app';
import { expect, expectAccessible, screenshot, test, uniqueEmail } from '../support/fixtures';

test('the résumé sent with an application: chosen in its Documents, its PDF kept, its rates on Analytics', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await registerByApi(page, { name: 'Sami Sent', email: uniqueEmail('sami'), password: 'correct horse battery' });
  const api = page.request;
  const application = await api.post('/api/v1/applications', { data: { company: 'Hooli', position: 'SRE' } });
  expect(application.status()).toBe(201);
  const id = ((await application.json()) as { data: { id: string } }).data.id;
  const resume = await api.post('/api/v1/resumes', {
    data: {
      name: 'SRE résumé',
      document: { basics: { name: 'Sami Sent' }, work: [{ name: 'Pied Piper', position: 'SRE' }] },
    },
  });
  expect(resume.status()).toBe(201);

  await test.step('choose the résumé in the application’s Documents', async () => {
    await page.goto(`/applications/${id}`);
    const documents = page.getByRole('region', { name: 'Documents' });
    await expect(documents.getByLabel('Résumé sent with this application')).toHaveValue('SRE résumé (default)');
    await expectAccessible(page, { label: 'workspace, choosing a résumé' });
    await documents.getByRole('button', { name: 'Keep this résumé with the application' }).click();
    await expect(documents.getByText('Sent with the résumé')).toContainText('SRE résumé');
    await expect(documents.getByText('Sent with the résumé')).toContainText('version 1');
    await screenshot(page, 'resume-sent-documents');
    const href = await documents.getByRole('link', { name: 'Download the PDF that was sent' }).getAttribute('href');
    const pdf = await api.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  await test.step('an interview later, Analytics shows the résumé’s rates', async () => {
    expect((await api.patch(`/api/v1/applications/${id}`, { data: { status: 'interview' } })).status()).toBe(200);
    await page.goto('/analytics');
    const card = page.getByRole('region', { name: 'Which résumé works' });
    const row = card.getByRole('row', { name: /SRE résumé/ });
    await expect(row).toContainText('1');
    await expect(row.getByRole('cell').nth(1)).toHaveText('100 %');
    await expect(row.getByRole('cell').nth(2)).toHaveText('100 %');
    await expectAccessible(page, { label: 'analytics with résumé rates' });
    await screenshot(page, 'resume-sent-analytics');
  });
});
