import { randomBytes } from 'node:crypto';
import type { Application } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '#modules/files/test-documents.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Random bytes that are certainly not text (a NUL-free run would still be full of control characters). */
const binary = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(4096)]);

const upload = (user: SignedInUser, url: string, filename: string, data: Buffer) => {
  const body = multipart({ filename, contentType: 'application/octet-stream', data });
  return t.app.inject({ method: 'POST', url, headers: { ...user.auth, ...body.headers }, payload: body.payload });
};
const list = async (user: SignedInUser, sort: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/applications?limit=100&sort=${sort}`, headers: user.auth }))
    .json<{ data: Application[] }>()
    .data.map((a) => a.company);

describe('applications CSV import: what the file is', () => {
  it('refuses a binary file as not a text file, and writes nothing', async () => {
    const user = await signedInUser(t);
    for (const url of ['/api/v1/applications/import/preview', '/api/v1/applications/import']) {
      const res = await upload(user, url, 'photo.csv', binary());
      expect(res.statusCode, url).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'csv' });
      expect(res.json().error.message).toMatch(/^This is not a text file; choose a CSV file/);
    }
    expect(await list(user, 'createdAt')).toEqual([]);
  });

  it('says an empty file is empty, uploaded or sent as JSON text', async () => {
    const user = await signedInUser(t);
    for (const data of [Buffer.alloc(0), Buffer.from('\uFEFF \r\n\r\n')]) {
      const res = await upload(user, '/api/v1/applications/import/preview', 'empty.csv', data);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.message).toBe('The file is empty; choose a file that has rows in it');
    }
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications/import/preview',
      headers: user.auth,
      payload: { csv: '\n\n' },
    });
    expect(json.json().error).toMatchObject({
      field: 'csv',
      message: 'The file is empty; choose a file that has rows in it',
    });
  });

  it('keeps the file’s order: oldest created first is row 2 first, newest first is the last row first', async () => {
    const user = await signedInUser(t);
    const companies = Array.from({ length: 40 }, (_, i) => `Company ${String(i + 1).padStart(2, '0')} ${i % 7}`);
    const csv = `Company,Position\r\n${companies.map((c) => `${c},Engineer`).join('\r\n')}\r\n`;
    const res = await upload(user, '/api/v1/applications/import', 'list.csv', Buffer.from(csv));
    expect(res.statusCode).toBe(201);
    expect(await list(user, 'createdAt')).toEqual(companies);
    expect(await list(user, '-createdAt')).toEqual([...companies].reverse());
  });
});

describe('contacts import: what the file is', () => {
  it('refuses a binary file as not a text file and says an empty one is empty', async () => {
    const user = await signedInUser(t);
    const url = '/api/v1/contacts/import?mode=preview';
    const bad = await upload(user, url, 'contacts.csv', binary());
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ field: 'file' });
    expect(bad.json().error.message).toMatch(/^This is not a text file; choose a vCard or CSV file/);
    const empty = await upload(user, url, 'contacts.vcf', Buffer.from('\r\n'));
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.message).toBe('The file is empty; choose a file that has rows in it');
  });
});
