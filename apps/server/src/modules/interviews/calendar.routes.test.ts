import type { CalendarFeed, CreateInterviewInput, Interview } from '@jobpilot/contracts';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';

const PUBLIC_URL = 'https://jobs.example.com';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL });
});
afterAll(() => t.close());

async function createInterview(user: SignedInUser, body: CreateInterviewInput): Promise<Interview> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/interviews', headers: user.auth, payload: body });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().data;
}

/** Parses an iCalendar text with ical.js, registering its VTIMEZONEs so zoned times convert to instants. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const byUid = (uid: string) => {
    const event = events.find((e) => e.uid === uid);
    if (!event) throw new Error(`no event ${uid}`);
    return event;
  };
  return { calendar, events, byUid };
}

const tricky = {
  company: 'Acme, Inc; "Labs"',
  position: 'Engineer \\ Platform',
  details: 'Ask for Zoë at reception.\nBring: ID, laptop; notes\\drafts\r\nThen lunch — €15 budget. '.repeat(3).trim(),
};

describe('GET /interviews/calendar.ics', () => {
  it('round-trips every field through ical.js: zone, instant, duration, escaped text, links', async () => {
    const user = await signedInUser(t);
    const online = await createInterview(user, {
      ...tricky,
      scheduledAt: '2031-07-01T10:00:00-04:00',
      timezone: 'America/New_York',
      durationMinutes: 45,
      type: 'online',
      meetingUrl: 'https://meet.example.com/abc?x=1,2;3',
    });
    const onsite = await createInterview(user, {
      company: 'Globex',
      position: 'Backend Developer',
      scheduledAt: '2031-12-15T09:00:00Z',
      timezone: 'UTC',
      durationMinutes: 90,
      type: 'onsite',
      location: 'Main St 1, Springfield',
    });

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/interviews/calendar.ics', headers: user.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('jobpilot-interviews.ics');
    const body = res.body;
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of body.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

    const { calendar, events, byUid } = parse(body);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(2);

    const a = byUid(`interview-${online.id}@jobpilot`);
    expect(a.summary).toBe(`Online interview: ${tricky.company} — ${tricky.position}`);
    expect(a.startDate.zone?.tzid).toBe('America/New_York');
    expect(a.startDate.toString()).toBe('2031-07-01T10:00:00');
    expect(a.startDate.toJSDate().toISOString()).toBe('2031-07-01T14:00:00.000Z');
    expect(a.endDate.toJSDate().getTime() - a.startDate.toJSDate().getTime()).toBe(45 * 60_000);
    expect(a.location).toBe('https://meet.example.com/abc?x=1,2;3');
    expect(a.component.getFirstPropertyValue('url')).toBe('https://meet.example.com/abc?x=1,2;3');
    expect(a.description).toBe(
      `${tricky.details.replace(/\r\n/g, '\n')}\n\nOpen in JobPilot: ${PUBLIC_URL}/interviews?id=${online.id}`,
    );
    expect(a.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      ICAL.Time.fromJSDate(new Date(online.updatedAt), true).toString(),
    );

    const b = byUid(`interview-${onsite.id}@jobpilot`);
    expect(b.startDate.zone?.tzid).toBe('UTC');
    expect(b.startDate.toJSDate().toISOString()).toBe('2031-12-15T09:00:00.000Z');
    expect(b.endDate.toJSDate().toISOString()).toBe('2031-12-15T10:30:00.000Z');
    expect(b.location).toBe('Main St 1, Springfield');
    expect(b.component.getFirstPropertyValue('url')).toBeNull();
  });

  it('includes open tasks with a due date as short events and keeps UIDs stable across exports', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user, { company: 'Initech', position: 'QA Engineer' });
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/v1/applications/${app.id}/tasks`, headers: user.auth, payload });
    const due = (await post({ title: 'Send thank-you note, today; really', dueAt: '2031-03-02T09:00:00+01:00' })).json()
      .data;
    await post({ title: 'No date yet' });
    await post({ title: 'Already done', dueAt: '2031-03-01T09:00:00Z', done: true });

    const first = await t.app.inject({ method: 'GET', url: '/api/v1/interviews/calendar.ics', headers: user.auth });
    const { events, byUid } = parse(first.body);
    expect(events.map((e) => e.uid)).toEqual([`task-${due.id}@jobpilot`]);
    const task = byUid(`task-${due.id}@jobpilot`);
    expect(task.summary).toBe('Task: Send thank-you note, today; really');
    expect(task.startDate.toJSDate().toISOString()).toBe('2031-03-02T08:00:00.000Z');
    expect(task.description).toBe(
      `For Initech — QA Engineer.\n\nOpen in JobPilot: ${PUBLIC_URL}/tasks?applicationId=${app.id}`,
    );
    const second = await t.app.inject({ method: 'GET', url: '/api/v1/interviews/calendar.ics', headers: user.auth });
    expect(second.body).toBe(first.body);
  });

  it('contains only the signed-in user’s interviews', async () => {
    const a = await signedInUser(t, { name: 'Alice' });
    const b = await signedInUser(t, { name: 'Bob' });
    await createInterview(a, {
      company: 'Secret Co',
      position: 'CTO',
      scheduledAt: '2031-01-01T10:00:00Z',
      timezone: 'UTC',
      type: 'phone',
    });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/interviews/calendar.ics', headers: b.auth });
    expect(res.body).not.toContain('Secret Co');
    expect(parse(res.body).events).toEqual([]);
  });
});

describe('calendar subscription', () => {
  const feed = (user: SignedInUser, method: 'GET' | 'POST' | 'DELETE') =>
    t.app.inject({ method, url: '/api/v1/calendar-feed', headers: user.auth });
  const poll = (url: string) => t.app.inject({ method: 'GET', url: url.replace(PUBLIC_URL, '') });

  it('shows the secret URL once, serves the calendar without a session, rotates and revokes', async () => {
    const user = await signedInUser(t);
    await createInterview(user, {
      company: 'Umbrella',
      position: 'Data Analyst',
      scheduledAt: '2031-09-09T15:00:00+09:00',
      timezone: 'Asia/Tokyo',
      type: 'phone',
    });
    expect((await feed(user, 'GET')).json().data).toEqual({ active: false, createdAt: null, url: null });

    const created = await feed(user, 'POST');
    expect(created.statusCode).toBe(201);
    const first: CalendarFeed = created.json().data;
    expect(first.url).toMatch(/^https:\/\/jobs\.example\.com\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(created.json().message).toMatch(/only once/);
    const shown = (await feed(user, 'GET')).json().data;
    expect(shown).toEqual({ active: true, createdAt: first.createdAt, url: null });

    const polled = await poll(first.url ?? '');
    expect(polled.statusCode).toBe(200);
    expect(polled.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const event = parse(polled.body).events[0];
    expect(event?.summary).toBe('Phone interview: Umbrella — Data Analyst');
    expect(event?.startDate.zone?.tzid).toBe('Asia/Tokyo');
    expect(event?.startDate.toJSDate().toISOString()).toBe('2031-09-09T06:00:00.000Z');

    const rotated: CalendarFeed = (await feed(user, 'POST')).json().data;
    expect(rotated.url).not.toBe(first.url);
    expect((await poll(first.url ?? '')).statusCode).toBe(404);
    expect((await poll(rotated.url ?? '')).statusCode).toBe(200);

    expect((await feed(user, 'DELETE')).statusCode).toBe(204);
    expect((await poll(rotated.url ?? '')).statusCode).toBe(404);
    expect((await feed(user, 'GET')).json().data.active).toBe(false);
  });

  it('answers 404 for an unknown or malformed token and 401 to the management routes without a session', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: `/api/v1/calendar/${'a'.repeat(43)}.ics` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    for (const url of ['/api/v1/calendar/short.ics', `/api/v1/calendar/${'a'.repeat(43)}`]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: '/api/v1/calendar-feed' });
      expect(res.statusCode, method).toBe(401);
    }
  });

  it('keeps users apart: B’s feed shows B’s calendar, and B revoking leaves A’s working', async () => {
    const a = await signedInUser(t, { name: 'Alice' });
    const b = await signedInUser(t, { name: 'Bob' });
    await createInterview(a, {
      company: 'Only Alice',
      position: 'PM',
      scheduledAt: '2031-02-02T10:00:00Z',
      timezone: 'Europe/London',
      type: 'phone',
    });
    const aUrl = (await feed(a, 'POST')).json().data.url;
    const bUrl = (await feed(b, 'POST')).json().data.url;
    expect((await poll(bUrl)).body).not.toContain('Only Alice');
    expect((await feed(b, 'DELETE')).statusCode).toBe(204);
    expect((await poll(bUrl)).statusCode).toBe(404);
    const stillA = await poll(aUrl);
    expect(stillA.statusCode).toBe(200);
    expect(stillA.body).toContain('Only Alice');
    expect((await feed(b, 'GET')).json().data.active).toBe(false);
    expect((await feed(a, 'GET')).json().data.active).toBe(true);
  });
});
