import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessCsvDelimiter, scanCsv } from './csv-scan.ts';

const LIMITS = { cells: 5, rowChars: 40, cellChars: 20 };
const scan =
  (text: string, delimiter = ',') =>
  () =>
    scanCsv(text, delimiter, LIMITS, 'file');

describe('scanCsv', () => {
  it('passes rows within the limits, however they are quoted or broken', () => {
    expect(scan('a,b,c,d,e\r\n"x,y,z,w,v,u",2\n\n"multi\nline ""c""",3\r4,5')).not.toThrow();
    expect(scan('a;b;c;d;e', ';')).not.toThrow();
    expect(scan('')).not.toThrow();
  });

  it('counts cells outside quotes and names the row past the limit', () => {
    expect(scan('a,b\n1,2,3,4,5,6')).toThrow('Row 2 has more than 5 cells, more than an import reads');
    expect(scan('a;b;c;d;e;f', ';')).toThrow('Row 1 has more than 5 cells');
    expect(scan('"a,b,c,d,e,f"')).not.toThrow();
    expect(scan('a,b,c,d,e,f', ';')).not.toThrow();
  });

  it('measures rows and cells, a quoted line break not ending the row', () => {
    expect(scan(`a,${'x'.repeat(21)}`)).toThrow('Row 1 has a cell longer than 20 characters');
    expect(scan(`a\n"${'x\n'.repeat(11)}"`)).toThrow('Row 2 has a cell longer than 20 characters');
    expect(scan(`a\nb\n${'x'.repeat(15)},${'y'.repeat(15)},${'z'.repeat(15)}`)).toThrow(
      'Row 3 is longer than 40 characters',
    );
  });

  it('reads quotes as papaparse does: "" inside, spaces before the delimiter, a stray quote mid-cell', () => {
    const text = 'a,"b "" c"  ,d\nx"y,"z"\n1,2';
    expect(Papa.parse(text, { delimiter: ',' }).data).toEqual([
      ['a', 'b " c', 'd'],
      ['x"y', 'z'],
      ['1', '2'],
    ]);
    expect(scanCsv(text, ',', { cells: 3, rowChars: 14, cellChars: 12 }, 'file')).toBeUndefined();
    expect(() => scanCsv(text, ',', { cells: 2, rowChars: 14, cellChars: 12 }, 'file')).toThrow('Row 1 has more');
  });

  it('stops inside an unclosed quote as soon as the cell is too long', () => {
    const error = (() => {
      try {
        scanCsv(`a,"${'x'.repeat(5_000_000)}`, ',', LIMITS, 'csv');
      } catch (err) {
        return err;
      }
    })();
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', extra: { field: 'csv' } });
  });
});

describe('guessCsvDelimiter', () => {
  it('guesses as papaparse does, from the first rows only', () => {
    const candidates = [',', ';', '\t', '|'];
    for (const text of ['a;b;c\n1;2;3\n', 'a,b\n1,2\n', 'a\tb\n1\t2', 'a|b|c\n1|2|3', 'one\ntwo\n']) {
      expect(guessCsvDelimiter(text, candidates)).toBe(
        Papa.parse(text, { delimitersToGuess: candidates }).meta.delimiter,
      );
    }
    expect(guessCsvDelimiter(`a;b\n1;2\n${'x,'.repeat(1_000_000)}`, candidates)).toBe(';');
  });
});
