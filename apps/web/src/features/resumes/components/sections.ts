/** How the editor shows one field of an entry: a line, a paragraph, a date, a list of lines or of short tags. */
export type FieldKind = 'text' | 'long' | 'date' | 'lines' | 'tags' | 'url';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  placeholder?: string;
}

/** One repeatable section of the document the editor has a card for. */
export interface SectionSpec {
  key: EditedSection;
  title: string;
  /** "Add a job", "Move this job up". */
  entry: string;
  fields: readonly FieldSpec[];
  /** Short entries (a skill, a language): all fields on one row. */
  compact?: boolean;
  /** What names one entry in its buttons' labels, e.g. "Engineer at Acme". */
  describe: (entry: EntryValues) => string;
}

/** The sections the editor edits; the others a document may hold (publications, interests…) are kept as they are. */
export const EDITED_SECTIONS = [
  'work',
  'education',
  'skills',
  'projects',
  'certificates',
  'awards',
  'languages',
  'volunteer',
] as const;
export type EditedSection = (typeof EDITED_SECTIONS)[number];

/** One entry as the form holds it: text as strings (never undefined), lists of lines as string arrays. */
export type EntryValues = Record<string, string | string[]>;

const text = (entry: EntryValues, key: string) => {
  const value = entry[key];
  return typeof value === 'string' ? value.trim() : '';
};
const joined = (...parts: string[]) => parts.filter((part) => part !== '').join(' at ');

const DATES: FieldSpec[] = [
  { key: 'startDate', label: 'Start', kind: 'date', placeholder: 'YYYY-MM' },
  { key: 'endDate', label: 'End (empty while current)', kind: 'date', placeholder: 'YYYY-MM' },
];

export const SECTION_SPECS: Record<EditedSection, SectionSpec> = {
  work: {
    key: 'work',
    title: 'Work experience',
    entry: 'job',
    fields: [
      { key: 'position', label: 'Title', kind: 'text', placeholder: 'Software Engineer' },
      { key: 'name', label: 'Company', kind: 'text', placeholder: 'Acme' },
      { key: 'location', label: 'Location', kind: 'text' },
      { key: 'url', label: 'Website', kind: 'url' },
      ...DATES,
      { key: 'summary', label: 'Summary', kind: 'long' },
      { key: 'highlights', label: 'Highlights', kind: 'lines' },
    ],
    describe: (e) => joined(text(e, 'position'), text(e, 'name')),
  },
  education: {
    key: 'education',
    title: 'Education',
    entry: 'school',
    fields: [
      { key: 'institution', label: 'Institution', kind: 'text' },
      { key: 'studyType', label: 'Degree', kind: 'text', placeholder: 'BSc' },
      { key: 'area', label: 'Field of study', kind: 'text', placeholder: 'Computer Science' },
      { key: 'score', label: 'GPA or grade', kind: 'text' },
      ...DATES,
      { key: 'courses', label: 'Courses', kind: 'lines' },
    ],
    describe: (e) => text(e, 'institution'),
  },
  skills: {
    key: 'skills',
    title: 'Skills',
    entry: 'skill',
    fields: [
      { key: 'name', label: 'Skill', kind: 'text', placeholder: 'TypeScript' },
      { key: 'level', label: 'Level', kind: 'text', placeholder: 'Advanced' },
      { key: 'keywords', label: 'Keywords', kind: 'tags' },
    ],
    compact: true,
    describe: (e) => text(e, 'name'),
  },
  projects: {
    key: 'projects',
    title: 'Projects',
    entry: 'project',
    fields: [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'url', label: 'Website', kind: 'url' },
      ...DATES,
      { key: 'description', label: 'Description', kind: 'long' },
      { key: 'highlights', label: 'Highlights', kind: 'lines' },
      { key: 'keywords', label: 'Keywords', kind: 'tags' },
    ],
    describe: (e) => text(e, 'name'),
  },
  certificates: {
    key: 'certificates',
    title: 'Certificates',
    entry: 'certificate',
    fields: [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'issuer', label: 'Issuer', kind: 'text' },
      { key: 'date', label: 'Date', kind: 'date', placeholder: 'YYYY-MM' },
      { key: 'url', label: 'Website', kind: 'url' },
    ],
    describe: (e) => text(e, 'name'),
  },
  awards: {
    key: 'awards',
    title: 'Awards',
    entry: 'award',
    fields: [
      { key: 'title', label: 'Title', kind: 'text' },
      { key: 'awarder', label: 'Awarded by', kind: 'text' },
      { key: 'date', label: 'Date', kind: 'date', placeholder: 'YYYY-MM' },
      { key: 'summary', label: 'Summary', kind: 'long' },
    ],
    describe: (e) => text(e, 'title'),
  },
  languages: {
    key: 'languages',
    title: 'Languages',
    entry: 'language',
    fields: [
      { key: 'language', label: 'Language', kind: 'text' },
      { key: 'fluency', label: 'Fluency', kind: 'text', placeholder: 'Native speaker' },
    ],
    compact: true,
    describe: (e) => text(e, 'language'),
  },
  volunteer: {
    key: 'volunteer',
    title: 'Volunteering',
    entry: 'role',
    fields: [
      { key: 'position', label: 'Role', kind: 'text' },
      { key: 'organization', label: 'Organisation', kind: 'text' },
      { key: 'url', label: 'Website', kind: 'url' },
      ...DATES,
      { key: 'summary', label: 'Summary', kind: 'long' },
      { key: 'highlights', label: 'Highlights', kind: 'lines' },
    ],
    describe: (e) => joined(text(e, 'position'), text(e, 'organization')),
  },
};

export const PROFILE_FIELDS: readonly FieldSpec[] = [
  { key: 'network', label: 'Network', kind: 'text', placeholder: 'LinkedIn' },
  { key: 'username', label: 'Username', kind: 'text' },
  { key: 'url', label: 'Link', kind: 'url' },
];

/** A blank entry of a section: every field the editor shows, empty. */
export function blankEntry(fields: readonly FieldSpec[]): EntryValues {
  return Object.fromEntries(fields.map((f) => [f.key, f.kind === 'lines' || f.kind === 'tags' ? [] : '']));
}
