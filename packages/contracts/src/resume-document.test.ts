import { describe, expect, it } from 'vitest';
// The JSON Resume project's own sample (jsonresume/resume-schema, MIT; fixtures/SOURCE.md).
import sample from './fixtures/jsonresume-sample.json' with { type: 'json' };
import { resumeDocumentSchema } from './resume-document.js';

describe('resumeDocumentSchema', () => {
  it('reads the JSON Resume sample whole', () => {
    const parsed = resumeDocumentSchema.parse(sample);
    expect(parsed.basics?.name).toBe(sample.basics.name);
    expect(parsed.work?.length).toBe(sample.work.length);
    expect(parsed.skills?.[0]?.keywords).toEqual(sample.skills[0]?.keywords);
  });

  it('refuses a date that is not YYYY, YYYY-MM or YYYY-MM-DD, naming the format', () => {
    const result = resumeDocumentSchema.safeParse({ work: [{ name: 'Acme', startDate: 'March 2020' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Write the date as YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('refuses text PostgreSQL cannot store', () => {
    expect(resumeDocumentSchema.safeParse({ basics: { name: 'A\u0000' } }).success).toBe(false);
  });
});
