import { findDateRange } from './dates.ts';
import { sectionOf } from './headings.ts';
import type { ResumeLine } from './lines.ts';
import { repairText } from './text-repair.ts';

/** A run of text on a PDF page with its position (PDF points, y grows upwards) and font. */
export interface PositionedItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

export interface PdfText {
  pages: PositionedItem[][];
  pageWidths: number[];
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

/** Every page's text items with positions, as pdf.js extracts them. Throws pdf.js's own errors. */
export async function readPdfItems(data: Uint8Array): Promise<PdfText> {
  // Loaded on the first PDF, not when the module is: every untrusted-document worker imports every task's module
  // at start, and pdf.js (2.3 MB) would slow each worker's start for vCard and CSV jobs that never need it.
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(data, { isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pages: PositionedItem[][] = [];
    const pageWidths: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pageWidths.push(page.view[2] ?? 612);
      const content = await page.getTextContent();
      const items: PositionedItem[] = [];
      for (const raw of content.items as RawItem[]) {
        if (!raw.str || !raw.transform || raw.str.trim() === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform;
        items.push({
          text: raw.str,
          x,
          y,
          width: raw.width ?? 0,
          size: Math.hypot(a, b) || 1,
          font: raw.fontName ?? '',
        });
      }
      pages.push(items);
    }
    return { pages, pageWidths };
  } finally {
    await pdf.destroy();
  }
}

/** The font most characters are set in, and its usual size: the body text. */
function bodyStyle(pages: PositionedItem[][]): { font: string; size: number } {
  const fonts = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const item of pages.flat()) {
    fonts.set(item.font, (fonts.get(item.font) ?? 0) + item.text.length);
    const size = Math.round(item.size * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + item.text.length);
  }
  const top = <K>(m: Map<K, number>, fallback: K) => [...m].sort((p, q) => q[1] - p[1])[0]?.[0] ?? fallback;
  return { font: top(fonts, ''), size: top(sizes, 10) };
}

/**
 * The x of a gutter between two columns: a vertical band no item crosses, with a good share of the text
 * on each side. Items crossing it (a full-width header) may hold at most 15% of the characters.
 */
export function findGutter(items: PositionedItem[], pageWidth: number): number | undefined {
  const total = items.reduce((sum, item) => sum + item.text.length, 0);
  if (total < 200) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = pageWidth * 0.2; x <= pageWidth * 0.8; x += 2) {
    let left = 0;
    let right = 0;
    let leftTop = Number.NEGATIVE_INFINITY;
    let rightTop = Number.NEGATIVE_INFINITY;
    const crossers: PositionedItem[] = [];
    for (const item of items) {
      if (item.x < x - 3 && item.x + item.width > x + 3) crossers.push(item);
      else if (item.x + item.width <= x + 3) {
        left += item.text.length;
        leftTop = Math.max(leftTop, item.y);
      } else {
        right += item.text.length;
        rightTop = Math.max(rightTop, item.y);
      }
    }
    // A full-width header above both columns (name, a long contact line) does not count against them.
    const columnTop = Math.min(leftTop, rightTop);
    const crossing = crossers.reduce((sum, item) => sum + (item.y <= columnTop + 1 ? item.text.length : 0), 0);
    if (crossing > total * 0.15 || left < total * 0.12 || right < total * 0.12) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best) return undefined;
  const gutter = best.x;
  const dateSide = (onSide: (item: PositionedItem) => boolean) => undatedShare(items, onSide) < total * 0.12;
  const onLeft = (i: PositionedItem) => i.x + i.width <= gutter + 3;
  const onRight = (i: PositionedItem) => i.x >= gutter - 3;
  if (dateSide(onLeft) || dateSide(onRight)) return undefined;
  // Section headings on one side only: a table whose first cell holds headings and dates, the other the entries.
  const headings = (onSide: (item: PositionedItem) => boolean) =>
    items.some((i) => onSide(i) && sectionOf(i.text.trim()) !== undefined);
  if (headings(onLeft) !== headings(onRight)) return undefined;
  return gutter;
}

/**
 * The characters on one side of a gap that are not dates. Dates set at the right margin (beside very short
 * bullets, too) or a table whose narrow first cell holds each row's dates leave a gap down the page, but
 * without its dates that side holds too little to be a column: its dates belong to the lines beside them.
 */
function undatedShare(items: PositionedItem[], onSide: (item: PositionedItem) => boolean): number {
  let chars = 0;
  for (const item of items) {
    if (!onSide(item)) continue;
    if (!findDateRange(item.text) && !/^\s*(?:present|current|now)\s*$/i.test(item.text)) chars += item.text.length;
  }
  return chars;
}

/** Items on one baseline, left to right, joined with a space where the gap says a word ends. */
function groupLines(items: PositionedItem[]): PositionedItem[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: PositionedItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - item.y) <= Math.max(2, Math.min(first.size, item.size) * 0.5))
      line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => line.sort((p, q) => p.x - q.x));
}

/** A line ending in one of these words goes on in the next one. */
const OPEN_WORD = /\b(?:and|or|the|of|to|in|with|for|a|an|on|at|by|from|into|using|via|as|&)$/i;

const BULLET_GLYPH = /^\s*[•●▪◦‣∙·○■□➢➤►\-–*]/;

/**
 * Which lines start a list item whose bullet is drawn, not written (HTML lists printed by a browser, Word's
 * picture bullets): the line is indented 0.8–4 em from the block's usual left edge, and it is not the
 * continuation of the line above, which wraps when the first word of this line would not have fitted on it.
 */
export function drawnBullets(lines: PositionedItem[][]): boolean[] {
  // Where written bullets ("•" set apart from its text) start their text: a line starting there continues one.
  const bulletText = new Set<number>();
  for (const line of lines) {
    const [glyph, text] = line;
    if (glyph && text && /^\s*[•●▪◦‣∙○■□➢➤►]\s*$/.test(glyph.text)) bulletText.add(Math.round(text.x));
  }
  // Left edges: where several lines start a part (the line itself, or a cell after a wide gap in a table row).
  const starts = new Map<number, number>();
  let right = Number.NEGATIVE_INFINITY;
  for (const line of lines) {
    let end = Number.NEGATIVE_INFINITY;
    for (const i of line) {
      if (i.x - end > i.size * 1.5) {
        const x = Math.round(i.x);
        starts.set(x, (starts.get(x) ?? 0) + 1);
      }
      end = i.x + i.width;
      right = Math.max(right, end);
    }
  }
  const shared = Math.max(2, lines.length * 0.1);
  const edges = [...starts].filter(([, count]) => count >= shared).map(([x]) => x);
  // List items are set in the body size; a larger name or heading that is indented is not one.
  const sizes = new Map<number, number>();
  for (const line of lines) for (const i of line) sizes.set(i.size, (sizes.get(i.size) ?? 0) + i.text.length);
  const bodySize = [...sizes].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 10;
  return lines.map((line, n) => {
    const first = line[0];
    if (!first || BULLET_GLYPH.test(first.text)) return false;
    // "Present" or "May 2020" ending a range from the line above, in a date column beside the text.
    if (/^\s*(?:present|current|now|today|\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[/.]\d{4}|\d{4})\b/iu.test(first.text))
      return false;
    const size = first.size;
    if (size > bodySize * 1.05 || [...bulletText].some((x) => Math.abs(x - first.x) <= 2)) return false;
    // Indented 0.8–4 em from a left edge other lines share.
    if (!edges.some((x) => first.x - x >= size * 0.8 && first.x - x <= size * 4)) return false;
    const above = lines[n - 1];
    const aboveFirst = above?.[0];
    if (!above || !aboveFirst) return true;
    const aboveText = above.find((i) => !BULLET_GLYPH.test(i.text) || i.text.trim().length > 1) ?? aboveFirst;
    if (Math.abs(aboveText.x - first.x) > 2) return true;
    // The first word of this line and a space, at a generous 0.65 em a letter: would it have fitted above?
    const word = first.text.trim().split(/\s+/)[0] ?? '';
    const aboveEnd = Math.max(...above.map((i) => i.x + i.width));
    if (aboveEnd + (word.length + 1) * size * 0.65 < right) return true;
    // A full line above: a capital after a line that ends a phrase starts an item; "and" / "Python" continues one.
    const aboveLast = above.at(-1)?.text.trim() ?? '';
    return /^\p{Lu}/u.test(word) && !/[,;:\-–]$/.test(aboveLast) && !OPEN_WORD.test(aboveLast);
  });
}

function joinLine(items: PositionedItem[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    if (text && gap > item.size * 1.5) text += '   ';
    else if (text && gap > item.size * 0.12 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  return text;
}

/**
 * A PDF's text in reading order: per page, full-width lines above the columns, then each column top
 * to bottom, then what follows. Each line carries its size and whether it stands out from the body.
 */
export function pdfLines(text: PdfText): ResumeLine[] {
  const body = bodyStyle(text.pages);
  const out: ResumeLine[] = [];
  text.pages.forEach((items, index) => {
    const gutter = findGutter(items, text.pageWidths[index] ?? 612);
    const blocks: PositionedItem[][] = [];
    if (gutter === undefined) blocks.push(items);
    else {
      const crosses = (i: PositionedItem) => i.x < gutter - 3 && i.x + i.width > gutter + 3;
      const isLeft = (i: PositionedItem) => !crosses(i) && i.x + i.width <= gutter + 3;
      const isRight = (i: PositionedItem) => !crosses(i) && i.x + i.width > gutter + 3;
      // The columns start where both have text; a name alone above a full-width contact line is the header.
      const columnTop = Math.min(
        Math.max(...items.filter(isLeft).map((i) => i.y)),
        Math.max(...items.filter(isRight).map((i) => i.y)),
      );
      // Above the lowest full-width line over the columns: the header, read as full-width lines.
      const headerBottom = Math.min(...items.filter((i) => crosses(i) && i.y > columnTop).map((i) => i.y));
      const above = (i: PositionedItem) => i.y >= headerBottom - 1;
      blocks.push(items.filter(above));
      blocks.push(items.filter((i) => !above(i) && isLeft(i)));
      blocks.push(items.filter((i) => !above(i) && isRight(i)));
      blocks.push(items.filter((i) => !above(i) && crosses(i)));
    }
    for (const block of blocks) {
      const grouped = groupLines(block);
      const bullets = drawnBullets(grouped);
      grouped.forEach((line, n) => {
        const joined = repairText(joinLine(line));
        const lineText = bullets[n] ? `• ${joined}` : joined;
        // Page numbers ("2", "Page 2 of 3") are furniture, not content.
        if (!joined || /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i.test(joined)) return;
        const size = Math.max(...line.map((i) => i.size));
        const mainFont = line.find((i) => i.text.trim())?.font ?? body.font;
        const emphasis = size > body.size * 1.12 || (mainFont !== body.font && size >= body.size * 0.95);
        out.push({ text: lineText, size, emphasis, page: index + 1 });
      });
    }
  });
  return out;
}

/** What a PDF's layout holds that an applicant-tracking system may read out of order or not at all. */
export interface PdfLayout {
  /** Characters of text on all pages. */
  textLength: number;
  /** 1-based numbers of the pages with no text (a scanned page inside a text PDF). */
  pagesWithoutText: number[];
  /** 1-based numbers of the pages read as two columns. */
  columnPages: number[];
}

export function pdfLayout(text: PdfText): PdfLayout {
  const layout: PdfLayout = { textLength: 0, pagesWithoutText: [], columnPages: [] };
  text.pages.forEach((items, index) => {
    const length = items.reduce((sum, item) => sum + item.text.trim().length, 0);
    layout.textLength += length;
    if (length === 0) layout.pagesWithoutText.push(index + 1);
    else if (findGutter(items, text.pageWidths[index] ?? 612) !== undefined) layout.columnPages.push(index + 1);
  });
  return layout;
}
