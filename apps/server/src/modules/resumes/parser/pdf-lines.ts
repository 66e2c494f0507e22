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
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const item of items) {
      if (item.x < x - 3 && item.x + item.width > x + 3) crossing += item.text.length;
      else if (item.x + item.width <= x + 3) left += item.text.length;
      else right += item.text.length;
    }
    if (crossing > total * 0.15 || left < total * 0.12 || right < total * 0.12) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  return best?.x;
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
      const columnItems = items.filter((i) => !crosses(i));
      const columnTop = Math.max(...columnItems.map((i) => i.y));
      blocks.push(items.filter((i) => crosses(i) && i.y > columnTop));
      blocks.push(columnItems.filter((i) => i.x + i.width <= gutter + 3));
      blocks.push(columnItems.filter((i) => i.x + i.width > gutter + 3));
      blocks.push(items.filter((i) => crosses(i) && i.y <= columnTop));
    }
    for (const block of blocks) {
      for (const line of groupLines(block)) {
        const lineText = repairText(joinLine(line));
        // Page numbers ("2", "Page 2 of 3") are furniture, not content.
        if (!lineText || /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i.test(lineText)) continue;
        const size = Math.max(...line.map((i) => i.size));
        const mainFont = line.find((i) => i.text.trim())?.font ?? body.font;
        const emphasis = size > body.size * 1.12 || (mainFont !== body.font && size >= body.size * 0.95);
        out.push({ text: lineText, size, emphasis, page: index + 1 });
      }
    }
  });
  return out;
}
