import type { AtsReport } from '@jobpilot/contracts';
import { defineParseTask } from '#platform/untrusted/task.ts';
import type { AtsInput } from './input.ts';

/** The report's code and the English dictionary (~0.5 s to read once), loaded before the first job's clock. */
const loadReport = async () => {
  const [report, spelling] = await Promise.all([import('./ats-report.ts'), import('./spelling.ts')]);
  await spelling.loadSpellChecker();
  return report;
};

/**
 * The ATS-readiness report, in the document worker pool: reading the dictionary would hold the event loop for
 * half a second, and a résumé's text is the person's own but still arbitrary input to the spelling and bullet checks.
 */
export const atsReportTask = defineParseTask(
  import.meta.url,
  'resumes.ats-report',
  async (input: AtsInput): Promise<AtsReport> => (await loadReport()).buildAtsReport(input),
  { load: loadReport },
);
