import { readFileSync } from 'node:fs';
import type { AtsReport } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '#modules/files/test-documents.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';
import { buildDocx, tableResumeDocx } from './fixtures/docx-builder.ts';
import { imageOnlyPdf, pngBytes } from './fixtures/hostile-files.ts';

let t: TestApp;
let owner: SignedInUser;
let other: SignedInUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signedInUser(t, { name: 'Ada Report' });
  other = await signedInUser(t, { name: 'Bob Other' });
});
afterAll(() => t.close());

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const upload = (who: SignedInUser, filename: string, data: Buffer) => {
  const body = multipart({ filename, contentType: 'application/octet-stream', data });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/resumes/ats-report',
    headers: { ...who.auth, ...body.headers },
    payload: body.payload,
  });
};
const categoryScore = (report: AtsReport, id: string) => report.categories.find((c) => c.id === id)?.score;

describe('GET /api/v1/resumes/{id}/ats-report', () => {
  it('scores a saved résumé, each finding pointing at its field and text; another user gets 404', async () => {
    const document = {
      basics: { name: 'Ada Report', email: 'ada@example.org', phone: '+44 20 7946 0000', location: { city: 'London' } },
      work: [
        {
          name: 'Analytical Engines',
          position: 'Engineer',
          startDate: '2020-01',
          highlights: ['I was responsible for teh reports', 'Reduced build time by 40% across 12 services'],
        },
      ],
      education: [{ institution: 'University of London', studyType: 'BSc', area: 'Mathematics', endDate: '2019' }],
      skills: [{ name: 'TypeScript' }],
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/resumes',
      headers: owner.auth,
      payload: { name: 'Engineer', document },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().data.id as string;

    const res = await t.app.inject({ method: 'GET', url: `/api/v1/resumes/${id}/ats-report`, headers: owner.auth });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<{ data: AtsReport }>().data;
    expect(report.score).toBeGreaterThan(0);
    expect(report.score).toBeLessThan(100);
    const spelling = report.findings.find((f) => f.category === 'spelling');
    expect(spelling?.where).toMatchObject({ path: 'work[0].highlights[0]' });
    expect(spelling?.message).toContain('teh');
    const pronoun = report.findings.find((f) => f.where.path === 'work[0].highlights[0]' && f.category === 'bullets');
    expect(pronoun?.message).toEqual(expect.any(String));

    const stranger = await t.app.inject({
      method: 'GET',
      url: `/api/v1/resumes/${id}/ats-report`,
      headers: other.auth,
    });
    expect(stranger.statusCode).toBe(404);
  });
});

describe('POST /api/v1/resumes/ats-report', () => {
  it('reports on an uploaded PDF before it is saved, with what the file shows', async () => {
    const res = await upload(owner, 'john.pdf', fixture('john_doe.pdf'));
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<{ data: AtsReport }>().data;
    expect(report.categories.map((c) => c.id)).toEqual(expect.arrayContaining(['text', 'file', 'contact']));
    expect(categoryScore(report, 'text')).toBe(100);
    expect(report.score).toBeGreaterThan(50);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/resumes', headers: owner.auth })).json().data,
    ).toHaveLength(1);
  });

  it('finds what a Word file hides from an ATS: tables, text boxes, contact details in the page header', async () => {
    const header =
      '<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:p><w:r><w:t>ada@example.org · +44 20 7946 0000</w:t></w:r></w:p></w:hdr>';
    const withHeader = buildDocx(
      '<w:p><w:r><w:t>Ada Lovelace</w:t></w:r></w:p><w:p><w:r><w:txbxContent><w:p><w:r><w:t>Skills</w:t></w:r></w:p></w:txbxContent></w:r></w:p>',
      [{ name: 'word/header1.xml', data: Buffer.from(header) }],
    );
    const boxed = (await upload(owner, 'boxed.docx', withHeader)).json<{ data: AtsReport }>().data;
    const codes = boxed.findings.filter((f) => f.category === 'layout').map((f) => f.where.path);
    expect(codes).toEqual(expect.arrayContaining(['file.textBoxes', 'file.headerFooterLines']));
    expect(boxed.findings.find((f) => f.where.path === 'file.headerFooterLines')?.where.text).toContain(
      'ada@example.org',
    );

    const tabled = (await upload(owner, 'table.docx', tableResumeDocx())).json<{ data: AtsReport }>().data;
    expect(tabled.findings.some((f) => f.where.path === 'file.tables')).toBe(true);
    expect(categoryScore(tabled, 'layout')).toBeLessThan(100);
  });

  it('answers a scan with a report whose text category fails, not an error', async () => {
    const res = await upload(owner, 'scan.pdf', imageOnlyPdf());
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<{ data: AtsReport }>().data;
    expect(categoryScore(report, 'text')).toBe(0);
    expect(report.score).toBeLessThanOrEqual(10);
    expect(report.findings.some((f) => f.category === 'text' && f.severity === 'error')).toBe(true);
  });

  it('refuses what is not a résumé file with the sentence', async () => {
    const res = await upload(owner, 'photo.pdf', pngBytes());
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toMatch(/PDF, Word or text/);
  });
});
