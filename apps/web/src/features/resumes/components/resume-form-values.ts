import type { ResumeDocument, UpdateResumeInput } from '@jobpilot/contracts';
import {
  blankEntry,
  EDITED_SECTIONS,
  type EditedSection,
  type EntryValues,
  PROFILE_FIELDS,
  SECTION_SPECS,
} from './sections';

const BASICS_TEXT = ['name', 'label', 'email', 'phone', 'url', 'summary'] as const;
const LOCATION_TEXT = ['city', 'region', 'countryCode'] as const;

export interface BasicsValues extends Record<string, unknown> {
  /** Name, label, email, phone, url, summary (and image, kept though not shown). */
  text: Record<string, string>;
  location: Record<string, string>;
  profiles: EntryValues[];
}

/** What the editor's form holds: the résumé's name and tags, and its document with every field a string. */
export interface ResumeFormValues extends Record<string, unknown> {
  name: string;
  tags: string[];
  basics: BasicsValues;
  sections: Record<EditedSection, EntryValues[]>;
  /** Sections the editor has no card for (publications, interests, references): sent back unchanged. */
  kept: Partial<ResumeDocument>;
}

interface ResumeLike {
  name: string;
  tags: string[];
  document: ResumeDocument;
}

function entryValues(entry: object, blank: EntryValues): EntryValues {
  const values: EntryValues = { ...blank };
  for (const [key, value] of Object.entries(entry)) {
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}

/** One entry for the document: blank text and blank lines are left out (the schema's "absent"). */
export function entryOf(values: EntryValues): Record<string, string | string[]> {
  const entry: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      if (value.trim() !== '') entry[key] = value;
    } else {
      const lines = value.filter((line) => line.trim() !== '');
      if (lines.length > 0) entry[key] = lines;
    }
  }
  return entry;
}

const textOf = (values: Record<string, string>) => entryOf(values) as Record<string, string>;

export function toFormValues(resume: ResumeLike): ResumeFormValues {
  const { basics = {}, ...rest } = resume.document;
  const { location = {}, profiles = [], ...basicsText } = basics;
  const sections = {} as Record<EditedSection, EntryValues[]>;
  const kept: Partial<ResumeDocument> = { ...rest };
  for (const key of EDITED_SECTIONS) {
    const blank = blankEntry(SECTION_SPECS[key].fields);
    sections[key] = (resume.document[key] ?? []).map((entry) => entryValues(entry, blank));
    delete kept[key];
  }
  return {
    name: resume.name,
    tags: [...resume.tags],
    basics: {
      text: { ...Object.fromEntries(BASICS_TEXT.map((k) => [k, ''])), ...(basicsText as Record<string, string>) },
      location: { ...Object.fromEntries(LOCATION_TEXT.map((k) => [k, ''])), ...(location as Record<string, string>) },
      profiles: profiles.map((p) => entryValues(p, blankEntry(PROFILE_FIELDS))),
    },
    sections,
    kept,
  };
}

/** The JSON Resume document of the form's values; empty sections and fields are absent. */
export function toDocument(values: ResumeFormValues): ResumeDocument {
  const basics: Record<string, unknown> = textOf(values.basics.text);
  const location = textOf(values.basics.location);
  if (Object.keys(location).length > 0) basics.location = location;
  const profiles = values.basics.profiles.map(entryOf).filter((p) => Object.keys(p).length > 0);
  if (profiles.length > 0) basics.profiles = profiles;
  const document: Record<string, unknown> = { ...values.kept };
  if (Object.keys(basics).length > 0) document.basics = basics;
  for (const key of EDITED_SECTIONS) {
    // An entry stays even while blank, so the schema's `work.2` errors point at the card the person sees.
    if (values.sections[key].length > 0) document[key] = values.sections[key].map(entryOf);
  }
  return document as ResumeDocument;
}

/** The PATCH body (without `save`): name, tags and document. */
export function toResumeInput(values: ResumeFormValues): UpdateResumeInput {
  return { name: values.name, tags: values.tags, document: toDocument(values) };
}

/**
 * The form path of a schema or API error path: `document.work.1.name` → `sections.work.1.name`,
 * `document.basics.location.city` → `basics.location.city`, `document.basics.email` → `basics.text.email`.
 */
export function formPath(field: string): string {
  const path = field.replace(/^document\./, '');
  if (path === field) return field;
  const basics = /^basics\.(location|profiles)(\..*)?$/.exec(path);
  if (basics) return path;
  if (path.startsWith('basics.')) return `basics.text.${path.slice('basics.'.length)}`;
  return `sections.${path}`;
}
