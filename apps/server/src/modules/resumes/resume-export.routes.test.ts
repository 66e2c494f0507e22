import { readdirSync, readFileSync } from 'node:fs';
import type { ResumeDetail } from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '#modules/files/test-documents.ts';
import { writeZip } from '#platform/zip-write.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
let ada: SignedInUser;
let bob: SignedInUser;
let resume: ResumeDetail;
beforeAll(async () => {
  t = await createTestApp();
  ada = await signedInUser(t, { name: 'Ada Export' });
  bob = await signedInUser(t, { name: 'Bob Other' });
  resume = await create(ada, 'Zoë / Backend: "2026"', document);
});
afterAll(() => t.close());

const document = {
  basics: { name: 'Zoë Lovelace', label: 'Staff Engineer', email: 'zoe@example.com' },
  work: [
    {
      name: 'Analytical Engines',
      position: 'Principal Engineer',
      startDate: '2019-01',
      highlights: ['Wrote the first program for the engine'],
    },
  ],
  skills: [{ name: 'TypeScript', keywords: ['Node.js'] }],
};

async function create(who: SignedInUser, name: string, doc: object): Promise<ResumeDetail> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/resumes',
    headers: who.auth,
    payload: { name, document: doc },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

const get = (who: SignedInUser | undefined, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who?.auth ?? {} });
const call = (who: SignedInUser, method: 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who.auth, ...(payload ? { payload } : {}) });

async function pdfText(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  await pdf.destroy();
  return text;
}

describe('GET /api/v1/resumes/:id/export', () => {
  // First: the worker loads pdfkit and the fonts on its first export, before the job's clock.
  it('renders a PDF in the pool as an attachment named after the résumé, which reads back', async () => {
    const res = await get(ada, `/resumes/${resume.id}/export?format=pdf&template=modern&paper=letter`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Zo_ Backend 2026.pdf"; filename*=UTF-8''Zo%C3%AB%20Backend%202026.pdf`,
    );
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Zoë Lovelace');
    expect(text).toContain('Analytical Engines');
    expect(text).toContain('Wrote the first program for the engine');
    // Letter paper is 612 points wide.
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    expect((await pdf.getPage(1)).getViewport({ scale: 1 }).width).toBe(612);
    await pdf.destroy();
  });

  it('renders a Word file that mammoth reads back', async () => {
    const res = await get(ada, `/resumes/${resume.id}/export?format=docx&template=compact`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('.docx"');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain('Zoë Lovelace');
    expect(value).toContain('Principal Engineer');
    expect(value).toContain('Wrote the first program for the engine');
  });

  it('renders JSON Resume, Markdown and text in the request', async () => {
    const json = await get(ada, `/resumes/${resume.id}/export?format=json`);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toMatch(/^attachment; filename=".*\.json"/);
    expect(JSON.parse(json.body)).toMatchObject({
      basics: { name: 'Zoë Lovelace' },
      work: [{ name: 'Analytical Engines' }],
    });

    const md = await get(ada, `/resumes/${resume.id}/export?format=md`);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toContain('# Zoë Lovelace');
    expect(md.body).toContain('Wrote the first program for the engine');

    const txt = await get(ada, `/resumes/${resume.id}/export?format=txt`);
    expect(txt.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(txt.body).toContain('Zoë Lovelace');
    expect(txt.body).not.toContain('#');
  });

  it('answers a PDF when no format is named', async () => {
    const res = await get(ada, `/resumes/${resume.id}/export`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(await pdfText(res.rawPayload)).toContain('Staff Engineer');
  });

  it('exports an earlier version when asked', async () => {
    const own = await create(ada, 'Versions', { basics: { name: 'First Name' } });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/resumes/${own.id}`,
      headers: ada.auth,
      payload: { document: { basics: { name: 'Second Name' } }, save: true },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const first = own.latestVersion.id;
    expect((await get(ada, `/resumes/${own.id}/export?format=txt`)).body).toContain('Second Name');
    expect((await get(ada, `/resumes/${own.id}/export?format=txt&versionId=${first}`)).body).toContain('First Name');
    const missing = await get(
      ada,
      `/resumes/${own.id}/export?format=txt&versionId=00000000-0000-4000-8000-000000000000`,
    );
    expect(missing.statusCode).toBe(404);
  });

  it('answers 422 with a sentence for a bad format, template or paper', async () => {
    for (const [query, field, sentence] of [
      ['format=exe', 'format', 'Choose the file format: pdf, docx, json, md, txt'],
      ['format=', 'format', 'Choose the file format'],
      ['format=pdf&template=fancy', 'template', 'Choose one of the templates: classic, modern, compact'],
      ['format=pdf&paper=a3', 'paper', 'Choose the paper size: a4 or letter'],
    ] as const) {
      const res = await get(ada, `/resumes/${resume.id}/export?${query}`);
      expect(res.statusCode, query).toBe(422);
      expect(res.json().error.message).toContain(sentence);
      expect(JSON.stringify(res.json().error)).toContain(field);
    }
  });

  it('answers 404 for another user’s résumé, in every format', async () => {
    for (const format of ['pdf', 'docx', 'json', 'md', 'txt']) {
      const res = await get(bob, `/resumes/${resume.id}/export?format=${format}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('Résumé not found');
    }
  });
});

const importFile = (who: SignedInUser, data: Buffer, filename = 'resume.json') => {
  const body = multipart({ filename, contentType: 'application/octet-stream', data });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/resumes/import',
    headers: { ...who.auth, ...body.headers },
    payload: body.payload,
  });
};
const importFixture = (name: string) => readFileSync(new URL(`./import/fixtures/${name}`, import.meta.url));
const linkedInZip = () => {
  const folder = new URL('./import/fixtures/linkedin/', import.meta.url);
  return writeZip(readdirSync(folder).map((name) => ({ name, data: readFileSync(new URL(name, folder)) })));
};

describe('POST /api/v1/resumes/import', () => {
  it('makes a résumé from a JSON Resume file, named after the person', async () => {
    const res = await importFile(ada, importFixture('jsonresume-sample.json'));
    expect(res.statusCode, res.body).toBe(201);
    const made: ResumeDetail = res.json().data;
    expect(made).toMatchObject({
      name: 'Richard Hendriks (imported)',
      personName: 'Richard Hendriks',
      latestVersion: { number: 1, kind: 'import' },
    });
    expect(made.document.work?.[0]?.name).toBe('Pied Piper');
    expect((await get(ada, `/resumes/${made.id}`)).json().data).toEqual(made);
  });

  it('makes a résumé from a LinkedIn export ZIP, told apart by its content', async () => {
    const res = await importFile(ada, Buffer.from(linkedInZip()), 'export.json');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ name: 'LinkedIn import', personName: 'Mara Quillfeather' });
    expect(res.json().data.document.work.map((w: { startDate: string }) => w.startDate)).toEqual([
      '2022-03',
      '2018-06',
      '2015',
    ]);
  });

  it('answers the converters’ sentences for bad files and saves nothing', async () => {
    const before = (await get(bob, '/resumes')).json().data.length;
    const bad = await importFile(bob, Buffer.from('{"work":[{"startDate":"soon"}]}'));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toBe('work[0].startDate: write the date as YYYY, YYYY-MM or YYYY-MM-DD');
    const notZip = await importFile(bob, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('junk')]));
    expect(notZip.statusCode).toBeGreaterThanOrEqual(400);
    expect(notZip.statusCode).toBeLessThan(500);
    expect(notZip.json().error.message).toMatch(/ZIP/);
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/v1/resumes/import',
      headers: {
        ...bob.auth,
        ...multipart({ filename: 'x', contentType: 'text/plain', data: Buffer.alloc(0) }).headers,
      },
      payload: multipart({ filename: 'x', contentType: 'text/plain', data: Buffer.alloc(0) }).payload,
    });
    expect(empty.statusCode).toBeGreaterThanOrEqual(400);
    expect(empty.statusCode).toBeLessThan(500);
    const big = await importFile(bob, Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('The file is larger than 10 MB');
    expect((await get(bob, '/resumes')).json().data.length).toBe(before);
  });
});

describe('share links', () => {
  it('makes, shows, replaces and revokes a public link, counting views', async () => {
    const own = await create(ada, 'Shared CV', document);
    expect((await get(ada, `/resumes/${own.id}/share`)).statusCode).toBe(404);

    const made = await call(ada, 'POST', `/resumes/${own.id}/share`, { template: 'compact' });
    expect(made.statusCode, made.body).toBe(201);
    const link = made.json().data;
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).toMatchObject({ url: `/r/${link.token}`, viewCount: 0, template: 'compact' });
    // Only the hash is stored.
    const stored = await t.ctx.database.db.execute(sql`select token_hash from resume_shares where id = ${link.id}`);
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const shown = await get(undefined, `/shared/resumes/${link.token}`);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json().data).toEqual({ name: 'Shared CV', document, template: 'compact' });
    expect(shown.body).not.toMatch(new RegExp(`${own.id}|${ada.id}`));

    const pdf = await get(undefined, `/shared/resumes/${link.token}/pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline; filename="Shared CV\.pdf"/);
    expect(await pdfText(pdf.rawPayload)).toContain('Zoë Lovelace');

    const active = await get(ada, `/resumes/${own.id}/share`);
    expect(active.statusCode).toBe(200);
    expect(active.json().data).toMatchObject({ id: link.id, url: null, token: null, viewCount: 2 });
    expect(active.json().data.lastViewedAt).not.toBeNull();

    // Making another replaces it: the old link stops working.
    const again = (await call(ada, 'POST', `/resumes/${own.id}/share`, {})).json().data;
    expect(again.id).not.toBe(link.id);
    expect(again.template).toBeNull();
    expect((await get(undefined, `/shared/resumes/${link.token}`)).statusCode).toBe(404);
    expect((await get(undefined, `/shared/resumes/${again.token}`)).json().data.template).toBe('classic');

    expect((await call(ada, 'DELETE', `/resumes/${own.id}/share`)).statusCode).toBe(204);
    const revoked = await get(undefined, `/shared/resumes/${again.token}`);
    const unknown = await get(undefined, `/shared/resumes/${'A'.repeat(43)}`);
    const malformed = await get(undefined, '/shared/resumes/short');
    for (const res of [revoked, unknown, malformed]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('Shared résumé not found');
    }
    expect((await get(undefined, `/shared/resumes/${again.token}/pdf`)).statusCode).toBe(404);
    expect((await get(ada, `/resumes/${own.id}/share`)).statusCode).toBe(404);
    expect((await call(ada, 'DELETE', `/resumes/${own.id}/share`)).statusCode).toBe(404);
  });

  it('answers 404 to another user for every share route, and a deleted résumé’s link stops working', async () => {
    const own = await create(ada, 'Private CV', document);
    const link = (await call(ada, 'POST', `/resumes/${own.id}/share`, {})).json().data;
    expect((await call(bob, 'POST', `/resumes/${own.id}/share`, {})).statusCode).toBe(404);
    expect((await get(bob, `/resumes/${own.id}/share`)).statusCode).toBe(404);
    expect((await call(bob, 'DELETE', `/resumes/${own.id}/share`)).statusCode).toBe(404);
    expect((await get(undefined, `/shared/resumes/${link.token}`)).statusCode).toBe(200);

    expect((await call(ada, 'DELETE', `/resumes/${own.id}`)).statusCode).toBe(204);
    expect((await get(undefined, `/shared/resumes/${link.token}`)).statusCode).toBe(404);
  });

  it('refuses an unknown template with a sentence', async () => {
    const res = await call(ada, 'POST', `/resumes/${resume.id}/share`, { template: 'fancy' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('Choose one of the templates');
  });
});
