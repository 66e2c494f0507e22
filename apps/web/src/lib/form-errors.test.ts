import { ErrorCode } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiRequestError, NETWORK_ERROR } from '#lib/api-client';
import { apiErrorTarget, zodErrors } from './form-errors';

const schema = z.object({
  email: z.email('Enter a valid email address'),
  password: z.string().min(10, 'Use at least 10 characters').regex(/\d/, 'Add a digit'),
  links: z.array(z.url('Enter a full link')).max(2, 'At most 2 links'),
});

describe('zodErrors', () => {
  it('returns no errors for valid input', () => {
    expect(zodErrors(schema, { email: 'ann@example.com', password: 'correct horse 1', links: [] })).toEqual({});
  });

  it('keys each error by its field path with the schema message, the first one per field', () => {
    const errors = zodErrors(schema, { email: 'nope', password: 'short', links: ['https://ok.example', 'not a link'] });
    expect(errors).toEqual({
      email: 'Enter a valid email address',
      password: 'Use at least 10 characters',
      'links.1': 'Enter a full link',
    });
    expect(zodErrors(schema, { email: 'a@b.co', password: 'long enough 1', links: ['', '', ''] }).links).toBe(
      'At most 2 links',
    );
  });
});

describe('apiErrorTarget', () => {
  const values = { email: '', links: ['', ''] };

  it('puts a 422 under the field the form has', () => {
    const error = new ApiRequestError(ErrorCode.ValidationFailed, 'This email is taken', 422, 'email');
    expect(apiErrorTarget(error, values)).toEqual({ field: 'email', message: 'This email is taken' });
  });

  it('puts an error of a list row under that row, through the form’s own numbering', () => {
    const error = new ApiRequestError(ErrorCode.ValidationFailed, 'Enter a full link', 422, 'links.0');
    expect(apiErrorTarget(error, values, () => 'links.1')).toEqual({ field: 'links.1', message: 'Enter a full link' });
  });

  it('shows an error for a field the form does not have above the form', () => {
    const error = new ApiRequestError(ErrorCode.ValidationFailed, 'Token expired', 422, 'token');
    expect(apiErrorTarget(error, values)).toEqual({ field: null, message: 'Token expired' });
  });

  it('shows errors without a field, and unknown throws, as a sentence above the form', () => {
    const offline = new ApiRequestError(NETWORK_ERROR, "Can't reach JobPilot. Check your connection and try again.", 0);
    expect(apiErrorTarget(offline, values)).toEqual({ field: null, message: offline.message });
    const unknown = apiErrorTarget(new TypeError('x is undefined'), values);
    expect(unknown.field).toBeNull();
    expect(unknown.message).toBe('JobPilot ran into a problem. Please try again in a moment.');
  });
});
