import { createContext } from 'react';
import type { DraftTarget } from './form-draft';

/** What a form inside a `FormModal` lets the modal do with it. */
export interface FormDraftHandle {
  /** Whether the values differ from what the form opened with. */
  isDirty: () => boolean;
  /** Closing without saving: the draft is forgotten and nothing more is stored. */
  discard: () => void;
  /** "Discard draft": back to what the form opened with (the saved record, or empty). */
  discardDraft: () => void;
}

/** Given by a `FormModal` to the form inside it, so `useApiForm` keeps a draft and reports dirtiness. */
export interface FormDraftScope {
  /** The draft's storage key, or null when no user is known (then nothing is stored). */
  storageKey: string | null;
  userId: string | null;
  target: DraftTarget;
  register: (handle: FormDraftHandle | null) => void;
  /** When a draft was put back into the form (null: none, or it was discarded). */
  onRestored: (savedAt: number | null) => void;
}

export const FormDraftContext = createContext<FormDraftScope | null>(null);
