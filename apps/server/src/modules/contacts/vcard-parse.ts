import { TextDecoder } from 'node:util';
import { lineTooLong, tooManyCards, tooManyParameters, tooManyProperties, VCARD_LIMITS } from './vcard-limits.ts';

/** One property line of a vCard, its value decoded (quoted-printable, charset) but not yet unescaped. */
export interface VcardProperty {
  group: string | null;
  /** Upper-case, e.g. `EMAIL`. */
  name: string;
  /** Parameters by upper-case name; 2.1's bare `CELL` counts as `TYPE=CELL`. */
  params: ReadonlyMap<string, readonly string[]>;
  /** Upper-case TYPE values, e.g. `CELL`, `PREF`. */
  types: ReadonlySet<string>;
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

const QP_HEAD = /quoted-printable/i;
const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;

/**
 * The line breaks of a text (`\r\n`, `\n` or `\r`), found in one pass: the next CR and the next LF are
 * each looked up again only once the reading has passed them.
 */
class Breaks {
  private cr = -1;
  private lf = -1;
  constructor(private readonly text: string) {}

  /** Where the line starting at `from` ends: the next CR or LF, or the end of the text. */
  end(from: number): number {
    if (this.cr < from && this.cr !== Number.MAX_SAFE_INTEGER) this.cr = this.find('\r', from);
    if (this.lf < from && this.lf !== Number.MAX_SAFE_INTEGER) this.lf = this.find('\n', from);
    return Math.min(this.cr, this.lf, this.text.length);
  }

  /** Where the next line starts, after the break at `end`. */
  next(end: number): number {
    return this.text.charCodeAt(end) === CR && this.text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
  }

  private find(c: string, from: number) {
    const at = this.text.indexOf(c, from);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  }
}

/** `line.trim() === ''`, without trimming a line that starts with a visible ASCII character. */
const isBlank = (line: string) => {
  const first = line.charCodeAt(0);
  return line === '' || ((first <= SPACE || first > 126) && line.trim() === '');
};

/** The logical line being gathered: its pieces (never empty), its length and what its head says. */
class Gathered {
  pieces: string[] = [];
  length = 0;
  startLine = 0;
  colonSeen = false;
  quotedPrintable = false;

  append(piece: string) {
    if (piece === '') return;
    this.length += piece.length;
    if (this.length > VCARD_LIMITS.lineLength) throw lineTooLong(this.startLine);
    if (!this.colonSeen) {
      const colon = piece.indexOf(':');
      if (colon >= 0) {
        this.colonSeen = true;
        const head = this.pieces.length === 0 ? piece.slice(0, colon) : this.pieces.join('') + piece.slice(0, colon);
        this.quotedPrintable = QP_HEAD.test(head);
      }
    }
    this.pieces.push(piece);
  }

  /** Drops the `=` of a soft line break: pieces are never empty, so it is the last one's last character. */
  dropSoftBreak() {
    const last = this.pieces.length - 1;
    const trimmed = (this.pieces[last] ?? '').slice(0, -1);
    this.length--;
    if (trimmed === '') this.pieces.pop();
    else this.pieces[last] = trimmed;
  }

  endsWithEquals() {
    const last = this.pieces[this.pieces.length - 1];
    return last !== undefined && last.charCodeAt(last.length - 1) === 61;
  }

  take(): LogicalLine {
    const text = this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('');
    const line = { text, line: this.startLine };
    this.pieces.length = 0;
    this.length = 0;
    this.colonSeen = false;
    this.quotedPrintable = false;
    return line;
  }
}

/**
 * Lines as the vCard means them: a line starting with a space or tab continues the one before
 * (RFC 2425/6350 folding), and a quoted-printable value ending in `=` continues on the next line (2.1).
 * Linear in the text: the pieces of a line are joined once, and the quoted-printable test looks at the
 * part before the first `:` once. A line longer than `VCARD_LIMITS.lineLength` stops the reading.
 */
export function* logicalLines(text: string): Generator<LogicalLine> {
  const gathered = new Gathered();
  const breaks = new Breaks(text);
  let softBreak = false;
  let physical = 0;
  let from = 0;
  while (from <= text.length) {
    const to = breaks.end(from);
    const line = text.slice(from, to);
    from = breaks.next(to);
    physical++;
    const first = line.charCodeAt(0);
    const open = gathered.pieces.length > 0;
    if (softBreak && open) {
      gathered.dropSoftBreak();
      gathered.append(line);
    } else if ((first === SPACE || first === TAB) && open) {
      gathered.append(line.slice(1));
    } else if (isBlank(line)) {
      softBreak = false;
      continue;
    } else {
      if (open) yield gathered.take();
      gathered.startLine = physical;
      gathered.append(line);
    }
    softBreak = gathered.quotedPrintable && gathered.endsWithEquals();
  }
  if (gathered.pieces.length > 0) yield gathered.take();
}

/** The lines of `text` unfolded (see `logicalLines`). */
export function unfold(text: string): string[] {
  return Array.from(logicalLines(text), (l) => l.text);
}

const hexValue = (code: number) =>
  code >= 48 && code <= 57
    ? code - 48
    : code >= 65 && code <= 70
      ? code - 55
      : code >= 97 && code <= 102
        ? code - 87
        : -1;

const encoder = new TextEncoder();
/** The bytes of short values are decoded in one buffer, reused: most values are a few dozen characters. */
const scratch = new Uint8Array(64 * 1024);
const decoders = new Map<string, TextDecoder>();
/** A decoder per charset named in the file (UTF-8 when the name is unknown), made once. */
function decoderFor(charset: string): TextDecoder {
  const key = charset.toLowerCase();
  let decoder = decoders.get(key);
  if (decoder) return decoder;
  try {
    decoder = new TextDecoder(key);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // Charset names come from the file: keep only a few, so a file cannot grow the cache.
  if (decoders.size < 16) decoders.set(key, decoder);
  return decoder;
}

/** Quoted-printable to bytes, then to text in the given charset (UTF-8 when unknown). Linear in the value. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  // A UTF-16 unit is at most 3 bytes of UTF-8, and `=XX` is 3 characters for 1 byte.
  const bytes = value.length * 3 <= scratch.length ? scratch : new Uint8Array(value.length * 3);
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
  return decoderFor(charset).decode(bytes.subarray(0, out));
}

const NO_PARAMS: ReadonlyMap<string, readonly string[]> = new Map();
const NO_TYPES: ReadonlySet<string> = new Set();

/** A property name: letters, digits and `-` only. */
function isName(name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

const unquote = (v: string) => {
  const from = v.charCodeAt(0) === 34 ? 1 : 0;
  const to = v.length > from && v.charCodeAt(v.length - 1) === 34 ? v.length - 1 : v.length;
  return from === 0 && to === v.length ? v : v.slice(from, to);
};

/** Parameters from the `;`-separated parts of a property's head (`TYPE=work,voice`, 2.1's bare `CELL`). */
function readParams(head: string, cuts: number[], at: number) {
  const params = new Map<string, string[]>();
  let types: Set<string> | undefined;
  let values = 0;
  for (let p = 0; p < cuts.length; p++) {
    const raw = head.slice((cuts[p] as number) + 1, p + 1 < cuts.length ? cuts[p + 1] : head.length);
    const eq = raw.indexOf('=');
    const key = eq < 0 ? 'TYPE' : raw.slice(0, eq).trim().toUpperCase();
    let list = params.get(key);
    if (!list) {
      list = [];
      params.set(key, list);
    }
    const text = eq < 0 ? raw : raw.slice(eq + 1);
    const parts = text.includes(',') ? text.split(',', VCARD_LIMITS.parameters + 1) : [text];
    for (const part of parts) {
      const v = unquote(part.trim());
      if (v === '') continue;
      if (++values > VCARD_LIMITS.parameters) throw tooManyParameters(at);
      list.push(v);
      if (key !== 'TYPE') continue;
      types ??= new Set();
      types.add(v.toUpperCase());
    }
  }
  return { params, types: types ?? NO_TYPES };
}

/** The value's encoding: `ENCODING=…`, else 2.1's bare `QUOTED-PRINTABLE`, `BASE64` or `B`. */
function encodingOf(params: ReadonlyMap<string, readonly string[]>, types: ReadonlySet<string>): string {
  const named = params.get('ENCODING')?.[0];
  if (named !== undefined) return named.toUpperCase();
  for (const t of types) if (t === 'QUOTED-PRINTABLE' || t === 'BASE64' || t === 'B') return t;
  return '';
}

/** One property from one unfolded line; `line` is where it starts in the file, for error messages. */
export function parseProperty(line: string, at = 1): VcardProperty | undefined {
  // One pass over the head: the `;`s outside double quotes, up to the first `:` outside them.
  const cuts: number[] = [];
  let quoted = false;
  let colon = -1;
  let tooMany = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 58) {
      colon = i;
      break;
    } else if (c === 59) {
      if (cuts.length < VCARD_LIMITS.parameters) cuts.push(i);
      else tooMany = true;
    }
  }
  if (colon <= 0) return undefined;
  if (tooMany) throw tooManyParameters(at);
  const head = line.slice(0, cuts.length > 0 ? cuts[0] : colon);
  const dot = head.lastIndexOf('.');
  const name = (dot >= 0 ? head.slice(dot + 1) : head).trim().toUpperCase();
  if (!isName(name)) return undefined;
  const { params, types } =
    cuts.length > 0 ? readParams(line.slice(0, colon), cuts, at) : { params: NO_PARAMS, types: NO_TYPES };
  const encoding = cuts.length > 0 ? encodingOf(params, types) : '';
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
 * The cards of a file (2.1, 3.0 or 4.0), each as soon as it ends, so a caller can turn it into what it
 * keeps and let the properties go. A card embedded in a 2.1 `AGENT` is skipped; a BEGIN:VCARD inside an
 * unclosed card starts a new card and leaves the old one marked as not closed.
 */
export function* readVcards(text: string): Generator<Vcard> {
  let cards = 0;
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
        if (current) {
          cards++;
          yield current;
        }
        if (cards >= VCARD_LIMITS.cards) throw tooManyCards();
        current = { index: cards + 1, version: null, properties: [], closed: false };
      }
    } else if (isEnd(property)) {
      if (current) {
        current.closed = true;
        cards++;
        yield current;
        current = null;
      }
    } else if (current) {
      if (property.name === 'VERSION') current.version = property.value.trim();
      else if (current.properties.length >= VCARD_LIMITS.properties) throw tooManyProperties(current.index);
      else current.properties.push(property);
    }
    previous = property;
  }
  if (current) yield current;
}

/** Every card in a file (see `readVcards`). */
export function parseVcards(text: string): Vcard[] {
  return Array.from(readVcards(text));
}

/** `\n` → newline, `\,` → `,`, `\;` → `;`, `\\` → `\` (and Apple's `\:` → `:`). */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
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
