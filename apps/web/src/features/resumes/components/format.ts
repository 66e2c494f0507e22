const updated = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "3 Dec 2026, 10:42" — when a résumé or version last changed. */
export const formatUpdated = (timestamp: string) => updated.format(new Date(timestamp));

/** "10:42" today, else "3 Dec 2026, 10:42" — the editor's "Saved 10:42". */
export const formatSavedAt = (date: Date, now = new Date()) =>
  date.toDateString() === now.toDateString() ? clock.format(date) : updated.format(date);

/** Below this the review screen marks a parsed field "check this". */
export const LOW_CONFIDENCE = 0.75;

/** "92 %" */
export const formatConfidence = (value: number) => `${Math.round(value * 100)} %`;
