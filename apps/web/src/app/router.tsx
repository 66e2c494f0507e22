import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { ApplicationsPage } from '../features/applications/routes/applications-page';
import { applicationsSearchSchema } from '../features/applications/routes/search';
import { meQueryOptions } from '../features/auth/api/use-me';
import { ForgotPasswordPage } from '../features/auth/routes/forgot-password-page';
import { LoginPage } from '../features/auth/routes/login-page';
import { RegisterPage } from '../features/auth/routes/register-page';
import { ResetPasswordPage } from '../features/auth/routes/reset-password-page';
import { loginSearchSchema, tokenSearchSchema } from '../features/auth/routes/search';
import { VerifyEmailPage } from '../features/auth/routes/verify-email-page';
import { OutboxPage } from '../features/outbox/routes/outbox-page';
import { outboxSearchSchema } from '../features/outbox/routes/search';
import { AppLayout } from './layout';
import { createQueryClient } from './query-client';
import { NotFoundPage, RouteError } from './route-errors';

interface RouterContext {
  queryClient: QueryClient;
}

const currentUser = (context: RouterContext) => context.queryClient.ensureQueryData(meQueryOptions);

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    throw redirect({ to: (await currentUser(context)) ? '/applications' : '/login' });
  },
});

/** Pages behind this route need a session; without one they send the person to sign in. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    if (!(await currentUser(context))) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
});

const applicationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'applications',
  validateSearch: applicationsSearchSchema,
  component: ApplicationsPage,
});

/** Sign-in and registration make no sense with a session: go straight to the applications. */
const whenSignedOut = async ({ context }: { context: RouterContext }) => {
  if (await currentUser(context)) throw redirect({ to: '/applications' });
};

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: loginSearchSchema,
  beforeLoad: whenSignedOut,
  component: LoginPage,
});

const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'register',
  beforeLoad: whenSignedOut,
  component: RegisterPage,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: tokenSearchSchema,
  component: ResetPasswordPage,
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verify-email',
  validateSearch: tokenSearchSchema,
  component: VerifyEmailPage,
});

const outboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'outbox',
  validateSearch: outboxSearchSchema,
  component: OutboxPage,
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  authedRoute.addChildren([applicationsRoute]),
  loginRoute,
  registerRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  verifyEmailRoute,
  outboxRoute,
]);

/** When the API says the session is gone, forget the user and re-check the current page's guard. */
export const queryClient = createQueryClient(() => {
  queryClient.setQueryData(meQueryOptions.queryKey, null);
  void router.invalidate();
});

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
