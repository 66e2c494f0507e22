import { z } from 'zod';
import { EMAIL_MAX } from './auth.js';
import { pageQuerySchema } from './envelope.js';
import { storableString } from './text.js';

export const CONTACT_NAME_MAX = 200;
export const CONTACT_POSITION_MAX = 200;
export const CONTACT_COMPANY_MAX = 200;
export const CONTACT_NOTES_MAX = 20_000;
export const CONTACT_EMAILS_MAX = 10;
export const CONTACT_PHONES_MAX = 10;
export const CONTACT_LINKS_MAX = 10;
export const CONTACT_APPLICATIONS_MAX = 50;
export const PHONE_MAX = 40;
export const LINK_MAX = 2048;
export const CONTACT_QUERY_MAX = 200;
/** Cards or rows one import may hold. */
export const CONTACT_IMPORT_MAX = 2000;
/** Size of an uploaded vCard or CSV file. */
export const CONTACT_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

/** An email address, trimmed and lower-cased (so linking to accounts is an exact match). */
export const emailAddressSchema = storableString()
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX, { message: `Must be at most ${EMAIL_MAX} characters` })
  .pipe(z.email({ message: 'Enter a valid email address' }));

/** Digits with the usual separators, an optional leading + and an optional extension: `+1 (555) 010-2000 ext. 12`. */
export const PHONE_PATTERN = /^\+?[\s().\-/]*\d[\d\s().\-/]*(?:(?:ext\.?|x|#)\s*\d+)?$/i;
// `abort` on the length check: the pattern then only ever sees at most PHONE_MAX characters.
export const phoneSchema = storableString()
  .trim()
  .min(1, { message: 'Enter a phone number or remove this field' })
  .max(PHONE_MAX, { message: `Must be at most ${PHONE_MAX} characters`, abort: true })
  .regex(PHONE_PATTERN, { message: 'Use digits, spaces and + ( ) - only, e.g. +1 555 010 2000' });

/** A full http(s) link. */
export const httpLinkSchema = storableString()
  .trim()
  .max(LINK_MAX, { message: `Must be at most ${LINK_MAX} characters` })
  .pipe(z.url({ protocol: /^https?$/, message: 'Enter a full http(s) link, e.g. https://linkedin.com/in/…' }));

/** Keeps the first of equal values, so a list never holds the same address twice. */
const unique = <T>(values: T[]) => [...new Set(values)];

const list = <T extends z.ZodType<string>>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(max, { message: `At most ${max} ${what}` })
    .nullish()
    .transform((v) => unique(v ?? []));

/** The fields a person types for a contact (also what an import produces per card). */
export const contactFields = {
  name: storableString()
    .trim()
    .min(1, { message: 'Enter the name' })
    .max(CONTACT_NAME_MAX, { message: `Must be at most ${CONTACT_NAME_MAX} characters` }),
  position: optionalText(CONTACT_POSITION_MAX),
  company: optionalText(CONTACT_COMPANY_MAX),
  emails: list(emailAddressSchema, CONTACT_EMAILS_MAX, 'email addresses'),
  phones: list(phoneSchema, CONTACT_PHONES_MAX, 'phone numbers'),
  links: list(httpLinkSchema, CONTACT_LINKS_MAX, 'links'),
  notes: optionalText(CONTACT_NOTES_MAX),
};

export const contactInputSchema = z.object(contactFields);
export type ContactInput = z.input<typeof contactInputSchema>;
/** A contact as parsed, before it has an id: what import previews show. */
export type ContactDraft = z.output<typeof contactInputSchema>;

const applicationIds = z
  .array(z.uuid({ message: 'Not a valid application id' }))
  .max(CONTACT_APPLICATIONS_MAX, { message: `At most ${CONTACT_APPLICATIONS_MAX} applications` })
  .nullish()
  .transform((v) => unique(v ?? []));

export const createContactSchema = z.object({ ...contactFields, applicationIds });
export type CreateContactInput = z.input<typeof createContactSchema>;

export const updateContactSchema = z
  .object({ ...contactFields, applicationIds })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' });
export type UpdateContactInput = z.input<typeof updateContactSchema>;

export const listContactsQuerySchema = pageQuerySchema.extend({
  q: storableString().trim().max(CONTACT_QUERY_MAX).optional(),
  /** Only the contacts tied to this application. */
  applicationId: z.uuid({ message: 'Not a valid application id' }).optional(),
});
export type ListContactsQuery = z.input<typeof listContactsQuerySchema>;

/** The registered user a contact is; `name` is null while their profile is private. */
export const linkedUserSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  profileVisible: z.boolean(),
});
export type LinkedUser = z.infer<typeof linkedUserSchema>;

export const contactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  position: z.string().nullable(),
  company: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  links: z.array(z.string()),
  notes: z.string().nullable(),
  applicationIds: z.array(z.uuid()),
  linkedUserId: z.uuid().nullable(),
  linkedUser: linkedUserSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const CONTACT_FILE_FORMATS = ['vcf', 'csv'] as const;
export const contactFileFormatSchema = z.enum(CONTACT_FILE_FORMATS, { message: 'Use vcf or csv' });
export type ContactFileFormat = z.infer<typeof contactFileFormatSchema>;

/** `preview` parses and reports, writing nothing; `commit` saves the new contacts. */
export const importContactsQuerySchema = z.object({
  mode: z.enum(['preview', 'commit'], { message: 'Use preview or commit' }).default('preview'),
});

/**
 * The JSON form of an import: the file's text (the other form is a multipart upload). It is not refused for a
 * NUL: each card or row is checked against the contact schema, so only that one is marked invalid.
 */
export const importContactsBodySchema = z.object({
  text: z
    .string()
    .min(1, { message: 'The file is empty' })
    .max(CONTACT_IMPORT_MAX_BYTES, { message: 'The file is larger than 10 MB' }),
  format: contactFileFormatSchema.optional(),
});

/** A parsed card or row as it would be saved (for an invalid one, as far as it could be read). */
export const contactDraftSchema = z.object({
  name: z.string(),
  position: z.string().nullable(),
  company: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  links: z.array(z.string()),
  notes: z.string().nullable(),
});

export const IMPORT_ENTRY_STATUSES = ['new', 'created', 'duplicate', 'invalid'] as const;
export const importEntrySchema = z.object({
  /** 1-based number of the card (vCard) or data row (CSV) in the file. */
  index: z.number().int(),
  status: z.enum(IMPORT_ENTRY_STATUSES),
  contact: contactDraftSchema,
  /** The saved contact this one duplicates (same email, or same name and phone without email). */
  duplicateOf: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
  /** Set once committed. */
  contactId: z.uuid().nullable(),
  warnings: z.array(z.string()),
  error: z.string().nullable(),
});
export type ImportEntry = z.infer<typeof importEntrySchema>;

export const importResultSchema = z.object({
  format: contactFileFormatSchema,
  committed: z.boolean(),
  counts: z.object({
    total: z.number().int(),
    new: z.number().int(),
    created: z.number().int(),
    duplicate: z.number().int(),
    invalid: z.number().int(),
  }),
  entries: z.array(importEntrySchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const exportContactsQuerySchema = z.object({
  format: contactFileFormatSchema.default('vcf'),
  q: storableString().trim().max(CONTACT_QUERY_MAX).optional(),
});
