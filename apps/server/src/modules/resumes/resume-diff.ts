import { RESUME_SECTIONS, type ResumeDiffChange, type ResumeDocument } from '@jobpilot/contracts';

/**
 * A readable, field-level difference between two JSON Resume documents (ADR 036): per section and entry,
 * what was added, removed or changed, each with a path (`work[1].highlights[0]`), a label a person reads
 * ("Work · Acme — Engineer · highlight 1") and the text before and after.
 *
 * Entries of a section are matched by what they are (a job by company and title, a skill by its name), so
 * moving an entry or adding one above it does not show every later entry as changed; an entry whose identity
 * changed in place (the company renamed) is shown as changed, not as removed and added.
 */
export function diffResumes(before: ResumeDocument, after: ResumeDocument): ResumeDiffChange[] {
  const out: ResumeDiffChange[] = [];
  for (const section of RESUME_SECTIONS) {
    const title = SECTION_TITLES[section] ?? section;
    const a = (before as Record<string, unknown>)[section];
    const b = (after as Record<string, unknown>)[section];
    if (section === 'basics') {
      diffObject(out, { section, path: section, label: title }, asObject(a), asObject(b));
    } else {
      diffEntries(out, { section, path: section, label: title }, section, asArray(a), asArray(b));
    }
  }
  return out;
}

interface At {
  section: string;
  path: string;
  label: string;
}

type Obj = Record<string, unknown>;

const SECTION_TITLES: Record<string, string> = {
  basics: 'Basics',
  work: 'Work',
  volunteer: 'Volunteer',
  education: 'Education',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
  projects: 'Projects',
  profiles: 'profile',
};

/** The fields that say which entry it is, most telling first; the label joins them with " — ". */
const IDENTITY: Record<string, string[]> = {
  work: ['name', 'position'],
  volunteer: ['organization', 'position'],
  education: ['institution', 'studyType', 'area'],
  awards: ['title', 'awarder'],
  certificates: ['name', 'issuer'],
  publications: ['name', 'publisher'],
  skills: ['name'],
  languages: ['language'],
  interests: ['name'],
  references: ['name'],
  projects: ['name'],
  profiles: ['network', 'username'],
};

/** How a field is called in a label; others are spelled out from their camelCase name. */
const FIELD_LABELS: Record<string, Record<string, string>> = {
  work: { name: 'company', position: 'title' },
  volunteer: { position: 'role' },
  education: { studyType: 'degree', area: 'field of study', score: 'grade' },
  basics: { label: 'headline', url: 'website' },
  location: { countryCode: 'country code', postalCode: 'postal code' },
};

/** Singular names of list items in labels: `highlights` → "highlight 1". */
const ITEM_NAMES: Record<string, string> = {
  highlights: 'highlight',
  keywords: 'keyword',
  courses: 'course',
  roles: 'role',
};

const asObject = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const spelled = (field: string) => field.replace(/([A-Z])/g, ' $1').toLowerCase();
const fieldLabel = (context: string, field: string) => FIELD_LABELS[context]?.[field] ?? spelled(field);
const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v as Obj).every(isEmpty));

/** One line for any value: text as it is, a list joined, an entry by its title and dates. */
function textOf(v: unknown, kind?: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => textOf(x, kind)).join('; ');
  const o = v as Obj;
  const title = entryTitle(kind ?? '', o);
  const dates = [o.startDate, o.endDate].filter((d) => typeof d === 'string');
  const when = dates.length > 0 ? ` (${dates.join(' – ')}${o.startDate && !o.endDate ? ' – present' : ''})` : '';
  if (title) return `${title}${when}`;
  return Object.entries(o)
    .filter(([, x]) => !isEmpty(x))
    .map(([k, x]) => `${spelled(k)}: ${textOf(x)}`)
    .join(', ');
}

function entryTitle(kind: string, o: Obj): string {
  const parts = (IDENTITY[kind] ?? ['name'])
    .map((f) => o[f])
    .filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  return parts.join(' — ');
}

function push(out: ResumeDiffChange[], at: At, before: unknown, after: unknown, kind?: string) {
  const b = isEmpty(before) ? null : textOf(before, kind);
  const a = isEmpty(after) ? null : textOf(after, kind);
  if (b === a) return;
  const change = b === null ? 'added' : a === null ? 'removed' : 'changed';
  out.push({ change, section: at.section, path: at.path, label: at.label, before: b, after: a });
}

/** Field by field, in the order the newer document has them, then the fields only the older one had. */
function diffObject(out: ResumeDiffChange[], at: At, a: Obj, b: Obj, context = at.section) {
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    const here: At = {
      section: at.section,
      path: `${at.path}.${key}`,
      label: `${at.label} · ${fieldLabel(context, key)}`,
    };
    if (Array.isArray(x) || Array.isArray(y)) {
      const items = asArray(x).concat(asArray(y));
      if (items.some((i) => i !== null && typeof i === 'object')) {
        diffEntries(out, { ...here, label: at.label }, key, asArray(x), asArray(y));
      } else {
        diffStrings(out, { ...here, label: at.label }, ITEM_NAMES[key] ?? spelled(key), asArray(x), asArray(y));
      }
    } else if ((x && typeof x === 'object') || (y && typeof y === 'object')) {
      diffObject(out, here, asObject(x), asObject(y), key);
    } else {
      push(out, here, x, y);
    }
  }
}

/** A list of entries (jobs, schools, profiles), matched by identity. */
function diffEntries(out: ResumeDiffChange[], at: At, kind: string, a: unknown[], b: unknown[]) {
  const title = (e: unknown) => entryTitle(kind, asObject(e));
  const keyOf = (e: unknown) => title(e).toLowerCase() || JSON.stringify(e);
  const noun = kind === 'profiles' ? `${at.label} · ${SECTION_TITLES.profiles}` : at.label;
  const labelOf = (e: unknown, i: number) => `${noun} · ${title(e) || `entry ${i + 1}`}`;
  const steps = moves(
    align(a.map(keyOf), b.map(keyOf)),
    (i) => (title(a[i]) ? keyOf(a[i]) : ''),
    (j) => (title(b[j]) ? keyOf(b[j]) : ''),
  );
  for (const step of steps) {
    if (step.a !== undefined && step.b !== undefined) {
      const y = b[step.b];
      const here = { section: at.section, path: `${at.path}[${step.b}]`, label: labelOf(y, step.b) };
      if (step.moved) {
        push(out, { ...here, label: `${here.label} · position` }, `position ${step.a + 1}`, `position ${step.b + 1}`);
      }
      diffObject(out, here, asObject(a[step.a]), asObject(y), kind);
    } else if (step.b !== undefined) {
      const y = b[step.b];
      push(out, { section: at.section, path: `${at.path}[${step.b}]`, label: labelOf(y, step.b) }, undefined, y, kind);
    } else if (step.a !== undefined) {
      const x = a[step.a];
      push(out, { section: at.section, path: `${at.path}[${step.a}]`, label: labelOf(x, step.a) }, x, undefined, kind);
    }
  }
}

/**
 * An entry removed in one place and added in another under the same title was moved: the two steps become
 * one, at the added step's place, so a reordered section reads as moves (and any edits of the moved entry).
 */
function moves(steps: Step[], keyA: (i: number) => string, keyB: (j: number) => string): Step[] {
  const removed = new Map<string, number[]>();
  for (const s of steps) {
    if (s.a !== undefined && s.b === undefined && keyA(s.a)) {
      removed.set(keyA(s.a), [...(removed.get(keyA(s.a)) ?? []), s.a]);
    }
  }
  const taken = new Set<number>();
  const out: Step[] = [];
  for (const s of steps) {
    if (s.b !== undefined && s.a === undefined && keyB(s.b)) {
      const from = removed.get(keyB(s.b))?.shift();
      if (from !== undefined) {
        taken.add(from);
        out.push({ a: from, b: s.b, moved: true });
        continue;
      }
    }
    out.push(s);
  }
  return out.filter((s) => !(s.b === undefined && s.a !== undefined && taken.has(s.a)));
}

/** A list of strings (highlights, keywords), matched by text. */
function diffStrings(out: ResumeDiffChange[], at: At, item: string, a: unknown[], b: unknown[]) {
  const text = (v: unknown) => textOf(v);
  for (const step of align(a.map(text), b.map(text))) {
    if (step.a !== undefined && step.b !== undefined && text(a[step.a]) === text(b[step.b])) continue;
    const index = step.b ?? step.a ?? 0;
    const here = { section: at.section, path: `${at.path}[${index}]`, label: `${at.label} · ${item} ${index + 1}` };
    push(out, here, step.a === undefined ? undefined : a[step.a], step.b === undefined ? undefined : b[step.b]);
  }
}

interface Step {
  a?: number;
  b?: number;
  /** The same entry at another place. */
  moved?: boolean;
}

/**
 * Pairs two lists by a longest common subsequence of their keys; between two matched pairs, the unmatched
 * items of each side are paired in order (edited in place), and what is left over is added or removed.
 */
export function align(a: string[], b: string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = a[i] === b[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const steps: Step[] = [];
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flush = () => {
    const paired = Math.min(gapA.length, gapB.length);
    for (let k = 0; k < paired; k++) steps.push({ a: gapA[k] as number, b: gapB[k] as number });
    for (const i of gapA.slice(paired)) steps.push({ a: i });
    for (const j of gapB.slice(paired)) steps.push({ b: j });
    gapA = [];
    gapB = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      steps.push({ a: i, b: j });
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      gapB.push(j++);
    } else {
      gapA.push(i++);
    }
  }
  flush();
  return steps;
}
