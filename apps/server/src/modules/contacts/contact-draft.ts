import {
  CONTACT_COMPANY_MAX,
  CONTACT_EMAILS_MAX,
  CONTACT_LINKS_MAX,
  CONTACT_NAME_MAX,
  CONTACT_NOTES_MAX,
  CONTACT_PHONES_MAX,
  CONTACT_POSITION_MAX,
  type ContactDraft,
  emailAddressSchema,
  httpLinkSchema,
  isUnstorableText,
  phoneSchema,
  UNSTORABLE_TEXT,
  UNSTORABLE_TEXT_MESSAGE,
} from '@jobpilot/contracts';
import type { z } from 'zod';

/** A contact as a file states it, before anything is checked. */
export interface RawContact {
  name: string | null;
  position: string | null;
  company: string | null;
  emails: string[];
  phones: string[];
  links: string[];
  notes: string | null;
}

export interface DraftResult {
  draft: ContactDraft;
  warnings: string[];
  error: string | null;
}

const blank = (v: string | null | undefined) => !v || v.trim() === '';

/** `tel:+1-418-656-9254;ext=102` → `+1-418-656-9254 ext. 102` */
export function phoneFromUri(value: string): string {
  const uri = /^tel:([^;]*)(?:;.*?ext=(\d+))?/i.exec(value.trim());
  if (!uri) return value.trim();
  return uri[2] ? `${uri[1]} ext. ${uri[2]}` : (uri[1] ?? '');
}

/** `www.example.com` (as some exports write it) becomes `https://www.example.com`. */
export function linkWithScheme(value: string): string {
  const v = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return v;
  if (/^[\w-]+(\.[\w-]+)+([/?#]\S*)?$/.test(v)) return `https://${v}`;
  return v;
}

/** Warnings about skipped values kept per field; the rest are counted in one line. */
const SKIPPED_WARNINGS_MAX = 5;

function keepValid(values: string[], schema: z.ZodType<string>, what: string, max: number, warnings: string[]) {
  const kept = new Set<string>();
  let skipped = 0;
  for (const value of values) {
    if (blank(value)) continue;
    const parsed = isUnstorableText(value)
      ? ({ success: false, message: UNSTORABLE_TEXT_MESSAGE } as const)
      : schema.safeParse(value);
    if (parsed.success) {
      kept.add(parsed.data);
      continue;
    }
    if (++skipped > SKIPPED_WARNINGS_MAX) continue;
    const why = 'message' in parsed ? parsed.message : (parsed.error.issues[0]?.message ?? 'invalid');
    // A skipped value is quoted without its unstorable characters, so the warning itself can be shown and kept.
    warnings.push(`Skipped the ${what} "${value.trim().slice(0, 80).replace(UNSTORABLE_GLOBAL, '')}": ${why}`);
  }
  if (skipped > SKIPPED_WARNINGS_MAX) warnings.push(`Skipped ${skipped - SKIPPED_WARNINGS_MAX} more ${what}s`);
  if (kept.size > max) warnings.push(`Kept the first ${max} of ${kept.size} ${what}s`);
  return [...kept].slice(0, max);
}

const UNSTORABLE_GLOBAL = new RegExp(UNSTORABLE_TEXT.source, 'g');

/** The first text field holding a NUL or a lone surrogate: the whole contact is refused, naming it. */
function unstorableField(raw: RawContact): string | undefined {
  const fields = { name: raw.name, position: raw.position, company: raw.company, notes: raw.notes };
  return Object.entries(fields).find(([, value]) => value != null && isUnstorableText(value))?.[0];
}

function clip(value: string | null, max: number, what: string, warnings: string[]): string | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  if (v.length <= max) return v;
  warnings.push(`Shortened the ${what} to ${max} characters`);
  return v.slice(0, max);
}

/** The draft as the preview shows it: unstorable characters dropped, so the answer itself can be stored and sent. */
function withoutUnstorable(draft: ContactDraft): ContactDraft {
  const clean = (v: string | null) => v?.replace(UNSTORABLE_GLOBAL, '') ?? null;
  return {
    ...draft,
    name: clean(draft.name) ?? '',
    position: clean(draft.position),
    company: clean(draft.company),
    notes: clean(draft.notes),
  };
}

/**
 * What an import would save for one card or row: bad addresses, numbers and links are left out with a
 * warning, over-long text is shortened; a contact with no name, address or number at all is an error.
 * The name falls back to the company, then the first address, then the first number.
 */
export function toDraft(raw: RawContact): DraftResult {
  const warnings: string[] = [];
  const emails = keepValid(
    raw.emails.map((e) => e.replace(/^mailto:/i, '')),
    emailAddressSchema,
    'email address',
    CONTACT_EMAILS_MAX,
    warnings,
  );
  const phones = keepValid(raw.phones.map(phoneFromUri), phoneSchema, 'phone number', CONTACT_PHONES_MAX, warnings);
  const links = keepValid(raw.links.map(linkWithScheme), httpLinkSchema, 'link', CONTACT_LINKS_MAX, warnings);
  const company = clip(raw.company, CONTACT_COMPANY_MAX, 'company', warnings);
  const name = clip(
    [raw.name, company, emails[0], phones[0]].find((v) => !blank(v)) ?? null,
    CONTACT_NAME_MAX,
    'name',
    warnings,
  );
  const draft: ContactDraft = {
    name: name ?? '',
    position: clip(raw.position, CONTACT_POSITION_MAX, 'position', warnings),
    company,
    emails,
    phones,
    links,
    notes: clip(raw.notes?.replace(/\r\n?/g, '\n') ?? null, CONTACT_NOTES_MAX, 'notes', warnings),
  };
  if (!name) return { draft, warnings, error: 'No name, email address or phone number' };
  const unstorable = unstorableField(draft);
  if (unstorable)
    return { draft: withoutUnstorable(draft), warnings, error: `${unstorable}: ${UNSTORABLE_TEXT_MESSAGE}` };
  return { draft: trimmed(draft), warnings, error: null };
}

/**
 * The draft as `contactInputSchema` would return it. Every field was checked on its own above (each
 * address, number and link by its schema, text clipped to its maximum and free of unstorable
 * characters), so the whole-contact schema could only trim text that clipping cut before a space;
 * running it on each of 2,000 cards doubled the cost of an import. contact-draft.test.ts holds it true.
 */
function trimmed(draft: ContactDraft): ContactDraft {
  return {
    ...draft,
    name: draft.name.trim(),
    position: draft.position?.trim() ?? null,
    company: draft.company?.trim() ?? null,
    notes: draft.notes?.trim() ?? null,
  };
}
