import type { FormErrors, UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { ApiRequestError, errorMessage } from './api-client';

/**
 * Runs a shared contracts schema and returns Mantine form errors keyed by field,
 * keeping the schema's own messages (the first one per field).
 */
export function zodErrors(schema: z.ZodType, input: unknown): FormErrors {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** Focuses an input and brings it, with its label, to the middle of its scroll container. */
function focusField(node: HTMLElement | null): void {
  node?.focus({ preventScroll: true });
  node?.scrollIntoView({ block: 'center' });
}

/** Where an API error goes: under one field of the form (`field`, a form path), or above the form. */
export type ApiErrorTarget = { field: string; message: string } | { field: null; message: string };

/**
 * Decides where an API error is shown. A 422 names a `field` of the request (`email`, `links.2`); `toPath`
 * turns it into the form's path (the form may number list rows differently). It goes under that field when
 * the form has it (`links.2` when the form has `links`); anything else is a message above the form.
 */
export function apiErrorTarget(
  error: unknown,
  values: object,
  toPath: (field: string) => string = (field) => field,
): ApiErrorTarget {
  if (error instanceof ApiRequestError && error.field) {
    const path = toPath(error.field);
    const [top = ''] = path.split('.');
    if (Object.hasOwn(values, top)) return { field: path, message: error.message };
  }
  return { field: null, message: errorMessage(error) };
}

/**
 * Puts an API error under the form field it names (422 `field`), focuses that field and returns null,
 * or returns the message to show above the form when no field of this form matches.
 */
export function applyApiError<Values extends object, Transformed>(
  form: UseFormReturnType<Values, Transformed>,
  error: unknown,
  toPath?: (field: string) => string,
): string | null {
  const target = apiErrorTarget(error, form.getValues(), toPath);
  if (target.field === null) return target.message;
  form.setFieldError(target.field, target.message);
  focusField(form.getInputNode(target.field));
  return null;
}

/** Moves focus to the first field with an error, so a long form shows what to fix. */
export function focusFirstError<Values extends object, Transformed>(
  form: UseFormReturnType<Values, Transformed>,
  errors: FormErrors,
): void {
  const first = Object.keys(errors)[0];
  if (first) focusField(form.getInputNode(first));
}
