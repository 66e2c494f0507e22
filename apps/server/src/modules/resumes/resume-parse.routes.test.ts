import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '#modules/files/test-documents.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';
import { tableResumeDocx } from './fixtures/docx-builder.ts';
import { docxZipBomb, encryptedPdf, imageOnlyPdf, pngBytes } from './fixtures/hostile-files.ts';

let t: TestApp;
let user: SignedInUser;
beforeAll(async () => {
  t = await createTestApp();
  user = await signedInUser(t, { name: 'Ada Parse' });
});
afterAll(() => t.close());

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const send = (who: SignedInUser, filename: string, data: Buffer, contentType = 'application/octet-stream') => {
  const body = multipart({ filename, contentType, data });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/resumes/parse',
    headers: { ...who.auth, ...body.headers },
    payload: body.payload,
  });
};
const sendJson = (who: SignedInUser, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/resumes/parse', headers: who.auth, payload });

/** The answer is a 4xx whose message holds the sentence. */
async function refused(res: Awaited<ReturnType<typeof send>>, status: number, sentence: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.message).toContain(sentence);
}

describe('POST /api/v1/resumes/parse with a file', () => {
  it('parses text, giving skills their canonical names and keeping the ones the taxonomy lacks', async () => {
    const text =
      'Sam Field\nsam@example.org\n\nSkills\nk8s, postgres, node.js, React.js, C#, Underwater basket weaving\n';
    const res = await send(user, 'cv.txt', Buffer.from(text), 'text/plain');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.document.skills.map((s: { name: string }) => s.name)).toEqual([
      'Kubernetes',
      'PostgreSQL',
      'Node.js',
      'React',
      'C#',
      'Underwater basket weaving',
    ]);
  });

  it('parses a two-page PDF into the document, with confidence and the lines it could not place', async () => {
    const res = await send(user, 'john_doe.pdf', fixture('john_doe.pdf'), 'application/pdf');
    expect(res.statusCode, res.body).toBe(200);
    const { data } = res.json();
    expect(data).toMatchObject({ kind: 'pdf', pages: 2 });
    expect(data.document.work.map((w: { name: string }) => w.name)).toEqual(['ABC Company, Inc.', 'XYZ Solutions']);
    expect(data.confidence['basics.email']).toBeGreaterThan(0.5);
    expect(data.unplaced).toContain('123 Main St, Anywhere, USA');
  });

  it('parses a DOCX with tables, whatever type the browser declared', async () => {
    const res = await send(user, 'ada.docx', tableResumeDocx(), 'text/plain');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ kind: 'docx', document: { basics: { name: 'Ada Lovelace' } } });
  });

  it('strips a stray NUL from text, and refuses text that is mostly NUL', async () => {
    const res = await send(user, 'cv.txt', Buffer.from('Sam Field\u0000\nsam@example.org\n'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.document.basics.name).toBe('Sam Field');
    expect(res.body).not.toContain('\\u0000');
    await refused(
      await send(user, 'cv.txt', Buffer.from(`Sam${'\u0000'.repeat(200)}`)),
      422,
      'not a PDF, Word or text file',
    );
  });

  it('an encrypted PDF: 422 naming the password', async () => {
    await refused(await send(user, 'cv.pdf', encryptedPdf(), 'application/pdf'), 422, 'protected by a password');
  });

  it('a corrupted PDF: 422 saying it is damaged', async () => {
    const bytes = Buffer.concat([fixture('john_doe.pdf').subarray(0, 400), Buffer.from('garbage')]);
    await refused(await send(user, 'cv.pdf', bytes, 'application/pdf'), 422, 'This PDF is damaged');
  });

  it('an image-only PDF: 422 saying it has no text layer', async () => {
    await refused(
      await send(user, 'scan.pdf', imageOnlyPdf(), 'application/pdf'),
      422,
      'This PDF has no text layer — it is probably a scan',
    );
  });

  it('a DOCX zip bomb: 422 saying the file is too complex, and the next file parses as usual', async () => {
    const bomb = docxZipBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refused(await send(user, 'cv.docx', bomb), 422, 'too complex to read');
    expect((await send(user, 'ada.docx', tableResumeDocx())).statusCode).toBe(200);
  });

  it('a PNG named .pdf and declared application/pdf: 422, not a PDF, Word or text file', async () => {
    await refused(await send(user, 'cv.pdf', pngBytes(), 'application/pdf'), 422, 'not a PDF, Word or text file');
  });

  it('text named .pdf: 422 saying its content is not a PDF', async () => {
    await refused(await send(user, 'cv.pdf', Buffer.from('Sam Field\nEngineer\n')), 422, 'is not a PDF');
  });

  it('a 0-byte file: 422 saying it is empty', async () => {
    await refused(await send(user, 'cv.pdf', Buffer.alloc(0), 'application/pdf'), 422, 'empty (0 bytes)');
  });

  it('a file over 10 MB: 413, refused while it is read', async () => {
    await refused(await send(user, 'cv.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 'a')), 413, 'larger than 10 MB');
  });

  it('no file, or neither a file nor a file id: 422', async () => {
    const body = multipart(null, { note: 'x' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/resumes/parse',
      headers: { ...user.auth, ...body.headers },
      payload: body.payload,
    });
    await refused(res, 422, 'Choose your résumé file');
    expect((await sendJson(user, {})).statusCode).toBe(422);
    expect((await sendJson(user, { fileId: 'not-an-id' })).statusCode).toBe(422);
  });

  it('needs a signed-in user', async () => {
    const body = multipart({ filename: 'cv.txt', contentType: 'text/plain', data: Buffer.from('Sam') });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/resumes/parse',
      headers: body.headers,
      payload: body.payload,
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('POST /api/v1/resumes/parse with the résumé a profile holds', () => {
  it('parses the profile résumé by file id or as `from: profile`; another user gets 404', async () => {
    const owner = await signedInUser(t, { name: 'Owner' });
    const other = await signedInUser(t, { name: 'Other' });
    const body = multipart({ filename: 'john.pdf', contentType: 'application/pdf', data: fixture('john_doe.pdf') });
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/profile/resume',
      headers: { ...owner.auth, ...body.headers },
      payload: body.payload,
    });
    expect(put.statusCode, put.body).toBe(200);
    const fileId = (await t.ctx.api.profiles.exportRows(owner.id)).profile?.resumeFileId;
    expect(fileId).toEqual(expect.any(String));

    const byId = await sendJson(owner, { fileId });
    expect(byId.statusCode, byId.body).toBe(200);
    expect(byId.json().data.document.work.map((w: { name: string }) => w.name)).toEqual([
      'ABC Company, Inc.',
      'XYZ Solutions',
    ]);
    const fromProfile = await sendJson(owner, { from: 'profile' });
    expect(fromProfile.statusCode).toBe(200);
    expect(fromProfile.json().data.document).toEqual(byId.json().data.document);

    await refused(await sendJson(other, { fileId }), 404, 'File not found');
    await refused(await sendJson(other, { from: 'profile' }), 404, 'Your profile has no résumé file');
    await refused(await sendJson(owner, { fileId: '00000000-0000-4000-8000-000000000000' }), 404, 'File not found');
  });
});
