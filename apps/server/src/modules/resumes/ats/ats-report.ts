import {
  ATS_CATEGORIES,
  ATS_SEVERITIES,
  type AtsCategory,
  type AtsCategoryId,
  type AtsFinding,
  type AtsReport,
} from '@jobpilot/contracts';
import { checkDates } from './dates.ts';
import { checkBullets, checkContact, checkHeadings, checkLength, checkSpelling } from './document-checks.ts';
import { countWords, textFields } from './fields.ts';
import { checkFile, checkLayout, checkText } from './file-checks.ts';
import type { AtsInput } from './input.ts';
import { loadSpellChecker, type SpellChecker } from './spelling.ts';

/** Each category's share of the score; those that do not apply drop out and the rest are scaled to 100. */
export const ATS_WEIGHTS: Record<AtsCategoryId, number> = {
  text: 15,
  layout: 15,
  headings: 10,
  contact: 10,
  dates: 10,
  length: 5,
  bullets: 20,
  spelling: 10,
  file: 5,
};

const LABELS: Record<AtsCategoryId, string> = {
  text: 'Text can be extracted',
  layout: 'Layout reads in order',
  headings: 'Standard section headings',
  contact: 'Contact details',
  dates: 'Dates',
  length: 'Length',
  bullets: 'Bullet points',
  spelling: 'Spelling',
  file: 'File type and size',
};

/** What one finding costs a category scored by deduction. Info costs nothing: it is advice, not a fault. */
const PENALTY = { error: 35, warning: 15, info: 0 } as const;
const SPELLING_PENALTY = 15;

export interface AtsOptions {
  spelling: SpellChecker;
  /** The date "now" for future dates and current jobs; the clock when absent. */
  now?: Date | undefined;
}

/**
 * The ATS-readiness report of a resume: score, weighted categories and findings. Synchronous and linear in the
 * size of the document; the dictionary is loaded beforehand (`loadSpellChecker`) and passed in.
 *
 * @example
 * const report = atsReport({ document }, { spelling: await loadSpellChecker() });
 */
export function atsReport(input: AtsInput, options: AtsOptions): AtsReport {
  const { document, file } = input;
  const findings: AtsFinding[] = [];
  const fields = textFields(document);
  let words = 0;
  for (const field of fields) words += countWords(field.text);

  const scores = new Map<AtsCategoryId, number>();
  if (file) {
    checkText(file, findings);
    checkLayout(file, findings);
    checkFile(file, findings);
  }
  checkHeadings(document, file, findings);
  checkContact(document, findings);
  const { yearsOfExperience } = checkDates(document, options.now ?? new Date(), findings);
  checkLength(words, yearsOfExperience, file?.pages, findings);
  const bullets = checkBullets(document, fields, findings);
  scores.set('bullets', bullets.score);
  const misspelt = checkSpelling(fields, options.spelling, findings);
  scores.set('spelling', Math.max(0, 100 - SPELLING_PENALTY * misspelt));

  if (findings.some((f) => f.code === 'text-image-only')) scores.set('text', 0);
  const counts = new Map<AtsCategoryId, number>();
  const deductions = new Map<AtsCategoryId, number>();
  for (const finding of findings) {
    counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
    deductions.set(finding.category, (deductions.get(finding.category) ?? 0) + PENALTY[finding.severity]);
  }
  const applies = (id: AtsCategoryId) => file !== undefined || (id !== 'text' && id !== 'layout' && id !== 'file');
  const totalWeight = ATS_CATEGORIES.filter(applies).reduce((sum, id) => sum + ATS_WEIGHTS[id], 0);
  const categories: AtsCategory[] = ATS_CATEGORIES.map((id) => {
    const score = scores.get(id) ?? Math.max(0, 100 - (deductions.get(id) ?? 0));
    const weight = applies(id) ? Math.round((ATS_WEIGHTS[id] / totalWeight) * 1000) / 10 : 0;
    return {
      id,
      label: LABELS[id],
      score: Math.round(score),
      weight,
      applies: applies(id),
      findings: counts.get(id) ?? 0,
    };
  });
  let score = 0;
  for (const category of categories)
    if (category.applies) score += (category.score * ATS_WEIGHTS[category.id]) / totalWeight;
  // A file an ATS cannot read at all scores near nothing, however good the rest would be.
  if (findings.some((f) => f.code === 'text-image-only')) score = Math.min(score, 10);

  const rank = (f: AtsFinding) => ATS_SEVERITIES.indexOf(f.severity);
  const ordered = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
  return {
    score: Math.max(0, Math.min(100, Math.round(score))),
    categories,
    findings: ordered,
    stats: {
      words,
      bullets: bullets.bullets,
      ...(file ? { pages: file.pages } : {}),
      yearsOfExperience,
    },
  };
}

/** The report with the dictionary loaded on first use. */
export async function buildAtsReport(input: AtsInput, now?: Date): Promise<AtsReport> {
  return atsReport(input, { spelling: await loadSpellChecker(), now });
}
