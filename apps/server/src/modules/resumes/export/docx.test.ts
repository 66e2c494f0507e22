import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseResume } from '../parser/parse-resume.ts';
import { renderDocx } from './docx.ts';
import { sampleResume } from './sample.test-helper.ts';
import { RESUME_TEMPLATES } from './templates.ts';

/** The names of a ZIP's entries, read from its central directory. */
function entryNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

function entryText(zip: Buffer, name: string): string {
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) === name) {
      return inflateRawSync(zip.subarray(start, start + size)).toString('utf8');
    }
    at = start + size;
  }
  throw new Error(`${name} is not in the archive`);
}

describe('DOCX export', () => {
  it('writes the parts Word needs: content types, relationships, document, styles, numbering', () => {
    const zip = Buffer.from(renderDocx(sampleResume(), { template: 'classic' }));
    expect(entryNames(zip)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'word/numbering.xml',
    ]);
    expect(entryText(zip, 'word/styles.xml')).toContain('<w:name w:val="heading 1"/>');
    expect(entryText(zip, 'word/numbering.xml')).toContain('<w:numFmt w:val="bullet"/>');
    expect(entryText(zip, 'word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    const letter = Buffer.from(renderDocx(sampleResume(), { template: 'classic', paper: 'Letter' }));
    expect(entryText(letter, 'word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"/>');
  });

  for (const template of RESUME_TEMPLATES) {
    it(`reads back in mammoth with its headings, entries and bullets (${template})`, async () => {
      const bytes = renderDocx(sampleResume(), { template });
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      const experience = template === 'modern' ? 'Experience' : 'EXPERIENCE';
      expect(html).toContain(`<h1>${experience}</h1>`);
      expect(html).toContain(`<h1>${template === 'modern' ? 'Education' : 'EDUCATION'}</h1>`);
      expect(html).toContain('<h2>CEO/President | Pied Piper\tDec 2013 – Dec 2014</h2>');
      expect(html).toContain('<h2>University of Oklahoma\tJun 2011 – Jan 2014</h2>');
      expect(html).toContain('<li>Successfully won Techcrunch Disrupt</li>');
      const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      expect(text).toContain('Richard Hendriks');
      expect(text).toContain('richard.hendriks@mail.com');
    });
  }

  it('escapes XML characters and drops control characters', async () => {
    const bytes = renderDocx(
      { basics: { name: 'Ann <b>Lee</b> & Co' }, work: [{ name: 'A "quoted" firm\u0001', position: 'Engineer' }] },
      { template: 'compact' },
    );
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('Ann <b>Lee</b> & Co');
    expect(text).toContain('Engineer | A "quoted" firm');
  });

  it('is read back by the résumé parser with the work and education entries', async () => {
    const { document } = await parseResume({ bytes: renderDocx(sampleResume(), { template: 'classic' }) });
    expect(document.basics?.name).toBe('Richard Hendriks');
    expect(document.work?.[0]).toMatchObject({ name: 'Pied Piper', position: 'CEO/President', startDate: '2013-12' });
    expect(document.education?.[0]?.institution).toBe('University of Oklahoma');
  });
});
