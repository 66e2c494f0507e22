import type { FormErrors } from '@mantine/form';

/** Shown under a date field whose typed day the calendar lacks (Feb 31) or that is only partly filled in. */
export const INVALID_DATE_MESSAGE = 'That date does not exist or is incomplete. Check the day, month and year.';
/** Shown under a time field that is only partly filled in. */
export const INVALID_TIME_MESSAGE = 'That time is incomplete. Enter the hours and minutes.';

/** The part of an `<input>` this check reads. */
export interface TypedInput {
  type: string;
  validity: { badInput: boolean };
  getAttribute: (name: string) => string | null;
}

/**
 * The errors of date and time inputs whose text the browser cannot read. A browser's date field lets a person
 * type 02/31/2026 and then reports an empty value: without this check the form would save no date at all
 * instead of saying what is wrong. Inputs are named by the form path Mantine puts in `data-path`.
 *
 * @example
 * unreadableDateErrors(formElement.querySelectorAll('input')) // { appliedAt: 'That date does not exist…' }
 */
export function unreadableDateErrors(inputs: Iterable<TypedInput>): FormErrors {
  const errors: FormErrors = {};
  for (const input of inputs) {
    const path = input.getAttribute('data-path');
    if (!path || !input.validity.badInput) continue;
    if (input.type === 'date') errors[path] = INVALID_DATE_MESSAGE;
    if (input.type === 'time') errors[path] = INVALID_TIME_MESSAGE;
  }
  return errors;
}
