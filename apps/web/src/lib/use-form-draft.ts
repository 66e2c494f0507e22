import type { UseFormReturnType } from '@mantine/form';
import { useContext, useEffect, useRef } from 'react';
import { drafts } from './form-draft';
import { FormDraftContext } from './form-draft-scope';

/** How long typing pauses before the draft is written. */
export const DRAFT_SAVE_DELAY_MS = 400;

export interface FormDraftControls {
  /** After a successful save: the draft is gone and nothing more is stored. */
  clear: () => void;
  /** The session ended while saving: store the values now and open this form again after signing in. */
  keepForResume: () => void;
}

/**
 * Keeps a draft of a form inside a `FormModal` (none elsewhere): puts a stored draft back on opening, writes
 * the values shortly after each change (and when the page goes away), and tells the modal whether the form
 * is dirty. The draft is removed when the values are back to what the form opened with.
 */
// biome-ignore lint/suspicious/noExplicitAny: Mantine's own bound for form values
export function useFormDraft<Values extends Record<string, any>>(form: UseFormReturnType<Values>): FormDraftControls {
  const scope = useContext(FormDraftContext);
  const key = scope?.storageKey ?? null;
  const formRef = useRef(form);
  formRef.current = form;
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  const finished = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const saveNow = useRef(() => {});
  saveNow.current = () => {
    clearTimeout(timer.current);
    if (!key || finished.current) return;
    if (formRef.current.isDirty()) drafts.save(key, formRef.current.getValues());
    else drafts.clear(key);
  };

  useEffect(() => {
    if (!key) return;
    finished.current = false;
    const draft = drafts.load<Values>(key);
    if (draft) {
      formRef.current.setValues(draft.values);
      scopeRef.current?.onRestored(draft.savedAt);
    }
    scopeRef.current?.register({
      isDirty: () => formRef.current.isDirty(),
      discard: () => {
        finished.current = true;
        clearTimeout(timer.current);
        drafts.clear(key);
      },
      discardDraft: () => {
        drafts.clear(key);
        formRef.current.reset();
        scopeRef.current?.onRestored(null);
      },
    });
    const flush = () => saveNow.current();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      scopeRef.current?.register(null);
    };
  }, [key]);

  const values = form.getValues();
  useEffect(() => {
    if (!key || finished.current || values === undefined) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => saveNow.current(), DRAFT_SAVE_DELAY_MS);
  }, [key, values]);

  return {
    clear: () => {
      if (!key) return;
      finished.current = true;
      clearTimeout(timer.current);
      drafts.clear(key);
      scopeRef.current?.onRestored(null);
    },
    keepForResume: () => {
      const current = scopeRef.current;
      if (!key || !current?.userId) return;
      saveNow.current();
      drafts.markResume(current.userId, { form: current.target.form, recordId: current.target.recordId ?? null });
    },
  };
}
