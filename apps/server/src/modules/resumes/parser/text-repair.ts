/** Ligatures PDF producers emit as one glyph, spelled out. */
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** NUL and other control characters (not tab or line breaks), DEL and the replacement character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/** Runs of single letters split by single spaces ("S O F T W A R E"), at least four letters long. */
const SPACED_LETTERS = /\b(?:\p{L} ){3,}\p{L}\b/gu;

/**
 * A line of extracted text as a person reads it: ligatures spelled out, letter-spaced words joined
 * (words in a spaced run are kept apart where the producer put two or more spaces), control characters
 * and NUL removed, white space collapsed (a gap of two or more spaces stays as two).
 *
 * @example
 * repairText('E X P E R I E N C E') // 'EXPERIENCE'
 * repairText('Oﬃce certiﬁed') // 'Office certified'
 */
export function repairText(raw: string): string {
  let text = raw.replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c);
  text = text.replace(CONTROL, '').replace(/[\t\u00A0\u2000-\u200B]/g, ' ');
  // Two or more spaces separate parts of a line (a date set on the right); they stay two spaces.
  return text
    .split(/ {2,}/)
    .map((part) =>
      part
        .replace(SPACED_LETTERS, (run) => run.replace(/ /g, ''))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part.length > 0)
    .join('  ');
}
