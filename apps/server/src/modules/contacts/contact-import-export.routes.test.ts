import { readFileSync } from 'node:fs';
import { CONTACT_IMPORT_MAX_BYTES, type Contact, type ImportResult } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '#modules/files/test-documents.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';
import { parseContactsCsv } from './csv-import.ts';
import { parseVcards } from './vcard-parse.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const importFile = (user: SignedInUser, filename: string, data: Buffer, mode = 'preview', fields = {}) => {
  const body = multipart({ filename, contentType: 'application/octet-stream', data }, fields);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/contacts/import?mode=${mode}`,
    headers: { ...user.auth, ...body.headers },
    payload: body.payload,
  });
};
const importJson = (user: SignedInUser, payload: Record<string, unknown>, mode = 'preview') =>
  t.app.inject({ method: 'POST', url: `/api/v1/contacts/import?mode=${mode}`, headers: user.auth, payload });
const resultOf = (res: { json(): { data: ImportResult } }) => res.json().data;
const contactsOf = async (user: SignedInUser): Promise<Contact[]> =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/contacts?limit=100', headers: user.auth })).json().data;
const exportAs = (user: SignedInUser, format: string, q = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/contacts/export?format=${format}${q}`, headers: user.auth });

describe('vCard import', () => {
  it('previews an iPhone export without writing, then commits it', async () => {
    const user = await signedInUser(t);
    const preview = await importFile(user, 'John Doe.vcf', fixture('John_Doe_IPHONE.vcf'));
    expect(preview.statusCode).toBe(200);
    const result = resultOf(preview);
    expect(result).toMatchObject({
      format: 'vcf',
      committed: false,
      counts: { total: 1, new: 1, created: 0, duplicate: 0, invalid: 0 },
    });
    expect(result.entries[0]).toMatchObject({
      index: 1,
      status: 'new',
      contactId: null,
      contact: {
        name: 'Mr. John Richter James Doe Sr.',
        company: 'IBM',
        position: 'Money Counter',
        emails: ['john.doe@ibm.com'],
        links: ['http://www.ibm.com'],
      },
    });
    expect(await contactsOf(user)).toEqual([]);

    const commit = await importFile(user, 'John Doe.vcf', fixture('John_Doe_IPHONE.vcf'), 'commit');
    expect(commit.statusCode).toBe(201);
    const committed = resultOf(commit);
    expect(committed.counts).toMatchObject({ total: 1, created: 1 });
    const saved = await contactsOf(user);
    expect(saved.map((c) => c.id)).toEqual([committed.entries[0]?.contactId]);
    expect(saved[0]?.phones).toContain('905-555-1234');
  });

  it('imports each real export (Android, iPhone, Gmail, Outlook, macOS, Thunderbird) as the same person', async () => {
    const exports: [string, string][] = [
      ['John_Doe_GMAIL.vcf', 'john.doe@ibm.com'],
      ['John_Doe_MS_OUTLOOK.vcf', 'john.doe@ibm.cm'],
      ['John_Doe_MAC_ADDRESS_BOOK.vcf', 'john.doe@ibm.com'],
    ];
    for (const [file, email] of exports) {
      const user = await signedInUser(t);
      const result = resultOf(await importFile(user, file, fixture(file), 'commit'));
      expect(result.counts, file).toMatchObject({ total: 1, created: 1, invalid: 0 });
      const [contact] = await contactsOf(user);
      expect(contact, file).toMatchObject({ company: 'IBM', position: 'Money Counter', emails: [email] });
      expect(contact?.name, file).toMatch(/John Richter.*James Doe/);
    }
    const thunderbird = await signedInUser(t);
    await importFile(thunderbird, 'tb.vcf', fixture('thunderbird-MoreFunctionsForAddressBook-extension.vcf'), 'commit');
    expect((await contactsOf(thunderbird))[0]).toMatchObject({
      name: 'John Doe',
      company: 'TheOrganization',
      position: 'TheTitle',
      notes: expect.stringContaining('You can put anything in the "note" field; even curse words.'),
    });
  });

  it('reads the Android 2.1 export: six cards, quoted-printable UTF-8 names, an invalid address skipped with a warning', async () => {
    const user = await signedInUser(t);
    const result = resultOf(await importFile(user, 'contacts.vcf', fixture('John_Doe_ANDROID.vcf')));
    expect(result.counts).toMatchObject({ total: 6, new: 6, invalid: 0 });
    const [first, , third, , fifth] = result.entries;
    expect(first?.contact).toMatchObject({ name: 'john.doe@company.com', emails: ['john.doe@company.com'] });
    expect(third?.contact).toMatchObject({ name: 'Ñ Ñ Ñ Ñ Ñ', phones: ['123456789'] });
    expect(fifth?.contact).toMatchObject({
      emails: ['bob@company.com'],
      company: 'ÑÑÑÑÑÑÑÑÑÑÑÑ',
      links: ['https://www.company.com', 'http://www.company.com'],
    });
    expect(fifth?.warnings).toEqual(['Skipped the email address "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ": Enter a valid email address']);
  });

  it('reports duplicates — of saved contacts and within the file — instead of saving them twice', async () => {
    const user = await signedInUser(t);
    await importFile(user, 'list.vcf', fixture('gmail-list.vcf'), 'commit');
    const doubled = Buffer.concat([fixture('gmail-list.vcf'), Buffer.from('\r\n'), fixture('rfc2426-example.vcf')]);
    const preview = resultOf(await importFile(user, 'both.vcf', doubled));
    expect(preview.counts).toMatchObject({ total: 5, new: 2, duplicate: 3 });
    const arnold = (await contactsOf(user)).find((c) => c.name === 'Arnold Smith');
    expect(preview.entries[0]).toMatchObject({
      status: 'duplicate',
      duplicateOf: { id: arnold?.id, name: 'Arnold Smith' },
    });

    const again = Buffer.concat([fixture('radicale-1587.vcf'), fixture('radicale-1587.vcf')]);
    const inFile = resultOf(await importFile(user, 'twice.vcf', again, 'commit'));
    expect(inFile.entries.map((e) => e.status)).toEqual(['created', 'duplicate']);
    expect(inFile.entries[1]?.duplicateOf).toEqual({ id: null, name: 'Given Family' });
    expect((await contactsOf(user)).filter((c) => c.name === 'Given Family')).toHaveLength(1);
  });

  it('reports a card that cannot be a contact and imports the rest', async () => {
    const user = await signedInUser(t);
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'BDAY:1980-01-01',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Ok Person',
      'EMAIL:ok@example.com',
      'END:VCARD',
    ].join('\r\n');
    const res = await importJson(user, { text }, 'commit');
    expect(res.statusCode).toBe(201);
    const result = resultOf(res);
    expect(result.entries.map((e) => [e.index, e.status, e.error])).toEqual([
      [1, 'invalid', 'No name, email address or phone number'],
      [2, 'created', null],
    ]);
    expect((await contactsOf(user)).map((c) => c.name)).toEqual(['Ok Person']);
  });

  it('answers 422 for a file without contacts, an empty body or a bad format, and writes nothing', async () => {
    const user = await signedInUser(t);
    const cases: [Promise<{ statusCode: number; json(): { error: { field?: string } } }>, string][] = [
      [importFile(user, 'empty.vcf', Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')), 'file'],
      [importJson(user, { text: '' }), 'text'],
      [importJson(user, { text: 'FN:x', format: 'xls' }), 'format'],
      [
        importFile(user, 'x.vcf', Buffer.from('BEGIN:VCARD\r\nFN:A\r\nEND:VCARD'), 'preview', { format: 'xls' }),
        'format',
      ],
      [importJson(user, { text: 'a,b\r\n1,2' }), 'file'],
    ];
    for (const [call, field] of cases) {
      const res = await call;
      expect(res.statusCode, field).toBe(422);
      expect(res.json().error.field).toBe(field);
    }
    const mode = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts/import?mode=save',
      headers: user.auth,
      payload: { text: 'x' },
    });
    expect(mode.statusCode).toBe(422);
    expect(mode.json().error.field).toBe('mode');
    expect(await contactsOf(user)).toEqual([]);
  });

  it('refuses an upload over 10 MB with 413', async () => {
    const user = await signedInUser(t);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const res = await importFile(user, 'huge.vcf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a JSON import over 2 MiB with 413: its text is parsed on the event loop, a larger file goes as an upload', async () => {
    const user = await signedInUser(t);
    const text = 'BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n'.repeat(80_000);
    expect(text.length).toBeLessThan(CONTACT_IMPORT_MAX_BYTES);
    const res = await importJson(user, { text });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('needs a session', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/contacts/import', payload: { text: 'x' } })).statusCode,
    ).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/contacts/export' })).statusCode).toBe(401);
  });
});

describe('CSV import', () => {
  it('recognises Google Contacts headers, with several values in one cell', async () => {
    const user = await signedInUser(t);
    const csv = [
      'First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Value',
      'Ada,,Lovelace,Analytical Engines,Programmer,"Wrote the first program, 1843",* Home,ada@example.com ::: ada@work.example,Mobile,+44 20 7946 0001,https://ada.example',
    ].join('\r\n');
    const result = resultOf(await importJson(user, { text: csv }));
    expect(result.format).toBe('csv');
    expect(result.entries[0]?.contact).toEqual({
      name: 'Ada Lovelace',
      company: 'Analytical Engines',
      position: 'Programmer',
      emails: ['ada@example.com', 'ada@work.example'],
      phones: ['+44 20 7946 0001'],
      links: ['https://ada.example'],
      notes: 'Wrote the first program, 1843',
    });
  });

  it('recognises Outlook headers (Title is the honorific, not the job) from a Windows-1252 file', async () => {
    const user = await signedInUser(t);
    const csv =
      'Title,First Name,Last Name,Company,Job Title,Business Phone,Mobile Phone,Business Fax,E-mail Address,E-mail Display Name,Web Page,Notes\r\n' +
      'Dr.,José,Núñez,Contoso,CTO,555-0100,555-0101,555-0199,jose@contoso.com,José Núñez (jose@contoso.com),www.contoso.com,Café\r\n';
    const res = await importFile(user, 'outlook.csv', Buffer.from(csv, 'latin1'), 'commit');
    expect(res.statusCode).toBe(201);
    expect((await contactsOf(user))[0]).toMatchObject({
      name: 'José Núñez',
      company: 'Contoso',
      position: 'CTO',
      emails: ['jose@contoso.com'],
      phones: ['555-0100', '555-0101'],
      links: ['https://www.contoso.com'],
      notes: 'Café',
    });
  });

  it('reads a vCard saved as UTF-16 with a byte order mark (as some Windows tools write it)', async () => {
    const user = await signedInUser(t);
    const vcf = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nEMAIL:zoe@example.se\r\nEND:VCARD\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vcf, 'utf16le')]);
    const res = await importFile(user, 'contacts.vcf', bytes, 'commit');
    expect(res.statusCode).toBe(201);
    expect((await contactsOf(user))[0]).toMatchObject({ name: 'Zoë Ångström', emails: ['zoe@example.se'] });
  });

  it('finds the header under the notes LinkedIn puts at the top', async () => {
    const rows = parseContactsCsv(
      'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nGrace,Hopper,https://www.linkedin.com/in/grace,,US Navy,Rear Admiral,01 Jan 2024\n',
    );
    expect(rows.error).toBeNull();
    expect(rows.rows[0]?.raw).toMatchObject({
      name: 'Grace Hopper',
      company: 'US Navy',
      position: 'Rear Admiral',
      links: ['https://www.linkedin.com/in/grace'],
    });
  });
});

describe('export', () => {
  let user: SignedInUser;
  beforeAll(async () => {
    user = await signedInUser(t);
    const input = [
      {
        name: 'Zoë Ångström',
        company: 'Nordic; Labs, AB',
        position: 'CEO',
        emails: ['zoe@nordic.example'],
        phones: ['+46 8 123 456'],
        links: ['https://nordic.example/team?who=zoe,ceo'],
        notes: `Line one\nLine two — ${'long '.repeat(30)}`,
      },
      { name: '=HYPERLINK("http://evil.example")', company: '@corp', emails: [], notes: '-2+3' },
    ];
    for (const payload of input) {
      await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: user.auth, payload });
    }
  });

  it('writes vCard 4.0 with CRLF and folded lines, which the importer reads back unchanged', async () => {
    const res = await exportAs(user, 'vcf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.vcf"/);
    const body = res.body;
    expect(body.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
    expect(body).toContain('ORG:Nordic\\; Labs\\, AB');
    expect(parseVcards(body)).toHaveLength(2);

    const other = await signedInUser(t);
    const back = resultOf(await importFile(other, 'export.vcf', Buffer.from(body), 'commit'));
    expect(back.counts).toMatchObject({ created: 2, invalid: 0 });
    const zoe = (await contactsOf(other)).find((c) => c.name === 'Zoë Ångström');
    const original = (await contactsOf(user)).find((c) => c.name === 'Zoë Ångström');
    for (const key of ['company', 'position', 'emails', 'phones', 'links', 'notes'] as const) {
      expect(zoe?.[key], key).toEqual(original?.[key]);
    }
  });

  it('writes Excel-friendly CSV: BOM, RFC 4180 quoting, formulas defused; the importer reads it back', async () => {
    const res = await exportAs(user, 'csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = res.body;
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe('Name,Company,Job Title,E-mail Address,Phone,Website,Notes');
    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"")",'@corp`);
    expect(body).toContain(`'-2+3`);
    expect(body).toContain(`'+46 8 123 456`);
    expect(rows.length).toBeGreaterThanOrEqual(2);

    const other = await signedInUser(t);
    await importFile(other, 'export.csv', Buffer.from(body), 'commit');
    const names = (await contactsOf(other)).map((c) => c.name).sort();
    expect(names).toEqual(['=HYPERLINK("http://evil.example")', 'Zoë Ångström']);
    const zoe = (await contactsOf(other)).find((c) => c.name === 'Zoë Ångström');
    expect(zoe?.phones).toEqual(['+46 8 123 456']);
  });

  it('exports only the user’s own contacts (and those matching q)', async () => {
    const other = await signedInUser(t);
    const empty = await exportAs(other, 'vcf');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toBe('');
    const csv = await exportAs(other, 'csv');
    expect(csv.body.slice(1).trimEnd().split('\r\n')).toHaveLength(1);
    const filtered = await exportAs(user, 'vcf', '&q=nordic');
    expect(parseVcards(filtered.body)).toHaveLength(1);
    const bad = await exportAs(user, 'xlsx');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('format');
  });
});
