import type { Announcements } from '@dnd-kit/core';
import { type Application, applicationStatusSchema } from '@jobpilot/contracts';
import { applicationTitle, STATUS_LABELS } from '#lib/application-format';

/** The application a draggable card carries. */
export const applicationOf = (data: { current?: Record<string, unknown> | undefined }) =>
  data.current?.application as Application | undefined;
/** The status a column id names, if any. */
export const statusOf = (id: unknown) => applicationStatusSchema.safeParse(id).data;
/** The column something is over: the column itself, or the column of the card it is over. */
export const overStatus = (over: { id: unknown; data: Parameters<typeof applicationOf>[0] } | null) =>
  over ? (statusOf(over.id) ?? applicationOf(over.data)?.status) : undefined;
const titleOf = (data: Parameters<typeof applicationOf>[0]) => {
  const application = applicationOf(data);
  return application ? applicationTitle(application) : 'The application';
};
const columnName = (id: unknown) => {
  const status = statusOf(id);
  return status ? STATUS_LABELS[status] : 'no column';
};

const HOW_TO_MOVE = 'Use the left and right arrow keys to choose another status, space to drop, escape to cancel.';

/** What a screen reader hears while a card is moved. */
export const announcements: Announcements = {
  onDragStart: ({ active }) =>
    `Picked up ${titleOf(active.data)}, in ${columnName(applicationOf(active.data)?.status)}. ${HOW_TO_MOVE}`,
  onDragOver: ({ active, over }) => {
    if (!over) return `${titleOf(active.data)} is not over a column.`;
    // Right after pick-up the card is over its own column: repeat how to go on rather than only where it is.
    if (overStatus(over) === applicationOf(active.data)?.status) {
      return `${titleOf(active.data)} is over its own column, ${columnName(overStatus(over))}. ${HOW_TO_MOVE}`;
    }
    return `${titleOf(active.data)} is over ${columnName(overStatus(over))}.`;
  },
  onDragEnd: ({ active, over }) => {
    const from = applicationOf(active.data)?.status;
    const to = overStatus(over);
    if (!to || to === from) return `${titleOf(active.data)} stays in ${columnName(from)}.`;
    return `${titleOf(active.data)} moved to ${columnName(to)}.`;
  },
  onDragCancel: ({ active }) =>
    `Moving cancelled. ${titleOf(active.data)} stays in ${columnName(applicationOf(active.data)?.status)}.`,
};

export const screenReaderInstructions = {
  draggable:
    'To move this application to another status, press space or enter, use the left and right arrow keys to ' +
    'choose the column, then press space or enter to drop it. Escape cancels. Alt with the up or down arrow ' +
    'moves it within its column.',
};
