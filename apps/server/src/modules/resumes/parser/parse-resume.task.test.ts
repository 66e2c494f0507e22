import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from '#platform/untrusted/pool.ts';
import { parseResumeTask } from './parse-resume.task.ts';

const pool = createParsePool({ tasks: [parseResumeTask], size: 1 });
afterAll(() => pool.close());

describe('parseResumeTask in the untrusted-document pool', () => {
  it('parses a real PDF in a worker thread and brings back the document', async () => {
    const bytes = readFileSync(new URL('../fixtures/john_doe.pdf', import.meta.url));
    const result = await pool.run(parseResumeTask, { bytes, filename: 'john_doe.pdf' });
    expect(result.pages).toBe(2);
    expect(result.document.work?.map((w) => w.name)).toEqual(['ABC Company, Inc.', 'XYZ Solutions']);
  });

  it('a bad file comes back as the same 422 sentence', async () => {
    await expect(pool.run(parseResumeTask, { bytes: new Uint8Array(0) })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('This file is empty'),
    });
  });
});
