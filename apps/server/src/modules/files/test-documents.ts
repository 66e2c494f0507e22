import { readFileSync } from 'node:fs';
import { writeZip } from '#platform/zip-write.ts';

/** A real PDF résumé (fixtures/SOURCE.md). */
export const samplePdf = () => readFileSync(new URL('./fixtures/john_doe.pdf', import.meta.url));

/** A ZIP archive of stored (uncompressed) entries, with a valid central directory. */
export function makeZip(entries: Record<string, string>): Buffer {
  return writeZip(
    Object.entries(entries).map(([name, content]) => ({ name, data: Buffer.from(content), store: true })),
  );
}

/** The smallest Word document Word opens: content types, package relationship, the body. */
export function makeDocx(text = 'Ann Lee — Résumé'): Buffer {
  return makeZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

/** A multipart/form-data body with one file (and optional text fields), for `app.inject`. */
export function multipart(
  file: { filename: string; contentType: string; data: Buffer } | null,
  fields: Record<string, string> = {},
) {
  const boundary = `----jobpilot${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
