import { ErrorCode, type ResumeDocument, resumeDocumentSchema } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';

/** The largest JSON Resume file an import reads; the sample résumé is 5 KB, a long real one under 100 KB. */
export const JSON_RESUME_MAX_BYTES = 2 * 1024 * 1024;

/** How many field problems the error lists in its details; the message names the first. */
const ISSUES_LISTED = 20;

/** How deep the empty-value cleanup walks: the document's own structure is at most four levels deep. */
const CLEAN_DEPTH = 5;

const refuse = (message: string, extra: { field?: string; details?: unknown } = {}) =>
  new AppError(ErrorCode.ValidationFailed, message, { field: 'file', ...extra });

/**
 * A field's path as a person reads it: `work[2].startDate`.
 *
 * @example
 * fieldPath(['work', 2, 'startDate']) // 'work[2].startDate'
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string') out += out ? `.${part}` : part;
  }
  return out;
}

const KIND_NAMES: Record<string, string> = {
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
};

interface ZodIssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
}

/** What a person is told about one failing field; the schema's own messages are already sentences. */
function issueSentence(issue: ZodIssueLike): string {
  let what: string;
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    what = `should be ${KIND_NAMES[issue.expected] ?? issue.expected}`;
  } else {
    what = issue.message.replace(/^Invalid input: /, '');
    what = what.charAt(0).toLowerCase() + what.slice(1);
  }
  const field = fieldPath(issue.path);
  return field ? `${field}: ${what}` : what;
}

/**
 * Empty strings and nulls taken out before validation: JSON Resume files in the wild write `"endDate": ""`
 * for a current job and `"image": ""` for no picture, which mean "not given". Walks only as deep as the
 * document's structure goes, so a deeply nested unknown key costs nothing.
 */
function dropEmpty(value: unknown, depth: number): unknown {
  if (depth >= CLEAN_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      if (item === null || item === '') continue;
      out.push(dropEmpty(item, depth + 1));
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === '') continue;
    out[key] = dropEmpty(item, depth + 1);
  }
  return out;
}

/**
 * A JSON Resume file (UTF-8 JSON, at most 2 MB) as the document JobPilot stores. Keys the schema does not
 * know (`$schema`, `meta`, a tool's own extras) are dropped; a field that fails the schema is a 422 whose
 * message names it (`work[2].startDate: write the date as YYYY, YYYY-MM or YYYY-MM-DD`), with every
 * failing field in `details`. Linear in the file: one decode, one `JSON.parse`, one validation.
 *
 * @example
 * importJsonResume(Buffer.from('{"basics":{"name":"Ada Lovelace"}}')) // { basics: { name: 'Ada Lovelace' } }
 */
export function importJsonResume(bytes: Uint8Array): ResumeDocument {
  if (bytes.length === 0) throw refuse('The file is empty; choose a JSON Resume file (resume.json)');
  if (bytes.length > JSON_RESUME_MAX_BYTES) {
    throw new AppError(
      ErrorCode.PayloadTooLarge,
      'The file is larger than 2 MB; a JSON Resume file is a few kilobytes, so this is not one',
      { field: 'file' },
    );
  }
  if (bytes.includes(0)) {
    throw refuse('The file holds NUL bytes, so it is not a JSON text file; choose a JSON Resume file (resume.json)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refuse('The file is not UTF-8 text; save the JSON Resume file as UTF-8 and try again');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const where = err instanceof SyntaxError ? ` (${err.message.replace(/^JSON\.parse: /, '')})` : '';
    throw refuse(`The file is not valid JSON${where}; choose a JSON Resume file (resume.json)`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const kind = Array.isArray(data) ? 'a list' : data === null ? 'null' : `a single ${typeof data}`;
    throw refuse(`The file holds ${kind}, not a JSON Resume object ({ "basics": …, "work": … })`);
  }
  const parsed = resumeDocumentSchema.safeParse(dropEmpty(data, 0));
  if (!parsed.success) {
    const issues = parsed.error.issues as ZodIssueLike[];
    const sentences = issues.slice(0, ISSUES_LISTED).map(issueSentence);
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
    throw refuse(`${sentences[0]}${more}`, {
      field: fieldPath(issues[0]?.path ?? []) || 'file',
      details: issues.slice(0, ISSUES_LISTED).map((issue, i) => ({
        field: fieldPath(issue.path) || null,
        message: sentences[i],
      })),
    });
  }
  return parsed.data;
}
