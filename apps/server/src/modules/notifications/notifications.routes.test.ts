import type { CreateInterviewInput, Interview, Notification, NotificationPreferences } from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { drainQueue, insertApplication, type SignedInUser, signedInUser, waitFor, waitForMail } from '#test/client.ts';

const PUBLIC_URL = 'https://jobs.example.com';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL });
});
afterAll(() => t.close());

/** A user whose address is verified: reminders may go to it by email. */
const verifiedUser = (name = 'Vera'): Promise<SignedInUser> => signedInUser(t, { name, emailVerified: true });

async function createInterview(user: SignedInUser, body: Partial<CreateInterviewInput> = {}): Promise<Interview> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/interviews',
    headers: user.auth,
    payload: {
      company: 'Acme',
      position: 'Frontend Engineer',
      scheduledAt: '2031-05-12T14:00:00+02:00',
      timezone: 'Europe/Berlin',
      type: 'online',
      meetingUrl: 'https://meet.example.com/acme',
      ...body,
    },
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.body}`);
  return res.json().data;
}

const inbox = async (user: SignedInUser, query = '') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/notifications${query}`, headers: user.auth });
  expect(res.statusCode).toBe(200);
  return res.json() as { data: Notification[]; unreadCount: number; pagination: { total: number } };
};
const runAt = (now: Date) => t.ctx.api.notifications.reminders.run({ now });
const before = (interview: Interview, minutes: number) =>
  new Date(Date.parse(interview.scheduledAt) - minutes * MINUTE);

describe('interview reminders into the notification centre', () => {
  it('delivers the 24-hour and 1-hour reminders once each, by email too to a verified address', async () => {
    const user = await verifiedUser();
    const interview = await createInterview(user);
    expect((await inbox(user)).data).toEqual([]);

    await runAt(before(interview, 1439));
    await runAt(before(interview, 1438));
    let box = await inbox(user);
    expect(box.data.map((n) => n.title)).toEqual(['Interview with Acme in 24 hours']);
    expect(box.data[0]).toMatchObject({
      type: 'interview_reminder',
      body: 'Online interview for Frontend Engineer — Mon, 12 May 2031, 14:00 (Europe/Berlin) · https://meet.example.com/acme',
      link: `/interviews?id=${interview.id}`,
      readAt: null,
    });
    expect(box.unreadCount).toBe(1);
    const mail = await waitForMail(t, user.email, /Interview with Acme in 24 hours/);
    expect(mail.text).toContain(`${PUBLIC_URL}/interviews?id=${interview.id}`);

    await runAt(before(interview, 60));
    box = await inbox(user);
    expect(box.data.map((n) => n.title)).toEqual(['Interview with Acme in 1 hour', 'Interview with Acme in 24 hours']);
    expect(box.unreadCount).toBe(2);
    await waitForMail(t, user.email, /Interview with Acme in 1 hour/);
  });

  it('reminds again when the interview is moved, and never after it started', async () => {
    const user = await signedInUser(t);
    const interview = await createInterview(user, { scheduledAt: '2031-08-01T09:00:00Z', timezone: 'UTC' });
    await runAt(before(interview, 30));
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/interviews/${interview.id}`,
      headers: user.auth,
      payload: { scheduledAt: '2031-08-01T11:00:00Z' },
    });
    const rescheduled: Interview = moved.json().data;
    await runAt(before(rescheduled, 45));
    await runAt(new Date(Date.parse(rescheduled.scheduledAt) + MINUTE));
    const titles = (await inbox(user)).data.map((n) => n.title);
    expect(titles).toEqual(['Interview with Acme in 45 minutes', 'Interview with Acme in 30 minutes']);
  });

  it('checks at once when an interview is added, so one starting in 30 minutes shows without waiting for cron', async () => {
    const user = await signedInUser(t);
    const soon = new Date(Date.now() + 30 * MINUTE).toISOString();
    const interview = await createInterview(user, { company: 'Soonly', scheduledAt: soon, timezone: 'UTC' });
    const box = await waitFor(
      'the reminder of an interview starting in 30 minutes',
      async () => {
        const found = await inbox(user);
        return found.data.length > 0 ? found : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    expect(box.data).toHaveLength(1);
    expect(box.data[0]?.title).toMatch(/^Interview with Soonly in (29|30) minutes$/);
    expect(box.data[0]?.link).toBe(`/interviews?id=${interview.id}`);
  });

  it('runs every minute through a pg-boss schedule', async () => {
    const rows = await t.ctx.database.db.execute(sql`select name, cron from pgboss.schedule`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { name: string; cron: string }[];
    expect(list).toContainEqual(expect.objectContaining({ name: 'notifications.check-reminders', cron: '* * * * *' }));
  });
});

describe('follow-ups and task reminders', () => {
  it('nudges about an application left in applied for 7 days, once', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user, {
      company: 'Globex',
      position: 'Backend Developer',
      status: 'applied',
    });
    await insertApplication(t, user, { company: 'Saved Co', status: 'saved' });
    await runAt(new Date(Date.now() + 6 * DAY));
    expect((await inbox(user)).data).toEqual([]);
    await runAt(new Date(Date.now() + 8 * DAY));
    await runAt(new Date(Date.now() + 9 * DAY));
    const box = await inbox(user);
    expect(box.data).toHaveLength(1);
    expect(box.data[0]).toMatchObject({
      type: 'follow_up',
      title: 'Follow up with Globex?',
      link: `/applications/${app.id}`,
    });
    expect(box.data[0]?.body).toContain('You applied for Backend Developer 8 days ago');
  });

  it('uses the user’s own number of days and stays quiet when follow-ups are off', async () => {
    const user = await signedInUser(t);
    await insertApplication(t, user, { company: 'Patient Inc', status: 'applied' });
    await putPreferences(user, { followUpDays: 14 });
    await runAt(new Date(Date.now() + 10 * DAY));
    expect((await inbox(user)).data).toEqual([]);
    await putPreferences(user, { followUps: false });
    await runAt(new Date(Date.now() + 15 * DAY));
    expect((await inbox(user)).data).toEqual([]);
  });

  it('does not nudge about applications entered with an applied date long past (e.g. an import)', async () => {
    const user = await signedInUser(t);
    const threeMonthsAgo = new Date(Date.now() - 90 * DAY).toISOString().slice(0, 10);
    await insertApplication(t, user, { company: 'Imported Co', status: 'applied', appliedAt: threeMonthsAgo });
    await runAt(new Date(Date.now() + 8 * DAY));
    expect((await inbox(user)).data).toEqual([]);
  });

  it('reminds about an open task when it falls due', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user, { company: 'Initech', position: 'QA Engineer' });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${app.id}/tasks`,
      headers: user.auth,
      payload: { title: 'Send portfolio', dueAt: '2031-03-02T09:00:00Z' },
    });
    await runAt(new Date('2031-03-02T08:59:00Z'));
    expect((await inbox(user)).data).toEqual([]);
    await runAt(new Date('2031-03-02T09:01:00Z'));
    expect((await inbox(user)).data.map((n) => [n.type, n.title, n.body])).toEqual([
      ['task_due', 'Task due: Send portfolio', 'For Initech — QA Engineer.'],
    ]);
  });
});

describe('reading notifications', () => {
  it('marks one read, then all, and the unread count follows; unread=true filters', async () => {
    const user = await signedInUser(t);
    const first = await createInterview(user, { company: 'One', scheduledAt: '2031-09-01T10:00:00Z' });
    const second = await createInterview(user, { company: 'Two', scheduledAt: '2031-09-02T10:00:00Z' });
    await runAt(before(first, 30));
    await runAt(before(second, 30));
    const [newest, oldest] = (await inbox(user)).data;
    expect(newest?.title).toContain('Two');

    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${newest?.id}/read`,
      headers: user.auth,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().data.readAt).not.toBeNull();
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${newest?.id}/read`,
      headers: user.auth,
    });
    expect(again.json().data.readAt).toBe(read.json().data.readAt);

    const unread = await inbox(user, '?unread=true');
    expect(unread.data.map((n) => n.id)).toEqual([oldest?.id]);
    expect(unread.unreadCount).toBe(1);
    expect((await inbox(user, '?unread=false')).data.map((n) => n.id)).toEqual([newest?.id]);

    const all = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: user.auth });
    expect(all.json().data).toEqual({ marked: 1, unreadCount: 0 });
    expect((await inbox(user)).unreadCount).toBe(0);
    expect((await inbox(user, '?limit=1')).pagination.total).toBe(2);
  });

  it('rejects a bad filter with 422 and answers 404 for an unknown or malformed id', async () => {
    const user = await signedInUser(t);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/notifications?unread=yes', headers: user.auth });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('unread');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/read`, headers: user.auth });
      expect(res.statusCode, id).toBe(404);
    }
  });
});

const DEFAULTS: NotificationPreferences = {
  inApp: true,
  email: true,
  interviewReminders: true,
  interviewReminderOffsets: [1440, 60],
  followUps: true,
  followUpDays: 7,
  taskReminders: true,
};

async function putPreferences(user: SignedInUser, changes: Partial<NotificationPreferences>) {
  const res = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/notification-preferences',
    headers: user.auth,
    payload: { ...DEFAULTS, ...changes },
  });
  return res;
}

describe('notification preferences', () => {
  it('starts with the defaults and keeps what was saved (offsets longest first, no repeats)', async () => {
    const user = await signedInUser(t);
    const got = await t.app.inject({ method: 'GET', url: '/api/v1/notification-preferences', headers: user.auth });
    expect(got.json().data).toEqual(DEFAULTS);
    const saved = await putPreferences(user, { email: false, interviewReminderOffsets: [15, 120, 15, 2880] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().data).toEqual({ ...DEFAULTS, email: false, interviewReminderOffsets: [2880, 120, 15] });
    const reread = await t.app.inject({ method: 'GET', url: '/api/v1/notification-preferences', headers: user.auth });
    expect(reread.json().data).toEqual(saved.json().data);
  });

  it('answers 422 naming the field, and keeps the stored settings', async () => {
    const user = await signedInUser(t);
    await putPreferences(user, { followUpDays: 10 });
    for (const [changes, field] of [
      [{ interviewReminderOffsets: [] }, 'interviewReminderOffsets'],
      [{ interviewReminderOffsets: [2] }, 'interviewReminderOffsets.0'],
      [{ interviewReminderOffsets: [20_000] }, 'interviewReminderOffsets.0'],
      [{ interviewReminderOffsets: [10, 20, 30, 40, 50, 60] }, 'interviewReminderOffsets'],
      [{ followUpDays: 0 }, 'followUpDays'],
      [{ followUpDays: 1.5 }, 'followUpDays'],
      [{ inApp: 'yes' }, 'inApp'],
    ] as const) {
      const res = await putPreferences(user, changes as Partial<NotificationPreferences>);
      expect(res.statusCode, JSON.stringify(changes)).toBe(422);
      expect(res.json().error.field, JSON.stringify(changes)).toBe(field);
    }
    const partial = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/notification-preferences',
      headers: user.auth,
      payload: { email: false },
    });
    expect(partial.statusCode).toBe(422);
    const kept = await t.app.inject({ method: 'GET', url: '/api/v1/notification-preferences', headers: user.auth });
    expect(kept.json().data).toEqual({ ...DEFAULTS, followUpDays: 10 });
  });

  it('turning reminders off or using other offsets changes what arrives', async () => {
    const user = await signedInUser(t);
    await putPreferences(user, { interviewReminderOffsets: [120] });
    const interview = await createInterview(user, { scheduledAt: '2031-10-01T10:00:00Z' });
    await runAt(before(interview, 1000));
    expect((await inbox(user)).data).toEqual([]);
    await runAt(before(interview, 110));
    expect((await inbox(user)).data.map((n) => n.title)).toEqual(['Interview with Acme in 2 hours']);
    await putPreferences(user, { interviewReminders: false, interviewReminderOffsets: [60] });
    await runAt(before(interview, 50));
    expect((await inbox(user)).data).toHaveLength(1);
  });

  it('with in-app off, a verified user gets the email and the notification centre stays empty', async () => {
    const user = await verifiedUser('Ines');
    await putPreferences(user, { inApp: false });
    const interview = await createInterview(user, { company: 'Quietly', scheduledAt: '2031-11-01T10:00:00Z' });
    await runAt(before(interview, 40));
    await runAt(before(interview, 39));
    await waitForMail(t, user.email, /Interview with Quietly in 40 minutes/);
    const box = await inbox(user);
    expect(box.data).toEqual([]);
    expect(box.unreadCount).toBe(0);
    const { rows } = await t.ctx.api.mail.outbox.list({ to: user.email, page: 1, limit: 50 });
    expect(rows.filter((m) => m.subject.includes('Quietly'))).toHaveLength(1);
  });

  it('sends no email to an address that is not verified, or when email is off', async () => {
    const unverified = await signedInUser(t, { name: 'Uma' });
    const noEmail = await verifiedUser('Ned');
    await putPreferences(noEmail, { email: false });
    for (const user of [unverified, noEmail]) {
      const interview = await createInterview(user, { company: 'Mailless', scheduledAt: '2031-12-01T10:00:00Z' });
      await runAt(before(interview, 20));
      expect((await inbox(user)).data).toHaveLength(1);
    }
    await drainQueue(t, 'mail.send');
    for (const user of [unverified, noEmail]) {
      const { rows } = await t.ctx.api.mail.outbox.list({ to: user.email, page: 1, limit: 50 });
      expect(rows.filter((m) => m.subject.includes('Mailless'))).toEqual([]);
    }
  });
});

describe('access', () => {
  it('answers 401 on every route without a session', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/v1/notifications'],
      ['POST', `/api/v1/notifications/${id}/read`],
      ['POST', '/api/v1/notifications/read-all'],
      ['GET', '/api/v1/notification-preferences'],
      ['PUT', '/api/v1/notification-preferences'],
    ] as const) {
      const res = await t.app.inject({ method, url, payload: method === 'PUT' ? DEFAULTS : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('keeps users apart: B cannot read or mark A’s notifications, and B’s settings are B’s own', async () => {
    const a = await signedInUser(t, { name: 'Alice' });
    const b = await signedInUser(t, { name: 'Bob' });
    const interview = await createInterview(a, { company: 'Secret Co', scheduledAt: '2031-04-01T10:00:00Z' });
    await runAt(before(interview, 30));
    const [mine] = (await inbox(a)).data;
    expect(mine?.title).toContain('Secret Co');

    const theirs = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${mine?.id}/read`,
      headers: b.auth,
    });
    const absent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read',
      headers: b.auth,
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error).toEqual(absent.json().error);
    const bAll = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: b.auth });
    expect(bAll.json().data).toEqual({ marked: 0, unreadCount: 0 });
    expect((await inbox(b)).data).toEqual([]);

    await putPreferences(b, { inApp: false, followUpDays: 30 });
    const aPrefs = await t.app.inject({ method: 'GET', url: '/api/v1/notification-preferences', headers: a.auth });
    expect(aPrefs.json().data).toEqual(DEFAULTS);
    const box = await inbox(a);
    expect(box.unreadCount).toBe(1);
    expect(box.data[0]).toEqual(mine);
  });
});
