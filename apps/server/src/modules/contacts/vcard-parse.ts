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

const QP_LINE = /^[^:]*quoted-printable/i;

/**
 * Lines as the vCard means them: a line starting with a space or tab continues the one before
 * (RFC 2425/6350 folding), and a quoted-printable value ending in `=` continues on the next line (2.1).
 */
export function unfold(text: string): string[] {
  const lines: string[] = [];
  let softBreak = false;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const last = lines.length - 1;
    if (softBreak && last >= 0) {
      lines[last] = `${(lines[last] ?? '').slice(0, -1)}${line}`;
    } else if (/^[ \t]/.test(line) && last >= 0) {
      lines[last] += line.slice(1);
    } else if (line.trim() === '') {
      softBreak = false;
      continue;
    } else {
      lines.push(line);
    }
    const current = lines[lines.length - 1] ?? '';
    softBreak = QP_LINE.test(current) && current.endsWith('=');
  }
  return lines;
}

/** Splits `a;b;"c;d"` at separators outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
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

/** Quoted-printable to bytes, then to text in the given charset (UTF-8 when unknown). */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    const hex = value.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (c === '=' && i === value.length - 1) {
      // a soft line break left at the very end
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  try {
    return new TextDecoder(charset).decode(Uint8Array.from(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
  }
}

export function parseProperty(line: string): VcardProperty | undefined {
  const colon = valueStart(line);
  if (colon <= 0) return undefined;
  const [head = '', ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';');
  const dot = head.lastIndexOf('.');
  const name = head
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params = new Map<string, string[]>();
  const types = new Set<string>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    const key = eq < 0 ? 'TYPE' : raw.slice(0, eq).trim().toUpperCase();
    const values = (eq < 0 ? raw : raw.slice(eq + 1))
      .split(',')
      .map((v) => v.trim().replace(/^"|"$/g, ''))
      .filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...values]);
    if (key === 'TYPE') for (const v of values) types.add(v.toUpperCase());
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
  for (const line of unfold(text.replace(/^\uFEFF/, ''))) {
    const property = parseProperty(line);
    if (!property) continue;
    if (agentDepth > 0) {
      if (isBegin(property)) agentDepth++;
      if (isEnd(property)) agentDepth--;
    } else if (isBegin(property)) {
      if (current && previous?.name === 'AGENT' && previous.value.trim() === '') {
        agentDepth = 1;
      } else {
        if (current) cards.push(current);
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
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1];
      i++;
    } else if (c === ';') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts.map(unescapeText);
}
