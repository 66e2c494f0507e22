import { createHash } from 'node:crypto';
import type { MyProfile } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makeZip, multipart, samplePdf } from '#modules/files/test-documents.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://jobs.example.com' });
});
afterAll(() => t.close());

const getProfile = (user: SignedInUser) => t.app.inject({ method: 'GET', url: '/api/v1/profile', headers: user.auth });
const putProfile = (user: SignedInUser, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: '/api/v1/profile', headers: user.auth, payload });
const upload = (user: SignedInUser, file: Parameters<typeof multipart>[0]) => {
  const body = multipart(file);
  return t.app.inject({
    method: 'PUT',
    url: '/api/v1/profile/resume',
    headers: { ...user.auth, ...body.headers },
    payload: body.payload,
  });
};
const download = (user: SignedInUser, ownerId: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/users/${ownerId}/resume`, headers: user.auth });

const full = {
  name: 'Ann Lee',
  headline: 'Senior Frontend Engineer',
  phone: '+1 555 010 2000',
  location: 'Berlin',
  skills: ['TypeScript', 'React', 'react', 'SQL'],
  links: ['https://github.com/annlee', 'https://linkedin.com/in/annlee'],
  visibility: 'public',
};

describe('own profile', () => {
  it('starts public and empty, with the account name and email, email and phone hidden from others', async () => {
    const user = await signedInUser(t, { name: 'Ann Lee' });
    const res = await getProfile(user);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      userId: user.id,
      name: 'Ann Lee',
      email: user.email,
      headline: null,
      phone: null,
      location: null,
      skills: [],
      links: [],
      visibility: 'public',
      showEmail: false,
      showPhone: false,
      resume: null,
      profileUrl: `https://jobs.example.com/people/${user.id}`,
    });
  });

  it('saves every field, keeps the first spelling of a repeated skill and renames the account', async () => {
    const user = await signedInUser(t, { name: 'Ann' });
    const authMe = () => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.auth });
    expect((await authMe()).json().data.name).toBe('Ann');
    const res = await putProfile(user, full);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ ...full, skills: ['TypeScript', 'React', 'SQL'] });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/profile', headers: user.auth });
    expect(me.json().data.name).toBe('Ann Lee');
    // At once, although the session was cached with the old name a moment ago.
    expect((await authMe()).json().data.name).toBe('Ann Lee');

    const cleared = await putProfile(user, { name: 'Ann Lee', visibility: 'private' });
    expect(cleared.json().data).toMatchObject({ headline: null, skills: [], links: [], visibility: 'private' });
  });

  it('answers 422 naming the field, and changes nothing', async () => {
    const user = await signedInUser(t, { name: 'Bo' });
    await putProfile(user, { ...full, name: 'Bo' });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...full, name: '' }, 'name'],
      [{ ...full, phone: 'call me maybe' }, 'phone'],
      [{ ...full, links: ['javascript:alert(1)'] }, 'links.0'],
      [{ ...full, skills: ['x'.repeat(61)] }, 'skills.0'],
      [{ ...full, skills: Array.from({ length: 51 }, (_, i) => `skill ${i}`) }, 'skills'],
      [{ ...full, visibility: 'friends' }, 'visibility'],
    ];
    for (const [payload, field] of cases) {
      const res = await putProfile(user, payload);
      expect(res.statusCode, field).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    expect((await getProfile(user)).json().data).toMatchObject({
      ...full,
      name: 'Bo',
      skills: ['TypeScript', 'React', 'SQL'],
    });
  });

  it('needs a session', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/profile'],
      ['PUT', '/api/v1/profile'],
      ['PUT', '/api/v1/profile/resume'],
      ['DELETE', '/api/v1/profile/resume'],
      ['GET', '/api/v1/users/00000000-0000-4000-8000-000000000000/resume'],
    ] as const) {
      const res = await t.app.inject({ method, url, payload: method === 'PUT' ? full : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('résumé', () => {
  it('stores a PDF with its sha256 and downloads it as an attachment with a safe name', async () => {
    const user = await signedInUser(t, { name: 'Cy' });
    const pdf = samplePdf();
    const res = await upload(user, {
      filename: '../../etc/Cy: <Resume>.pdf',
      contentType: 'application/pdf',
      data: pdf,
    });
    expect(res.statusCode).toBe(200);
    const resume = res.json<{ data: MyProfile }>().data.resume;
    expect(resume).toMatchObject({
      filename: 'Cy Resume.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      downloadUrl: `/api/v1/users/${user.id}/resume`,
    });

    const got = await download(user, user.id);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Cy Resume.pdf"; filename*=UTF-8''Cy%20Resume.pdf`,
    );
    expect(got.rawPayload.equals(pdf)).toBe(true);
  });

  it('accepts a DOCX, names it .docx whatever it was called, and replaces the previous résumé', async () => {
    const user = await signedInUser(t, { name: 'Dee' });
    await upload(user, { filename: 'cv.pdf', contentType: 'application/pdf', data: samplePdf() });
    const docx = makeDocx();
    const res = await upload(user, { filename: 'Zoë CV', contentType: 'application/octet-stream', data: docx });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.resume).toMatchObject({
      filename: 'Zoë CV.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      sizeBytes: docx.length,
    });
    const got = await download(user, user.id);
    expect(got.rawPayload.equals(docx)).toBe(true);
    expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''Zo%C3%AB%20CV.docx`);
  });

  it('checks the type by content: 415 for a renamed image or a ZIP that is not a Word file', async () => {
    const user = await signedInUser(t, { name: 'Eve' });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const zip = makeZip({ 'hello.txt': 'not a document' });
    for (const data of [png, zip, Buffer.from('plain text pretending')]) {
      const res = await upload(user, { filename: 'resume.pdf', contentType: 'application/pdf', data });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({
        success: false,
        statusCode: 415,
        error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This file is not a PDF or Word (.docx) document' },
      });
    }
    expect((await getProfile(user)).json().data.resume).toBeNull();
  });

  it('refuses more than 10 MB with 413 and keeps the current résumé', async () => {
    const user = await signedInUser(t, { name: 'Fay' });
    await upload(user, { filename: 'cv.pdf', contentType: 'application/pdf', data: samplePdf() });
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const res = await upload(user, { filename: 'big.pdf', contentType: 'application/pdf', data: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than 10 MB' });
    expect((await getProfile(user)).json().data.resume.filename).toBe('cv.pdf');
  });

  it('answers 422 without a file and 415 for a JSON body', async () => {
    const user = await signedInUser(t, { name: 'Gus' });
    const none = await upload(user, null);
    expect(none.statusCode).toBe(422);
    expect(none.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file' });
    const json = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/profile/resume',
      headers: user.auth,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('deletes the résumé; the download is then 404', async () => {
    const user = await signedInUser(t, { name: 'Hal' });
    await upload(user, { filename: 'cv.pdf', contentType: 'application/pdf', data: samplePdf() });
    const del = await t.app.inject({ method: 'DELETE', url: '/api/v1/profile/resume', headers: user.auth });
    expect(del.statusCode).toBe(204);
    expect((await getProfile(user)).json().data.resume).toBeNull();
    const got = await download(user, user.id);
    expect(got.statusCode).toBe(404);
    expect(got.json().error.code).toBe('NOT_FOUND');
  });

  it("another user downloads a public profile's résumé; a private one is 404 like a missing one", async () => {
    const owner = await signedInUser(t, { name: 'Ida' });
    const other = await signedInUser(t, { name: 'Jo' });
    await upload(owner, { filename: 'cv.pdf', contentType: 'application/pdf', data: samplePdf() });
    expect((await download(other, owner.id)).statusCode).toBe(200);

    await putProfile(owner, { name: 'Ida', visibility: 'private' });
    const hidden = await download(other, owner.id);
    const missing = await download(other, '00000000-0000-4000-8000-000000000000');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error).toEqual(missing.json().error);
    // The owner still gets their own file, and nothing of theirs changed.
    expect((await download(owner, owner.id)).statusCode).toBe(200);
    expect((await getProfile(owner)).json().data.resume.filename).toBe('cv.pdf');
  });
});
