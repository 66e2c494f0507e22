import { ErrorCode } from '@jobpilot/contracts';
import { type FormErrors, type UseFormReturnType, useForm } from '@mantine/form';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { ApiRequestError } from './api-client';
import { unreadableDateErrors } from './date-fields';
import { applyApiError, focusFirstError, zodErrors } from './form-errors';
import { useFormDraft } from './use-form-draft';

// biome-ignore lint/suspicious/noExplicitAny: Mantine's own bound for form values (interfaces fit it, `unknown` would not)
type FormValues = Record<string, any>;

interface ApiFormOptions<Values extends FormValues, Input, Result> {
  initialValues: Values;
  /** The shared contracts schema the input must pass before it is sent (its messages show under the fields). */
  schema?: z.ZodType;
  /** Form values → request body; the values themselves when absent. */
  toInput?: (values: Values) => Input;
  /** More rules, or schema errors moved to other paths: gets the schema's errors and returns the form's. */
  validate?: (values: Values, schemaErrors: FormErrors) => FormErrors;
  /** The form path of a request field an API error names (when the form numbers list rows differently). */
  fieldPath?: (field: string, values: Values) => string;
  /** Sends the input; a rejection with an ApiRequestError lands under its field or above the form. */
  submit: (input: Input) => Promise<Result>;
  onSuccess?: (result: Result, form: UseFormReturnType<Values>) => void;
}

export interface ApiForm<Values extends FormValues> {
  form: UseFormReturnType<Values>;
  /** For `<form onSubmit>`: validates, focuses the first error, or sends. */
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  /** The error not tied to a field, for `<FormError message>`. */
  formError: string | null;
}

/**
 * A Mantine form that validates with the shared schema, sends, and maps API errors to its fields.
 * What was typed stays when sending fails: the values are only changed by the caller's `onSuccess`.
 * A date or time field the browser cannot read (Feb 31 typed) blocks sending with a message under it.
 * Inside a `FormModal` the values are also kept as a draft (see `useFormDraft`).
 */
export function useApiForm<Values extends FormValues, Input = Values, Result = unknown>(
  options: ApiFormOptions<Values, Input, Result>,
): ApiForm<Values> {
  const { schema, validate, fieldPath } = options;
  const toInput = options.toInput ?? ((values: Values) => values as unknown as Input);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: options.initialValues,
    validate: (values) => {
      const errors = schema ? zodErrors(schema, toInput(values)) : {};
      return validate ? validate(values, errors) : errors;
    },
  });

  const draft = useFormDraft(form);

  const send = form.onSubmit(
    async (values) => {
      setFormError(null);
      setSaving(true);
      try {
        const result = await options.submit(toInput(values));
        draft.clear();
        options.onSuccess?.(result, form);
      } catch (error) {
        if (error instanceof ApiRequestError && error.code === ErrorCode.Unauthenticated) draft.keepForResume();
        setFormError(applyApiError(form, error, fieldPath && ((field) => fieldPath(field, values))));
      } finally {
        setSaving(false);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  const onSubmit = (event?: FormEvent<HTMLFormElement>) => {
    const unreadable = event ? unreadableDateErrors(event.currentTarget.querySelectorAll('input')) : {};
    if (Object.keys(unreadable).length === 0) return send(event);
    event?.preventDefault();
    const errors = { ...form.validate().errors, ...unreadable };
    form.setErrors(errors);
    focusFirstError(form, errors);
  };

  return { form, onSubmit, saving, formError };
}
