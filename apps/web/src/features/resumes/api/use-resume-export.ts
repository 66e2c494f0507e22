import { api, download, saveFile } from '#lib/api-client';

export type ExportFormat = 'pdf' | 'docx' | 'json' | 'md' | 'txt';
export type ResumeTemplate = 'classic' | 'modern' | 'compact';
export type Paper = 'a4' | 'letter';

export interface ExportOptions {
  format: ExportFormat;
  template: ResumeTemplate;
  paper: Paper;
}

const EXTENSION: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', json: 'json', md: 'md', txt: 'txt' };

/** `GET /resumes/:id/export` as a file in memory (the cookie session signs it in); a failure throws a sentence. */
export function fetchResumeFile(id: string, { format, template, paper }: ExportOptions, signal?: AbortSignal) {
  return download(
    api.GET('/api/v1/resumes/{id}/export', {
      params: { path: { id }, query: { format, template, paper } },
      parseAs: 'blob',
      signal,
    }),
    `resume.${EXTENSION[format]}`,
  );
}

/** Downloads the résumé in the chosen format; answers the saved file's name. */
export async function exportResume(id: string, options: ExportOptions): Promise<string> {
  return saveFile(await fetchResumeFile(id, options));
}
