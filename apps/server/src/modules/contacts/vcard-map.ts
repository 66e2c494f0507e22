import type { RawContact } from './contact-draft.ts';
import { splitStructured, unescapeText, type Vcard, type VcardProperty } from './vcard-parse.ts';

const text = (p: VcardProperty) => unescapeText(p.value).trim();
const first = (card: Vcard, name: string) =>
  card.properties.find((p) => p.name === name && !p.binary && p.value.trim() !== '');
const all = (card: Vcard, name: string) => card.properties.filter((p) => p.name === name && !p.binary);

/** `N:Doe;John;Richter,James;Mr.;Sr.` → `John Richter James Doe` */
function nameFromN(value: string): string {
  const [family = '', given = '', additional = ''] = splitStructured(value);
  return [given, additional.replace(/,/g, ' '), family]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

/** Apple's `X-SOCIALPROFILE;type=twitter;x-user=ann:…` — the value is a link; without one, a known network's URL. */
const SOCIAL_URLS: Record<string, string> = {
  TWITTER: 'https://twitter.com/',
  X: 'https://x.com/',
  LINKEDIN: 'https://www.linkedin.com/in/',
  GITHUB: 'https://github.com/',
  FACEBOOK: 'https://www.facebook.com/',
};
function socialLink(p: VcardProperty): string {
  const value = text(p);
  if (/^https?:/i.test(value) || value.includes('.')) return value;
  const user = p.params.get('X-USER')?.[0] ?? value.replace(/^x-apple:/i, '');
  const base = [...p.types].map((t) => SOCIAL_URLS[t]).find(Boolean);
  return base && user ? `${base}${user}` : value;
}

/**
 * The fields JobPilot keeps from one card: FN (or N), ORG, TITLE (or ROLE), EMAIL, TEL (fax numbers
 * left out), URL, X-SOCIALPROFILE and NOTE. Birthdays, addresses, photos and the rest are ignored.
 */
export function cardToRaw(card: Vcard): RawContact {
  const fn = first(card, 'FN');
  const n = first(card, 'N');
  const org = first(card, 'ORG');
  const title = first(card, 'TITLE') ?? first(card, 'ROLE');
  const notes = all(card, 'NOTE').map(text).filter(Boolean);
  return {
    name: (fn ? text(fn) : '') || (n ? nameFromN(n.value) : '') || null,
    company: org ? (splitStructured(org.value)[0]?.trim() ?? null) : null,
    position: title ? text(title) : null,
    emails: all(card, 'EMAIL').map(text),
    phones: all(card, 'TEL')
      .filter((p) => !p.types.has('FAX'))
      .map(text),
    links: [...all(card, 'URL').map(text), ...all(card, 'X-SOCIALPROFILE').map(socialLink)],
    notes: notes.length > 0 ? notes.join('\n\n') : null,
  };
}
