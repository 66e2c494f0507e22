import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLoggedTestApp, type LoggedTestApp } from '#test/logged-app.ts';

/** User data a failing statement carries as a parameter; it must never reach the log. */
const SECRET = 'hunter2-private-note';
const EMAIL = 'secret.person@example.com';

let t: LoggedTestApp;
beforeAll(async () => {
  t = await createLoggedTestApp((app, { database: { db } }) => {
    const body = z.object({ text: z.string() });
    // Test-only routes that hand text straight to the database, past the shared schemas.
    app.post('/test/store-text', { schema: { body } }, async (request) => {
      const rows = await db.execute(sql`select ${request.body.text}::text as stored`);
      return { rows };
    });
    app.post('/test/cast-to-number', { schema: { body } }, async (request) => {
      await db.execute(sql`select ${request.body.text}::int as n`);
      return {};
    });
    app.post('/test/duplicate-user', { schema: { body } }, async (request) => {
      const insert = () => db.execute(sql`insert into users (name, email) values (${SECRET}, ${request.body.text})`);
      await insert();
      await insert();
      return {};
    });
  });
});
afterAll(() => t.close());

const post = (url: string, text: string) => t.app.inject({ method: 'POST', url, payload: { text } });
const failures = () => t.logLines().filter((line) => line.msg === 'request failed');

describe('text the database cannot store', () => {
  it('answers 422 with a sentence, not 500, when a null byte reaches the database', async () => {
    const res = await post('/test/store-text', `a\u0000${SECRET}`);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The text holds a character that cannot be saved, such as a null byte. Remove it and try again.',
    });
    expect(t.logText()).not.toContain(SECRET);
  });
});

describe('the log of a request that failed in the database', () => {
  it('names the SQLSTATE and the database message, with the value PostgreSQL quoted redacted', async () => {
    const res = await post('/test/cast-to-number', SECRET);
    expect(res.statusCode).toBe(500);
    const [line] = failures();
    expect(line?.err).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query',
      query: 'select $1::int as n',
      cause: { code: '22P02', message: 'invalid input syntax for type integer: "[redacted]"' },
    });
    expect(t.logText()).not.toContain(SECRET);
  });

  it('names the constraint and table of a unique violation, but not the duplicate value', async () => {
    const before = failures().length;
    const res = await post('/test/duplicate-user', EMAIL);
    expect(res.statusCode).toBe(500);
    const line = failures()[before];
    expect(line?.err).toMatchObject({
      cause: { code: '23505', constraint: 'users_email_unique', table: 'users', severity: 'ERROR' },
    });
    const text = t.logText();
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('params');
  });
});
