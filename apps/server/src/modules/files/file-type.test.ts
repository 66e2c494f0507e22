import { describe, expect, it } from 'vitest';
import { detectDocumentKind, ZIP_ENTRIES_MAX, zipEntryNames } from './file-type.ts';
import { safeFilename } from './filename.ts';
import { makeDocx, makeZip, samplePdf } from './test-documents.ts';

describe('document type by content', () => {
  it('knows a PDF by %PDF- and a Word file by the names in its ZIP directory', () => {
    expect(detectDocumentKind(samplePdf())).toBe('pdf');
    expect(detectDocumentKind(makeDocx())).toBe('docx');
  });

  it('refuses other ZIPs, other files, and truncated or lying ZIP directories', () => {
    expect(detectDocumentKind(makeZip({ 'word/document.xml': '<x/>' }))).toBeUndefined();
    expect(detectDocumentKind(makeZip({ mimetype: 'application/epub+zip' }))).toBeUndefined();
    expect(detectDocumentKind(Buffer.from('GIF89a'))).toBeUndefined();
    expect(detectDocumentKind(Buffer.from(' %PDF-1.7'))).toBeUndefined();
    expect(detectDocumentKind(Buffer.alloc(0))).toBeUndefined();
    const docx = makeDocx();
    expect(detectDocumentKind(docx.subarray(0, docx.length - 10))).toBeUndefined();
    const lying = Buffer.from(docx);
    lying.writeUInt16LE(60_000, lying.length - 12);
    expect(zipEntryNames(lying)).toBeUndefined();
  });

  it('reads only the ZIP directory, and refuses one listing more entries than a document has', () => {
    const names = Object.fromEntries(Array.from({ length: ZIP_ENTRIES_MAX + 1 }, (_, i) => [`x/${i}.xml`, '']));
    const crowded = makeZip({ '[Content_Types].xml': '<x/>', 'word/document.xml': '<x/>', ...names });
    expect(zipEntryNames(crowded)).toBeUndefined();
    expect(detectDocumentKind(crowded)).toBeUndefined();
    // Only the names in the directory are read; what the entries hold is never looked at.
    const docx = makeZip({ '[Content_Types].xml': '<x/>', 'word/document.xml': 'not deflate data' });
    expect(detectDocumentKind(docx)).toBe('docx');
  });

  it('finds the directory behind a ZIP comment', () => {
    const docx = makeDocx();
    const comment = Buffer.from('made by a test');
    const withComment = Buffer.concat([docx, comment]);
    withComment.writeUInt16LE(comment.length, docx.length - 2);
    expect(detectDocumentKind(withComment)).toBe('docx');
  });
});

describe('file names', () => {
  it('drops folders and unsafe characters and keeps the real extension', () => {
    expect(safeFilename('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(safeFilename('C:\\Users\\ann\\CV "final".exe', 'pdf')).toBe('CV final.pdf');
    expect(safeFilename('resume', 'docx')).toBe('resume.docx');
    expect(safeFilename('...', 'pdf', 'resume')).toBe('resume.pdf');
    expect(safeFilename('a\u0000b\u001f.pdf', 'pdf')).toBe('a b.pdf');
    expect(safeFilename('invoice\u202Efdp.exe', 'pdf')).toBe('invoice fdp.pdf');
    expect(safeFilename(`${'x'.repeat(300)}.pdf`, 'pdf')).toHaveLength(124);
  });
});
