import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOP_HOLD_MAX_MS, whilePollingHealth } from '#platform/untrusted/test-health.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser, type SignedInUser } from '#test/client.ts';

/**
 * CSV files whose rows papaparse would build before any limit saw them, sent to the applications import
 * of a listening server from a child process while `GET /health` is polled (issue 6; bounds as in
 * contact-import-export.limits.test.ts: an answer within 2 s, the server's event loop held less than LOOP_HOLD_MAX_MS).
 */
let t: TestApp;
let base: string;
let user: SignedInUser;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  user = await registerUser(t);
  // The pool starts its worker on first use; start it here, so the bounds measure the reading.
  expect((await preview('Company,Position\nAcme,Dev\n')).status).toBe(200);
});
afterAll(() => t.close());

function preview(csv: string) {
  const boundary = `----jobpilot${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="apps.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(csv),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return fetch(`${base}/api/v1/applications/import/preview`, {
    method: 'POST',
    headers: { ...user.auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

/** The preview of `csv` sent from a child process while /health is polled (test-health.ts). */
function previewWhilePolling<T>(what: string, csv: string) {
  return whilePollingHealth<T>(base, what, {
    url: `${base}/api/v1/applications/import/preview`,
    authorization: user.auth.authorization,
    filename: 'apps.csv',
    contentType: 'text/csv',
    data: Buffer.from(csv),
  });
}

describe('an applications CSV with a row too wide is refused before the row is built', () => {
  it.each([
    ['a 2 MiB line of commas', ','.repeat(2 * 1024 * 1024 - 16), 'Row 1 has more than 1,000 cells'],
    ['a header of 1,000,000 columns', `${'a,'.repeat(1_000_000)}\nx\n`, 'Row 1 has more than 1,000 cells'],
    [
      'a 1.9 MiB quoted cell',
      `Company,Position,Notes\nAcme,Dev,"${'x'.repeat(1.9 * 1024 * 1024)}"\n`,
      'Row 2 has a cell longer than 131,072 characters',
    ],
  ])('refuses %s with a 422 naming the row and the limit', async (what, csv, message) => {
    expect(csv.length).toBeLessThan(2 * 1024 * 1024);
    const r = await previewWhilePolling<{ error: { message: string; field?: string } }>(what, csv);
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({ field: 'csv', message: `${message}, more than an import reads` });
    expect(r.healthFailures).toBe(0);
    expect(r.elapsed).toBeLessThan(2_000);
    expect(r.medianHealth).toBeLessThan(100);
    expect(r.loopMaxMs).toBeLessThan(LOOP_HOLD_MAX_MS);
  });
});

describe('an ordinary export with stray quotes is read in one pass over its problems', () => {
  it('reports 4,999 rows of 10 stray quotes each on their rows, one problem per row', async () => {
    const line = `Acme,Dev,"a"${' "b"'.repeat(10)}\n`;
    const csv = `Company,Position,Notes\n${line.repeat(4_999)}`;
    type Preview = {
      data: { totalRows: number; invalidRows: number; errors: { row: number }[]; rows: { errors: unknown[] }[] };
    };
    const r = await previewWhilePolling<Preview>('4,999 rows of 10 stray quotes', csv);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ totalRows: 4_999, invalidRows: 4_999 });
    expect(r.body.data.rows[0]?.errors).toEqual([
      expect.objectContaining({ row: 2, field: null, message: expect.stringContaining('after its closing quote') }),
    ]);
    expect(r.body.data.errors.map((e) => e.row).slice(0, 3)).toEqual([2, 3, 4]);
    expect(r.healthFailures).toBe(0);
    expect(r.elapsed).toBeLessThan(2_000);
  });
});
