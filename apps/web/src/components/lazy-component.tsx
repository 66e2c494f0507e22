import { type ComponentType, lazy, Suspense } from 'react';

/**
 * A component whose code is downloaded the first time it renders (until then it renders nothing), so what only
 * some pages or only signed-in people see stays out of the first download of the sign-in page.
 *
 * @example
 * export const NotificationBell = lazyComponent(() =>
 *   import('./components/notification-bell').then((m) => m.NotificationBell),
 * );
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
