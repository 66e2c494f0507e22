import { useMutation } from '@tanstack/react-query';
import { api, asFormData, unwrap } from '#lib/api-client';

/** What to parse: an uploaded file, or the résumé file on the person's profile. */
export type ParseSource = { file: File } | { from: 'profile' };

const parse = (source: ParseSource) =>
  'file' in source
    ? unwrap(api.POST('/api/v1/resumes/parse', { body: { file: source.file }, bodySerializer: asFormData }))
    : unwrap(api.POST('/api/v1/resumes/parse', { body: { from: 'profile' } }));

/** What the parser found: the document, per-field confidence (0–1) and the lines it could not place. */
export type ParsedResume = Awaited<ReturnType<typeof parse>>;

/** `POST /resumes/parse` — saves nothing; the review screen shows the answer before a résumé is created. */
export function useParseResume() {
  return useMutation({ mutationFn: parse });
}
