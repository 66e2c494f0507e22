import type { ResumeDocument } from '@jobpilot/contracts';
import { pathOf } from './input.ts';

/** One piece of text in the document and where it is. */
export interface TextField {
  section: string;
  entry?: number;
  path: string;
  text: string;
  /** bullet: a highlight; prose: sentences a person wrote (spell-checked); name: names, skills, titles of things. */
  kind: 'bullet' | 'prose' | 'name';
}

type Entry = Record<string, unknown>;
const PROSE_KEYS = ['position', 'summary', 'description', 'area', 'studyType', 'reference', 'title'] as const;
const NAME_KEYS = ['name', 'organization', 'institution', 'location', 'awarder', 'issuer', 'publisher', 'network'];

/** Every piece of text in the document, once, in reading order. */
export function textFields(doc: ResumeDocument): TextField[] {
  const out: TextField[] = [];
  const push = (field: TextField) => {
    if (field.text.trim()) out.push(field);
  };
  const basics = doc.basics;
  if (basics?.name) push({ section: 'basics', path: 'basics.name', text: basics.name, kind: 'name' });
  if (basics?.label) push({ section: 'basics', path: 'basics.label', text: basics.label, kind: 'prose' });
  if (basics?.summary) push({ section: 'basics', path: 'basics.summary', text: basics.summary, kind: 'prose' });
  for (const section of [
    'work',
    'volunteer',
    'education',
    'projects',
    'awards',
    'certificates',
    'publications',
    'references',
  ] as const) {
    (doc[section] as Entry[] | undefined)?.forEach((entry, i) => {
      for (const key of NAME_KEYS) {
        const value = entry[key];
        if (typeof value === 'string')
          push({ section, entry: i, path: pathOf(section, i, key), text: value, kind: 'name' });
      }
      for (const key of PROSE_KEYS) {
        const value = entry[key];
        if (typeof value === 'string')
          push({ section, entry: i, path: pathOf(section, i, key), text: value, kind: 'prose' });
      }
      const highlights = entry.highlights;
      if (Array.isArray(highlights)) {
        highlights.forEach((text, j) => {
          if (typeof text === 'string')
            push({ section, entry: i, path: pathOf(section, i, 'highlights', j), text, kind: 'bullet' });
        });
      }
    });
  }
  for (const section of ['skills', 'interests'] as const) {
    doc[section]?.forEach((entry, i) => {
      if (entry.name) push({ section, entry: i, path: pathOf(section, i, 'name'), text: entry.name, kind: 'name' });
      entry.keywords?.forEach((text, j) => {
        push({ section, entry: i, path: pathOf(section, i, 'keywords', j), text, kind: 'name' });
      });
    });
  }
  doc.languages?.forEach((entry, i) => {
    if (entry.language)
      push({
        section: 'languages',
        entry: i,
        path: pathOf('languages', i, 'language'),
        text: entry.language,
        kind: 'name',
      });
  });
  return out;
}

/** Words in a text: runs of letters or digits. */
export const countWords = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu)?.length ?? 0;
