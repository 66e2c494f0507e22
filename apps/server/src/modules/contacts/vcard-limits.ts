import { CONTACT_IMPORT_MAX, ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';

/**
 * What a vCard file may hold, checked while it is read so that no input makes the parser build more
 * than this. Real exports (phones, Google, Outlook, macOS) stay far below every one of them.
 */
export const VCARD_LIMITS = {
  /** Cards in one file: as many as one import takes. */
  cards: CONTACT_IMPORT_MAX,
  /** Properties in one card; a busy address-book card has about 40. */
  properties: 500,
  /** Parameters of one property, counting each value of a list (`TYPE=work,voice` is two). */
  parameters: 100,
  /** Characters of one line once folded lines are joined: room for a 3 MB photo in base64. */
  lineLength: 4 * 1024 * 1024,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

export const tooManyCards = () =>
  new AppError(
    ErrorCode.ValidationFailed,
    `The file holds more than ${count(VCARD_LIMITS.cards)} contacts; import at most ${count(VCARD_LIMITS.cards)} at a time`,
    { field: 'file' },
  );
export const tooManyProperties = (card: number) =>
  new AppError(
    ErrorCode.ValidationFailed,
    `Card ${count(card)} has more than ${count(VCARD_LIMITS.properties)} properties, more than any contact needs`,
    { field: 'file' },
  );
export const tooManyParameters = (line: number) =>
  new AppError(
    ErrorCode.ValidationFailed,
    `The property on line ${count(line)} has more than ${count(VCARD_LIMITS.parameters)} parameters`,
    { field: 'file' },
  );
export const lineTooLong = (line: number) =>
  new AppError(
    ErrorCode.ValidationFailed,
    `The property starting on line ${count(line)} is longer than ${count(VCARD_LIMITS.lineLength)} characters`,
    { field: 'file' },
  );
