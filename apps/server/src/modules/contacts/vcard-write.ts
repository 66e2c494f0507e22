import type { Contact } from '@jobpilot/contracts';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Text value escaping (RFC 6350 3.4): backslash, comma, semicolon, newline. */
export const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');

/**
 * Folds a content line at 75 octets (continuations start with a space), never inside a UTF-8 character.
 *
 * @example
 * fold('NOTE:' + 'x'.repeat(100)) // 'NOTE:xxx…(70 x)\r\n xxx…(30 x)'
 */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** `Ann Marie Lee` → family `Lee`, given `Ann Marie`; a single word is the given name. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? (words.pop() ?? '') : '';
  return [family, words.join(' '), '', '', ''].map(escapeText).join(';');
}

const stamp = (iso: string) => `${iso.replace(/[-:]/g, '').replace(/\.\d+/, '')}`;

/** One vCard 4.0 per contact, CRLF line ends, folded lines. */
export function toVcards(contacts: Contact[]): string {
  return contacts
    .map((c) => {
      const lines = [
        'BEGIN:VCARD',
        'VERSION:4.0',
        `UID:urn:uuid:${c.id}`,
        `FN:${escapeText(c.name)}`,
        `N:${structuredName(c.name)}`,
        ...(c.company ? [`ORG:${escapeText(c.company)}`] : []),
        ...(c.position ? [`TITLE:${escapeText(c.position)}`] : []),
        ...c.emails.map((e) => `EMAIL:${escapeText(e)}`),
        ...c.phones.map((p) => `TEL;VALUE=text:${escapeText(p)}`),
        ...c.links.map((l) => `URL:${l}`),
        ...(c.notes ? [`NOTE:${escapeText(c.notes)}`] : []),
        `REV:${stamp(c.updatedAt)}`,
        'END:VCARD',
      ];
      return lines.map(fold).join(CRLF) + CRLF;
    })
    .join('');
}
