// Field-level scoring of a parsed résumé against the document it was rendered from.
import type { ResumeDocument, ResumeEducation, ResumeWork } from '@jobpilot/contracts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Map<string, Tally>;

/** One mismatch, for the listing under the table. */
export interface Miss {
  field: string;
  truth: string | undefined;
  parsed: string | undefined;
}

const norm = (value: string | undefined) =>
  value === undefined || value.trim() === ''
    ? undefined
    : value.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
/** A JSON Resume date as the exports print it: `2013-12-01` → `2013-12`. */
const normDate = (value: string | undefined) => norm(value)?.slice(0, 7);
const normUrl = (value: string | undefined) =>
  norm(value)
    ?.replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');

function tally(scores: Scores, field: string): Tally {
  let t = scores.get(field);
  if (!t) {
    t = { tp: 0, fp: 0, fn: 0 };
    scores.set(field, t);
  }
  return t;
}

function scalar(scores: Scores, misses: Miss[], field: string, truth: string | undefined, parsed: string | undefined) {
  const t = tally(scores, field);
  if (truth === undefined && parsed === undefined) return;
  if (truth !== undefined && truth === parsed) {
    t.tp++;
    return;
  }
  if (parsed !== undefined) t.fp++;
  if (truth !== undefined) t.fn++;
  misses.push({ field, truth, parsed });
}

function sets(
  scores: Scores,
  misses: Miss[],
  field: string,
  truth: (string | undefined)[],
  parsed: (string | undefined)[],
) {
  const t = tally(scores, field);
  const want = new Set(truth.filter((v): v is string => v !== undefined));
  const got = new Set(parsed.filter((v): v is string => v !== undefined));
  for (const value of got) {
    if (want.has(value)) t.tp++;
    else {
      t.fp++;
      misses.push({ field, truth: undefined, parsed: value });
    }
  }
  for (const value of want) {
    if (!got.has(value)) {
      t.fn++;
      misses.push({ field, truth: value, parsed: undefined });
    }
  }
}

/** Pairs truth and parsed entries greedily by how many key fields agree (the best pairs first). */
function pair<T>(truth: T[], parsed: T[], keys: ((item: T) => string | undefined)[]): [T | undefined, T | undefined][] {
  const candidates: { i: number; j: number; score: number }[] = [];
  truth.forEach((a, i) => {
    parsed.forEach((b, j) => {
      const score = keys.filter((key) => key(a) !== undefined && key(a) === key(b)).length;
      candidates.push({ i, j, score });
    });
  });
  candidates.sort((p, q) => q.score - p.score || Math.abs(p.i - p.j) - Math.abs(q.i - q.j));
  const usedT = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [T | undefined, T | undefined][] = [];
  for (const { i, j, score } of candidates) {
    if (score === 0 || usedT.has(i) || usedP.has(j)) continue;
    usedT.add(i);
    usedP.add(j);
    pairs.push([truth[i], parsed[j]]);
  }
  truth.forEach((a, i) => {
    if (!usedT.has(i)) pairs.push([a, undefined]);
  });
  parsed.forEach((b, j) => {
    if (!usedP.has(j)) pairs.push([undefined, b]);
  });
  return pairs;
}

const WORK_FIELDS: [string, (w: ResumeWork) => string | undefined][] = [
  ['work.name', (w) => norm(w.name)],
  ['work.position', (w) => norm(w.position)],
  ['work.startDate', (w) => normDate(w.startDate)],
  ['work.endDate', (w) => normDate(w.endDate)],
  ['work.highlights', (w) => (w.highlights?.length ? String(w.highlights.length) : undefined)],
];

const EDUCATION_FIELDS: [string, (e: ResumeEducation) => string | undefined][] = [
  ['education.institution', (e) => norm(e.institution)],
  ['education.area', (e) => norm(e.area)],
  ['education.studyType', (e) => norm(e.studyType)],
  ['education.startDate', (e) => normDate(e.startDate)],
  ['education.endDate', (e) => normDate(e.endDate)],
  ['education.score', (e) => norm(e.score)],
];

/** The skill names a document holds: a group's name and its keywords, or the skill itself. */
const skillNames = (doc: ResumeDocument) =>
  (doc.skills ?? []).flatMap((s) => [norm(s.name), ...(s.keywords ?? []).map(norm)]);

/** Adds one parse's comparison to `scores`; returns what did not match. */
export function scoreDocument(scores: Scores, truth: ResumeDocument, parsed: ResumeDocument): Miss[] {
  const misses: Miss[] = [];
  const tb = truth.basics ?? {};
  const pb = parsed.basics ?? {};
  scalar(scores, misses, 'basics.name', norm(tb.name), norm(pb.name));
  scalar(scores, misses, 'basics.email', norm(tb.email), norm(pb.email));
  scalar(scores, misses, 'basics.phone', norm(tb.phone), norm(pb.phone));
  scalar(scores, misses, 'basics.location.city', norm(tb.location?.city), norm(pb.location?.city));
  sets(
    scores,
    misses,
    'basics.profiles.url',
    (tb.profiles ?? []).map((p) => normUrl(p.url)),
    (pb.profiles ?? []).map((p) => normUrl(p.url)),
  );
  for (const [a, b] of pair(
    truth.work ?? [],
    parsed.work ?? [],
    WORK_FIELDS.slice(0, 4).map(([, key]) => key),
  )) {
    for (const [field, key] of WORK_FIELDS) scalar(scores, misses, field, a && key(a), b && key(b));
  }
  for (const [a, b] of pair(
    truth.education ?? [],
    parsed.education ?? [],
    EDUCATION_FIELDS.map(([, key]) => key),
  )) {
    for (const [field, key] of EDUCATION_FIELDS) scalar(scores, misses, field, a && key(a), b && key(b));
  }
  sets(scores, misses, 'skills.name', skillNames(truth), skillNames(parsed));
  return misses;
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((n / d) * 100).toFixed(1).padStart(5)}%`);

/** The table: precision, recall and F1 per field, then all fields together. */
export function formatTable(title: string, scores: Scores): string {
  const rows: string[] = [
    title,
    `${'field'.padEnd(24)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  precision  recall      F1`,
  ];
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  const line = (name: string, t: Tally) =>
    `${name.padEnd(24)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}  ${pct(t.tp, t.tp + t.fp).padStart(9)}  ${pct(t.tp, t.tp + t.fn).padStart(6)}  ${pct(2 * t.tp, 2 * t.tp + t.fp + t.fn).padStart(6)}`;
  for (const [name, t] of scores) {
    if (t.tp + t.fp + t.fn === 0) continue;
    rows.push(line(name, t));
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
  }
  rows.push(line('overall', total));
  return rows.join('\n');
}

/** F1 over every field: the figure the ≥ 95 % aim is about. */
export function overallF1(scores: Scores): number {
  let tp = 0;
  let wrong = 0;
  for (const t of scores.values()) {
    tp += t.tp;
    wrong += t.fp + t.fn;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + wrong);
}
