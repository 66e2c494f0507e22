import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApplication } from '#modules/applications/applications.factory.ts';
import { insertContact } from '#modules/contacts/contacts.factory.ts';
import { makeDocx, multipart } from '#modules/files/test-documents.ts';
import { insertInterview } from '#modules/interviews/interviews.factory.ts';
import { insertTask } from '#modules/tasks/tasks.factory.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { cookieHeaders, PASSWORD, registerUser, type SignedInUser, signedInUser, waitForMail } from '#test/client.ts';

let t: TestApp;
const dataDir = mkdtempSync(join(tmpdir(), 'jobpilot-delete-'));
beforeAll(async () => {
  // Files on disk, so the test can see the bytes go.
  t = await createTestApp({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const rowsOf = (result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];

/** Every stored file under DATA_DIR/files. */
function storedFiles(): string[] {
  const root = join(dataDir, 'files');
  try {
    return readdirSync(root).flatMap((shard) =>
      statSync(join(root, shard)).isDirectory() ? readdirSync(join(root, shard)) : [],
    );
  } catch {
    return [];
  }
}

/** Every table of the database (all schemas: ours, pg-boss's, drizzle's) with a row that mentions one of `needles`. */
async function tablesMentioning(needles: string[]): Promise<string[]> {
  const db = t.ctx.database.db;
  const tables = rowsOf(
    await db.execute(sql`select table_schema as s, table_name as n from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`),
  ) as { s: string; n: string }[];
  expect(tables.length).toBeGreaterThan(15);
  const found: string[] = [];
  for (const { s, n } of tables) {
    const table = sql.raw(`"${s.replace(/"/g, '""')}"."${n.replace(/"/g, '""')}"`);
    const matches = sql.join(
      needles.map((needle) => sql`strpos(lower(r::text), lower(${needle})) > 0`),
      sql` or `,
    );
    const [row] = rowsOf(await db.execute(sql`select count(*)::int as c from ${table} r where ${matches}`));
    if (Number(row?.c) > 0) found.push(`${s}.${n}`);
  }
  return found;
}

/** Every table with a foreign key to users (the tables a user's rows live in), as schema.table. */
async function tablesReferringToUsers(): Promise<string[]> {
  const rows = rowsOf(
    await t.ctx.database.db.execute(sql`select distinct tc.table_schema as s, tc.table_name as n
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage cu
        on cu.constraint_name = tc.constraint_name and cu.constraint_schema = tc.constraint_schema
      where tc.constraint_type = 'FOREIGN KEY' and cu.table_schema = 'public' and cu.table_name = 'users'
      order by 1, 2`),
  ) as { s: string; n: string }[];
  expect(rows.length).toBeGreaterThan(10);
  return rows.map(({ s, n }) => `${s}.${n}`);
}

const post = (user: SignedInUser, url: string, payload: unknown, method: 'POST' | 'PUT' | 'PATCH' = 'POST') =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: cookieHeaders(t, user), payload: payload as object });

describe('deleting the account', () => {
  it('removes every row and file of the user; others keep theirs; the address can register again', async () => {
    const db = t.ctx.database.db;
    const user = await registerUser(t, 'Dana Deleted');
    const other = await signedInUser(t);
    await waitForMail(t, user.email, /verify/i); // mail_outbox

    // A row in every table that can hold this user's data.
    const application = await insertApplication(db, { userId: user.id }); // + application_status_history
    await insertTask(db, { userId: user.id, applicationId: application.id });
    await insertInterview(db, { userId: user.id, applicationId: application.id });
    await insertContact(db, { userId: user.id, applicationIds: [application.id], emails: [other.email] });
    // Someone else's contact linked to this user, and someone else's favourite of them.
    const theirContact = await insertContact(db, { userId: other.id, linkedUserId: user.id });
    // A tag on the application (the link row names neither the user nor the address, so the scan looks for its
    // application and tag) and a saved view of the list.
    const tag = await post(user, '/tags', { name: 'Dana only', color: 'grape' });
    expect(tag.statusCode).toBe(201);
    const tagId: string = tag.json().data.id;
    expect((await post(user, `/applications/${application.id}/tags/${tagId}`, undefined, 'PUT')).statusCode).toBe(200);
    expect((await post(user, '/saved-views', { name: 'Dana view', search: { tag: [tagId] } })).statusCode).toBe(201);
    await db.execute(
      sql`insert into notifications (user_id, type, title, body) values (${user.id}, 'test', 'Hello', ${user.email})`,
    );
    expect((await post(user, '/calendar-feed', undefined)).statusCode).toBe(201);
    const prefs = await t.app.inject({ method: 'GET', url: '/api/v1/notification-preferences', headers: user.auth });
    expect(
      (await post(user, '/notification-preferences', { ...prefs.json().data, followUpDays: 9 }, 'PUT')).statusCode,
    ).toBe(200);
    expect(
      (await post(user, '/profile', { name: 'Dana Deleted', visibility: 'public', headline: 'Engineer' }, 'PUT'))
        .statusCode,
    ).toBe(200);
    const body = multipart({
      filename: 'cv.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: makeDocx(),
    });
    const upload = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/profile/resume',
      headers: { ...cookieHeaders(t, user), ...body.headers },
      payload: body.payload,
    });
    expect(upload.statusCode).toBe(200);
    // A résumé with two versions; they hold the address, so the scan below sees them go too.
    const resume = await post(user, '/resumes', { name: 'Dana CV', document: { basics: { email: user.email } } });
    expect(resume.statusCode).toBe(201);
    expect(
      (
        await post(
          user,
          `/resumes/${resume.json().data.id}`,
          { document: { basics: { email: user.email, name: 'Dana' } } },
          'PATCH',
        )
      ).statusCode,
    ).toBe(200);
    // A share link of it (ADR 041), viewed once so its count is set.
    const share = await post(user, `/resumes/${resume.json().data.id}/share`, {});
    expect(share.statusCode).toBe(201);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/shared/resumes/${share.json().data.token}` })).statusCode,
    ).toBe(200);
    // The résumé recorded as sent with the application, with its PDF (ADR 042).
    const sent = await post(user, `/applications/${application.id}/resume`, { resumeId: resume.json().data.id }, 'PUT');
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await post(user, '/favorites', { userId: other.id })).statusCode).toBe(201);
    await db.execute(sql`insert into favorites (user_id, profile_user_id) values (${other.id}, ${user.id})`);
    // Audit entries: about the user (made an administrator), and by them (changing someone's role).
    await t.ctx.api.admin.setRoleByEmail(user.email, 'admin');
    const promote = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${other.id}`,
      headers: cookieHeaders(t, user),
      payload: { role: 'employer' },
    });
    expect(promote.statusCode).toBe(200);
    // Verification rows: a reset link and a pending change of address.
    expect((await post(user, '/auth/forgot-password', { email: user.email })).statusCode).toBe(200);
    const nextEmail = `next-${Date.now()}@example.com`;
    expect((await post(user, '/account/email', { newEmail: nextEmail })).statusCode).toBe(200);
    await waitForMail(t, nextEmail, /confirm/i);

    const before = await tablesMentioning([user.id, user.email, application.id, tagId]);
    // Every table that holds a user's rows (a column referring to users) has one here, so the scan below proves
    // it is emptied; a new such table fails this line until the test seeds it.
    for (const table of await tablesReferringToUsers()) {
      expect(before, `seed a row of ${table} for the deleted user`).toContain(table);
    }
    for (const table of ['public.users', 'public.sessions', 'public.accounts', 'public.verifications']) {
      expect(before).toContain(table);
    }
    for (const table of ['applications', 'application_tasks', 'interviews', 'calendar_feeds', 'contacts']) {
      expect(before).toContain(`public.${table}`);
    }
    for (const table of ['notifications', 'notification_preferences', 'profiles', 'favorites', 'files']) {
      expect(before).toContain(`public.${table}`);
    }
    for (const table of [
      'tags',
      'application_tags',
      'saved_views',
      'resumes',
      'resume_versions',
      'resume_shares',
      'application_resumes',
    ]) {
      expect(before).toContain(`public.${table}`);
    }
    expect(before).toContain('public.mail_outbox');
    expect(before).toContain('public.audit_log');
    const filesBefore = storedFiles();
    expect(filesBefore.length).toBeGreaterThan(0);

    const wrong = await post(user, '/account/delete', { password: 'not-my-password' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.field).toBe('password');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.auth })).statusCode).toBe(200);

    const res = await post(user, '/account/delete', { password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name.endsWith('session_token'))?.value).toBe('');

    expect(await tablesMentioning([user.id, user.email, nextEmail, application.id, tagId])).toEqual([]);
    expect(storedFiles()).toEqual([]);
    // The session no longer works, whether by cookie or token.
    for (const headers of [user.auth, { cookie: user.cookie }]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
    }
    // Other people keep their rows; their link to the deleted person is gone.
    const kept = rowsOf(await db.execute(sql`select linked_user_id from contacts where id = ${theirContact.id}`));
    expect(kept).toEqual([{ linked_user_id: null }]);
    const audit = rowsOf(await db.execute(sql`select actor_id from audit_log where target_id = ${other.id}`));
    expect(audit).toEqual([{ actor_id: null }]);
    // Signing in says plainly that the account is not there; the address can register again.
    const login = await post(user, '/auth/login', { email: user.email, password: PASSWORD });
    expect(login.statusCode).toBe(401);
    expect(login.json().error.message).toBe('Wrong email or password');
    const again = await post(user, '/auth/register', { email: user.email, password: PASSWORD, name: 'Dana Again' });
    expect(again.statusCode).toBe(201);
  });
});
