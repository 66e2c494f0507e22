import { describe, expect, it } from 'vitest';
import { formatResumeDate, pageTemplate, resumeHeader, resumeSections } from './resume-sections';

describe('formatResumeDate', () => {
  it('reads the three JSON Resume date forms as a person writes them', () => {
    expect(formatResumeDate('2021')).toEqual({ iso: '2021', text: '2021' });
    expect(formatResumeDate('2021-03')).toEqual({ iso: '2021-03', text: 'Mar 2021' });
    expect(formatResumeDate('2021-03-04')).toEqual({ iso: '2021-03-04', text: '4 Mar 2021' });
    expect(formatResumeDate(' ')).toBeNull();
    expect(formatResumeDate(undefined)).toBeNull();
  });
});

describe('resumeHeader', () => {
  it('gives the name, headline and contacts, linking only safe addresses', () => {
    const header = resumeHeader(
      {
        basics: {
          name: 'Ada Lovelace',
          label: 'Analyst',
          email: 'ada@example.com',
          phone: '+44 20 7946 0000',
          url: 'https://ada.example.com',
          location: { city: 'London', countryCode: 'GB' },
          profiles: [
            { network: 'GitHub', username: 'ada', url: 'https://github.com/ada' },
            { network: 'Evil', url: 'javascript:alert(1)' },
          ],
        },
      },
      'My résumé',
    );
    expect(header.name).toBe('Ada Lovelace');
    expect(header.label).toBe('Analyst');
    expect(header.contacts).toEqual([
      { kind: 'email', text: 'ada@example.com', href: 'mailto:ada@example.com' },
      { kind: 'phone', text: '+44 20 7946 0000', href: 'tel:+442079460000' },
      { kind: 'location', text: 'London, GB' },
      { kind: 'url', text: 'ada.example.com', href: 'https://ada.example.com' },
      { kind: 'profile', text: 'GitHub: ada', href: 'https://github.com/ada' },
      { kind: 'profile', text: 'Evil', href: undefined },
    ]);
  });

  it('falls back to the résumé’s own name when the document has none', () => {
    expect(resumeHeader({}, 'Backend résumé')).toEqual({
      name: 'Backend résumé',
      label: undefined,
      summary: undefined,
      contacts: [],
    });
  });
});

describe('resumeSections', () => {
  it('turns a document into its present sections, in print order, with dates and highlights', () => {
    const sections = resumeSections({
      volunteer: [{ organization: 'Code Club', position: 'Mentor', startDate: '2018', endDate: '2019' }],
      skills: [{ name: 'Testing', level: 'Expert', keywords: ['Playwright', ' ', 'Vitest'] }],
      work: [
        {
          name: 'Initech',
          position: 'QA Engineer',
          location: 'Austin, TX',
          startDate: '2020-01',
          highlights: ['Cut the release checklist from 2 days to 2 hours', ''],
        },
        { name: 'Globex', startDate: '2017-05', endDate: '2019-12' },
      ],
      education: [{ institution: 'MIT', studyType: 'BSc', area: 'Computer Science', endDate: '2016' }],
      awards: [],
      languages: [{ language: 'French', fluency: 'Fluent' }],
    });
    expect(sections.map((s) => s.id)).toEqual(['work', 'education', 'skills', 'volunteer', 'languages']);
    const [current, earlier] = sections[0]?.entries ?? [];
    expect(current).toMatchObject({
      title: 'QA Engineer',
      subtitle: 'Initech',
      location: 'Austin, TX',
      dates: { start: { iso: '2020-01', text: 'Jan 2020' }, end: null, ongoing: true },
      highlights: ['Cut the release checklist from 2 days to 2 hours'],
    });
    expect(earlier).toMatchObject({
      title: 'Globex',
      subtitle: undefined,
      dates: { start: { text: 'May 2017' }, end: { text: 'Dec 2019' }, ongoing: false },
    });
    expect(sections[1]?.entries[0]).toMatchObject({ title: 'BSc, Computer Science', subtitle: 'MIT' });
    expect(sections[2]?.entries[0]).toMatchObject({ title: 'Testing', keywords: ['Playwright', 'Vitest'] });
    expect(sections[3]?.entries[0]).toMatchObject({ title: 'Mentor', subtitle: 'Code Club' });
  });

  it('leaves out entries with nothing in them and the sections they empty', () => {
    expect(resumeSections({ work: [{}, { highlights: [' '] }], certificates: [{ name: '' }] })).toEqual([]);
  });

  it('shows a dated certificate, award and publication by its one date', () => {
    const [certificates] = resumeSections({ certificates: [{ name: 'CKA', issuer: 'CNCF', date: '2022-06' }] });
    expect(certificates?.entries[0]?.dates).toEqual({
      start: null,
      end: { iso: '2022-06', text: 'Jun 2022' },
      ongoing: false,
    });
  });
});

describe('pageTemplate', () => {
  it('knows the three templates and reads anything else as classic', () => {
    expect(pageTemplate('modern')).toBe('modern');
    expect(pageTemplate('compact')).toBe('compact');
    expect(pageTemplate('fancy')).toBe('classic');
    expect(pageTemplate(null)).toBe('classic');
  });
});
