import { type UpdateResumeInput, updateResumeSchema } from '@jobpilot/contracts';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { apiErrorTarget, zodErrors } from '#lib/form-errors';
import { formPath, type ResumeFormValues, toResumeInput } from './resume-form-values';

/** How long typing pauses before the editor saves. */
export const AUTOSAVE_DELAY_MS = 1500;

/** The editor's status line: saved (when), waiting to save, saving, or why it could not. */
export type SaveStatus =
  | { state: 'saved'; at: Date }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'invalid' }
  | { state: 'failed'; message: string };

/** Schema errors of the request moved to the form's paths (`document.work.0.startDate` → `sections.work.0.startDate`). */
export const toFormErrors = (errors: FormErrors): FormErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [formPath(field), message]));

interface AutosaveOptions {
  form: UseFormReturnType<ResumeFormValues>;
  /** The JSON of the last body the server accepted (shared with the explicit save and restore). */
  lastSaved: RefObject<string>;
  save: (input: UpdateResumeInput) => Promise<unknown>;
  setStatus: (status: SaveStatus) => void;
}

/**
 * Saves the form ~1.5 s after typing pauses (a PATCH without `save`, ADR 036), one request at a time, and once
 * more when the editor goes away with changes. A field the schema refuses is marked and nothing is sent until
 * it is fixed; a failed save keeps the values (and the local draft) and says why.
 * Returns `flush`, which saves now what is unsaved (and waits for a save under way), and `stop`, for when the
 * editor is about to start again from other values (a restore): this form then sends nothing more.
 */
export function useAutosave({ form, lastSaved, save, setStatus }: AutosaveOptions) {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const stopped = useRef(false);
  const formRef = useRef(form);
  formRef.current = form;
  const optionsRef = useRef({ save, setStatus });
  optionsRef.current = { save, setStatus };

  const flush = useCallback(() => {
    queue.current = queue.current.then(async () => {
      const { save: send, setStatus: report } = optionsRef.current;
      if (stopped.current) return;
      const values = formRef.current.getValues();
      const input = toResumeInput(values);
      const json = JSON.stringify(input);
      if (json === lastSaved.current) return;
      const errors = zodErrors(updateResumeSchema, input);
      if (Object.keys(errors).length > 0) {
        formRef.current.setErrors(toFormErrors(errors));
        report({ state: 'invalid' });
        return;
      }
      report({ state: 'saving' });
      try {
        await send(input);
        lastSaved.current = json;
        formRef.current.resetDirty(values);
        report({ state: 'saved', at: new Date() });
      } catch (error) {
        const target = apiErrorTarget(error, values, formPath);
        if (target.field) formRef.current.setFieldError(target.field, target.message);
        report({ state: 'failed', message: target.message });
      }
    });
    return queue.current;
  }, [lastSaved]);

  const json = JSON.stringify(toResumeInput(form.getValues()));
  useEffect(() => {
    if (json === lastSaved.current || stopped.current) return;
    optionsRef.current.setStatus({ state: 'pending' });
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [json, flush, lastSaved]);

  // Leaving the editor (another page, a restore) saves what the pause had not saved yet.
  useEffect(() => () => void flush(), [flush]);
  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  return { flush, stop };
}
