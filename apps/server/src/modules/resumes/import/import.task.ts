import { ErrorCode, type ResumeDocument } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import { defineParseTask } from '#platform/untrusted/task.ts';

export interface ResumeImportInput {
  /** `json`: a JSON Resume file; `linkedin`: a LinkedIn "Get a copy of your data" ZIP. */
  kind: 'json' | 'linkedin';
  bytes: Uint8Array;
}

const loadConverters = () => Promise.all([import('./linkedin.ts'), import('./json-resume.ts')]);

/**
 * A résumé import, run in the untrusted-document pool (per-job time and memory limits): the converters
 * load on the first import, not when a worker starts, as the parse task's do, before the job's clock starts.
 */
export const importResumeTask = defineParseTask(
  import.meta.url,
  'resumes.import',
  async (input: ResumeImportInput): Promise<ResumeDocument> => {
    if (input.kind === 'linkedin') {
      const { importLinkedInExport } = await import('./linkedin.ts');
      return importLinkedInExport(input.bytes);
    }
    if (input.kind !== 'json') {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'Choose what the file is: a JSON Resume file or a LinkedIn export',
        {
          field: 'kind',
        },
      );
    }
    const { importJsonResume } = await import('./json-resume.ts');
    return importJsonResume(input.bytes);
  },
  { load: loadConverters },
);
