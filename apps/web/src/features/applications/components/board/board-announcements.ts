import type { Announcements } from '@dnd-kit/core';
import { type Application, applicationStatusSchema } from '@jobpilot/contracts';
import { applicationTitle, STATUS_LABELS } from '#lib/application-format';

/** The application a draggable card carries. */
export const applicationOf = (data: { current?: Record<string, unknown> | undefined }) =>
  data.current?.application as Application | undefined;
/** The status a column id names, if any. */
export const statusOf = (id: unknown) => applicationStatusSchema.safeParse(id).data;
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
    if (over.id === applicationOf(active.data)?.status) {
      return `${titleOf(active.data)} is over its own column, ${columnName(over.id)}. ${HOW_TO_MOVE}`;
    }
    return `${titleOf(active.data)} is over ${columnName(over.id)}.`;
  },
  onDragEnd: ({ active, over }) => {
    const from = applicationOf(active.data)?.status;
    if (!over || over.id === from) return `${titleOf(active.data)} stays in ${columnName(from)}.`;
    return `${titleOf(active.data)} moved to ${columnName(over.id)}.`;
  },
  onDragCancel: ({ active }) =>
    `Moving cancelled. ${titleOf(active.data)} stays in ${columnName(applicationOf(active.data)?.status)}.`,
};

export const screenReaderInstructions = {
  draggable:
    'To move this application to another status, press space or enter, use the left and right arrow keys to ' +
    'choose the column, then press space or enter to drop it. Escape cancels.',
};
