import type { ResumeDocument } from '@jobpilot/contracts';
import { defineParseTask } from '#platform/untrusted/task.ts';
import type { ResumePaper, ResumeTemplate } from './templates.ts';

export interface ResumeExportInput {
  format: 'pdf' | 'docx';
  document: ResumeDocument;
  template: ResumeTemplate;
  paper: ResumePaper;
}

const loadRenderers = () => Promise.all([import('./pdf.ts'), import('./docx.ts')]);

/**
 * A PDF or Word rendering of a résumé, run in the document pool: a PDF costs 60–110 ms of CPU, which must not
 * hold the event loop. pdfkit and its fonts load on the first export, before the job's clock starts.
 */
export const exportResumeTask = defineParseTask(
  import.meta.url,
  'resumes.export',
  async (input: ResumeExportInput): Promise<Uint8Array> => {
    const options = { template: input.template, paper: input.paper };
    if (input.format === 'pdf') {
      const { renderPdf } = await import('./pdf.ts');
      return renderPdf(input.document, options);
    }
    const { renderDocx } = await import('./docx.ts');
    return renderDocx(input.document, options);
  },
  { load: loadRenderers },
);
