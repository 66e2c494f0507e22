import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ResumeDocument } from '@jobpilot/contracts';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { isListSection, type OutlineEntry, type ResumeOutline, resumeOutline } from './outline.ts';
import {
  type FontFile,
  type ResumePaper,
  type ResumeTemplate,
  TEMPLATE_STYLES,
  type TemplateStyle,
} from './templates.ts';

export interface RenderPdfOptions {
  template: ResumeTemplate;
  paper: ResumePaper;
}

const fontCache = new Map<FontFile, fontkit.Font>();
let fontDir: string | undefined;

/**
 * A DejaVu TrueType font from the `dejavu-fonts-ttf` package, read and parsed once per process: pdfkit takes
 * the parsed font as it is and makes its own subset per document, so the ~0.7 MB tables are decoded once.
 */
function loadFont(file: FontFile): fontkit.Font {
  let font = fontCache.get(file);
  if (!font) {
    fontDir ??= join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    const parsed = fontkit.create(readFileSync(join(fontDir, `${file}.ttf`)));
    if (!('layout' in parsed)) throw new Error(`${file}.ttf holds a font collection, not one font.`);
    font = parsed;
    fontCache.set(file, font);
  }
  return font;
}

/** pdfkit accepts a parsed fontkit font where its types only name files and bytes. */
const asSource = (font: fontkit.Font) => font as unknown as Buffer;

/**
 * No ligatures: "fi" stays two glyphs for every text extractor, including an ATS's; kerning stays on. fontkit
 * takes this map of features to switch off, where pdfkit's types only name a list to switch on.
 */
const FEATURES = { liga: false, clig: false, dlig: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

class Layout {
  readonly left: number;
  readonly width: number;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly style: TemplateStyle,
  ) {
    this.left = pdf.page.margins.left;
    this.width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  }

  private get bottom() {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  /** Starts a new page when fewer than `points` remain, so a heading never ends a page alone. */
  private keep(points: number) {
    if (this.pdf.y + points > this.bottom) this.pdf.addPage();
  }

  private lineHeight(font: string, size: number) {
    return this.pdf.font(font).fontSize(size).currentLineHeight(true) + this.style.lineGap;
  }

  header(outline: ResumeOutline) {
    const { pdf, style } = this;
    pdf
      .font('bold')
      .fontSize(style.size.name)
      .fillColor(style.accent)
      .text(outline.name, this.left, pdf.y, { width: this.width, features: FEATURES });
    pdf.fillColor('#000000');
    if (outline.label) {
      pdf.font('body').fontSize(style.size.label).text(outline.label, { width: this.width, features: FEATURES });
    }
    for (const line of outline.contact) {
      pdf
        .font('body')
        .fontSize(style.size.body)
        .text(line.join('  |  '), { width: this.width, lineGap: style.lineGap, features: FEATURES });
    }
  }

  heading(text: string) {
    const { pdf, style } = this;
    const title = this.lineHeight('bold', style.size.title);
    this.keep(style.gap.section + this.lineHeight('heading', style.size.heading) + title * 2);
    pdf.y += style.gap.section;
    pdf
      .font('heading')
      .fontSize(style.size.heading)
      .fillColor(style.accent)
      .text(style.upperHeadings ? text.toUpperCase() : text, this.left, pdf.y, {
        width: this.width,
        features: FEATURES,
      });
    pdf.fillColor('#000000');
    if (style.rule) {
      const y = pdf.y + 1;
      pdf
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(0.75)
        .strokeColor(style.rule)
        .stroke();
      pdf.y = y + 3;
    } else pdf.y += 2;
  }

  /** The title (bold) on the left and the dates on the right of the same line. */
  entry(item: OutlineEntry, first: boolean) {
    const { pdf, style } = this;
    const body = { width: this.width, lineGap: style.lineGap, features: FEATURES };
    if (!first) pdf.y += style.gap.entry;
    if (item.title || item.dates) {
      this.keep(this.lineHeight('bold', style.size.title) * 2);
      const top = pdf.y;
      let datesWidth = 0;
      if (item.dates) {
        datesWidth = pdf.font('body').fontSize(style.size.title).widthOfString(item.dates, { features: FEATURES });
      }
      const titleWidth = item.dates ? this.width - datesWidth - 18 : this.width;
      pdf
        .font('bold')
        .fontSize(style.size.title)
        .text(item.title || ' ', this.left, top, { width: titleWidth, lineGap: style.lineGap, features: FEATURES });
      const after = pdf.y;
      if (item.dates) {
        pdf
          .font('body')
          .fontSize(style.size.title)
          .text(item.dates, this.left + this.width - datesWidth, top, { lineBreak: false, features: FEATURES });
      }
      pdf.x = this.left;
      pdf.y = Math.max(after, top + this.lineHeight('body', style.size.title));
    }
    if (item.subtitle) {
      pdf.font('italic').fontSize(style.size.body).text(item.subtitle, this.left, pdf.y, body);
    }
    for (const paragraph of item.paragraphs) {
      pdf.font('body').fontSize(style.size.body).text(paragraph, this.left, pdf.y, body);
    }
    const indent = style.size.body * 1.2;
    for (const bullet of item.bullets) {
      this.keep(this.lineHeight('body', style.size.body));
      const top = pdf.y;
      pdf
        .font('body')
        .fontSize(style.size.body)
        .text('•', this.left + 2, top, { lineBreak: false });
      pdf.text(bullet, this.left + indent, top, { ...body, width: this.width - indent });
      pdf.x = this.left;
    }
  }

  /** One-line items (skills, languages): one line each, no gaps between them. */
  list(items: OutlineEntry[]) {
    const { pdf, style } = this;
    for (const item of items) {
      pdf
        .font('body')
        .fontSize(style.size.body)
        .text(item.title, this.left, pdf.y, { width: this.width, lineGap: style.lineGap, features: FEATURES });
    }
  }
}

/**
 * A résumé as a PDF: one column, real text in embedded DejaVu fonts (subset, TrueType), standard headings,
 * dates on the title's line, "•" bullets and links printed as text. CPU-bound and self-contained, so it
 * can run in a worker.
 *
 * @example
 * const bytes = await renderPdf(document, { template: 'modern', paper: 'Letter' });
 */
export function renderPdf(doc: ResumeDocument, options: RenderPdfOptions): Promise<Uint8Array> {
  const style = TEMPLATE_STYLES[options.template];
  const outline = resumeOutline(doc);
  const pdf = new PDFDocument({
    size: options.paper === 'A4' ? 'A4' : 'LETTER',
    margin: style.margin,
    // No default font: pdfkit would otherwise load Helvetica, a standard-14 font nothing embeds.
    font: null as unknown as string,
    info: { Title: `${outline.name} — Résumé`, Author: outline.name, Creator: 'JobPilot' },
    displayTitle: true,
    lang: 'en',
    bufferPages: false,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  pdf.registerFont('heading', asSource(loadFont(style.fonts.heading)));
  pdf.registerFont('body', asSource(loadFont(style.fonts.body)));
  pdf.registerFont('bold', asSource(loadFont(style.fonts.bold)));
  pdf.registerFont('italic', asSource(loadFont(style.fonts.italic)));
  pdf.font('body');

  const layout = new Layout(pdf, style);
  layout.header(outline);
  for (const section of outline.sections) {
    layout.heading(section.heading);
    if (isListSection(section)) layout.list(section.entries);
    else
      section.entries.forEach((item, i) => {
        layout.entry(item, i === 0);
      });
  }
  pdf.end();
  return done;
}
