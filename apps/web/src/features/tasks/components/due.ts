import type { Task } from '@jobpilot/contracts';

const DEFAULT_TIME = '09:00';
const pad = (n: number) => String(n).padStart(2, '0');

/** The due instant (ISO) of a local date and optional time (09:00 when none is given); null without a date. */
export function dueInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const at = new Date(`${date}T${/^\d{2}:\d{2}$/.test(time) ? time : DEFAULT_TIME}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** `{ date, time }` in the browser's zone for a due instant. */
export function dueFields(dueAt: string | null): { date: string; time: string } {
  if (!dueAt) return { date: '', time: '' };
  const d = new Date(dueAt);
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

const dueFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Due Tue, 12 May, 09:00" / "Overdue since …" and whether it is overdue. */
export function dueLabel(task: Pick<Task, 'dueAt' | 'done'>, now = Date.now()) {
  if (!task.dueAt) return null;
  const overdue = !task.done && Date.parse(task.dueAt) < now;
  return { overdue, text: `${overdue ? 'Overdue since' : 'Due'} ${dueFormat.format(new Date(task.dueAt))}` };
}
