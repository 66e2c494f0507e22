import { readFileSync } from 'node:fs';
import { CSV_IMPORT_ROWS_MAX, UNSTORABLE_TEXT_MESSAGE } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { decodeUpload } from '#platform/text-decode.ts';
import { duplicateKey, planImport } from './import-plan.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const none = new Set<string>();
const plan = (csv: string, options: Parameters<typeof planImport>[1] = { skipDuplicates: true }, existing = none) =>
  planImport(csv, options, existing);

describe('a Huntr export', () => {
  const { preview, inputs } = plan(fixture('huntr-export.csv'));

  it('is read with its columns, US dates and list names', () => {
    expect(preview.delimiter).toBe(',');
    expect(preview.mapping).toEqual(preview.suggestedMapping);
    expect(preview.missingFields).toEqual([]);
    expect(preview.dateOrder).toBe('mdy');
    expect(preview.dateOrderAmbiguous).toBe(false);
    expect(preview.statusValues).toEqual([
      { value: 'Wishlist', count: 1, status: 'saved' },
      { value: 'Applied', count: 3, status: 'applied' },
      { value: 'Interview', count: 1, status: 'interview' },
      { value: 'Phone Screen', count: 1, status: 'interview' },
      { value: 'Offer', count: 1, status: 'offer' },
      { value: 'Rejected', count: 1, status: 'rejected' },
      { value: 'Declined', count: 1, status: 'rejected' },
    ]);
    expect(preview.samples[0]).toEqual(['Northwind Analytics', 'Lumen Health', 'Quarry Labs']);
  });

  it('turns each good row into an application', () => {
    expect(preview.totalRows).toBe(9);
    expect(preview.validRows).toBe(7);
    expect(inputs).toHaveLength(7);
    expect(inputs[0]).toMatchObject({
      company: 'Northwind Analytics',
      position: 'Senior Frontend Engineer',
      status: 'saved',
      location: 'Remote (US)',
      salaryMin: 140_000,
      salaryMax: 165_000,
      salaryCurrency: 'USD',
      appliedAt: null,
      jobDescription: 'Design system team. React, TypeScript and "a11y" first.',
    });
    expect(inputs[2]).toMatchObject({
      company: 'Quarry Labs',
      status: 'interview',
      appliedAt: '2026-03-17',
      jobDescription: 'Platform team.\nSecond round is a system design interview.',
    });
    expect(inputs[4]).toMatchObject({ salaryMin: 60, salaryMax: 60, salaryCurrency: 'USD', salaryPeriod: 'hour' });
  });

  it('keeps a salary without an amount in the notes', () => {
    const pinecrest = inputs.find((i) => i.company === 'Pinecrest Bank');
    expect(pinecrest).toMatchObject({ salaryMin: null, salaryMax: null, notes: 'Salary: Competitive' });
  });

  it('reports each bad row with its spreadsheet row number, field and column', () => {
    // Row 4 holds a two-line cell, so the rows after it are still counted as a spreadsheet shows them.
    expect(preview.errors).toEqual([
      { row: 8, field: 'company', column: 'Company', message: 'Enter the company' },
      {
        row: 9,
        field: 'appliedAt',
        column: 'Date Applied',
        message: `Can't read the date "sometime in March"; use 2026-03-31, 03/31/2026 or 31.03.2026`,
      },
    ]);
    expect(preview.invalidRows).toBe(2);
    expect(preview.rows.find((r) => r.row === 8)?.values.position).toBe('Software Engineer');
  });
});

describe('a Teal export', () => {
  it("maps Teal's stages and ISO dates", () => {
    const { preview, inputs } = plan(fixture('teal-export.csv'));
    expect(preview.errors).toEqual([]);
    expect(inputs.map((i) => [i.company, i.status, i.appliedAt])).toEqual([
      ['Fernway Travel', 'saved', null],
      ['Marigold Games', 'saved', null],
      ['Sable & Co', 'applied', '2026-02-22'],
      ['Tidepool Energy', 'interview', '2026-02-12'],
      ['Juniper Robotics', 'offer', '2026-01-18'],
      ['Kestrel Media', 'rejected', '2026-01-07'],
      ['Larkspur Health', 'applied', '2026-01-04'],
      ['Quill Analytics', 'withdrawn', '2026-01-03'],
      ['Vireo Labs', 'accepted', '2025-12-03'],
    ]);
    expect(inputs[0]?.notes).toBe('Friend works on the payments team.');
  });
});

describe('a European spreadsheet', () => {
  const csv = fixture('spreadsheet-eu.csv');

  it('detects the semicolon, reads dotted dates and euro amounts, and flags the unknown status word', () => {
    const { preview, inputs } = plan(csv);
    expect(preview.delimiter).toBe(';');
    expect(preview.statusValues.find((s) => s.value === 'Beworben')).toEqual({
      value: 'Beworben',
      count: 1,
      status: null,
    });
    expect(preview.errors).toEqual([
      {
        row: 2,
        field: 'status',
        column: 'Stage',
        message: 'Unknown status "Beworben"; choose what it means in the status step',
      },
    ]);
    expect(inputs.find((i) => i.company === 'Nordlicht AG')).toMatchObject({
      appliedAt: '2026-02-17',
      salaryMin: 65_000,
      salaryCurrency: 'EUR',
      notes: 'Zweites Gespräch am 10.03.',
    });
    expect(inputs.find((i) => i.company === 'Grachtenwerk BV')).toMatchObject({
      salaryMin: 4500,
      salaryPeriod: 'month',
    });
  });

  it("takes the person's meaning for a status word", () => {
    const { preview, inputs } = plan(csv, { skipDuplicates: true, statusMap: { ' beworben': 'applied' } });
    expect(preview.errors).toEqual([]);
    expect(preview.statusValues.find((s) => s.value === 'Beworben')?.status).toBe('applied');
    expect(inputs[0]).toMatchObject({
      company: 'Klarblick GmbH',
      status: 'applied',
      salaryMin: 50_000,
      salaryMax: 60_000,
    });
  });

  it('decodes the file when Excel saved it as Windows-1252', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('Company;Position\n'),
      0x43,
      0x61,
      0x66,
      0xe9,
      0x3b,
      0x44,
      0x65,
      0x76,
      0x0a,
    ]);
    expect(decodeUpload(bytes)).toBe('Company;Position\nCafé;Dev\n');
    expect(decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Company')]))).toBe('Company');
  });
});

describe('choices and limits', () => {
  it('uses the mapping the person chose, and re-checks the rows with it', () => {
    const csv = 'Company,Title,Notes\nAcme,Engineer,Great team\n';
    const { preview, inputs } = plan(csv, { skipDuplicates: true, mapping: ['company', 'position', 'jobDescription'] });
    expect(preview.suggestedMapping).toEqual(['company', 'position', 'notes']);
    expect(inputs[0]).toMatchObject({ jobDescription: 'Great team', notes: null });
  });

  it('names the required fields no column is mapped to', () => {
    const { preview } = plan('Company,Title\nAcme,Engineer\n', { skipDuplicates: true, mapping: ['company', null] });
    expect(preview.missingFields).toEqual(['position']);
    expect(preview.errors[0]).toMatchObject({ row: 2, field: 'position', column: null, message: 'Enter the position' });
  });

  it('refuses a mapping that does not fit the columns', () => {
    expect(() => plan('Company,Title\nAcme,Engineer\n', { skipDuplicates: true, mapping: ['company'] })).toThrow(
      'The mapping names 1 columns but the file has 2',
    );
  });

  it('reads slashed dates day-first when the person says so', () => {
    const csv = 'Company,Title,Date applied\nAcme,Engineer,04/03/2026\n';
    expect(plan(csv).preview).toMatchObject({ dateOrder: 'mdy', dateOrderAmbiguous: true });
    expect(plan(csv).inputs[0]?.appliedAt).toBe('2026-04-03');
    expect(plan(csv, { skipDuplicates: true, dateOrder: 'dmy' }).inputs[0]?.appliedAt).toBe('2026-03-04');
  });

  it('leaves out applications already tracked or repeated in the file, unless told otherwise', () => {
    const csv = 'Company,Title\nAcme Inc.,Engineer\nGlobex,Designer\nglobex,designer\n';
    const existing = new Set([duplicateKey({ company: 'ACME INC', position: 'engineer' })]);
    const skipping = plan(csv, { skipDuplicates: true }, existing);
    expect(skipping.preview).toMatchObject({ validRows: 3, duplicateRows: 2, importableRows: 1 });
    expect(skipping.preview.rows.map((r) => r.duplicate)).toEqual([true, false, true]);
    expect(skipping.inputs.map((i) => i.company)).toEqual(['Globex']);
    expect(plan(csv, { skipDuplicates: false }, existing).inputs).toHaveLength(3);
  });

  it('reads tab-separated files, skips blank rows, and counts them in row numbers', () => {
    const { preview } = plan('Company\tTitle\tStatus\n\nAcme\tEngineer\tGhosted\n\nGlobex\tDesigner\tNope\n');
    expect(preview.delimiter).toBe('\t');
    expect(preview.totalRows).toBe(2);
    expect(preview.errors.map((e) => e.row)).toEqual([5]);
  });

  it('checks every field with the create schema', () => {
    const csv = `Company,Title,URL,Salary\nAcme,${'x'.repeat(201)},not a link,120k-90k\n`;
    const messages = plan(csv).preview.errors.map((e) => [e.field, e.message]);
    expect(messages).toEqual([
      ['position', 'Must be at most 200 characters'],
      ['jobUrl', 'Enter a full http(s) link'],
      ['salary', 'Minimum salary must not exceed the maximum'],
    ]);
  });

  it('adds https:// to a link written without it', () => {
    expect(plan('Company,Title,URL\nAcme,Dev,www.acme.example/jobs/1\n').inputs[0]?.jobUrl).toBe(
      'https://www.acme.example/jobs/1',
    );
  });

  it('reports an unclosed quote on its row', () => {
    const { preview } = plan('Company,Title\nAcme,Dev\nGlobex,"Designer\n');
    expect(preview.errors).toContainEqual(expect.objectContaining({ row: 3, field: null }));
    expect(preview.validRows).toBe(1);
  });

  it('reports stray quotes once per row and kind, however many the row holds', () => {
    const { preview } = plan(`Company,Title,Notes\nAcme,Dev,ok\nGlobex,Ops,"a"${' "b"'.repeat(10)}\n`);
    expect(preview.errors).toEqual([
      {
        row: 3,
        field: null,
        column: null,
        message: 'A quoted cell has text after its closing quote; check the quotes on this row',
      },
    ]);
    expect(preview.validRows).toBe(1);
  });

  it('refuses empty files, headers without rows and too many rows with a 422 on csv', () => {
    expect(() => plan('\n\n')).toThrow('The file is empty');
    expect(() => plan('Company,Title\n')).toThrow('The file has a header row but no applications under it');
    const big = `Company,Title\n${'Acme,Dev\n'.repeat(CSV_IMPORT_ROWS_MAX + 1)}`;
    expect(() => plan(big)).toThrow('The file has more than 5,000 rows; import at most 5,000 at a time');
  });
});

describe('unstorable text', () => {
  it('refuses only the row with a NUL or a lone surrogate, naming its field, and keeps the others', () => {
    const { preview, inputs } = plan(
      'Company,Title,Notes\nAcme,Dev,ok\nBad\u0000Co,Dev,x\nBeta,Ops,half \uD800 emoji\n',
    );
    expect(inputs.map((i) => i.company)).toEqual(['Acme']);
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'company', column: 'Company', message: UNSTORABLE_TEXT_MESSAGE }),
      expect.objectContaining({ row: 4, field: 'notes', column: 'Notes', message: UNSTORABLE_TEXT_MESSAGE }),
    ]);
    expect(preview.rows[1]?.values.company).toBe('BadCo');
  });
});
