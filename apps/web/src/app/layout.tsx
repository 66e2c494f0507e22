import { lazy, Suspense } from 'react';
import { useMe } from '../features/auth';
import { PublicLayout } from './public-layout';
import { loadSignedInLayout } from './signed-in-layout-loader';

const SignedInLayout = lazy(() => loadSignedInLayout().then((m) => ({ default: m.SignedInLayout })));

/**
 * Around every page: the signed-in frame with a session, the light public one without (ADR 038). Nothing while
 * the session check is out, so a signed-in visit never flashes "Sign in" (no page renders before it either:
 * every route's guard waits for the same answer).
 */
export function AppLayout() {
  const me = useMe();
  if (me.isPending) return null;
  const user = me.data ?? null;
  if (!user) return <PublicLayout />;
  return (
    <Suspense fallback={null}>
      <SignedInLayout user={user} />
    </Suspense>
  );
}
