import type { AddressInfo } from 'node:net';
import type { ImportResult } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '#modules/files/test-documents.ts';
import { LOOP_HOLD_MAX_MS, whilePollingHealth } from '#platform/untrusted/test-health.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser, type SignedInUser } from '#test/client.ts';

/**
 * The inputs of issue 6 that froze the server (for 13 s to over 600 s), sent through the real route to a
 * listening server while `GET /health` is polled. The upload is sent and its answer read by a child
 * process (`whilePollingHealth`), so this process's event loop carries only the server and the polls.
 * The bounds: an answer within 2 s (timed by the child), /health answering under 100 ms (the median
 * poll), and the server's event loop never held as long as LOOP_HOLD_MAX_MS (test-health.ts).
 * The pool starts its worker on first use (1–3 s here); `beforeAll` warms it up, so the bounds
 * measure the parse, not the start.
 */
let t: TestApp;
let base: string;
let user: SignedInUser;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  user = await registerUser(t);
  const warm = await send('warm.vcf', Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Warm\r\nEND:VCARD\r\n'));
  expect(warm.status, await warm.clone().text()).toBe(200);
});
afterAll(() => t.close());

function send(filename: string, data: Buffer) {
  const body = multipart({ filename, contentType: 'application/octet-stream', data });
  return fetch(`${base}/api/v1/contacts/import?mode=preview`, {
    method: 'POST',
    headers: { ...user.auth, ...body.headers },
    body: body.payload,
  });
}

/**
 * Sends the file from a child process while polling /health; the answer, its time, and the longest the
 * server held the event loop (under LOOP_HOLD_MAX_MS), with the median /health poll under 100 ms.
 */
async function importWhilePolling(filename: string, text: string) {
  const r = await whilePollingHealth<{ data: ImportResult; error: { message: string; field?: string } }>(
    base,
    filename,
    {
      url: `${base}/api/v1/contacts/import?mode=preview`,
      authorization: user.auth.authorization,
      filename,
      contentType: 'application/octet-stream',
      data: Buffer.from(text),
    },
  );
  expect(r.healthFailures).toBe(0);
  expect(r.elapsed).toBeLessThan(2_000);
  expect(r.medianHealth).toBeLessThan(100);
  expect(r.loopMaxMs).toBeLessThan(LOOP_HOLD_MAX_MS);
  return r;
}

const card = (lines: string) => `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann Lee\r\n${lines}\r\nEND:VCARD\r\n`;

describe('imports that froze the server answer in time, and /health keeps answering', () => {
  it.each([40_000, 80_000])('refuses a card with %i parameters with a 422 naming the limit', async (n) => {
    const text = card(`NOTE${';A=1'.repeat(n)}:x`);
    const r = await importWhilePolling('params.vcf', text);
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({
      field: 'file',
      message: 'The property on line 4 has more than 100 parameters',
    });
  });

  it('reads a note folded over 320,000 lines (1.2 MiB) and shortens it', async () => {
    const text = card(`NOTE:x${'\r\n y'.repeat(320_000)}`);
    expect(text.length).toBeGreaterThan(1.2 * 1024 * 1024);
    const r = await importWhilePolling('folded.vcf', text);
    expect(r.status).toBe(200);
    expect(r.body.data.counts).toMatchObject({ total: 1, new: 1 });
    expect(r.body.data.entries[0]?.contact.notes).toBe(`x${'y'.repeat(19_999)}`);
    expect(r.body.data.entries[0]?.warnings).toContain('Shortened the notes to 20000 characters');
  });

  it('reads a quoted-printable value with 1.5 million soft line breaks', async () => {
    const text = card(`NOTE;ENCODING=QUOTED-PRINTABLE:a${'=\r\n'.repeat(1_500_000)}b=C3=A9`);
    const r = await importWhilePolling('soft-breaks.vcf', text);
    expect(r.status).toBe(200);
    expect(r.body.data.entries[0]?.contact).toMatchObject({ name: 'Ann Lee', notes: 'abé' });
  });

  it('stops reading a CSV of 1,000,000 one-letter rows (1.9 MiB) at the import limit', async () => {
    const text = `Name\n${'a\n'.repeat(1_000_000)}`;
    const r = await importWhilePolling('rows.csv', text);
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({
      field: 'file',
      message: 'The file holds more than 2,000 contacts; import at most 2,000 at a time',
    });
  });
});

describe('the largest preview an import answers', () => {
  it('reads 2,000 cards with long notes (9 MB) and answers all of them', async () => {
    const notes = 'n'.repeat(4_500);
    const text = Array.from({ length: 2_000 }, (_, i) => card(`EMAIL:ann${i}@acme.example\r\nNOTE:${notes}`)).join('');
    const r = await importWhilePolling('large.vcf', text);
    expect(r.status).toBe(200);
    expect(r.body.data.counts).toMatchObject({ total: 2_000, invalid: 0 });
    expect(r.body.data.entries[1_999]).toMatchObject({ index: 2_000, contact: { emails: ['ann1999@acme.example'] } });
  });
});

describe('a CSV row too wide is refused before it is built', () => {
  it.each([
    ['a 2 MiB line of commas', ','.repeat(2 * 1024 * 1024), 'Row 1 has more than 500 cells'],
    [
      'a header of 1,000,000 columns',
      `Name,${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\nAnn,x\n`,
      'Row 1 has more than 500 cells',
    ],
    [
      'a 5 MiB quoted cell',
      `Name,Notes\nAnn,"${'x'.repeat(5 * 1024 * 1024)}"\n`,
      'Row 2 has a cell longer than 262,144 characters',
    ],
  ])('refuses %s with a 422 naming the row and the limit', async (_, text, message) => {
    const r = await importWhilePolling('wide.csv', text);
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({ field: 'file', message: `${message}, more than an import reads` });
  });
});

describe('unstorable text is reported per card or row', () => {
  it('refuses the card with a NUL in its name, naming the field, and reads the others', async () => {
    const text = `${card('ORG:Acme')}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\u0000Name\r\nEMAIL:x\u0000@y.example\r\nEND:VCARD\r\n`;
    const r = await importWhilePolling('nul.vcf', text);
    expect(r.status).toBe(200);
    expect(r.body.data.counts).toMatchObject({ total: 2, new: 1, invalid: 1 });
    expect(r.body.data.entries[1]).toMatchObject({
      status: 'invalid',
      error: 'name: Remove the invisible control characters (such as a null byte) from this text',
      contact: { name: 'BadName', emails: [] },
    });
  });

  it('refuses the CSV row with a lone surrogate, and commits the rest', async () => {
    // A lone surrogate cannot be written as UTF-8, so the file comes as the text of a JSON import.
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts/import?mode=commit',
      headers: user.auth,
      payload: { format: 'csv', text: 'Name,Company\nAnn,Acme\nBob,Bad\uD800Co\n' },
    });
    expect(res.statusCode).toBe(201);
    const result = res.json<{ data: ImportResult }>().data;
    expect(result.counts).toMatchObject({ total: 2, created: 1, invalid: 1 });
    expect(result.entries[1]).toMatchObject({ status: 'invalid', error: expect.stringMatching(/^company: Remove/) });
  });
});
