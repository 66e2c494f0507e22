import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import { inflateBudget, inflateZipEntry } from '#platform/untrusted/inflate.ts';
import type { ResumeLine } from './lines.ts';
import { isAllCaps } from './lines.ts';
import { repairText } from './text-repair.ts';

/** What all parts of one Word file may unpack to together; a résumé's document.xml is well under 1 MB. */
export const DOCX_INFLATED_MAX = 20 * 1024 * 1024;

const damaged = () =>
  new AppError(ErrorCode.ValidationFailed, 'This Word file is damaged: its document part cannot be found.', {
    field: 'file',
  });

/** The compressed bytes and method of one named entry, found through the central directory. */
function findEntry(data: Buffer, name: string): { bytes: Buffer; method: number } | undefined {
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= end; i++) {
    if (data.readUInt32LE(at) !== 0x02014b50) return undefined;
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    if (data.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) return undefined;
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      if (start + size > data.length) return undefined;
      return { bytes: data.subarray(start, start + size), method };
    }
    at = next;
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

/**
 * The paragraphs of a Word document in order, one line each; a table's cells come row by row, cell by
 * cell, since each cell is its own paragraphs. A paragraph whose runs are all bold, or styled as a
 * heading, is emphasised. All parts read share one inflate budget (zip bombs).
 */
export function docxLines(data: Buffer): ResumeLine[] {
  const entry = findEntry(data, 'word/document.xml');
  if (!entry) throw damaged();
  const xml = inflateZipEntry(entry.bytes, entry.method, { budget: inflateBudget(DOCX_INFLATED_MAX) }).toString('utf8');
  const lines: ResumeLine[] = [];
  for (const paragraph of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const body = paragraph[0];
    const runs = [...body.matchAll(/<w:r[ >]([\s\S]*?)<\/w:r>/g)].map((r) => r[1] ?? '');
    let text = '';
    let bold = runs.length > 0;
    for (const run of runs) {
      const pieces = [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\/>/g)];
      const runText = pieces.map((p) => (p[2] ? '  ' : decodeXml(p[1] ?? ''))).join('');
      if (runText.trim() && !/<w:b(?: w:val="(?:true|1|on)")?\/>/.test(run)) bold = false;
      text += runText;
    }
    const heading = /<w:pStyle w:val="(?:Heading|Title)[^"]*"/i.test(body);
    const bullet = /<w:numPr>/.test(body) ? '• ' : '';
    const clean = repairText(text);
    if (!clean) continue;
    lines.push({
      text: bullet + clean,
      size: heading ? 14 : 11,
      emphasis: heading || bold || isAllCaps(clean),
      page: 1,
    });
  }
  return lines;
}
