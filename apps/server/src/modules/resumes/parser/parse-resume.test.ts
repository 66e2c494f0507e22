import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDocx, tableResumeDocx } from '../fixtures/docx-builder.ts';
import { encryptedPdf, imageOnlyPdf } from '../fixtures/hostile-files.ts';
import { parseResume } from './parse-resume.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe('parseResume on real PDFs', () => {
  it('reads Barry Allen: icons before contact details, dates in a left column, a wrapped skills list', async () => {
    const { document, confidence, kind } = await parseResume({ bytes: fixture('barry_allen_fe.pdf') });
    expect(kind).toBe('pdf');
    expect(document.basics).toMatchObject({
      name: 'Barry Allen',
      label: 'Front-End Developer',
      email: 'allthe.stars@google.com',
      phone: '(123) 456-7890',
      location: { city: 'Mountain View', region: 'CA', countryCode: 'USA' },
    });
    expect(document.work).toEqual([
      expect.objectContaining({ name: 'Google', position: 'Software Engineer (Front-End)', startDate: '2022-06' }),
    ]);
    expect(document.work?.[0]?.endDate).toBeUndefined();
    expect(document.education?.[0]).toMatchObject({
      institution: 'Indian Institute of Technology',
      studyType: 'B.Tech',
      area: 'Computer Science and Engineering',
      startDate: '2018',
      endDate: '2022',
      score: '9.5/10',
    });
    const skills = document.skills?.map((s) => s.name);
    expect(skills).toContain('Google Cloud Platform');
    expect(skills).toContain('Test-Driven Development');
    expect(document.projects?.[0]?.highlights?.[0]).toContain('Implemented user authentication');
    expect(confidence['basics.email']).toBeGreaterThan(0.9);
  });

  it('reads John Doe over two pages: ALL-CAPS headings, profiles, every job with its dates', async () => {
    const { document, pages, unplaced } = await parseResume({ bytes: fixture('john_doe.pdf') });
    expect(pages).toBe(2);
    expect(document.basics?.profiles?.map((p) => p.network)).toEqual(['LinkedIn', 'GitHub']);
    expect(document.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['ABC Company, Inc.', 'Full Stack Java Developer', '2018-06', undefined],
      ['XYZ Solutions', 'Software Developer', '2016-07', '2018-06'],
    ]);
    expect(document.work?.[0]?.highlights).toHaveLength(6);
    expect(document.education?.[0]).toMatchObject({
      institution: 'State University',
      studyType: 'Bachelor of Science',
      area: 'Computer Science',
      endDate: '2016-05',
    });
    expect(document.certificates?.map((c) => c.name)).toContain('Certified Angular Developer');
    // Canonical names from the taxonomy: "Java and J2EE" is two skills, "Angular (versions 2+)" is Angular.
    expect(document.skills?.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Java', 'Java EE', 'Angular', 'MySQL', 'Git', 'GitHub', 'Junit and Mockito']),
    );
    expect(unplaced).toContain('123 Main St, Anywhere, USA');
  });
});

describe('parseResume on DOCX and text', () => {
  it('reads a Word file whose contact block and jobs are tables, cell by cell', async () => {
    const { document, kind } = await parseResume({ bytes: tableResumeDocx(), filename: 'ada.docx' });
    expect(kind).toBe('docx');
    expect(document.basics).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      phone: '+44 20 7946 0958',
    });
    expect(document.basics?.profiles?.[0]).toMatchObject({ network: 'GitHub', url: 'https://github.com/ada' });
    expect(document.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Analytical Engines Ltd', 'Lead Programmer', '2020-01', undefined],
      ['Babbage & Co', 'Research Assistant', '2017-01', '2019-03'],
    ]);
    expect(document.work?.[0]?.highlights).toEqual([
      'Wrote the first published algorithm for the engine.',
      'Cut calculation time by 40% with loops.',
    ]);
    expect(document.education?.[0]).toMatchObject({
      institution: 'University of London',
      studyType: 'Bachelor of Science',
      area: 'Mathematics',
      score: '3.8/4.0',
    });
    expect(document.certificates?.[0]).toEqual({ name: 'Certified Engine Operator', date: '2018' });
  });

  it('reads plain text with ligatures, letter-spaced headings and a NUL removed', async () => {
    const text =
      'Grace Hopper\ngrace@navy.example\n\nS U M M A R Y\nCertiﬁed oﬃcer.\u0000\n\nWork History\nNavy | Rear Admiral  Summer 1943 – 1986\n';
    const { document } = await parseResume({ bytes: Buffer.from(text), filename: 'cv.txt' });
    expect(document.basics?.summary).toBe('Certified officer.');
    expect(document.work?.[0]).toMatchObject({
      name: 'Navy',
      position: 'Rear Admiral',
      startDate: '1943-06',
      endDate: '1986',
    });
    expect(JSON.stringify(document)).not.toContain('\u0000');
  });

  it('reads a two-digit grade and a level written after a skill group', async () => {
    const text =
      'Ana Diaz\nana@example.org\n\nEducation\nUniversidad de Chile, Ingeniería Civil, 2015 – 2020\nGPA: 11.2/20\n\n' +
      'Skills\nWeb Development (Master): HTML, CSS\n';
    const { document } = await parseResume({ bytes: Buffer.from(text), filename: 'cv.txt' });
    expect(document.education?.[0]?.score).toBe('11.2/20');
    expect(document.skills?.[0]).toEqual({ name: 'Web Development', level: 'Master', keywords: ['HTML', 'CSS'] });
  });
});

describe('parseResume refuses bad files with a sentence naming the problem', () => {
  const refuses = (bytes: Buffer, message: string, filename?: string) =>
    expect(parseResume({ bytes, filename })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining(message),
    });

  it('empty, oversized, wrong extension, not text', async () => {
    await refuses(Buffer.alloc(0), 'This file is empty (0 bytes)');
    await refuses(Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'larger than 10 MB');
    await refuses(Buffer.from('just some text'), 'named .pdf but its content is not a PDF', 'cv.pdf');
    await refuses(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
      'This file is not a PDF, Word or text file',
    );
  });

  it('a damaged PDF, an image-only PDF, an encrypted PDF', async () => {
    await refuses(Buffer.from('%PDF-1.7\nthis is not really a pdf'), 'This PDF is damaged');
    await refuses(imageOnlyPdf(), 'This PDF has no text layer — it is probably a scan');
    await refuses(encryptedPdf(), 'This PDF is protected by a password');
  });

  it('a DOCX zip bomb: document.xml unpacking past the cap', async () => {
    const bomb = buildDocx(`<w:p><w:r><w:t>${'a'.repeat(30 * 1024 * 1024)}</w:t></w:r></w:p>`);
    expect(deflateRawSync(Buffer.alloc(1)).length).toBeGreaterThan(0);
    await refuses(bomb, 'This file is too complex to read');
  });
});
