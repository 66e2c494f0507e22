import { defineParseTask } from '#platform/untrusted/task.ts';
import type { ParseResumeInput } from './parse-resume.ts';

/** The parser and pdf.js (which the parser itself imports on its first PDF). */
const loadParser = async () => {
  const [parser] = await Promise.all([import('./parse-resume.ts'), import('unpdf')]);
  return parser;
};

/**
 * A résumé parse, run in the untrusted-document pool (5 s, 256 MB per job). The parser (and pdf.js) load on the
 * first résumé, not when a worker starts: every worker imports every task's module at start, and a worker that
 * replaces one lost to a hostile vCard or CSV must be ready at once (the parser's import cost a new worker ~1 s).
 * That first load runs before the job's clock starts (`load`), so a busy machine does not refuse a good file.
 */
export const parseResumeTask = defineParseTask(
  import.meta.url,
  'resumes.parse',
  async (input: ParseResumeInput) => (await loadParser()).parseResume(input),
  { load: loadParser },
);
