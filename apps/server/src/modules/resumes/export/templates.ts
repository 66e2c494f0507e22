import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';

/**
 * The export templates. All are single-column and print headings, dates and bullets as real text, so an
 * applicant-tracking system reads them in order; they differ in typeface, accent and density.
 */
export const RESUME_TEMPLATES = ['classic', 'modern', 'compact'] as const;
export type ResumeTemplate = (typeof RESUME_TEMPLATES)[number];

export const RESUME_PAPERS = ['A4', 'Letter'] as const;
export type ResumePaper = (typeof RESUME_PAPERS)[number];

/** DejaVu font files (npm `dejavu-fonts-ttf`, Bitstream Vera licence) each PDF template embeds. */
export type FontFile =
  | 'DejaVuSerif'
  | 'DejaVuSerif-Bold'
  | 'DejaVuSerif-Italic'
  | 'DejaVuSans'
  | 'DejaVuSans-Bold'
  | 'DejaVuSans-Oblique'
  | 'DejaVuSansCondensed'
  | 'DejaVuSansCondensed-Bold'
  | 'DejaVuSansCondensed-Oblique';

export interface TemplateStyle {
  fonts: { heading: FontFile; body: FontFile; bold: FontFile; italic: FontFile };
  /** Font sizes in points. */
  size: { name: number; label: number; heading: number; title: number; body: number };
  /** Page margin, in points. */
  margin: number;
  /** Space before a section heading and between entries, in points. */
  gap: { section: number; entry: number };
  lineGap: number;
  /** Headings in capitals (classic) or as written. */
  upperHeadings: boolean;
  /** A thin rule under each heading, in this colour; none when undefined. */
  rule?: string;
  /** Colour of the name and the headings. */
  accent: string;
  /** Word's font names for the DOCX version of the template (Word substitutes when one is missing). */
  docx: { font: string; headingFont: string; bodyHalfPoints: number; accent: string };
}

export const TEMPLATE_STYLES: Record<ResumeTemplate, TemplateStyle> = {
  classic: {
    fonts: { heading: 'DejaVuSerif-Bold', body: 'DejaVuSerif', bold: 'DejaVuSerif-Bold', italic: 'DejaVuSerif-Italic' },
    size: { name: 20, label: 11, heading: 11, title: 10, body: 9.5 },
    margin: 54,
    gap: { section: 12, entry: 7 },
    lineGap: 1.5,
    upperHeadings: true,
    rule: '#000000',
    accent: '#000000',
    docx: { font: 'Georgia', headingFont: 'Georgia', bodyHalfPoints: 20, accent: '000000' },
  },
  modern: {
    fonts: { heading: 'DejaVuSans-Bold', body: 'DejaVuSans', bold: 'DejaVuSans-Bold', italic: 'DejaVuSans-Oblique' },
    size: { name: 22, label: 11, heading: 12, title: 10, body: 9.5 },
    margin: 50,
    gap: { section: 12, entry: 7 },
    lineGap: 1.5,
    upperHeadings: false,
    rule: '#1f5fa8',
    accent: '#1f5fa8',
    docx: { font: 'Calibri', headingFont: 'Calibri', bodyHalfPoints: 21, accent: '1F5FA8' },
  },
  compact: {
    fonts: {
      heading: 'DejaVuSansCondensed-Bold',
      body: 'DejaVuSansCondensed',
      bold: 'DejaVuSansCondensed-Bold',
      italic: 'DejaVuSansCondensed-Oblique',
    },
    size: { name: 16, label: 10, heading: 10, title: 9, body: 8.5 },
    margin: 36,
    gap: { section: 7, entry: 4 },
    lineGap: 0.5,
    upperHeadings: true,
    accent: '#222222',
    docx: { font: 'Arial Narrow', headingFont: 'Arial Narrow', bodyHalfPoints: 18, accent: '222222' },
  },
};

/** Checks a template name from a query string; undefined means the default, classic. */
export function resumeTemplate(name: string | undefined): ResumeTemplate {
  if (name === undefined || name === '') return 'classic';
  if ((RESUME_TEMPLATES as readonly string[]).includes(name)) return name as ResumeTemplate;
  throw new AppError(
    ErrorCode.ValidationFailed,
    `There is no résumé template called "${name}". Choose one of: ${RESUME_TEMPLATES.join(', ')}.`,
    { field: 'template' },
  );
}

/** A stored template name when the exporters know it, else the default (an old or hand-edited value prints). */
export const knownTemplate = (name: string | null | undefined): ResumeTemplate =>
  (RESUME_TEMPLATES as readonly string[]).includes(name ?? '') ? (name as ResumeTemplate) : 'classic';
