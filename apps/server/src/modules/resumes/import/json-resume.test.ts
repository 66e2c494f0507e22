import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '#platform/errors.ts';
import { importJsonResume, JSON_RESUME_MAX_BYTES } from './json-resume.ts';

const sample = readFileSync(new URL('./fixtures/jsonresume-sample.json', import.meta.url));
const bytes = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the import to be refused');
}

describe('importJsonResume', () => {
  it('imports the JSON Resume sample with every section, in order, dropping $schema and meta', () => {
    const document = importJsonResume(sample);
    expect(document.basics?.name).toBe('Richard Hendriks');
    expect(document.basics?.email).toBe('richard.hendriks@mail.com');
    expect(document.basics?.location?.city).toBe('San Francisco');
    expect(document.basics?.profiles?.map((p) => p.network)).toEqual(['Twitter', 'SoundCloud']);
    expect(document.work?.map((w) => w.name)).toEqual(['Pied Piper']);
    expect(document.work?.[0]).toMatchObject({ startDate: '2013-12-01', endDate: '2014-12-01' });
    expect(document.education?.[0]?.institution).toBe('University of Oklahoma');
    expect(document.skills?.map((s) => s.name)).toEqual(['Web Development', 'Compression']);
    expect(document.projects?.[0]?.name).toBe('Miss Direction');
    expect(document).not.toHaveProperty('$schema');
    expect(document).not.toHaveProperty('meta');
    // "image": "" in the sample means no picture: absent, not an empty string.
    expect(document.basics).not.toHaveProperty('image');
  });

  it('keeps the order of entries and drops keys the schema does not know', () => {
    const document = importJsonResume(
      bytes({
        meta: { theme: 'elegant' },
        basics: { name: 'Ada', x_tool: { deep: [1, 2, 3] } },
        work: [
          { name: 'C', startDate: '2021' },
          { name: 'A', startDate: '2019-04', endDate: '' },
          { name: 'B', startDate: '2015-01-31', endDate: null },
        ],
        favouriteColour: 'teal',
      }),
    );
    expect(document).toEqual({
      basics: { name: 'Ada' },
      work: [
        { name: 'C', startDate: '2021' },
        { name: 'A', startDate: '2019-04' },
        { name: 'B', startDate: '2015-01-31' },
      ],
    });
  });

  it('names the failing field in a sentence: work[2].startDate', () => {
    const error = refusal(() =>
      importJsonResume(
        bytes({ work: [{ name: 'A' }, { name: 'B', startDate: '2020' }, { name: 'C', startDate: 'March 2020' }] }),
      ),
    );
    expect(error.statusCode).toBe(422);
    expect(error.message).toBe('work[2].startDate: write the date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(error.extra.field).toBe('work[2].startDate');
  });

  it('lists every failing field in details and counts the rest in the message', () => {
    const error = refusal(() =>
      importJsonResume(bytes({ basics: 'Ada', education: [{ endDate: '20' }], skills: [{ keywords: 'Go' }] })),
    );
    expect(error.message).toBe('basics: should be an object ({ … }) (and 2 more problems)');
    expect(error.extra.details).toEqual([
      { field: 'basics', message: 'basics: should be an object ({ … })' },
      { field: 'education[0].endDate', message: 'education[0].endDate: write the date as YYYY, YYYY-MM or YYYY-MM-DD' },
      { field: 'skills[0].keywords', message: 'skills[0].keywords: should be a list ([ … ])' },
    ]);
  });

  it('refuses text longer than a field holds, naming the field and the limit', () => {
    const error = refusal(() => importJsonResume(bytes({ basics: { label: 'x'.repeat(201) } })));
    expect(error.message).toBe('basics.label: must be at most 200 characters');
  });

  it('refuses a file that is not JSON, with a sentence', () => {
    const error = refusal(() => importJsonResume(bytes('{"basics": {"name": "Ada",}')));
    expect(error.statusCode).toBe(422);
    expect(error.message).toMatch(/^The file is not valid JSON \(.+\); choose a JSON Resume file/);
  });

  it('refuses JSON that is not an object', () => {
    expect(refusal(() => importJsonResume(bytes('[{"basics":{}}]'))).message).toBe(
      'The file holds a list, not a JSON Resume object ({ "basics": …, "work": … })',
    );
    expect(refusal(() => importJsonResume(bytes('"resume"'))).message).toContain('holds a single string');
    expect(refusal(() => importJsonResume(bytes('null'))).message).toContain('holds null');
  });

  it('refuses a file holding NUL bytes, and a NUL escaped inside a string names its field', () => {
    const raw = Buffer.concat([bytes('{"basics":{"name":"Ada'), Buffer.from([0]), bytes('"}}')]);
    expect(refusal(() => importJsonResume(raw)).message).toBe(
      'The file holds NUL bytes, so it is not a JSON text file; choose a JSON Resume file (resume.json)',
    );
    const escaped = refusal(() => importJsonResume(bytes('{"basics":{"name":"Ada\\u0000"}}')));
    expect(escaped.statusCode).toBe(422);
    expect(escaped.message).toMatch(/^basics\.name: remove the invisible control characters/);
  });

  it('refuses an empty file, a file that is not UTF-8 and one over 2 MB', () => {
    expect(refusal(() => importJsonResume(new Uint8Array(0))).message).toContain('The file is empty');
    expect(refusal(() => importJsonResume(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).message).toContain('not UTF-8');
    const big = refusal(() => importJsonResume(Buffer.alloc(JSON_RESUME_MAX_BYTES + 1, 0x20)));
    expect(big.statusCode).toBe(413);
    expect(big.message).toContain('larger than 2 MB');
  });

  it('accepts a byte order mark and is linear on a file near the limit', () => {
    const work = Array.from({ length: 100 }, (_, i) => ({ name: `Company ${i}`, summary: 'x'.repeat(4000) }));
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes({ work, extra: 'y'.repeat(1_500_000) })]);
    expect(file.length).toBeLessThan(JSON_RESUME_MAX_BYTES);
    const started = performance.now();
    expect(importJsonResume(file).work).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('costs a bounded time on a file of deeply nested lists, under a key it drops and under one it checks', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const started = performance.now();
    expect(importJsonResume(bytes(`{"basics":{"name":"Ada"},"x":${deep(500_000)}}`))).toEqual({
      basics: { name: 'Ada' },
    });
    expect(refusal(() => importJsonResume(bytes(`{"work":${deep(500_000)}}`))).message).toBe(
      'work[0]: should be an object ({ … })',
    );
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
