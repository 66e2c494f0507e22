import { repairText } from './text-repair.ts';

/** One line of a résumé as read: its text and what its typography says about it. */
export interface ResumeLine {
  text: string;
  /** Font size in points (1 for plain text, where there is none). */
  size: number;
  /** Bold, larger than the body text, or in a font other than the body's. */
  emphasis: boolean;
  page: number;
}

/** Splits plain text (TXT, or DOCX paragraphs) into lines; ALL-CAPS lines count as emphasised. */
export function linesOfText(text: string, page = 1): ResumeLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw) => repairText(raw))
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, size: 1, emphasis: isAllCaps(line), page }));
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
