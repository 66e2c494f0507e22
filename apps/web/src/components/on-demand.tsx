import { type ComponentType, type JSX, lazy, Suspense, useEffect, useState } from 'react';

export interface OnDemand<P extends object> {
  /** Put once in the app; renders nothing until `request()`, then the loaded component. */
  Host: ComponentType<P>;
  /** Loads and mounts the component (once); resolves when it has mounted, its effects run. */
  request(): Promise<void>;
}

function Mounted({ onMount }: { onMount: () => void }) {
  useEffect(onMount, [onMount]);
  return null;
}

/**
 * A component downloaded only when something first needs it, e.g. Mantine's modal host for the first confirm
 * dialog, so the first visit does not download it.
 *
 * @example
 * export const dialogs = onDemand(() => import('@mantine/modals').then((m) => m.ModalsProvider));
 * // app: <dialogs.Host />; before opening one: await dialogs.request();
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let wanted = false;
  const wakers = new Set<() => void>();
  let mounted: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    mounted = resolve;
  });
  const Loaded = lazy(async () => {
    const Component = await load();
    return {
      default: (props: P) => (
        <>
          <Component {...props} />
          <Mounted onMount={mounted} />
        </>
      ),
    };
  });

  function Host(props: P) {
    const [on, setOn] = useState(wanted);
    useEffect(() => {
      if (wanted) setOn(true);
      const wake = () => setOn(true);
      wakers.add(wake);
      return () => {
        wakers.delete(wake);
      };
    }, []);
    if (!on) return null;
    return (
      <Suspense fallback={null}>
        <Loaded {...(props as P & JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  }

  return {
    Host,
    request() {
      if (!wanted) {
        wanted = true;
        for (const wake of wakers) wake();
      }
      return ready;
    },
  };
}
