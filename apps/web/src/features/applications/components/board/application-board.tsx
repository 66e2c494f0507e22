import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { Application, ApplicationStatus } from '@jobpilot/contracts';
import { Paper } from '@mantine/core';
import { useMemo, useState } from 'react';
import { applicationTitle, STATUS_LABELS } from '#lib/application-format';
import { notifyError, notifySuccess } from '#lib/notify';
import { dropTarget, stepTarget } from '../../api/board-order';
import type { BoardColumn as Column } from '../../api/use-board-applications';
import { useMoveApplication } from '../../api/use-move-application';
import { useUpdateApplication } from '../../api/use-update-application';
import classes from './board.module.css';
import { announcements, applicationOf, overStatus, screenReaderInstructions } from './board-announcements';
import { CardContent } from './board-card';
import { BoardColumn } from './board-column';
import { columnKeyboardCoordinates } from './column-keyboard-coordinates';

const isCard = (id: unknown) => String(id).startsWith('card:');

/**
 * The pointer's column when there is a pointer; for the keyboard, the column the card overlaps most. A card
 * under it comes before its column, so dropping on a card can place the dragged one there.
 */
const collisionDetection: CollisionDetection = (args) => {
  const pointer = pointerWithin(args);
  const hits = pointer.length > 0 ? pointer : rectIntersection(args);
  const cards = hits.filter((hit) => isCard(hit.id) && hit.id !== `card:${args.active.id}`);
  return cards.length > 0 ? cards : hits.filter((hit) => !isCard(hit.id));
};

/**
 * The applications as columns by status. Dropping a card on another column saves the new status (shown at
 * once, undone with a readable message if the server refuses); the status history records the change.
 */
export function ApplicationBoard({
  columns,
  onHistory,
  onEdit,
  onOpen,
}: {
  columns: Column[];
  onHistory: (application: Application) => void;
  onEdit: (application: Application) => void;
  onOpen: (application: Application) => void;
}) {
  const update = useUpdateApplication();
  const reorder = useMoveApplication();
  const [dragged, setDragged] = useState<Application | null>(null);
  const order = columns.map((c) => c.status).join();
  const coordinateGetter = useMemo(() => columnKeyboardCoordinates(order.split(',')), [order]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const move = (application: Application, status: ApplicationStatus) => {
    if (application.status === status) return;
    const title = applicationTitle(application);
    // mutateAsync, not mutate: every move gets its own outcome even when several are in flight.
    update
      .mutateAsync({ id: application.id, input: { status } })
      .then(() => notifySuccess(`Moved ${title} to ${STATUS_LABELS[status]}.`))
      .catch((error: unknown) => notifyError(error, `Could not move ${title} to ${STATUS_LABELS[status]}`));
  };

  const cardsOf = (status: ApplicationStatus) => columns.find((c) => c.status === status)?.applications ?? [];

  const place = (application: Application, afterId: string | null | undefined) => {
    if (afterId === undefined) return;
    reorder
      .mutateAsync({ id: application.id, afterId })
      .catch((error: unknown) => notifyError(error, `Could not move ${applicationTitle(application)}`));
  };

  const step = (application: Application, by: -1 | 1) =>
    place(application, stepTarget(cardsOf(application.status), application.id, by));

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const application = applicationOf(active.data);
    const status = over ? overStatus(over) : undefined;
    if (!application || !status || !over) return;
    if (status !== application.status) return move(application, status);
    const target = applicationOf(over.data);
    if (target) place(application, dropTarget(cardsOf(status), application.id, target.id));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={({ active }) => setDragged(applicationOf(active.data) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {/* Focusable so the columns scroll sideways by keyboard too (axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard */}
      <section className={classes.scroller} data-testid="board" aria-label="Board columns" tabIndex={0}>
        <div className={classes.columns}>
          {columns.map((column) => (
            <BoardColumn
              key={column.status}
              column={column}
              onHistory={onHistory}
              onMove={move}
              onEdit={onEdit}
              onOpen={onOpen}
              onStep={step}
            />
          ))}
        </div>
      </section>
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <Paper withBorder p="sm" radius="md" shadow="md" className={classes.overlay}>
            <CardContent application={dragged} />
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
