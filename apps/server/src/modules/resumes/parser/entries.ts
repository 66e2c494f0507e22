import { findDateRange } from './dates.ts';

/** One dated block of a section: its header lines (dates taken out), bullets and dates. */
export interface Entry {
  headers: string[];
  highlights: string[];
  startDate?: string;
  endDate?: string;
  current: boolean;
}

const newEntry = (): Entry => ({ headers: [], highlights: [], current: false });

const BULLET = /^\s*[•●▪◦‣∙·○■□➢➤►\-–*]\s*/;

/**
 * Splits a section's lines into entries: a line with a date range, or a header line after bullets,
 * starts a new entry; bullets (and lines continuing one) become highlights.
 *
 * @example
 * splitEntries(['Acme  2020 – Present', 'Engineer', '• Built X']) // [{ headers: ['Acme', 'Engineer'], highlights: ['Built X'], startDate: '2020', current: true }]
 */
export function splitEntries(input: string[]): Entry[] {
  const lines = joinSplitRanges(input);
  const entries: Entry[] = [];
  let current: Entry | undefined;
  for (const line of lines) {
    if (BULLET.test(line)) {
      const bullet = line.replace(BULLET, '').trim();
      if (!current) {
        current = newEntry();
        entries.push(current);
      }
      if (bullet) current.highlights.push(bullet);
      continue;
    }
    const range = findDateRange(line);
    const rest = (range ? line.replace(range.matched, ' ') : line)
      .replace(/\s*[|,–—-]\s*$/, '')
      .replace(/^\s*[|,–—-]\s*/, '')
      .replace(/\(\s*\)/, '')
      .replace(/\s{2,}/g, '  ')
      .trim();
    const lastHighlight = current?.highlights.at(-1);
    if (!range && current && lastHighlight !== undefined && !/[.!?]$/.test(lastHighlight)) {
      // A wrapped line continues the highlight above; "Imple-" + "mented" is one word.
      current.highlights[current.highlights.length - 1] = /\p{Ll}-$/u.test(lastHighlight)
        ? `${lastHighlight.slice(0, -1)}${line.trim()}`
        : `${lastHighlight} ${line.trim()}`;
      continue;
    }
    if (!range && current && current.headers.length > 0 && line.trim().length > 70 && !/\s{2,}/.test(line.trim())) {
      // Prose under an entry's header (no bullet): a highlight.
      current.highlights.push(line.trim());
      continue;
    }
    const startsNew =
      !current ||
      current.highlights.length > 0 ||
      (range !== undefined && current.startDate !== undefined) ||
      current.headers.length >= 3;
    if (startsNew || !current) {
      current = newEntry();
      entries.push(current);
    }
    const entry = current;
    if (range && entry.startDate === undefined) {
      if (range.startDate) entry.startDate = range.startDate;
      if (range.endDate) entry.endDate = range.endDate;
      entry.current = range.current;
    }
    for (const part of rest.split(/\s{2,}/)) if (part.trim()) entry.headers.push(part.trim());
  }
  return entries;
}

/** A start date followed by a dash and no end date: "June 2022 –" (then the title, or nothing). */
const DANGLING_RANGE = /\b(?:\p{L}{3,9}\.?\s+)?\d{4}\s*(?:-|–|—)(?=\s|$)/u;
const RANGE_END = /^(present|current|now|today|\w{3,9}\.?\s+\d{4}|\d{1,2}[/.]\d{4}|\d{4})\b\s*/i;
/** The rest of a wrapped title, two spaces, and the end of the range: "Engineer  Apr 2017". */
const WRAPPED_END = /^(\S.*?)\s{2,}(present|current|now|today|\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[/.]\d{4}|\d{4})\s*$/iu;

/** "June 2022 –" on one line and "Present …" on the next (a date column that wrapped) become one line. */
function joinSplitRanges(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i] as string;
    const next = out[i + 1] as string;
    const open = line.match(DANGLING_RANGE);
    if (!open || findDateRange(line)?.endDate || findDateRange(line)?.current) continue;
    const wrapped = next.match(WRAPPED_END);
    if (wrapped?.[1] && wrapped[2] && !/^\s*[•●▪◦\-–*]/.test(next)) {
      // "Senior Software  Feb 2014 –" over "Engineer  Apr 2017": a narrow column wrapped title and dates alike.
      const at = open.index ?? 0;
      out[i] =
        `${line.slice(0, at).trim()} ${wrapped[1].trim()}  ${open[0]} ${wrapped[2]}  ${line.slice(at + open[0].length)}`.trim();
      out.splice(i + 1, 1);
      continue;
    }
    const end = next.match(RANGE_END);
    if (!end) continue;
    const at = (open.index ?? 0) + open[0].length;
    out[i] = `${line.slice(0, at)} ${end[1]}  ${line.slice(at)}`.trim();
    out[i + 1] = next.slice(end[0].length);
    if (!out[i + 1]) out.splice(i + 1, 1);
  }
  return out;
}

const TITLE_WORDS =
  /\b(engineer|developer|manager|intern|analyst|designer|lead|director|consultant|scientist|specialist|architect|officer|assistant|coordinator|administrator|head|vp|president|founder|associate|programmer|researcher|teacher|technician|accountant|editor|writer|owner|cto|ceo|cfo|principal|staff|senior|junior)\b/i;

/** Which header is the job title and which the employer; "Title at Company" and "Title | Company" split. */
export function positionAndCompany(headers: string[]): { position?: string; company?: string; location?: string } {
  const parts = headers.flatMap((h) => {
    const at = h.match(/^(.+?)\s+(?:at|@)\s+(.+)$/i);
    if (at?.[1] && at[2] && TITLE_WORDS.test(at[1])) return [at[1], at[2]];
    const parts = h.split(/\s+[|–—]\s+|\s+-\s+/);
    // "Engineer (Front-End), Google, Mountain View, CA": commas outside parentheses split it too.
    return parts.length > 1
      ? parts
      : h.split(/,\s+(?![^(]*\))(?!(?:inc|llc|ltd|plc|gmbh|corp|co|s\.?a|b\.?v|a\.?g|l\.?p)\b\.?)/i);
  });
  const result: { position?: string; company?: string; location?: string } = {};
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    if (!result.position && TITLE_WORDS.test(part)) result.position = part;
    else if (!result.company) result.company = part;
    else if (!result.position) result.position = part;
    else result.location = result.location ? `${result.location}, ${part}` : part;
  }
  return result;
}
