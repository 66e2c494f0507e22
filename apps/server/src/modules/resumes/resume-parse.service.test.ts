import { RESUME_LIST_MAX, RESUME_TEXT_MAX, resumeDocumentSchema } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { fitDocument } from './resume-parse.service.ts';

describe('fitDocument', () => {
  it('cuts what a stored résumé may not hold, so the answer always serialises', () => {
    const long = 'x'.repeat(RESUME_TEXT_MAX + 50);
    const fitted = fitDocument({
      basics: { name: long, email: 'sam@example.org' },
      work: [{ name: 'Acme', position: long, startDate: '2020-13-99' }, { name: 'Beta' }],
      skills: Array.from({ length: RESUME_LIST_MAX + 5 }, (_, i) => ({ name: `Skill ${i}` })),
    });
    expect(resumeDocumentSchema.safeParse(fitted).success).toBe(true);
    expect(fitted.basics?.name).toHaveLength(RESUME_TEXT_MAX);
    expect(fitted.basics?.email).toBe('sam@example.org');
    expect(fitted.work?.[0]).toEqual({ name: 'Acme', position: 'x'.repeat(RESUME_TEXT_MAX) });
    expect(fitted.work?.[1]).toEqual({ name: 'Beta' });
    expect(fitted.skills).toHaveLength(RESUME_LIST_MAX);
  });

  it('leaves a document that fits as it is', () => {
    const document = { basics: { name: 'Sam Field' }, work: [{ name: 'Acme', startDate: '2020-01' }] };
    expect(fitDocument(document)).toEqual(document);
  });
});
