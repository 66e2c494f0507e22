import type { Interview, InterviewType, Task } from '@jobpilot/contracts';
import { contentLine, escapeText, formatLocal, formatUtc, icsDocument, isAmbiguousLocalTime } from './ics.ts';
import { vtimezone } from './vtimezone.ts';

const PRODID = '-//JobPilot//Interviews and tasks//EN';
const TASK_MINUTES = 15;
const MINUTE_MS = 60_000;
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

const TYPE_LABELS: Record<InterviewType, string> = {
  phone: 'Phone interview',
  onsite: 'Onsite interview',
  online: 'Online interview',
};

export interface CalendarInput {
  interviews: Interview[];
  /** Open tasks with a due date; others are left out. */
  tasks: Task[];
  /** Where links in descriptions point, e.g. `https://jobs.example.com`. */
  publicUrl: string;
}

/** `DTSTART;TZID=Europe/Berlin:20260512T140000`, or `DTSTART:20260512T120000Z` when `utc`. */
function dateTime(name: string, date: Date, zone: string, utc: boolean): string[] {
  if (utc) return contentLine(name, formatUtc(date));
  return contentLine(name, formatLocal(date, zone), { TZID: zone });
}

/**
 * UTC for UTC zones, and for both DTSTART and DTEND when either local time falls in an hour repeated when the
 * clocks go back: `01:30;TZID=America/New_York` on 2026-11-01 would be read as the first 01:30 (ADR 007).
 */
function writeInUtc(start: Date, end: Date, zone: string): boolean {
  return UTC_ZONES.has(zone) || isAmbiguousLocalTime(start, zone) || isAmbiguousLocalTime(end, zone);
}

/** The DESCRIPTION of an interview: the person's details, then the link back into JobPilot. */
export function interviewDescription(interview: Interview, publicUrl: string): string {
  const link = `Open in JobPilot: ${publicUrl}/interviews?id=${interview.id}`;
  return interview.details ? `${interview.details}\n\n${link}` : link;
}

function interviewEvent(interview: Interview, publicUrl: string): string[] {
  const start = new Date(interview.scheduledAt);
  const end = new Date(start.getTime() + interview.durationMinutes * MINUTE_MS);
  const place = interview.location ?? interview.meetingUrl;
  const utc = writeInUtc(start, end, interview.timezone);
  return [
    'BEGIN:VEVENT',
    ...contentLine('UID', `interview-${interview.id}@jobpilot`),
    ...contentLine('DTSTAMP', formatUtc(new Date(interview.updatedAt))),
    ...contentLine('CREATED', formatUtc(new Date(interview.createdAt))),
    ...contentLine('LAST-MODIFIED', formatUtc(new Date(interview.updatedAt))),
    ...dateTime('DTSTART', start, interview.timezone, utc),
    ...dateTime('DTEND', end, interview.timezone, utc),
    ...contentLine(
      'SUMMARY',
      escapeText(`${TYPE_LABELS[interview.type]}: ${interview.company} — ${interview.position}`),
    ),
    ...(place ? contentLine('LOCATION', escapeText(place)) : []),
    ...(interview.meetingUrl ? contentLine('URL', interview.meetingUrl, { VALUE: 'URI' }) : []),
    ...contentLine('DESCRIPTION', escapeText(interviewDescription(interview, publicUrl))),
    ...contentLine('CATEGORIES', 'Interview'),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/**
 * A task as a short timed event at its due moment: Google Calendar and Apple Calendar subscriptions
 * ignore VTODO, so a VEVENT is what people actually see (ADR 007).
 */
function taskEvent(task: Task & { dueAt: string }, publicUrl: string): string[] {
  const due = new Date(task.dueAt);
  const link = `${publicUrl}/tasks?applicationId=${task.applicationId}`;
  return [
    'BEGIN:VEVENT',
    ...contentLine('UID', `task-${task.id}@jobpilot`),
    ...contentLine('DTSTAMP', formatUtc(new Date(task.updatedAt))),
    ...contentLine('CREATED', formatUtc(new Date(task.createdAt))),
    ...contentLine('LAST-MODIFIED', formatUtc(new Date(task.updatedAt))),
    ...contentLine('DTSTART', formatUtc(due)),
    ...contentLine('DTEND', formatUtc(new Date(due.getTime() + TASK_MINUTES * MINUTE_MS))),
    ...contentLine('SUMMARY', escapeText(`Task: ${task.title}`)),
    ...contentLine('DESCRIPTION', escapeText(`For ${task.company} — ${task.position}.\n\nOpen in JobPilot: ${link}`)),
    ...contentLine('CATEGORIES', 'Task'),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** One VTIMEZONE per zone used, covering the years its interviews fall in. */
function timezones(interviews: Interview[]): string[] {
  const years = new Map<string, { from: number; to: number }>();
  for (const i of interviews) {
    if (UTC_ZONES.has(i.timezone)) continue;
    const year = new Date(i.scheduledAt).getUTCFullYear();
    const seen = years.get(i.timezone);
    years.set(i.timezone, { from: Math.min(seen?.from ?? year, year), to: Math.max(seen?.to ?? year, year) });
  }
  return [...years].flatMap(([zone, range]) => vtimezone(zone, range.from, range.to));
}

/** The whole VCALENDAR (RFC 5545): CRLF line endings, folded lines, escaped text. */
export function buildCalendar(input: CalendarInput): string {
  const due = input.tasks.filter((t): t is Task & { dueAt: string } => t.dueAt !== null && !t.done);
  return icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...contentLine('PRODID', PRODID),
    'CALSCALE:GREGORIAN',
    ...contentLine('X-WR-CALNAME', 'JobPilot interviews'),
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...timezones(input.interviews),
    ...input.interviews.flatMap((i) => interviewEvent(i, input.publicUrl)),
    ...due.flatMap((t) => taskEvent(t, input.publicUrl)),
    'END:VCALENDAR',
  ]);
}
