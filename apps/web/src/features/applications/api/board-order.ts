/**
 * `items` with the one whose id is `id` moved to just after `afterId` (first when null). Unchanged when either
 * is missing from the list.
 *
 * @example placeAfter([a, b, c], c.id, a.id) // [a, c, b]
 */
export function placeAfter<T extends { id: string }>(items: T[], id: string, afterId: string | null): T[] {
  const moving = items.find((item) => item.id === id);
  if (!moving) return items;
  const others = items.filter((item) => item.id !== id);
  const at = afterId === null ? 0 : others.findIndex((item) => item.id === afterId) + 1;
  if (afterId !== null && at === 0) return items;
  return [...others.slice(0, at), moving, ...others.slice(at)];
}

/**
 * Where a card lands when moved one step up (-1) or down (+1) in `column`: the `afterId` to send, or
 * undefined when it is already at that end.
 */
export function stepTarget(column: { id: string }[], id: string, step: -1 | 1): string | null | undefined {
  const at = column.findIndex((item) => item.id === id);
  if (at < 0) return undefined;
  const to = at + step;
  if (to < 0 || to >= column.length) return undefined;
  if (step === 1) return column[to]?.id;
  return to === 0 ? null : (column[to - 1]?.id ?? null);
}

/**
 * The `afterId` for dropping a card onto another card of the same column: it takes that card's place, so
 * moving down lands after it and moving up lands before it.
 */
export function dropTarget(column: { id: string }[], id: string, overId: string): string | null | undefined {
  const from = column.findIndex((item) => item.id === id);
  const to = column.findIndex((item) => item.id === overId);
  if (from < 0 || to < 0 || from === to) return undefined;
  if (to > from) return overId;
  return to === 0 ? null : (column[to - 1]?.id ?? null);
}
