import type { AtsFinding, AtsLocation, AtsSeverity } from '@jobpilot/contracts';
import { formPath } from './resume-form-values';
import { EDITED_SECTIONS, type EditedSection, PROFILE_FIELDS, SECTION_SPECS } from './sections';

/** The severities in the order the report shows them, with their heading. */
export const SEVERITY_GROUPS: readonly { severity: AtsSeverity; title: string; color: string }[] = [
  { severity: 'error', title: 'Errors', color: 'red' },
  { severity: 'warning', title: 'Warnings', color: 'yellow' },
  { severity: 'info', title: 'Tips', color: 'blue' },
];

/** The findings by severity (errors, warnings, tips), each group in the report's order; empty groups left out. */
export function groupFindings(findings: readonly AtsFinding[]) {
  return SEVERITY_GROUPS.map((group) => ({
    ...group,
    findings: findings.filter((finding) => finding.severity === group.severity),
  })).filter((group) => group.findings.length > 0);
}

/** The colour and sentence of a score: what it means for the person. */
export function scoreVerdict(score: number): { color: string; sentence: string } {
  if (score >= 80) return { color: 'teal', sentence: 'An ATS will read most of this résumé well.' };
  if (score >= 60)
    return { color: 'yellow', sentence: 'An ATS will read much of this résumé; fix the warnings below.' };
  return { color: 'red', sentence: 'An ATS may miss important parts of this résumé; start with the errors below.' };
}

/**
 * The editor's form path of a report path: `work[1].highlights[2]` → `sections.work.1.highlights.2`,
 * `basics.email` → `basics.text.email`, `basics.profiles[0].url` → `basics.profiles.0.url`. Null for what the
 * editor has no field for (file facts, sections it keeps as they are).
 */
export function editorPath(path: string | undefined): string | null {
  if (!path || !/^[A-Za-z][\w]*(?:\.[A-Za-z]\w*|\[\d+\])*$/.test(path)) return null;
  const dotted = path.replace(/\[(\d+)\]/g, '.$1');
  const [top] = dotted.split('.');
  if (top !== 'basics' && !EDITED_SECTIONS.includes(top as EditedSection)) return null;
  return formPath(`document.${dotted}`);
}

/** What a finding is about, for a person: "Work experience 2 · Highlights 3", "Basics · Email", "File". */
export function locationLabel(where: AtsLocation): string {
  const path = editorPath(where.path);
  const section = sectionTitle(where.section);
  const parts = [where.entry === undefined ? section : `${section} ${where.entry + 1}`];
  const field = path ? fieldLabel(path) : null;
  if (field) parts.push(field);
  return parts.join(' · ');
}

function sectionTitle(section: string): string {
  if (section === 'basics') return 'Basics';
  if (section === 'file') return 'File';
  if (EDITED_SECTIONS.includes(section as EditedSection)) return SECTION_SPECS[section as EditedSection].title;
  return section.charAt(0).toUpperCase() + section.slice(1);
}

const BASICS_LABELS: Record<string, string> = {
  name: 'Full name',
  label: 'Headline',
  email: 'Email',
  phone: 'Phone',
  url: 'Website',
  summary: 'Summary',
  city: 'City',
  region: 'Region',
  countryCode: 'Country code',
};

/** The label of the field a form path ends in, with the line number of a list ("Highlights, line 3"). */
function fieldLabel(path: string): string | null {
  const parts = path.split('.');
  const line = /^\d+$/.test(parts.at(-1) ?? '') && parts.length > 3 ? Number(parts.pop()) + 1 : null;
  const key = parts.at(-1) ?? '';
  let label: string | undefined;
  if (parts[0] === 'sections')
    label = SECTION_SPECS[parts[1] as EditedSection]?.fields.find((f) => f.key === key)?.label;
  else if (parts[1] === 'profiles') label = PROFILE_FIELDS.find((f) => f.key === key)?.label;
  else label = BASICS_LABELS[key];
  if (!label) return null;
  return line === null ? label : `${label}, line ${line}`;
}

/**
 * Focuses the editor's input for a form path, and scrolls it into view: a field by its `data-path`, a line of a
 * list (highlights, courses) by its label inside its entry, an entry by its first field, a section by its
 * "Add a …" button. Returns false when the editor shows no such field.
 */
export function focusEditorField(path: string): boolean {
  const input = findEditorInput(path);
  if (!input) return false;
  input.scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
  return true;
}

function findEditorInput(path: string): HTMLElement | null {
  const direct = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  if (direct) return direct;
  // A group of fields (basics.location, an entry): its first field.
  const first = document.querySelector<HTMLElement>(`[data-path^="${CSS.escape(`${path}.`)}"]`);
  if (first) return first;
  if (path === 'basics.profiles') return document.getElementById('resume-profiles-add');
  const parts = path.split('.');
  // A whole section (no Education yet): its "Add a …" button.
  if (parts[0] === 'sections' && parts.length === 2) return document.getElementById(`resume-${parts[1]}-add`);
  // A line of a list (sections.work.1.highlights.2), or the list itself (its first line).
  if (parts[0] !== 'sections' || parts.length < 4 || parts.length > 5) return null;
  const [, section, entry, key, line = '0'] = parts;
  const label = SECTION_SPECS[section as EditedSection]?.fields.find((f) => f.key === key)?.label;
  const card = document.getElementById(`resume-${section}-${entry}`);
  if (!label || !card) return null;
  const inputs = card.querySelectorAll<HTMLInputElement>(`input[aria-label$=", line ${Number(line) + 1}"]`);
  return [...inputs].find((input) => input.getAttribute('aria-label')?.startsWith(`${label} of `)) ?? null;
}
