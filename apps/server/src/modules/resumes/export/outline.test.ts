import { describe, expect, it } from 'vitest';
import { formatDate, formatRange, resumeOutline } from './outline.ts';
import { sampleResume } from './sample.test-helper.ts';

describe('resume outline', () => {
  it('prints dates as month and year, a missing end as Present', () => {
    expect(formatDate('2013-12-01')).toBe('Dec 2013');
    expect(formatDate('2013-01')).toBe('Jan 2013');
    expect(formatDate('2013')).toBe('2013');
    expect(formatRange('2013-12-01', '2014-12-01')).toBe('Dec 2013 – Dec 2014');
    expect(formatRange('2020-03')).toBe('Mar 2020 – Present');
    expect(formatRange(undefined, '2016')).toBe('2016');
    expect(formatRange('2016-08-24', '2016-08-24')).toBe('Aug 2016');
    expect(formatRange()).toBeUndefined();
  });

  it('orders the sample into standard sections with title, dates, subtitle and bullets', () => {
    const outline = resumeOutline(sampleResume());
    expect(outline.name).toBe('Richard Hendriks');
    expect(outline.label).toBe('Programmer');
    expect(outline.contact[0]).toEqual([
      'richard.hendriks@mail.com',
      '(912) 555-4321',
      'San Francisco, California, US',
      'http://richardhendricks.example.com',
    ]);
    expect(outline.sections.map((s) => s.heading)).toEqual([
      'Summary',
      'Experience',
      'Education',
      'Skills',
      'Projects',
      'Awards',
      'Publications',
      'Languages',
      'Volunteer',
      'Interests',
      'References',
    ]);
    const experience = outline.sections[1]?.entries[0];
    expect(experience).toMatchObject({
      title: 'CEO/President | Pied Piper',
      dates: 'Dec 2013 – Dec 2014',
      subtitle: 'Palo Alto, CA | http://piedpiper.example.com',
    });
    expect(experience?.bullets).toHaveLength(3);
    expect(outline.sections[2]?.entries[0]).toMatchObject({
      title: 'University of Oklahoma',
      dates: 'Jun 2011 – Jan 2014',
      subtitle: 'Bachelor in Information Technology | GPA: 4.0 | https://www.ou.edu/',
      bullets: ['Courses: DB1101 - Basic SQL, CS2011 - Java Introduction'],
    });
    expect(outline.sections[3]?.entries.map((e) => e.title)).toEqual([
      'Web Development (Master): HTML, CSS, Javascript',
      'Compression (Master): Mpeg, MP4, GIF',
    ]);
  });

  it('leaves out empty sections and entries, and names a nameless résumé', () => {
    const outline = resumeOutline({ work: [{}], skills: [], basics: { summary: '  ' } });
    expect(outline).toEqual({ name: 'Résumé', contact: [], sections: [] });
  });
});
