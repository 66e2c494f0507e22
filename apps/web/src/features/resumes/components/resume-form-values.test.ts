import type { ResumeDocument } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { formPath, toDocument, toFormValues, toResumeInput } from './resume-form-values';

const document: ResumeDocument = {
  basics: {
    name: 'Ada Lovelace',
    image: 'https://example.com/ada.png',
    location: { city: 'London', postalCode: 'W1' },
    profiles: [{ network: 'GitHub', url: 'https://github.com/ada' }],
  },
  work: [{ name: 'Analytical Engines', position: 'Programmer', startDate: '1842', highlights: ['Notes', 'Loops'] }],
  publications: [{ name: 'Sketch of the Analytical Engine' }],
};

describe('the editor form values', () => {
  it('give back the same document, keeping fields and sections the editor does not show', () => {
    const values = toFormValues({ name: 'Ada', tags: ['math'], document });
    expect(values.sections.work[0]?.endDate).toBe('');
    expect(values.sections.education).toEqual([]);
    expect(toDocument(values)).toEqual(document);
  });

  it('leave out blank fields and blank lines, but keep a blank entry so errors point at its card', () => {
    const values = toFormValues({ name: 'Ada', tags: [], document: {} });
    values.sections.work.push({ name: ' ', position: 'Engineer', highlights: ['', 'Shipped it'] });
    values.sections.skills.push({ name: '', level: '', keywords: [] });
    values.basics.text.email = 'ada@example.com';
    expect(toResumeInput(values)).toEqual({
      name: 'Ada',
      tags: [],
      document: {
        basics: { email: 'ada@example.com' },
        work: [{ position: 'Engineer', highlights: ['Shipped it'] }],
        skills: [{}],
      },
    });
  });

  it('map request error paths to the form', () => {
    expect(formPath('document.work.1.startDate')).toBe('sections.work.1.startDate');
    expect(formPath('document.basics.email')).toBe('basics.text.email');
    expect(formPath('document.basics.location.city')).toBe('basics.location.city');
    expect(formPath('document.basics.profiles.0.url')).toBe('basics.profiles.0.url');
    expect(formPath('name')).toBe('name');
  });
});
