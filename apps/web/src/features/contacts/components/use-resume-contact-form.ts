import type { Contact } from '@jobpilot/contracts';
import { api, unwrap } from '#lib/api-client';
import { useResumeDraft } from '#lib/use-resume-draft';

/** After signing in again (the session expired during a save), opens the add or edit form with its draft. */
export function useResumeContactForm(open: (target: Contact | 'new') => void): void {
  useResumeDraft('contact', (id) => {
    if (id === null) return open('new');
    unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } })).then(open, () => undefined);
  });
}
