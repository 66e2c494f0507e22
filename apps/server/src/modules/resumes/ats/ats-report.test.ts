import { readFileSync } from 'node:fs';
import { atsReportSchema, type ResumeDocument, resumeDocumentSchema } from '@jobpilot/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { atsReport } from './ats-report.ts';
import type { AtsFileFacts, AtsInput } from './input.ts';
import { isKnown, loadSpellChecker, type SpellChecker, suggestion, wordToCheck } from './spelling.ts';

const NOW = new Date('2026-12-01T00:00:00Z');
let spelling: SpellChecker;
beforeAll(async () => {
  spelling = await loadSpellChecker();
});

const report = (input: AtsInput) => atsReportSchema.parse(atsReport(input, { spelling, now: NOW }));
const codes = (input: AtsInput) => report(input).findings.map((f) => f.code);

/** A strong resume: standard sections, full contact, month-year dates, verb-led quantified bullets. */
function strong(): ResumeDocument {
  return {
    basics: {
      name: 'Ada Lovelace',
      label: 'Senior Software Engineer',
      email: 'ada@example.com',
      phone: '+44 20 7946 0958',
      location: { city: 'London', countryCode: 'GB' },
      profiles: [{ network: 'GitHub', url: 'https://github.com/ada' }],
      summary:
        'Backend engineer with eight years of experience building payment systems in TypeScript and Go. I enjoy turning slow, fragile services into fast and reliable ones, and mentoring engineers along the way.',
    },
    work: [
      {
        name: 'Analytical Engines Ltd',
        position: 'Senior Software Engineer',
        startDate: '2021-03',
        highlights: [
          'Led the migration of 40 microservices to Kubernetes, cutting hosting costs by 30%',
          'Designed an event pipeline on Kafka that processes 2 million payments a day',
          'Mentored five engineers, two of whom were promoted within a year',
          'Reduced p95 API latency from 800 ms to 120 ms by rewriting the caching layer',
        ],
      },
      {
        name: 'Difference Works',
        position: 'Software Engineer',
        startDate: '2018-01',
        endDate: '2021-02',
        highlights: [
          'Built a React dashboard used by 300 support agents to resolve refunds',
          'Automated the release process with GitHub Actions, shortening releases from two days to one hour',
          'Introduced contract tests that caught 25 breaking API changes before production',
          'Rewrote the reconciliation job in Go, bringing a nightly run from six hours down to forty minutes',
        ],
      },
      {
        name: 'Babbage & Co',
        position: 'Junior Developer',
        startDate: '2017-07',
        endDate: '2017-12',
        highlights: [
          'Maintained the invoicing service for 1,200 small-business customers',
          'Wrote integration tests that raised coverage of the billing module from 40% to 85%',
          'Answered 30 support tickets a week, documenting the fixes in the team wiki',
        ],
      },
    ],
    education: [
      {
        institution: 'University of London',
        studyType: 'BSc',
        area: 'Mathematics',
        startDate: '2014-09',
        endDate: '2017-06',
      },
    ],
    skills: [
      { name: 'Languages', keywords: ['TypeScript', 'Go', 'SQL'] },
      { name: 'Platforms', keywords: ['Kubernetes', 'Kafka', 'PostgreSQL', 'AWS'] },
    ],
    projects: [
      {
        name: 'ledger-lint',
        description: 'An open-source linter for double-entry bookkeeping files',
        highlights: ['Published a CLI with 1,500 weekly downloads and 40 contributors'],
      },
    ],
  };
}

const pdf = (facts: Partial<AtsFileFacts> = {}): AtsFileFacts => ({
  kind: 'pdf',
  bytes: 120_000,
  pages: 1,
  textLength: 3200,
  ...facts,
});

describe('atsReport', () => {
  it('scores a strong resume high with no warnings or errors', () => {
    const result = report({ document: strong() });
    expect(result.score).toBeGreaterThanOrEqual(95);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.stats.bullets).toBe(12);
    expect(result.stats.yearsOfExperience).toBeCloseTo(9.5, 1);
    const applying = result.categories.filter((c) => c.applies);
    expect(applying.map((c) => c.id)).toEqual(['headings', 'contact', 'dates', 'length', 'bullets', 'spelling']);
    expect(applying.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(100, 0);
  });

  it('judges the file categories for an uploaded file and scores a clean PDF high', () => {
    const result = report({ document: strong(), file: pdf() });
    expect(result.categories.every((c) => c.applies)).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(95);
    expect(result.stats.pages).toBe(1);
  });

  it('scores the JSON Resume sample and points at its weak bullets', () => {
    const sample = resumeDocumentSchema.parse(
      JSON.parse(
        readFileSync(
          new URL('../../../../../../packages/contracts/src/fixtures/jsonresume-sample.json', import.meta.url),
          'utf8',
        ),
      ),
    );
    const result = report({ document: sample });
    expect(result.score).toBeGreaterThan(70);
    expect(result.score).toBeLessThan(100);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'bullet-filler',
        where: expect.objectContaining({ path: 'work[0].highlights[1]', text: 'Successfully' }),
      }),
    );
  });
});

describe('text and layout of an uploaded file', () => {
  it('fails the text category of an image-only PDF with a sentence saying what to do', () => {
    const result = report({ document: {}, file: pdf({ imageOnly: true, textLength: 0 }) });
    const text = result.categories.find((c) => c.id === 'text');
    expect(text?.score).toBe(0);
    const finding = result.findings.find((f) => f.code === 'text-image-only');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/only images.*export the resume again/);
    expect(result.score).toBeLessThanOrEqual(10);
  });

  it('names an image-only page', () => {
    const result = report({ document: strong(), file: pdf({ pages: 2, pagesWithoutText: [2] }) });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'text-page-image-only', message: expect.stringMatching(/^Page 2 has no text/) }),
    );
  });

  it('warns about two columns, tables and text boxes, and errs on contact data in a header', () => {
    const result = report({
      document: strong(),
      file: pdf({
        columnPages: [1],
        tables: 2,
        textBoxes: 1,
        headerFooterLines: ['ada@example.com · +44 20 7946 0958'],
      }),
    });
    const layout = result.findings.filter((f) => f.category === 'layout');
    expect(layout.map((f) => f.code)).toEqual([
      'layout-contact-in-header',
      'layout-columns',
      'layout-tables',
      'layout-text-boxes',
    ]);
    expect(layout[0]?.where.text).toBe('ada@example.com · +44 20 7946 0958');
    expect(layout[1]?.message).toMatch(/Page 1 is set in two columns/);
    expect(layout[2]?.message).toMatch(/2 tables/);
    expect(result.categories.find((c) => c.id === 'layout')?.score).toBeLessThan(50);
  });

  it('warns when the parser could read little of the experience entries', () => {
    expect(codes({ document: strong(), file: pdf({ confidence: { work: 0.3, education: 0.9 } }) })).toContain(
      'layout-entries-unclear',
    );
  });
});

describe('file type and size', () => {
  it('errs on a type an ATS may not read and on an oversized file, notes plain text', () => {
    expect(codes({ document: strong(), file: pdf({ kind: 'doc' }) })).toContain('file-type');
    expect(codes({ document: strong(), file: pdf({ bytes: 11 * 1024 * 1024 }) })).toContain('file-too-large');
    expect(codes({ document: strong(), file: pdf({ bytes: 3 * 1024 * 1024 }) })).toContain('file-large');
    const txt = report({ document: strong(), file: pdf({ kind: 'txt' }) });
    expect(txt.findings.find((f) => f.code === 'file-plain-text')?.severity).toBe('info');
  });
});

describe('headings', () => {
  it('flags a missing Experience section as an error and missing Skills as a warning', () => {
    const { work: _work, skills: _skills, ...rest } = strong();
    const result = report({ document: rest });
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'section-missing-work',
        severity: 'error',
        where: expect.objectContaining({ path: 'work' }),
      }),
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'section-missing-skills', severity: 'warning' }),
    );
  });

  it('suggests the standard name for a heading an ATS does not know, and quotes unplaced lines', () => {
    const result = report({
      document: strong(),
      file: pdf({
        headings: ['Experience', 'Professional Experience Highlights', 'My Toolbox'],
        unplaced: ['Hobbies: chess'],
      }),
    });
    const headings = result.findings.filter((f) => f.code === 'heading-nonstandard');
    expect(headings.map((f) => f.where.text)).toEqual(['Professional Experience Highlights', 'My Toolbox']);
    expect(headings[0]?.message).toContain('rename it “Experience”');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'line-unplaced', where: expect.objectContaining({ text: 'Hobbies: chess' }) }),
    );
  });
});

describe('contact details', () => {
  it('names each missing or broken detail with its path', () => {
    const doc = strong();
    doc.basics = { name: 'Ada Lovelace', email: 'ada-at-example', phone: '12 34' };
    const found = report({ document: doc }).findings.filter((f) => f.category === 'contact');
    expect(found.map((f) => [f.code, f.where.path, f.where.text])).toEqual([
      ['contact-email-invalid', 'basics.email', 'ada-at-example'],
      ['contact-phone-short', 'basics.phone', '12 34'],
      ['contact-location-missing', 'basics.location', undefined],
      ['contact-link-missing', 'basics.profiles', undefined],
    ]);
    const noName = report({ document: { ...doc, basics: {} } });
    expect(noName.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['contact-name-missing', 'contact-email-missing', 'contact-phone-missing']),
    );
  });
});

describe('dates', () => {
  it('errs on an end before the start and on an unparseable date, at the field', () => {
    const doc = strong();
    doc.work = [
      { ...doc.work?.[0], startDate: '2021-03', endDate: '2020-01' },
      { ...doc.work?.[1], startDate: 'Jan 2018' },
    ];
    const found = report({ document: doc }).findings.filter((f) => f.category === 'dates');
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'date-end-before-start',
        severity: 'error',
        where: { section: 'work', entry: 0, path: 'work[0].endDate', text: '2020-01' },
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'date-unparseable',
        where: { section: 'work', entry: 1, path: 'work[1].startDate', text: 'Jan 2018' },
      }),
    );
  });

  it('warns on the dates written in a different format from the rest and on jobs not newest first', () => {
    const doc = strong();
    doc.work = [
      { ...doc.work?.[1], startDate: '2018', endDate: '2021' },
      { ...doc.work?.[0], startDate: '2021-03' },
      { ...doc.work?.[2] },
    ];
    // Year-only education beside month-year jobs is usual and not flagged.
    doc.education = [{ ...doc.education?.[0], startDate: '2014', endDate: '2017' }];
    const found = report({ document: doc }).findings;
    const mixed = found.filter((f) => f.code === 'date-format-mixed');
    expect(mixed.map((f) => f.where.path)).toEqual(['work[0].startDate', 'work[0].endDate']);
    expect(mixed[0]?.message).toMatch(/written as YYYY while most of your dates are YYYY-MM/);
    expect(found).toContainEqual(
      expect.objectContaining({ code: 'date-order', where: expect.objectContaining({ path: 'work[1].startDate' }) }),
    );
  });

  it('notes a gap only as info, so it costs nothing', () => {
    const doc = strong();
    doc.work = [{ ...doc.work?.[0], startDate: '2022-06' }, { ...doc.work?.[1] }];
    const result = report({ document: doc });
    const gap = result.findings.find((f) => f.code === 'date-gap');
    expect(gap?.severity).toBe('info');
    expect(gap?.message).toMatch(/15 months/);
    expect(result.categories.find((c) => c.id === 'dates')?.score).toBe(100);
  });
});

describe('length', () => {
  it('errs on a resume too short and warns on pages beyond what the experience calls for', () => {
    expect(
      codes({ document: { basics: { name: 'A B', email: 'a@b.co' }, work: [{ name: 'X', highlights: ['Led it'] }] } }),
    ).toContain('length-too-short');
    const doc = strong();
    expect(codes({ document: doc, file: pdf({ pages: 4 }) })).toContain('length-pages');
  });
});

describe('bullets', () => {
  it('points at each weak bullet with its path and text', () => {
    const doc = strong();
    const bullets = [
      'Responsible for the billing service',
      'I rewrote the invoicing job in Go, saving 3 hours a night',
      'The team shipped 12 releases as a results-driven team player',
      `Ran ${'a long bullet that keeps going on '.repeat(6)}for 5 quarters`,
      'Used Angular for the admin pages',
    ];
    doc.work = [{ ...doc.work?.[0], highlights: bullets }];
    const found = report({ document: doc }).findings.filter((f) => f.category === 'bullets');
    const at = (code: string) => found.filter((f) => f.code === code).map((f) => [f.where.path, f.where.text]);
    expect(at('bullet-weak-opening')).toEqual([
      ['work[0].highlights[0]', bullets[0]],
      ['work[0].highlights[4]', bullets[4]],
    ]);
    expect(found.find((f) => f.code === 'bullet-weak-opening')?.message).toBe(
      '“Responsible for the billing service” describes a duty, not a result; start with what you did, e.g. “Managed …” or “Ran …”.',
    );
    expect(at('bullet-pronoun')).toEqual([['work[0].highlights[1]', 'I']]);
    expect(at('bullet-no-action-verb')).toEqual([['work[0].highlights[2]', bullets[2]]]);
    expect(at('bullet-filler')).toEqual([
      ['work[0].highlights[2]', 'results-driven'],
      ['work[0].highlights[2]', 'team player'],
    ]);
    expect(at('bullet-too-long')).toEqual([['work[0].highlights[3]', bullets[3]]]);
    expect(found.find((f) => f.code === 'bullet-too-long')?.message).toMatch(/runs to 46 words/);
  });

  it('points at filler in the summary', () => {
    const doc = strong();
    doc.basics = { ...doc.basics, summary: 'Passionate, results-oriented engineer who builds payment systems.' };
    const found = report({ document: doc }).findings.filter((f) => f.code === 'summary-filler');
    expect(found.map((f) => [f.where.path, f.where.text])).toEqual([
      ['basics.summary', 'Passionate'],
      ['basics.summary', 'results-oriented'],
    ]);
  });

  it('warns on an entry without a number and on a job without bullets', () => {
    const doc = strong();
    doc.work = [
      { ...doc.work?.[0], highlights: ['Led the platform team', 'Designed the event pipeline'] },
      { ...doc.work?.[1], highlights: [] },
    ];
    const found = report({ document: doc }).findings;
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'bullet-not-quantified',
        where: { section: 'work', entry: 0, path: 'work[0].highlights', text: 'Led the platform team' },
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ code: 'bullet-none', where: expect.objectContaining({ path: 'work[1].highlights' }) }),
    );
  });

  it('notes the bullets that end differently from the rest', () => {
    const doc = strong();
    doc.work = [
      {
        ...doc.work?.[0],
        highlights: ['Led 4 teams.', 'Cut costs by 10%.', 'Grew revenue by 5%.', 'Shipped 3 products'],
      },
    ];
    const found = report({ document: doc }).findings.filter((f) => f.code === 'bullet-ending-inconsistent');
    expect(found.map((f) => [f.severity, f.where.path])).toEqual([
      ['info', 'work[0].highlights[3]'],
      ['info', 'projects[0].highlights[0]'],
    ]);
  });

  it('accepts verbs in the present tense, the base form and after an adverb', () => {
    const doc = strong();
    doc.work = [
      {
        ...doc.work?.[0],
        highlights: [
          'Leads 4 teams',
          'Manages a budget of $2M',
          'Build 3 services',
          'Quickly resolved 90% of incidents',
        ],
      },
    ];
    expect(codes({ document: doc })).not.toContain('bullet-no-action-verb');
  });
});

describe('spelling', () => {
  it('finds misspellings once each with a suggestion, and leaves tech words, names, URLs and numbers alone', () => {
    const doc = strong();
    doc.work = [
      {
        ...doc.work?.[0],
        highlights: [
          'Recieved 3 awards for the kubernetes and microservices rollout on AWS, see https://exmaple.dev/talk',
          'Managed the devops backlog with Jira, mentoring Priyanka and Oleksandr; recieved thanks from ops@exmaple.com',
          'Optimised the frontend build with esbuild and node.js, lowering CI time by 40%',
          'Improved the managment of on-call rotas for 12 engineers',
        ],
      },
    ];
    const found = report({ document: doc }).findings.filter((f) => f.category === 'spelling');
    expect(found.map((f) => [f.where.path, f.where.text])).toEqual([
      ['work[0].highlights[0]', 'Recieved'],
      ['work[0].highlights[3]', 'managment'],
    ]);
    expect(found[0]?.message).toBe('“Recieved” looks misspelt; did you mean “received”?');
    expect(found[1]?.message).toContain('“management”');
    expect(report({ document: doc }).categories.find((c) => c.id === 'spelling')?.score).toBe(70);
  });

  it('does not spell-check names of companies, schools and skills', () => {
    const doc = strong();
    doc.work = [{ ...doc.work?.[0], name: 'Zyxqlabs' }];
    doc.skills = [{ name: 'Frameworkz', keywords: ['Fastify', 'Drizzle'] }];
    expect(codes({ document: doc })).not.toContain('spelling');
  });
});

describe('score', () => {
  it('stays within 0–100 for an empty document and for one full of problems', () => {
    const empty = report({ document: {} });
    expect(empty.score).toBeGreaterThanOrEqual(0);
    expect(empty.score).toBeLessThan(60);
    const awful: ResumeDocument = {
      work: Array.from({ length: 20 }, () => ({
        startDate: '2030',
        endDate: '2001-02-03',
        highlights: Array.from(
          { length: 10 },
          () => 'I was responsible for very dynamic synergy stuff and things recieving teh managment',
        ),
      })),
    };
    const result = report({
      document: awful,
      file: pdf({
        kind: 'rtf',
        bytes: 50 * 1024 * 1024,
        pages: 9,
        columnPages: [1, 2],
        tables: 4,
        pagesWithoutText: [3],
      }),
    });
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThan(40);
    for (const category of result.categories) {
      expect(category.score).toBeGreaterThanOrEqual(0);
      expect(category.score).toBeLessThanOrEqual(100);
    }
  });
});

describe('spelling helpers', () => {
  it('accepts British and hyphenated spellings, skips allowlisted words, suggests the word one slip away', () => {
    for (const word of ['optimised', 'prioritised', 'colour', 'travelled', 'well-known']) {
      expect(isKnown(spelling, word)).toBe(true);
    }
    expect(wordToCheck({ word: 'onboarded', index: 0, sentenceStart: false })).toBeUndefined();
    expect(wordToCheck({ word: 'Kubernetes', index: 0, sentenceStart: true })).toBeUndefined();
    expect(wordToCheck({ word: 'Tulsa', index: 4, sentenceStart: false })).toBeUndefined();
    expect(wordToCheck({ word: 'Mangaed', index: 0, sentenceStart: true })).toBe('mangaed');
    expect(suggestion(spelling, 'recieve')).toBe('receive');
    expect(suggestion(spelling, 'managment')).toBe('management');
    expect(suggestion(spelling, 'stakeholdrs')).toBe('stakeholders');
  });
});
