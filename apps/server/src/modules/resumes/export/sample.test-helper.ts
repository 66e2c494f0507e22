import { readFileSync } from 'node:fs';
import { type ResumeDocument, resumeDocumentSchema } from '@jobpilot/contracts';

/** The JSON Resume project's sample résumé (packages/contracts/src/fixtures/SOURCE.md), validated. */
export function sampleResume(): ResumeDocument {
  const url = new URL('../../../../../../packages/contracts/src/fixtures/jsonresume-sample.json', import.meta.url);
  return resumeDocumentSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}
