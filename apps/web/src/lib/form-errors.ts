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

/**
 * Puts an API error under the form field it names (422 `field`), focuses that field and returns null,
 * or returns the message to show above the form when no field of this form matches.
 */
export function applyApiError<Values extends object, Transformed>(
  form: UseFormReturnType<Values, Transformed>,
  error: unknown,
): string | null {
  if (error instanceof ApiRequestError && error.field && error.field in form.getValues()) {
    form.setFieldError(error.field, error.message);
    focusField(form.getInputNode(error.field));
    return null;
  }
  return errorMessage(error);
}

/** Moves focus to the first field with an error, so a long form shows what to fix. */
export function focusFirstError<Values extends object, Transformed>(
  form: UseFormReturnType<Values, Transformed>,
  errors: FormErrors,
): void {
  const first = Object.keys(errors)[0];
  if (first) focusField(form.getInputNode(first));
}
