import { open } from 'node:fs/promises';
import type { ResumeDocument } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import type { ParseResumeResult } from './parser/parse-resume.ts';

export const RESUME_USAGE = 'Usage: jobpilot resume parse <file> [--json]';

/** A mistake on the command line or a file the parser refuses: the message is the sentence to show, exit 1. */
export class ResumeCommandError extends Error {}

/** `resume parse cv.pdf --json` → what to read and how to print it. */
export function parseResumeArgs(argv: string[]): { file: string; json: boolean } {
  const [verb, ...rest] = argv;
  if (verb !== 'parse') throw new ResumeCommandError(`Unknown command "${verb ?? ''}".\n${RESUME_USAGE}`);
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknown = rest.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) throw new ResumeCommandError(`Unknown option "${unknown}".\n${RESUME_USAGE}`);
  if (files.length !== 1) throw new ResumeCommandError(`Name one résumé file.\n${RESUME_USAGE}`);
  return { file: files[0] as string, json: rest.includes('--json') };
}

/** The file's bytes, at most the parser's limit + 1 (so "larger than 10 MB" is the parser's sentence). */
async function readResumeFile(path: string, max: number): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ResumeCommandError(`There is no file at ${path}.`);
    if (code === 'EISDIR') throw new ResumeCommandError(`${path} is a folder; name a résumé file in it.`);
    if (code === 'EACCES') throw new ResumeCommandError(`You may not read ${path}.`);
    throw err;
  }
  try {
    if ((await handle.stat()).isDirectory()) throw new ResumeCommandError(`${path} is a folder; name a résumé file.`);
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

const span = (start?: string, end?: string) => (start || end ? ` (${start ?? '?'} – ${end ?? 'present'})` : '');
const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');

/** What a person reads in the terminal: who, how to reach them, how many entries, the skills, what was left over. */
export function resumeSummary(result: ParseResumeResult): string {
  const d: ResumeDocument = result.document;
  const b = d.basics ?? {};
  const lines: string[] = [];
  const row = (label: string, value: string | undefined) => lines.push(`${`${label}:`.padEnd(11)} ${value || '—'}`);
  row('Name', b.name);
  if (b.label) row('Title', b.label);
  row('Email', b.email);
  row('Phone', b.phone);
  row('Location', joined(b.location?.city, b.location?.region, b.location?.countryCode));
  row('Links', [b.url, ...(b.profiles ?? []).map((p) => p.url ?? p.username)].filter(Boolean).join(', '));
  const work = d.work ?? [];
  row('Work', `${work.length} ${work.length === 1 ? 'entry' : 'entries'}`);
  for (const w of work) lines.push(`  - ${joined(w.position, w.name) || '(no title)'}${span(w.startDate, w.endDate)}`);
  const education = d.education ?? [];
  row('Education', `${education.length} ${education.length === 1 ? 'entry' : 'entries'}`);
  for (const e of education) {
    const degree = [e.studyType, e.area].filter(Boolean).join(' in ');
    lines.push(`  - ${joined(degree, e.institution) || '(no school)'}${span(e.startDate, e.endDate)}`);
  }
  const skills = (d.skills ?? []).flatMap((s) => (s.keywords?.length ? s.keywords : s.name ? [s.name] : []));
  row('Skills', skills.length > 0 ? `${skills.length}: ${skills.join(', ')}` : undefined);
  row('Unplaced', `${result.unplaced.length} ${result.unplaced.length === 1 ? 'line' : 'lines'}`);
  for (const line of result.unplaced) lines.push(`  ${line}`);
  const kind = { pdf: 'PDF', docx: 'Word (DOCX) file', txt: 'text file' }[result.kind];
  lines.push('', `Read from a ${result.kind === 'pdf' ? `${result.pages}-page ` : ''}${kind}.`);
  return `${lines.join('\n')}\n`;
}

/**
 * `jobpilot resume parse <file> [--json]`: parses a résumé on this machine, without the database or the server
 * (so it works while the server runs). Prints a summary, or the whole result as JSON with `--json`. A file the
 * parser refuses throws ResumeCommandError with its sentence.
 */
export async function runResumeCommand(argv: string[]): Promise<string> {
  const { file, json } = parseResumeArgs(argv);
  // The parser (and pdf.js) load only for this command, not for every `jobpilot` role.
  const { parseResume, RESUME_FILE_MAX } = await import('./parser/parse-resume.ts');
  const { fitDocument } = await import('./resume-parse.service.ts');
  const bytes = await readResumeFile(file, RESUME_FILE_MAX);
  let result: ParseResumeResult;
  try {
    const parsed = await parseResume({ bytes, filename: file });
    // The same document the route answers: cut to what a stored résumé may hold.
    result = { ...parsed, document: fitDocument(parsed.document) };
  } catch (err) {
    if (err instanceof AppError) throw new ResumeCommandError(err.message);
    throw err;
  }
  return json ? `${JSON.stringify(result, null, 2)}\n` : resumeSummary(result);
}
