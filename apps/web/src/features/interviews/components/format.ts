import type { Interview } from '@jobpilot/contracts';
import { browserZone } from './zoned-time';

export { INTERVIEW_TYPE_COLORS as TYPE_COLORS, INTERVIEW_TYPE_LABELS as TYPE_LABELS } from '#lib/interview-types';

/** "Acme — Frontend Engineer" */
export const interviewTitle = (i: Pick<Interview, 'company' | 'position'>) => `${i.company} — ${i.position}`;

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeIn(zone: string) {
  let f = timeFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: '2-digit', minute: '2-digit' });
    timeFormats.set(zone, f);
  }
  return f;
}

/** "14:00" in the browser's zone. */
export const localTime = (instant: string) => timeIn(browserZone()).format(new Date(instant));

/** "Tue, 12 May 2026" in the browser's zone. */
export const localDay = (instant: string | Date) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(instant),
  );

/**
 * "14:00–14:45 Europe/Berlin", plus the browser's time when the interview was set in another zone,
 * e.g. "14:00–14:45 Europe/Berlin (08:00 your time)".
 */
export function timeRange(i: Pick<Interview, 'scheduledAt' | 'durationMinutes' | 'timezone'>): string {
  const start = new Date(i.scheduledAt);
  const end = new Date(start.getTime() + i.durationMinutes * 60_000);
  const zoned = `${timeIn(i.timezone).format(start)}–${timeIn(i.timezone).format(end)} ${i.timezone}`;
  if (i.timezone === browserZone()) return zoned;
  return `${zoned} (${localTime(i.scheduledAt)} your time)`;
}

/** Where it happens, as one line: the place, the link, or "By phone". */
export function placeOf(i: Pick<Interview, 'type' | 'location' | 'meetingUrl'>): string {
  return i.location ?? i.meetingUrl ?? (i.type === 'phone' ? 'By phone' : '');
}
