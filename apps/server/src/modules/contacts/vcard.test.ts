import { readFileSync } from 'node:fs';
import type { Contact } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { toDraft } from './contact-draft.ts';
import { decodeText } from './contact-import.service.ts';
import { VCARD_LIMITS } from './vcard-limits.ts';
import { cardToRaw } from './vcard-map.ts';
import { decodeQuotedPrintable, parseVcards, splitStructured, unescapeText, unfold } from './vcard-parse.ts';
import { escapeText, fold, toVcards } from './vcard-write.ts';

const fixture = (name: string) => decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const drafts = (text: string) => parseVcards(text).map((card) => toDraft(cardToRaw(card)));

describe('reading vCard lines', () => {
  it('unfolds continuation lines and joins quoted-printable soft line breaks', () => {
    expect(unfold('NOTE:one\r\n  two\r\n\t three\r\nFN:x')).toEqual(['NOTE:one two three', 'FN:x']);
    expect(unfold('NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\n=C3=91=\r\nb\r\nFN:x')).toEqual([
      'NOTE;ENCODING=QUOTED-PRINTABLE:a=C3=91b',
      'FN:x',
    ]);
  });

  it('decodes quoted-printable in the declared charset', () => {
    expect(decodeQuotedPrintable('=C3=91=20x')).toBe('Ñ x');
    expect(decodeQuotedPrintable('caf=E9', 'iso-8859-1')).toBe('café');
    expect(decodeQuotedPrintable('a=0D=0Ab', 'no-such-charset')).toBe('a\r\nb');
  });

  it('unescapes text and splits structured values at unescaped semicolons', () => {
    expect(unescapeText('a\\, b\\; c\\nd\\\\e http\\://x')).toBe('a, b; c\nd\\e http://x');
    expect(splitStructured('Doe;John;Richter\\, James;Mr.;Sr.')).toEqual([
      'Doe',
      'John',
      'Richter, James',
      'Mr.',
      'Sr.',
    ]);
    expect(splitStructured('IBM\\;Research;Accounting')).toEqual(['IBM;Research', 'Accounting']);
  });

  it('reads parameters in 2.1 (bare), 3.0 (repeated TYPE) and 4.0 (quoted list) style', () => {
    const [card] = parseVcards(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:P',
        'TEL;CELL;PREF:1',
        'TEL;TYPE=HOME;TYPE=FAX:2',
        'TEL;VALUE=uri;TYPE="work,voice":tel:+1-418-656-9254;ext=102',
        'item1.EMAIL;type=INTERNET:p@example.com',
        'END:VCARD',
      ].join('\n'),
    );
    const tels = card?.properties.filter((p) => p.name === 'TEL') ?? [];
    expect(tels.map((p) => [...p.types])).toEqual([
      ['CELL', 'PREF'],
      ['HOME', 'FAX'],
      ['WORK', 'VOICE'],
    ]);
    expect(card?.properties.find((p) => p.name === 'EMAIL')?.group).toBe('item1');
    expect(toDraft(cardToRaw(card as never)).draft.phones).toEqual(['1', '+1-418-656-9254 ext. 102']);
  });

  it("skips a 2.1 AGENT's embedded card, and marks a card cut off before END:VCARD", () => {
    const cards = parseVcards(
      [
        'BEGIN:VCARD',
        'VERSION:2.1',
        'FN:Boss',
        'AGENT:',
        'BEGIN:VCARD',
        'VERSION:2.1',
        'FN:Assistant',
        'END:VCARD',
        'EMAIL:boss@example.com',
        'END:VCARD',
        'BEGIN:VCARD',
        'FN:Cut Off',
        'BEGIN:VCARD',
        'FN:Next',
      ].join('\r\n'),
    );
    expect(cards.map((c) => [c.index, c.closed])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
    expect(toDraft(cardToRaw(cards[0] as never)).draft).toMatchObject({ name: 'Boss', emails: ['boss@example.com'] });
    expect(toDraft(cardToRaw(cards[1] as never)).draft.name).toBe('Cut Off');
  });

  it('makes links of Apple social profiles and of bare domains', () => {
    const [draft] = drafts(
      [
        'BEGIN:VCARD',
        'FN:Ann',
        'X-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/annlee',
        'X-SOCIALPROFILE;type=twitter;x-user=annlee:x-apple:annlee',
        'URL:www.example.com/ann',
        'URL:not a link',
        'END:VCARD',
      ].join('\n'),
    );
    expect(draft?.draft.links).toEqual([
      'https://www.example.com/ann',
      'http://www.linkedin.com/in/annlee',
      'https://twitter.com/annlee',
    ]);
    expect(draft?.warnings).toHaveLength(1);
  });
});

describe('real exports', () => {
  it.each([
    ['John_Doe_GMAIL.vcf', 'Mr. John Richter, James Doe Sr.', ['905-555-1234', '905-666-1234']],
    [
      'John_Doe_IPHONE.vcf',
      'Mr. John Richter James Doe Sr.',
      ['905-555-1234', '905-666-1234', '905-777-1234', '905-111-1234', '905-222-1234'],
    ],
    [
      'John_Doe_MAC_ADDRESS_BOOK.vcf',
      'Mr. John Richter,James Doe Sr.',
      ['905-777-1234', '905-666-1234', '905-555-1234', '905-111-1234', '905-222-1234'],
    ],
    ['John_Doe_MS_OUTLOOK.vcf', 'Mr. John Richter James Doe Sr.', ['(905) 555-1234', '(905) 666-1234']],
  ])('%s: the same John Doe, fax numbers left out, photo and birthday ignored', (file, name, phones) => {
    const [result, ...rest] = drafts(fixture(file));
    expect(rest).toEqual([]);
    expect(result?.error).toBeNull();
    expect(result?.draft).toMatchObject({
      name,
      company: 'IBM',
      position: 'Money Counter',
      phones,
      links: ['http://www.ibm.com'],
    });
  });

  it('reads the notes of Gmail (folded, escaped) and Outlook 2007 (quoted-printable CRLF)', () => {
    const gmail = drafts(fixture('gmail-single.vcf'))[0]?.draft;
    expect(gmail?.notes).toBe(
      "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField",
    );
    const outlook = drafts(fixture('outlook-2007.vcf'))[0]?.draft;
    expect(outlook?.notes?.split('\n')).toHaveLength(4);
    expect(outlook).toMatchObject({ name: 'Mr. Michael Angstadt Jr.', emails: ['mike.angstadt@gmail.com'] });
  });

  it('reads the RFC 6350 example (4.0, tel: URIs) and the RFC 2426 pair (3.0)', () => {
    expect(drafts(fixture('rfc6350-example.vcf'))[0]?.draft).toMatchObject({
      name: 'Simon Perreault',
      company: 'Viagenie',
      phones: ['+1-418-656-9254 ext. 102', '+1-418-262-6501'],
      emails: ['simon.perreault@viagenie.ca'],
    });
    expect(drafts(fixture('rfc2426-example.vcf')).map((d) => d.draft.emails)).toEqual([
      ['frank_dawson@lotus.com', 'fdawson@earthlink.net'],
      ['howes@netscape.com'],
    ]);
  });
});

describe('writing vCards', () => {
  it('escapes text and folds at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = fold(`NOTE:${'ñ'.repeat(80)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toEqual([`NOTE:${'ñ'.repeat(80)}`]);
  });

  it('round-trips a contact through vCard 4.0', () => {
    const contact: Contact = {
      id: '6f1b8a62-6d0a-4a8e-9c5e-2f4b2d1c0a11',
      name: 'Ann Marie Lee',
      position: 'Head of Talent; EMEA',
      company: 'Acme, Inc.',
      emails: ['ann@acme.example'],
      phones: ['+49 30 1234567'],
      links: ['https://acme.example/ann'],
      notes: 'First line\nSecond, with comma',
      applicationIds: [],
      linkedUserId: null,
      linkedUser: null,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T11:12:13.000Z',
    };
    const text = toVcards([contact]);
    expect(text).toContain('N:Lee;Ann Marie;;;\r\n');
    expect(text).toContain('REV:20260302T111213Z\r\n');
    const [back] = drafts(text);
    expect(back?.draft).toEqual({
      name: contact.name,
      position: contact.position,
      company: contact.company,
      emails: contact.emails,
      phones: contact.phones,
      links: contact.links,
      notes: contact.notes,
    });
  });
});

describe('vCard limits, checked while reading', () => {
  const card = (body: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n${body}END:VCARD\r\n`;

  it('stops at the card past the import limit, the property past a card limit, and an over-long line', () => {
    expect(() => parseVcards(card('').repeat(VCARD_LIMITS.cards + 1))).toThrow(
      'The file holds more than 2,000 contacts; import at most 2,000 at a time',
    );
    expect(parseVcards(card('').repeat(VCARD_LIMITS.cards))).toHaveLength(VCARD_LIMITS.cards);
    expect(() => parseVcards(card('NOTE:x\r\n'.repeat(VCARD_LIMITS.properties + 1)))).toThrow(
      'Card 1 has more than 500 properties',
    );
    expect(() => parseVcards(card(`NOTE:${'x'.repeat(VCARD_LIMITS.lineLength)}\r\n`))).toThrow(
      'The property starting on line 4 is longer than',
    );
    expect(() => parseVcards(card(`TEL;TYPE=${'a,'.repeat(VCARD_LIMITS.parameters)}b:1\r\n`))).toThrow(
      'The property on line 4 has more than 100 parameters',
    );
  });
});
