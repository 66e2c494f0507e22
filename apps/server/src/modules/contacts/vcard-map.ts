import type { RawContact } from './contact-draft.ts';
import { splitStructured, unescapeText, type Vcard, type VcardProperty } from './vcard-parse.ts';

const text = (p: VcardProperty) => unescapeText(p.value).trim();

/** The properties a contact keeps from, by name, in one pass over the card; binary values left out. */
const KEPT = new Set(['FN', 'N', 'ORG', 'TITLE', 'ROLE', 'NOTE', 'EMAIL', 'TEL', 'URL', 'X-SOCIALPROFILE']);
function byName(card: Vcard): Map<string, VcardProperty[]> {
  const found = new Map<string, VcardProperty[]>();
  for (const p of card.properties) {
    if (p.binary || !KEPT.has(p.name)) continue;
    const list = found.get(p.name);
    if (list) list.push(p);
    else found.set(p.name, [p]);
  }
  return found;
}
const firstOf = (props: VcardProperty[] | undefined) => props?.find((p) => p.value.trim() !== '');

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
  const props = byName(card);
  const fn = firstOf(props.get('FN'));
  const n = firstOf(props.get('N'));
  const org = firstOf(props.get('ORG'));
  const title = firstOf(props.get('TITLE')) ?? firstOf(props.get('ROLE'));
  const notes = (props.get('NOTE') ?? []).map(text).filter(Boolean);
  return {
    name: (fn ? text(fn) : '') || (n ? nameFromN(n.value) : '') || null,
    company: org ? (splitStructured(org.value)[0]?.trim() ?? null) : null,
    position: title ? text(title) : null,
    emails: (props.get('EMAIL') ?? []).map(text),
    phones: (props.get('TEL') ?? []).filter((p) => !p.types.has('FAX')).map(text),
    links: [...(props.get('URL') ?? []).map(text), ...(props.get('X-SOCIALPROFILE') ?? []).map(socialLink)],
    notes: notes.length > 0 ? notes.join('\n\n') : null,
  };
}
