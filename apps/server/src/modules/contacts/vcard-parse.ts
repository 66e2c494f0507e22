import { lineTooLong, tooManyCards, tooManyParameters, tooManyProperties, VCARD_LIMITS } from './vcard-limits.ts';

/** One property line of a vCard, its value decoded (quoted-printable, charset) but not yet unescaped. */
export interface VcardProperty {
  group: string | null;
  /** Upper-case, e.g. `EMAIL`. */
  name: string;
  /** Parameters by upper-case name; 2.1's bare `CELL` counts as `TYPE=CELL`. */
  params: Map<string, string[]>;
  /** Upper-case TYPE values, e.g. `CELL`, `PREF`. */
  types: Set<string>;
  value: string;
  /** Base64 data (a photo, a key): nothing a contact keeps. */
  binary: boolean;
}

export interface Vcard {
  /** 1-based position in the file. */
  index: number;
  version: string | null;
  properties: VcardProperty[];
  /** False when the file ended before END:VCARD. */
  closed: boolean;
}

/** One line as the vCard means it, with the file line it starts on (1-based). */
export interface LogicalLine {
  text: string;
  line: number;
}

const BREAK = /\r\n|\n|\r/g;
const QP_HEAD = /quoted-printable/i;

/**
 * Lines as the vCard means them: a line starting with a space or tab continues the one before
 * (RFC 2425/6350 folding), and a quoted-printable value ending in `=` continues on the next line (2.1).
 * Linear in the text: the pieces of a line are joined once, and the quoted-printable test looks at the
 * part before the first `:` once. A line longer than `VCARD_LIMITS.lineLength` stops the reading.
 */
export function* logicalLines(text: string): Generator<LogicalLine> {
  let pieces: string[] = [];
  let length = 0;
  let startLine = 0;
  let colonSeen = false;
  let quotedPrintable = false;
  let softBreak = false;
  let physical = 0;

  const append = (piece: string) => {
    if (piece === '') return;
    length += piece.length;
    if (length > VCARD_LIMITS.lineLength) throw lineTooLong(startLine);
    if (!colonSeen) {
      const colon = piece.indexOf(':');
      if (colon >= 0) {
        colonSeen = true;
        quotedPrintable = QP_HEAD.test(pieces.join('') + piece.slice(0, colon));
      }
    }
    pieces.push(piece);
  };
  const take = (): LogicalLine => {
    const line = { text: pieces.join(''), line: startLine };
    pieces = [];
    length = 0;
    colonSeen = false;
    quotedPrintable = false;
    return line;
  };

  let from = 0;
  while (from <= text.length) {
    BREAK.lastIndex = from;
    const found = BREAK.exec(text);
    const to = found ? found.index : text.length;
    const line = text.slice(from, to);
    from = found ? to + found[0].length : text.length + 1;
    physical++;
    if (softBreak && pieces.length > 0) {
      // Drop the `=` that ended the piece before: pieces are never empty, so it is the last one's last character.
      const last = pieces.length - 1;
      const trimmed = (pieces[last] ?? '').slice(0, -1);
      length--;
      if (trimmed === '') pieces.pop();
      else pieces[last] = trimmed;
      append(line);
    } else if ((line[0] === ' ' || line[0] === '\t') && pieces.length > 0) {
      append(line.slice(1));
    } else if (line.trim() === '') {
      softBreak = false;
      continue;
    } else {
      if (pieces.length > 0) yield take();
      startLine = physical;
      append(line);
    }
    softBreak = quotedPrintable && (pieces[pieces.length - 1] ?? '').endsWith('=');
  }
  if (pieces.length > 0) yield take();
}

/** The lines of `text` unfolded (see `logicalLines`). */
export function unfold(text: string): string[] {
  return Array.from(logicalLines(text), (l) => l.text);
}

/** Splits `a;b;"c;d"` at separators outside double quotes; more than `max` parts throws `tooMany()`. */
function splitOutsideQuotes(text: string, separator: string, max: number, tooMany: () => Error): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      if (parts.length >= max) throw tooMany();
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The index of the first `:` outside double quotes: where the value starts. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}

const hexValue = (code: number) =>
  code >= 48 && code <= 57
    ? code - 48
    : code >= 65 && code <= 70
      ? code - 55
      : code >= 97 && code <= 102
        ? code - 87
        : -1;

/** Quoted-printable to bytes, then to text in the given charset (UTF-8 when unknown). Linear in the value. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  // A UTF-16 unit is at most 3 bytes of UTF-8, and `=XX` is 3 characters for 1 byte.
  const bytes = new Uint8Array(value.length * 3);
  const encoder = new TextEncoder();
  let out = 0;
  let i = 0;
  while (i < value.length) {
    const equals = value.indexOf('=', i);
    const runEnd = equals < 0 ? value.length : equals;
    if (runEnd > i) out += encoder.encodeInto(value.slice(i, runEnd), bytes.subarray(out)).written;
    if (equals < 0) break;
    const high = hexValue(value.charCodeAt(equals + 1));
    const low = hexValue(value.charCodeAt(equals + 2));
    if (high >= 0 && low >= 0) {
      bytes[out++] = high * 16 + low;
      i = equals + 3;
    } else {
      // A soft line break left at the very end is dropped; any other `=` is kept as it is.
      if (equals < value.length - 1) bytes[out++] = 0x3d;
      i = equals + 1;
    }
  }
  const decoded = bytes.subarray(0, out);
  try {
    return new TextDecoder(charset).decode(decoded);
  } catch {
    return new TextDecoder('utf-8').decode(decoded);
  }
}

/** One property from one unfolded line; `line` is where it starts in the file, for error messages. */
export function parseProperty(line: string, at = 1): VcardProperty | undefined {
  const colon = valueStart(line);
  if (colon <= 0) return undefined;
  const tooMany = () => tooManyParameters(at);
  const [head = '', ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';', VCARD_LIMITS.parameters, tooMany);
  const dot = head.lastIndexOf('.');
  const name = head
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params = new Map<string, string[]>();
  const types = new Set<string>();
  let values = 0;
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    const key = eq < 0 ? 'TYPE' : raw.slice(0, eq).trim().toUpperCase();
    const list = params.get(key) ?? [];
    params.set(key, list);
    for (const part of (eq < 0 ? raw : raw.slice(eq + 1)).split(',', VCARD_LIMITS.parameters + 1)) {
      const v = part.trim().replace(/^"|"$/g, '');
      if (v === '') continue;
      if (++values > VCARD_LIMITS.parameters) throw tooMany();
      list.push(v);
      if (key === 'TYPE') types.add(v.toUpperCase());
    }
  }
  // 2.1 writes the encoding as a bare parameter (`;QUOTED-PRINTABLE`, `;BASE64`).
  const encoding = (
    params.get('ENCODING')?.[0] ??
    [...types].find((t) => /^(QUOTED-PRINTABLE|BASE64|B)$/.test(t)) ??
    ''
  ).toUpperCase();
  let value = line.slice(colon + 1);
  if (encoding === 'QUOTED-PRINTABLE') value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0]);
  return {
    group: dot > 0 ? head.slice(0, dot) : null,
    name,
    params,
    types,
    value,
    binary: encoding === 'BASE64' || encoding === 'B',
  };
}

const isBegin = (p: VcardProperty) => p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VCARD';
const isEnd = (p: VcardProperty) => p.name === 'END' && p.value.trim().toUpperCase() === 'VCARD';

/**
 * Every card in a file (2.1, 3.0 or 4.0). A card embedded in a 2.1 `AGENT` is skipped; a BEGIN:VCARD
 * inside an unclosed card starts a new card and leaves the old one marked as not closed.
 */
export function parseVcards(text: string): Vcard[] {
  const cards: Vcard[] = [];
  let current: Vcard | null = null;
  let agentDepth = 0;
  let previous: VcardProperty | undefined;
  for (const { text: line, line: at } of logicalLines(text.replace(/^\uFEFF/, ''))) {
    const property = parseProperty(line, at);
    if (!property) continue;
    if (agentDepth > 0) {
      if (isBegin(property)) agentDepth++;
      if (isEnd(property)) agentDepth--;
    } else if (isBegin(property)) {
      if (current && previous?.name === 'AGENT' && previous.value.trim() === '') {
        agentDepth = 1;
      } else {
        if (current) cards.push(current);
        if (cards.length >= VCARD_LIMITS.cards) throw tooManyCards();
        current = { index: cards.length + 1, version: null, properties: [], closed: false };
      }
    } else if (isEnd(property)) {
      if (current) {
        current.closed = true;
        cards.push(current);
        current = null;
      }
    } else if (current) {
      if (property.name === 'VERSION') current.version = property.value.trim();
      else if (current.properties.length >= VCARD_LIMITS.properties) throw tooManyProperties(current.index);
      else current.properties.push(property);
    }
    previous = property;
  }
  if (current) cards.push(current);
  return cards;
}

/** `\n` → newline, `\,` → `,`, `\;` → `;`, `\\` → `\` (and Apple's `\:` → `:`). */
export function unescapeText(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The components of a structured value (`N`, `ORG`), split at unescaped `;` and unescaped. */
export function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === ';') {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map(unescapeText);
}
