import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DESKTOP, PHONE, registerByApi } from '../support/app';
import { expect, expectNoHorizontalOverflow, screenshot, test, uniqueEmail } from '../support/fixtures';
import { operatorLink } from '../support/operator-outbox';

const PASSWORD = 'correct horse battery';
const serverFixture = (path: string) =>
  fileURLToPath(new URL(`../../apps/server/src/modules/${path}`, import.meta.url));
const ANDROID_VCARD = serverFixture('contacts/fixtures/John_Doe_ANDROID.vcf');
const RESUME_PDF = serverFixture('files/fixtures/john_doe.pdf');

/** A name nobody else on the shared test server has, so searches find exactly this person. */
const uniqueName = (first: string, last: string) => `${first} ${last}${Math.floor(Math.random() * 1e6).toString(36)}`;

function contactRow(page: Page, name: string) {
  return page.getByRole('row').filter({ hasText: name });
}

test('a saved contact links to their profile once they register and verify their address', async ({
  page,
  browser,
}) => {
  const benEmail = uniqueEmail('ben');
  const benName = uniqueName('Ben', 'Ortiz');
  await registerByApi(page, { name: 'Ann Lee', email: uniqueEmail('ann'), password: PASSWORD });

  await test.step('save a contact with an email address, tied to an application', async () => {
    const application = await page.request.post('/api/v1/applications', {
      data: { company: 'Globex', position: 'Backend Developer' },
    });
    expect(application.status()).toBe(201);
    await page.goto('/contacts');
    await expect(page.getByText('No contacts yet')).toBeVisible();
    await page.getByRole('button', { name: 'Add contact', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add contact' });
    await dialog.getByLabel('Email 1', { exact: true }).fill('not an address');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await expect(dialog.getByText('Enter the name')).toBeVisible();
    await expect(dialog.getByText('Enter a valid email address')).toBeVisible();
    await dialog.getByLabel('Name').fill(benName);
    await dialog.getByLabel('Position').fill('Engineering Manager');
    await dialog.getByLabel('Company').fill('Globex');
    await dialog.getByLabel('Email 1', { exact: true }).fill(benEmail.toUpperCase());
    await dialog.getByRole('button', { name: 'Add a link (LinkedIn, GitHub…)' }).click();
    await dialog.getByLabel('Link 1', { exact: true }).fill('https://www.linkedin.com/in/benortiz');
    await dialog.getByPlaceholder('Choose applications').click();
    await page.getByRole('option', { name: 'Globex — Backend Developer' }).click();
    await screenshot(page, 'h2-01-contact-form');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByText(`Added ${benName}.`)).toBeVisible();
    await expect(contactRow(page, benName)).toContainText(benEmail);
    await expect(contactRow(page, benName)).toContainText('Globex — Backend Developer');
    await expect(contactRow(page, benName).getByText('On JobPilot')).toHaveCount(0);
  });

  await test.step('the person registers in another browser and opens the verification link', async () => {
    const other = await browser.newContext({ viewport: DESKTOP });
    const theirPage = await other.newPage();
    await theirPage.goto('/register');
    await theirPage.getByLabel('Name').fill(benName);
    await theirPage.getByLabel('Email').fill(benEmail);
    await theirPage.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await theirPage.getByRole('button', { name: 'Create account' }).click();
    await theirPage.waitForURL((url) => !url.pathname.startsWith('/register'));

    // Until the address is verified, nobody's contacts point at this account.
    await page.reload();
    await expect(contactRow(page, benName).getByText('On JobPilot')).toHaveCount(0);

    // Whoever runs JobPilot hands the link on; the Outbox page never shows it (ADR 013).
    await theirPage.goto(await operatorLink(benEmail, '/verify-email'));
    await expect(theirPage.getByText('Email address verified')).toBeVisible();
    await theirPage.goto('/profile');
    await theirPage.getByLabel('Headline').fill('Engineering Manager at Globex');
    // Email and phone stay hidden from other users until the owner shows them.
    await theirPage.getByRole('switch', { name: 'Show my email to signed-in users' }).check();
    await theirPage.getByRole('button', { name: 'Save profile' }).click();
    await expect(theirPage.getByText('Saved your profile.')).toBeVisible();
    await other.close();
  });

  await test.step('the contact now shows the link to their profile', async () => {
    const badge = contactRow(page, benName).getByRole('link', { name: `On JobPilot: view ${benName} profile` });
    // The link is made by a background job right after the verification (a durable event handler, ADR 016): the
    // page shows it on the first reload after that job ran, within a queue poll or two.
    await expect(async () => {
      await page.reload();
      await expect(badge).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await screenshot(page, 'h2-02-contact-linked');
    await page.setViewportSize(PHONE);
    await expect(badge).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h2-03-phone-contacts');
    await page.getByRole('button', { name: 'Add contact', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Add contact' });
    await form.getByRole('button', { name: 'Add a phone number' }).click();
    await expect(form.getByLabel('Phone 1', { exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h2-03b-phone-contact-form');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
    await expect(form).toBeHidden();
    await page.setViewportSize(DESKTOP);
    await badge.click();
    await expect(page.getByRole('heading', { name: benName })).toBeVisible();
    await expect(page.getByText('Engineering Manager at Globex')).toBeVisible();
    await expect(page.getByRole('link', { name: benEmail })).toBeVisible();
  });
});

test('import a real vCard export: preview first, then import, and duplicates are not doubled', async ({ page }) => {
  await registerByApi(page, { name: 'Cy Park', email: uniqueEmail('cy'), password: PASSWORD });
  await page.goto('/contacts');

  await test.step('preview the Android export', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import contacts' });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByText('Choose a .vcf or .csv file first.')).toBeVisible();
    await dialog.locator('input[type=file]').setInputFiles(ANDROID_VCARD);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByText('John_Doe_ANDROID.vcf holds 6 contacts.')).toBeVisible();
    await expect(dialog.getByText('6 new')).toBeVisible();
    const table = dialog.getByRole('table', { name: 'Contacts in the file' });
    await expect(table.getByText('Ñ Ñ Ñ Ñ Ñ', { exact: true })).toBeVisible();
    await expect(table.getByText('Skipped the email address')).toBeVisible();
    await screenshot(page, 'h2-04-import-preview');
    await page.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h2-05-phone-import-preview');
    await page.setViewportSize(DESKTOP);
    // Nothing is saved by a preview.
    await expect(page.getByText('No contacts yet')).toBeVisible();
  });

  await test.step('import, then see the contacts', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import contacts' });
    await dialog.getByRole('button', { name: 'Import 6 contacts' }).click();
    await expect(dialog.getByText('Imported 6 contacts.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText('6 contacts', { exact: true })).toBeVisible();
    await expect(contactRow(page, 'bob@company.com')).toBeVisible();
    await screenshot(page, 'h2-06-imported-contacts');
  });

  await test.step('the same file again holds nothing new', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import contacts' });
    await dialog.locator('input[type=file]').setInputFiles(ANDROID_VCARD);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByText('6 already saved')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Back' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('export as vCard', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /vCard/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.match(/BEGIN:VCARD\r\nVERSION:4\.0\r\n/g)).toHaveLength(6);
  });
});

test('upload a PDF résumé to the profile and download it', async ({ page }) => {
  await registerByApi(page, { name: 'Dee Ahmed', email: uniqueEmail('dee'), password: PASSWORD });
  await page.goto('/profile');
  const upload = page.locator('input[type=file]');

  await test.step('fill in the profile', async () => {
    await page.getByLabel('Headline').fill('Data Analyst');
    await page.getByLabel('Location').fill('Leeds, UK');
    const skills = page.getByRole('combobox', { name: 'Skills' });
    await skills.pressSequentially('SQL,Python,');
    await expect(page.getByText('SQL', { exact: true })).toBeVisible();
    await expect(page.getByText('Python', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Add a link' }).click();
    await page.getByLabel('Link 1', { exact: true }).fill('ftp://nope');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Enter a full http(s) link', { exact: false })).toBeVisible();
    await expect(page.getByLabel('Headline')).toHaveValue('Data Analyst');
    await page.getByLabel('Link 1', { exact: true }).fill('https://github.com/dee');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Saved your profile.')).toBeVisible();
  });

  await test.step('a wrong file type is explained', async () => {
    await upload.setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text') });
    await expect(page.getByText('This file is not a PDF or Word (.docx) document')).toBeVisible();
    await upload.setInputFiles({
      name: 'huge.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(11 * 1024 * 1024),
    });
    await expect(page.getByText('huge.pdf is 11 MB; a résumé can be at most 10 MB.')).toBeVisible();
    await screenshot(page, 'h2-07-resume-error');
  });

  await test.step('upload the PDF and download it again', async () => {
    await upload.setInputFiles(RESUME_PDF);
    await expect(page.getByText('Uploaded john_doe.pdf.')).toBeVisible();
    await expect(page.getByText('john_doe.pdf', { exact: true })).toBeVisible();
    await expect(page.getByText('The résumé was not uploaded')).toHaveCount(0);
    await screenshot(page, 'h2-08-profile-with-resume');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('john_doe.pdf');
    expect(readFileSync(await download.path()).equals(readFileSync(RESUME_PDF))).toBe(true);
    await page.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h2-09-phone-profile');
    await page.setViewportSize(DESKTOP);
  });
});

test('search people with a typo, favourite someone, and private profiles stay hidden', async ({ page, browser }) => {
  const last = `Raghunathan${Math.floor(Math.random() * 1e6).toString(36)}`;
  const priya = `Priyanka ${last}`;
  const hidden = `Priyanka ${last}e`;
  const others = await browser.newContext();
  const otherPage = await others.newPage();
  await registerByApi(otherPage, { name: priya, email: uniqueEmail('priya'), password: PASSWORD });
  await otherPage.request.put('/api/v1/profile', {
    data: { name: priya, headline: 'Product Designer', location: 'Pune', skills: ['Figma'] },
  });
  await others.clearCookies();
  await registerByApi(otherPage, { name: hidden, email: uniqueEmail('priya2'), password: PASSWORD });
  await otherPage.request.put('/api/v1/profile', { data: { name: hidden, visibility: 'private' } });
  await others.close();

  await registerByApi(page, { name: 'Eli Cohen', email: uniqueEmail('eli'), password: PASSWORD });
  await page.goto('/people');

  await test.step('a misspelt name still finds the person', async () => {
    await page.getByLabel('Search people by name').fill(`Pryanka ${last.replace('gh', 'g')}`);
    await expect(page).toHaveURL(/q=Pryanka/);
    await expect(page.getByText('1 person', { exact: true })).toBeVisible();
    const card = page.getByRole('article', { name: priya });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Product Designer');
    await expect(page.getByRole('article', { name: hidden })).toHaveCount(0);
    await screenshot(page, 'h2-10-people-search');
  });

  await test.step('favourite them and find them in the favourites', async () => {
    await page.getByRole('button', { name: `Add ${priya} to favourites` }).click();
    await expect(page.getByRole('button', { name: `Remove ${priya} from favourites` })).toBeVisible();
    await page.getByRole('link', { name: 'Favourites' }).click();
    await expect(page.getByRole('heading', { name: 'Favourites' })).toBeVisible();
    await expect(page.getByRole('article', { name: priya })).toBeVisible();
    await screenshot(page, 'h2-11-favourites');
    await page.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'h2-12-phone-favourites');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('link', { name: priya }).click();
    await expect(page.getByRole('heading', { name: priya })).toBeVisible();
    await expect(page.getByRole('button', { name: `Remove ${priya} from favourites` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByText('Figma')).toBeVisible();
    await screenshot(page, 'h2-13-person-profile');
  });
});
