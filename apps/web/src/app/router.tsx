import { createRouter } from '@tanstack/react-router';
import { collectRoutes } from '#lib/feature';
import { createShell, type RouterContext } from '#lib/route-shell';
import { meQueryOptions } from '../features/auth';
import { TransferMenu } from '../features/transfer';
import { FEATURES } from './features';
import { AppLayout } from './layout';
import { createQueryClient } from './query-client';
import { NotFoundPage, RouteError } from './route-errors';

const shell = createShell({
  layout: AppLayout,
  notFound: NotFoundPage,
  error: RouteError,
  currentUser: (context: RouterContext) => context.queryClient.ensureQueryData(meQueryOptions),
});

const routes = collectRoutes(FEATURES, shell);

const routeTree = shell.root.addChildren([...routes.root, shell.user.addChildren(routes.user)]);

/** When the API says the session is gone, forget the user and re-check the current page's guard. */
export const queryClient = createQueryClient(() => {
  queryClient.setQueryData(meQueryOptions.queryKey, null);
  void router.invalidate();
});

export const router = createRouter({
  routeTree,
  // Features do not import each other: the app puts the transfer feature's menu into the Applications header.
  context: { queryClient, slots: { applicationsHeaderActions: TransferMenu } },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
