import { describe, expect, it } from 'vitest';
import { csvCell } from '#platform/csv.ts';
import { columnRole, parseContactsCsv } from './csv-import.ts';

describe('CSV columns', () => {
  it.each([
    ['Name', 'name'],
    ['Given Name', 'first'],
    ['Family Name', 'last'],
    ['E-mail 1 - Value', 'email'],
    ['E-mail 2 Address', 'email'],
    ['Email Address', 'email'],
    ['Phone 1 - Value', 'phone'],
    ['Mobile Phone', 'phone'],
    ['Organization 1 - Title', 'position'],
    ['Job Title', 'position'],
    ['Company', 'company'],
    ['Web Page', 'link'],
    ['Website 1 - Value', 'link'],
    ['Notes', 'notes'],
  ])('%s is %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  it.each([
    'Title',
    'E-mail 1 - Type',
    'E-mail Display Name',
    'Phone 1 - Label',
    'Business Fax',
    "Assistant's Phone",
    'Birthday',
  ])('%s is not read', (header) => {
    expect(columnRole(header)).toBeUndefined();
  });
});

describe('CSV cells', () => {
  it('quotes where needed, doubles quotes and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    for (const risky of ['=1+1', '+1 555', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(risky).replace(/^"/, '').startsWith("'"), risky).toBe(true);
    }
  });

  it('undoes the guard and splits several values on import; blank rows are skipped', () => {
    const { rows } = parseContactsCsv(
      '"Name","Phone","E-mail Address","Website"\r\n"\'=Odd","\'+1 555 0100 ::: 555 0101","a@x.example; b@x.example","https://a.example https://b.example"\r\n,,,\r\n',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.raw).toMatchObject({
      name: '=Odd',
      phones: ['+1 555 0100', '555 0101'],
      emails: ['a@x.example', 'b@x.example'],
      links: ['https://a.example', 'https://b.example'],
    });
  });
});
