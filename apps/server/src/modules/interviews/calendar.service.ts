import { createHash, randomBytes } from 'node:crypto';
import type { CalendarFeed, Task } from '@jobpilot/contracts';
import { type Actor, userActor } from '#platform/access.ts';
import { notFound } from '#platform/errors.ts';
import type { CalendarFeedRepository } from './calendar-feed.repository.ts';
import type { InterviewsService } from './interviews.service.ts';
import { buildCalendar } from './interviews-calendar.ts';

/** A feed token: 32 random bytes, URL-safe. The path a calendar app polls is `/api/v1/calendar/<token>.ics`. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The user's interviews and open tasks as iCalendar, for a signed-in download or through the private
 * subscription URL whose secret token is shown once, stored hashed, and can be rotated or revoked.
 */
export function createCalendarService(deps: {
  interviews: Pick<InterviewsService, 'all'>;
  tasks: { forCalendar(userId: string): Promise<Task[]> };
  feeds: CalendarFeedRepository;
  publicUrl: string;
}) {
  const { feeds, publicUrl } = deps;
  const feedUrl = (token: string) => `${publicUrl}/api/v1/calendar/${token}.ics`;

  async function calendarOf({ userId }: Actor): Promise<string> {
    const [interviews, tasks] = await Promise.all([deps.interviews.all(userId), deps.tasks.forCalendar(userId)]);
    return buildCalendar({ interviews, tasks, publicUrl });
  }

  return {
    calendarOf,

    async feed({ userId }: Actor): Promise<CalendarFeed> {
      const row = await feeds.find(userId);
      return { active: Boolean(row), createdAt: row?.createdAt.toISOString() ?? null, url: null };
    },

    /** A new secret URL; any earlier one stops working. The only answer that contains the token. */
    async createFeed({ userId }: Actor): Promise<CalendarFeed> {
      const token = randomBytes(32).toString('base64url');
      const row = await feeds.save(userId, hashOf(token));
      return { active: true, createdAt: row.createdAt.toISOString(), url: feedUrl(token) };
    },

    async revokeFeed({ userId }: Actor): Promise<void> {
      await feeds.delete(userId);
    },

    /** The calendar behind a feed token; 404 for a malformed, unknown or revoked one. */
    async calendarForToken(token: string): Promise<string> {
      if (!FEED_TOKEN.test(token)) throw notFound('Calendar');
      const userId = await feeds.ownerOf(hashOf(token));
      if (!userId) throw notFound('Calendar');
      return calendarOf(userActor(userId));
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
