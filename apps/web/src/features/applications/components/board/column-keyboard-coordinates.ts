import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/** Below a column's header, where a dropped card lands. */
const HEADER_OFFSET = 48;

/**
 * Arrow keys move a picked-up card a whole column at a time: ← and → to the previous or next column (in
 * `order`), centred under its header. Other keys do nothing, so the card never ends up between columns.
 */
export function columnKeyboardCoordinates(order: readonly string[]): KeyboardCoordinateGetter {
  return (event, { context: { collisionRect, droppableRects, over } }) => {
    const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
    if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) event.preventDefault();
    if (step === 0 || !collisionRect || !over) return undefined;
    event.preventDefault();
    // Over a card (ADR 024), the column is that card's.
    const card = over.data.current?.application as { status: string } | undefined;
    const current = order.includes(String(over.id)) ? String(over.id) : card?.status;
    if (current === undefined) return undefined;
    const next = order[order.indexOf(current) + step];
    const rect = next === undefined ? undefined : droppableRects.get(next);
    if (!rect) return undefined;
    return { x: rect.left + (rect.width - collisionRect.width) / 2, y: rect.top + HEADER_OFFSET };
  };
}
