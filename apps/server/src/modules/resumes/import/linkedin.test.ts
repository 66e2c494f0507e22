import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '#platform/errors.ts';
import { writeZip } from '#platform/zip-write.ts';
import { highlightsOf, importLinkedInExport, LINKEDIN_ZIP_MAX_BYTES, linkedInDate } from './linkedin.ts';

const FIXTURES = new URL('./fixtures/linkedin/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
const allFiles = () => readdirSync(FIXTURES).map((name) => ({ name, data: fixture(name) }));
const text = (name: string, body: string) => ({ name, data: Buffer.from(body) });

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the import to be refused');
}

describe('importLinkedInExport', () => {
  it('turns a full export into a résumé: profile, contact, positions, education, skills and the rest', () => {
    const document = importLinkedInExport(writeZip(allFiles()));
    expect(document.basics).toEqual({
      name: 'Mara Quillfeather',
      label: 'Platform engineer · Kubernetes, Go, observability',
      email: 'mara@example.dev',
      phone: '+351 912 345 678',
      url: 'https://mara.example.dev',
      summary:
        'I build the paved road other teams drive on.\nTen years of running services at scale, the last four leading a platform team.',
      location: { city: 'Lisbon', region: 'Lisbon, Portugal' },
      profiles: [
        { network: 'Personal', url: 'https://mara.example.dev' },
        { network: 'Company', url: 'https://tidewater.example.com' },
        { network: 'Twitter', username: 'maraq_dev', url: 'https://x.com/maraq_dev' },
      ],
    });
    expect(document.work).toEqual([
      {
        name: 'Tidewater Logistics',
        position: 'Staff Platform Engineer',
        location: 'Lisbon, Portugal',
        startDate: '2022-03',
        highlights: [
          'Led the move of 140 services to Kubernetes with zero customer-facing downtime',
          'Cut CI time from 38 to 9 minutes by caching builds',
          'Mentored six engineers, two promoted to senior',
        ],
      },
      {
        name: 'Harbourline Payments',
        position: 'Senior Site Reliability Engineer',
        location: 'Porto, Portugal',
        startDate: '2018-06',
        endDate: '2022-02',
        highlights: [
          'Owned the on-call rotation for the card authorisation path.',
          'Wrote the SLO framework the company still uses',
          'Reduced pages per week from 31 to 4',
        ],
      },
      {
        name: 'Quayside Studio',
        position: 'Software Engineer',
        location: 'Porto, Portugal',
        startDate: '2015',
        endDate: '2018-05',
        highlights: ['Built internal tools in Go and Python.'],
      },
    ]);
    expect(document.education).toEqual([
      {
        institution: 'Universidade do Porto',
        studyType: 'Master of Science - MSc',
        startDate: '2010',
        endDate: '2015',
      },
      { institution: 'Escola Secundária Exemplo', startDate: '2007', endDate: '2010' },
    ]);
    expect(document.skills?.map((s) => s.name)).toEqual([
      'Kubernetes',
      'Go (Programming Language)',
      'Site Reliability Engineering',
      'Terraform',
      'PostgreSQL',
    ]);
    expect(document.languages).toEqual([
      { language: 'Portuguese', fluency: 'Native or bilingual proficiency' },
      { language: 'English', fluency: 'Full professional proficiency' },
      { language: 'Spanish' },
    ]);
    expect(document.certificates).toEqual([
      {
        name: 'Certified Kubernetes Administrator (CKA)',
        issuer: 'Cloud Native Computing Foundation',
        url: 'https://certs.example.org/cka/0001',
        date: '2021-11',
      },
    ]);
    expect(document.projects).toEqual([
      {
        name: 'Lighthouse',
        description: 'An open-source dashboard for SLO burn rates.',
        url: 'https://github.example.com/maraq/lighthouse',
        startDate: '2020-01',
        endDate: '2021-12',
      },
    ]);
  });

  it('reads an export with only the four main files, in a folder, with headers in another case', () => {
    const document = importLinkedInExport(
      writeZip([
        text(
          'Basic_LinkedInDataExport_01-02-2026/POSITIONS.CSV',
          'company name,title,started on,finished on\nAcme,Dev,2020,\n',
        ),
        text('Basic_LinkedInDataExport_01-02-2026/Skills.csv', 'Name\nGo\n'),
      ]),
    );
    expect(document).toEqual({
      work: [{ name: 'Acme', position: 'Dev', startDate: '2020' }],
      skills: [{ name: 'Go' }],
    });
  });

  it('keeps no end date for current positions and the order the file lists them in', () => {
    const rows = ['Company Name,Title,Description,Location,Started On,Finished On'];
    for (let i = 0; i < 12; i++)
      rows.push(`Company ${i},Role ${i},,,Jan ${2020 - i},${i % 3 === 0 ? '' : `Dec ${2020 - i}`}`);
    const work = importLinkedInExport(writeZip([text('Positions.csv', rows.join('\r\n'))])).work ?? [];
    expect(work.map((w) => w.name)).toEqual(Array.from({ length: 12 }, (_, i) => `Company ${i}`));
    expect(work.filter((w) => !w.endDate).map((w) => w.name)).toEqual([
      'Company 0',
      'Company 3',
      'Company 6',
      'Company 9',
    ]);
    expect(work[1]).toMatchObject({ startDate: '2019-01', endDate: '2019-12' });
  });

  it('reads at most 100 rows of a section, however many the file holds', () => {
    const rows = ['Name', ...Array.from({ length: 50_000 }, (_, i) => `Skill ${i}`)];
    const skills = importLinkedInExport(writeZip([text('Skills.csv', rows.join('\n'))])).skills ?? [];
    expect(skills).toHaveLength(100);
    expect(skills[99]?.name).toBe('Skill 99');
  });

  it('clips a headline longer than the field holds instead of refusing the export', () => {
    const headline = `${'Platform '.repeat(30)}engineer`;
    const document = importLinkedInExport(writeZip([text('Profile.csv', `First Name,Headline\nMara,"${headline}"\n`)]));
    expect(document.basics?.label?.length).toBeLessThanOrEqual(200);
    expect(document.basics?.label).toMatch(/^Platform Platform .*…$/);
  });

  it('stays linear on cells built to make patterns backtrack', () => {
    const spaces = ' '.repeat(60_000);
    const cells = [
      `"${spaces}x${spaces.slice(0, 3000)}"`,
      `"${'•'.repeat(3) + spaces.slice(0, 30_000)}-"`,
      `${'a'.repeat(60_000)}`,
      `"[${'PERSONAL:'.repeat(6000)},${'a,'.repeat(5000)}]"`,
    ];
    const csv = `Company Name,Title,Description,Location,Started On,Finished On\nAcme,Dev,${cells[0]},${cells[1]},${cells[2]},\n`;
    const profile = `First Name,Websites,Twitter Handles\nMara,${cells[3]},"[${'a'.repeat(60_000)}]"\n`;
    const started = performance.now();
    const document = importLinkedInExport(
      // Stored, not deflated: runs of one character deflate past the ratio an entry may unpack to.
      writeZip([
        { ...text('Positions.csv', csv), store: true },
        { ...text('Profile.csv', profile), store: true },
      ]),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(document.work?.[0]).toMatchObject({ name: 'Acme', position: 'Dev', highlights: ['x'] });
    expect(document.work?.[0]).not.toHaveProperty('startDate');
    expect(document.basics).toEqual({ name: 'Mara' });
  });

  it('refuses a file that is not a ZIP, an empty one and one over the size limit', () => {
    expect(refusal(() => importLinkedInExport(Buffer.from('First Name,Last Name\nMara,Q\n'))).message).toMatch(
      /^This is not a ZIP file; choose the ZIP file LinkedIn sent you/,
    );
    expect(refusal(() => importLinkedInExport(new Uint8Array(0))).message).toContain('The file is empty');
    const big = refusal(() => importLinkedInExport(Buffer.alloc(LINKEDIN_ZIP_MAX_BYTES + 1)));
    expect(big.statusCode).toBe(413);
  });

  it('refuses a ZIP with none of the export CSVs, and one whose CSVs hold nothing', () => {
    const none = refusal(() => importLinkedInExport(writeZip([text('Connections.csv', 'First Name\nTeo\n')])));
    expect(none.statusCode).toBe(422);
    expect(none.message).toMatch(/^This ZIP holds none of the files of a LinkedIn data export \(Profile\.csv/);
    const empty = refusal(() => importLinkedInExport(writeZip([text('Skills.csv', 'Name\n')])));
    expect(empty.message).toBe(
      'The LinkedIn export holds no profile, positions, education or skills to make a résumé from',
    );
  });

  it('refuses a zip bomb: a Positions.csv unpacking to 200 MB stops at the cap', () => {
    const bomb = writeZip([{ name: 'Positions.csv', data: Buffer.alloc(200 * 1024 * 1024, 0x41) }]);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const started = performance.now();
    const error = refusal(() => importLinkedInExport(bomb));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.statusCode).toBe(422);
    expect(error.message).toMatch(/^This file is too complex to read/);
  });

  it('refuses CSVs that together unpack past the archive budget', () => {
    // Each is under the per-file cap and compresses only ~60×, so only the shared budget stops them.
    const noisy = (seed: number) => {
      const out = Buffer.alloc(3_900_000);
      let x = seed;
      for (let i = 0; i < out.length; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        out[i] = x % 97 === 0 ? 0x0a : 0x61 + ((x >> 16) % 2);
      }
      return out;
    };
    const files = ['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv', 'Languages.csv'];
    const error = refusal(() => importLinkedInExport(writeZip(files.map((name, i) => ({ name, data: noisy(i + 1) })))));
    expect(error.message).toMatch(/^This file is too complex to read \(its parts together unpack to too many bytes\)/);
  });

  it('refuses a CSV holding NUL, one that is not UTF-8 and a row too wide', () => {
    const nul = refusal(() => importLinkedInExport(writeZip([text('Skills.csv', 'Name\nGo\u0000\n')])));
    expect(nul.message).toBe('Skills.csv in this ZIP holds NUL characters, so it is not a LinkedIn export file');
    const latin = refusal(() =>
      importLinkedInExport(
        writeZip([{ name: 'Skills.csv', data: Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0xff]) }]),
      ),
    );
    expect(latin.message).toBe('Skills.csv in this ZIP is not UTF-8 text, so it is not a LinkedIn export file');
    const wide = refusal(() => importLinkedInExport(writeZip([text('Skills.csv', `Name\n${','.repeat(500)}\n`)])));
    expect(wide.message).toBe('Row 2 has more than 100 cells, more than an import reads');
  });

  it('refuses a damaged directory, a password-protected entry and a directory listing too many files', () => {
    const good = writeZip([text('Skills.csv', 'Name\nGo\n')]);
    const cut = Buffer.concat([good.subarray(0, 40), good.subarray(good.length - 22)]);
    expect(refusal(() => importLinkedInExport(cut)).message).toMatch(/damaged|not a ZIP/);

    const locked = Buffer.from(good);
    const directory = locked.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    locked.writeUInt16LE(1, directory + 8);
    expect(refusal(() => importLinkedInExport(locked)).message).toMatch(
      /^This ZIP file is password-protected \(Skills\.csv\)/,
    );

    const many = writeZip(Array.from({ length: 2_001 }, (_, i) => text(`f${i}.txt`, '')));
    expect(refusal(() => importLinkedInExport(many)).message).toBe(
      'This ZIP file lists 2,001 files, more than the 2,000 an export holds',
    );
  });

  it('refuses an entry with a compression method it does not read', () => {
    const zip = writeZip([text('Skills.csv', 'Name\nGo\n')]);
    const directory = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(12, directory + 10);
    expect(refusal(() => importLinkedInExport(zip)).message).toContain('compression method');
  });
});

describe('linkedInDate', () => {
  it.each([
    ['Jan 2020', '2020-01'],
    ['Sep 2019', '2019-09'],
    ['September 2019', '2019-09'],
    ['2020', '2020'],
    ['Jan 15, 1990', '1990-01'],
    ['2021-03', '2021-03'],
    ['', undefined],
    ['Present', undefined],
    ['Smarch 2020', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(linkedInDate(raw)).toBe(expected);
  });
});

describe('highlightsOf', () => {
  it('splits on line breaks and bullets and takes the bullets off', () => {
    expect(highlightsOf('• One\r\n- Two\n* Three\n1. Four\n\n   \nFive')).toEqual([
      'One',
      'Two',
      'Three',
      'Four',
      'Five',
    ]);
    expect(highlightsOf('Shipped A • Shipped B • Shipped C')).toEqual(['Shipped A', 'Shipped B', 'Shipped C']);
    expect(highlightsOf('Built a well-known, hyphen-rich tool - with care')).toEqual([
      'Built a well-known, hyphen-rich tool - with care',
    ]);
    expect(highlightsOf('')).toBeUndefined();
  });

  it('keeps at most 50 highlights from a description of many lines', () => {
    expect(highlightsOf(Array.from({ length: 10_000 }, (_, i) => `- item ${i}`).join('\n'))).toHaveLength(50);
  });
});
