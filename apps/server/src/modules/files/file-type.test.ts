import { describe, expect, it } from 'vitest';
import { detectDocumentKind, zipEntryNames } from './file-type.ts';
import { contentDisposition, safeFilename } from './filename.ts';
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

  it('sends an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Zoë CV.pdf')).toBe(
      `attachment; filename="Zo_ CV.pdf"; filename*=UTF-8''Zo%C3%AB%20CV.pdf`,
    );
    expect(contentDisposition("O'Neil (1).pdf")).toBe(
      `attachment; filename="O'Neil (1).pdf"; filename*=UTF-8''O%27Neil%20%281%29.pdf`,
    );
  });
});
