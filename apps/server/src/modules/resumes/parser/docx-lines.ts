import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import { inflateBudget, inflateZipEntry } from '#platform/untrusted/inflate.ts';
import { readZipDirectory, zipEntryData } from '#platform/untrusted/zip-read.ts';
import type { ResumeLine } from './lines.ts';
import { isAllCaps } from './lines.ts';
import { repairText } from './text-repair.ts';

/** What all parts of one Word file may unpack to together; a résumé's document.xml is well under 1 MB. */
export const DOCX_INFLATED_MAX = 20 * 1024 * 1024;

const damaged = () =>
  new AppError(ErrorCode.ValidationFailed, 'This Word file is damaged: its document part cannot be found.', {
    field: 'file',
  });

/** Entries a Word file's directory may list (it has 10–50); more and it is not one. */
const DOCX_ENTRIES_MAX = 5_000;

/** The compressed bytes and method of one named entry, found through the central directory. */
function findEntry(data: Buffer, name: string): { bytes: Buffer; method: number } | undefined {
  const directory = readZipDirectory(data, { maxEntries: DOCX_ENTRIES_MAX });
  const entry = directory.ok ? directory.entries.find((e) => e.name === name) : undefined;
  const bytes = entry && zipEntryData(data, entry);
  return entry && bytes ? { bytes, method: entry.method } : undefined;
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
  return readDocx(data).lines;
}

/** What a Word file's layout holds that an applicant-tracking system may read badly or not at all. */
export interface DocxLayout {
  /** Tables in the body (layout tables included). */
  tables: number;
  /** Text boxes and frames (`w:txbxContent`). */
  textBoxes: number;
  /** The text of the page headers and footers, one line per paragraph. */
  headerFooterLines: string[];
}

/** The body's lines and its layout, every part under one inflate budget. */
export function readDocx(data: Buffer): { lines: ResumeLine[]; layout: DocxLayout } {
  const budget = inflateBudget(DOCX_INFLATED_MAX);
  const entry = findEntry(data, 'word/document.xml');
  if (!entry) throw damaged();
  const xml = inflateZipEntry(entry.bytes, entry.method, { budget }).toString('utf8');
  const headerFooterLines: string[] = [];
  const directory = readZipDirectory(data, { maxEntries: DOCX_ENTRIES_MAX });
  for (const part of directory.ok ? directory.entries : []) {
    if (!/^word\/(?:header|footer)\d*\.xml$/.test(part.name)) continue;
    const bytes = zipEntryData(data, part);
    if (!bytes) continue;
    const partXml = inflateZipEntry(bytes, part.method, { budget }).toString('utf8');
    for (const line of paragraphLines(partXml)) headerFooterLines.push(line.text);
  }
  const layout: DocxLayout = {
    tables: (xml.match(/<w:tbl>/g) ?? []).length,
    textBoxes: (xml.match(/<w:txbxContent[ >]/g) ?? []).length,
    headerFooterLines,
  };
  return { lines: paragraphLines(xml), layout };
}

/** One line per `<w:p>` of a part, in order. */
function paragraphLines(xml: string): ResumeLine[] {
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
