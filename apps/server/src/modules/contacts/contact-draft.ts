import {
  CONTACT_COMPANY_MAX,
  CONTACT_EMAILS_MAX,
  CONTACT_LINKS_MAX,
  CONTACT_NAME_MAX,
  CONTACT_NOTES_MAX,
  CONTACT_PHONES_MAX,
  CONTACT_POSITION_MAX,
  type ContactDraft,
  contactInputSchema,
  emailAddressSchema,
  httpLinkSchema,
  phoneSchema,
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

function keepValid(values: string[], schema: z.ZodType<string>, what: string, max: number, warnings: string[]) {
  const kept: string[] = [];
  for (const value of values) {
    if (blank(value)) continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      warnings.push(
        `Skipped the ${what} "${value.trim().slice(0, 80)}": ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
      continue;
    }
    if (!kept.includes(parsed.data)) kept.push(parsed.data);
  }
  if (kept.length > max) warnings.push(`Kept the first ${max} of ${kept.length} ${what}s`);
  return kept.slice(0, max);
}

function clip(value: string | null, max: number, what: string, warnings: string[]): string | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  if (v.length <= max) return v;
  warnings.push(`Shortened the ${what} to ${max} characters`);
  return v.slice(0, max);
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
  const checked = contactInputSchema.safeParse(draft);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { draft, warnings, error: `${issue?.path.join('.') || 'contact'}: ${issue?.message ?? 'invalid'}` };
  }
  return { draft: checked.data, warnings, error: null };
}
