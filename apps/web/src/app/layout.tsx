import { lazy, Suspense } from 'react';
import { useMe } from '../features/auth';
import { PublicLayout } from './public-layout';
import { loadSignedInLayout } from './signed-in-layout-loader';

const SignedInLayout = lazy(() => loadSignedInLayout().then((m) => ({ default: m.SignedInLayout })));

/** Around every page: the signed-in frame with a session, the light public one without (ADR 030). */
export function AppLayout() {
  const user = useMe().data ?? null;
  if (!user) return <PublicLayout />;
  return (
    <Suspense fallback={null}>
      <SignedInLayout user={user} />
    </Suspense>
  );
}
