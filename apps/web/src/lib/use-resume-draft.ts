import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { drafts } from './form-draft';
import { queryKeys } from './query-keys';

/**
 * Opens a form again when the person signed in again after its save met an expired session: the page
 * passes its form's name and how to open it (`recordId` null for a new record); the form then finds its
 * draft and shows it. Runs once, on the page's first render with a signed-in user.
 *
 * @example
 * useResumeDraft('application', (recordId) => recordId === null && setEditing('new'));
 */
export function useResumeDraft(form: string, open: (recordId: string | null) => void): void {
  const userId = useQueryClient().getQueryData<{ id: string } | null>(queryKeys.me)?.id ?? null;
  const openRef = useRef(open);
  openRef.current = open;
  useEffect(() => {
    if (!userId) return;
    const resume = drafts.takeResume(userId, form);
    if (resume) openRef.current(resume.recordId);
  }, [userId, form]);
}
