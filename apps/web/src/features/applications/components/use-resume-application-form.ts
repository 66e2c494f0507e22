import type { Application } from '@jobpilot/contracts';
import { api, unwrap } from '#lib/api-client';
import { useResumeDraft } from '#lib/use-resume-draft';

/**
 * After signing in again (the session had expired during a save), opens the add or edit form that was being
 * saved; the form puts its draft back. An application that is gone meanwhile opens nothing.
 */
export function useResumeApplicationForm(open: (target: Application | 'new') => void): void {
  useResumeDraft('application', (id) => {
    if (id === null) return open('new');
    unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })).then(open, () => undefined);
  });
}
