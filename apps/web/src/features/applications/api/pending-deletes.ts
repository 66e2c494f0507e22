import { useSyncExternalStore } from 'react';

/**
 * Deletes that wait for their Undo window (ADR 024): the request is sent only when the window closes without
 * Undo. Meanwhile the lists leave the application out (`usePendingDeletes`), so it looks gone at once.
 */
const pending = new Map<string, ReturnType<typeof setTimeout>>();
const listeners = new Set<() => void>();
let snapshot: ReadonlySet<string> = new Set();

function changed() {
  snapshot = new Set(pending.keys());
  for (const listener of listeners) listener();
}

export const UNDO_WINDOW_MS = 8_000;

/**
 * Hides `id` now and calls `send` after `delayMs` unless the returned `undo` is called first. `undo` answers
 * whether it was in time. `flush` sends at once (e.g. when the notification is closed by hand).
 */
export function scheduleDelete(id: string, send: () => Promise<unknown>, delayMs = UNDO_WINDOW_MS) {
  const fire = () => {
    const timer = pending.get(id);
    if (timer === undefined) return;
    clearTimeout(timer);
    pending.delete(id);
    void send().finally(changed);
  };
  pending.set(id, setTimeout(fire, delayMs));
  changed();
  return {
    undo(): boolean {
      const timer = pending.get(id);
      if (timer === undefined) return false;
      clearTimeout(timer);
      pending.delete(id);
      changed();
      return true;
    },
    flush: fire,
  };
}

/** The ids whose delete is waiting; re-renders when that changes. */
export function usePendingDeletes(): ReadonlySet<string> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}

/** Whether `id` is waiting to be deleted. */
export const isPendingDelete = (id: string) => pending.has(id);
