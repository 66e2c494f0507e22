import { DrizzleQueryError } from 'drizzle-orm';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, serializeError } from './logger.ts';

const SECRET = 'my-secret-salary-notes';

/** What node-postgres throws, with the fields PostgreSQL fills in. */
function postgresError(message: string, fields: Record<string, string>) {
  return Object.assign(new Error(message), { severity: 'ERROR', ...fields });
}

function capture() {
  const lines: string[] = [];
  const log = pino(loggerOptions({ logLevel: 'info', env: 'production' }), { write: (l: string) => lines.push(l) });
  return { log, text: () => lines.join('') };
}

describe('serializeError', () => {
  it("keeps Drizzle's SQL and the database's facts, and drops the parameters from message and stack", () => {
    const cause = postgresError(`invalid input syntax for type uuid: "${SECRET}"`, {
      code: '22P02',
      routine: 'string_to_uuid',
      detail: `Key (id)=(${SECRET})`,
    });
    const err = new DrizzleQueryError('select * from "tasks" where "id" = $1', [SECRET, 42], cause);
    const out = serializeError(err);
    expect(out).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query',
      query: 'select * from "tasks" where "id" = $1',
      cause: {
        type: 'Error',
        code: '22P02',
        routine: 'string_to_uuid',
        severity: 'ERROR',
        message: 'invalid input syntax for type uuid: "[redacted]"',
      },
    });
    const text = JSON.stringify(out);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('params');
    expect(text).toContain('at '); // the stack frames are kept
  });

  it('passes anything that is not an Error through unchanged', () => {
    expect(serializeError({ code: 'x' })).toEqual({ code: 'x' });
    expect(serializeError('text')).toBe('text');
  });
});

describe('the production logger', () => {
  it('never writes the parameters of a failed query, under err or any other key', () => {
    const { log, text } = capture();
    const err = new DrizzleQueryError(
      'insert into "notes" values ($1)',
      [SECRET],
      postgresError('boom', { code: '23505' }),
    );
    log.error({ err }, 'request failed');
    log.error({ details: [err] }, 'better-auth: failed to create user');
    log.error({ error: err }, 'other');
    const written = text();
    expect(written).toContain('23505');
    expect(written).toContain('insert into \\"notes\\" values ($1)');
    expect(written).not.toContain(SECRET);
  });
});
