import type { User } from '@jobpilot/contracts';
import { useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useRef } from 'react';
import { useMe } from '../features/auth';
import { PublicLayout } from './public-layout';
import { loadSignedInLayout } from './signed-in-layout-loader';
import { isSignedInRoute } from './signed-in-routes';

const SignedInLayout = lazy(() => loadSignedInLayout().then((m) => ({ default: m.SignedInLayout })));

/**
 * Around every page: the signed-in frame with a session, the light public one without (ADR 038). Nothing while
 * the session check is out, so a signed-in visit never flashes "Sign in" (no page renders before it either:
 * every route's guard waits for the same answer).
 */
export function AppLayout() {
  const me = useMe();
  const onSignedInPage = useRouterState({ select: (s) => s.matches.some((m) => isSignedInRoute(m.routeId)) });
  // When the session ends on a signed-in page, that page stays in its frame until its guard sends the person to
  // sign in: switching frames at once would unmount it before a form on it has kept its draft (ADR 033).
  const lastUser = useRef<User | null>(null);
  if (me.data) lastUser.current = me.data;
  if (me.isPending) return null;
  const user = me.data ?? (onSignedInPage ? lastUser.current : null);
  if (!user) return <PublicLayout />;
  return (
    <Suspense fallback={null}>
      <SignedInLayout user={user} />
    </Suspense>
  );
}
