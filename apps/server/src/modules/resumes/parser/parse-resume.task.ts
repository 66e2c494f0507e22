import { defineParseTask } from '#platform/untrusted/task.ts';
import { type ParseResumeInput, parseResume } from './parse-resume.ts';

/** A résumé parse, run in the untrusted-document pool (5 s, 256 MB per job). */
export const parseResumeTask = defineParseTask(import.meta.url, 'resumes.parse', (input: ParseResumeInput) =>
  parseResume(input),
);
