import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from '#platform/untrusted/pool.ts';
import { writeZip } from '#platform/zip-write.ts';
import { importResumeTask } from './import.task.ts';

const pool = createParsePool({ tasks: [importResumeTask], size: 1 });
afterAll(() => pool.close());

const linkedInZip = () => {
  const folder = new URL('./fixtures/linkedin/', import.meta.url);
  return writeZip(readdirSync(folder).map((name) => ({ name, data: readFileSync(new URL(name, folder)) })));
};

describe('importResumeTask in the untrusted-document pool', () => {
  it('imports a JSON Resume file in a worker thread', async () => {
    const bytes = readFileSync(new URL('./fixtures/jsonresume-sample.json', import.meta.url));
    const document = await pool.run(importResumeTask, { kind: 'json', bytes });
    expect(document.basics?.name).toBe('Richard Hendriks');
    expect(document.work?.[0]?.name).toBe('Pied Piper');
  });

  it('imports a LinkedIn export in a worker thread', async () => {
    const document = await pool.run(importResumeTask, { kind: 'linkedin', bytes: linkedInZip() });
    expect(document.basics?.name).toBe('Mara Quillfeather');
    expect(document.work?.map((w) => w.startDate)).toEqual(['2022-03', '2018-06', '2015']);
  });

  it('a bad file comes back as the same 422 sentence naming the field', async () => {
    await expect(
      pool.run(importResumeTask, { kind: 'json', bytes: Buffer.from('{"work":[{"startDate":"soon"}]}') }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'work[0].startDate: write the date as YYYY, YYYY-MM or YYYY-MM-DD',
    });
    await expect(
      pool.run(importResumeTask, { kind: 'linkedin', bytes: Buffer.from('not a zip') }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('This is not a ZIP file'),
    });
  });

  it('refuses a kind it does not know', async () => {
    await expect(pool.run(importResumeTask, { kind: 'pdf' as 'json', bytes: Buffer.from('{}') })).rejects.toMatchObject(
      { code: 'VALIDATION_FAILED', message: expect.stringContaining('JSON Resume file or a LinkedIn export') },
    );
  });
});
