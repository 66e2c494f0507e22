import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { AnalyticsPage } from '../features/analytics/routes/analytics-page';
import { analyticsSearchSchema } from '../features/analytics/routes/search';
import { ApplicationsPage } from '../features/applications/routes/applications-page';
import { BoardPage } from '../features/applications/routes/board-page';
import { boardSearchSchema } from '../features/applications/routes/board-search';
import { applicationsSearchSchema } from '../features/applications/routes/search';
import { meQueryOptions } from '../features/auth/api/use-me';
import { ForgotPasswordPage } from '../features/auth/routes/forgot-password-page';
import { LoginPage } from '../features/auth/routes/login-page';
import { RegisterPage } from '../features/auth/routes/register-page';
import { ResetPasswordPage } from '../features/auth/routes/reset-password-page';
import { loginSearchSchema, tokenSearchSchema } from '../features/auth/routes/search';
import { VerifyEmailPage } from '../features/auth/routes/verify-email-page';
import { ContactsPage } from '../features/contacts/routes/contacts-page';
import { contactsSearchSchema } from '../features/contacts/routes/search';
import { DashboardPage } from '../features/dashboard/routes/dashboard-page';
import { InterviewsPage } from '../features/interviews/routes/interviews-page';
import { interviewsSearchSchema } from '../features/interviews/routes/search';
import { NotificationSettingsPage } from '../features/notifications/routes/notification-settings-page';
import { OutboxPage } from '../features/outbox/routes/outbox-page';
import { outboxSearchSchema } from '../features/outbox/routes/search';
import { FavoritesPage } from '../features/profiles/routes/favorites-page';
import { MyProfilePage } from '../features/profiles/routes/my-profile-page';
import { PeoplePage } from '../features/profiles/routes/people-page';
import { PersonPage } from '../features/profiles/routes/person-page';
import { favoritesSearchSchema, peopleSearchSchema } from '../features/profiles/routes/search';
import { tasksSearchSchema } from '../features/tasks/routes/search';
import { TasksPage } from '../features/tasks/routes/tasks-page';
import { TransferMenu } from '../features/transfer/components/transfer-menu';
import { ImportPage } from '../features/transfer/routes/import-page';
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
    if (!(await currentUser(context))) throw redirect({ to: '/login' });
  },
  component: DashboardPage,
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
  // Features do not import each other: the app puts the transfer feature's menu into the page's header.
  component: () => <ApplicationsPage actions={<TransferMenu />} />,
});

const importApplicationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'applications/import',
  component: ImportPage,
});

const boardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'applications/board',
  validateSearch: boardSearchSchema,
  component: BoardPage,
});

const analyticsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'analytics',
  validateSearch: analyticsSearchSchema,
  component: AnalyticsPage,
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
  getParentRoute: () => authedRoute,
  path: 'outbox',
  validateSearch: outboxSearchSchema,
  component: OutboxPage,
});

const contactsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'contacts',
  validateSearch: contactsSearchSchema,
  component: ContactsPage,
});

const myProfileRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'profile',
  component: MyProfilePage,
});

const peopleRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'people',
  validateSearch: peopleSearchSchema,
  component: PeoplePage,
});

const personRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'people/$userId',
  component: PersonPage,
});

const favoritesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'favorites',
  validateSearch: favoritesSearchSchema,
  component: FavoritesPage,
});

/** Contacts, one's profile, people and favourites (ADR 006, 008). */
const networkRoutes = [contactsRoute, myProfileRoute, peopleRoute, personRoute, favoritesRoute];

const interviewsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'interviews',
  validateSearch: interviewsSearchSchema,
  component: InterviewsPage,
});

const tasksRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'tasks',
  validateSearch: tasksSearchSchema,
  component: TasksPage,
});

const notificationSettingsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'settings/notifications',
  component: NotificationSettingsPage,
});

/** Interviews, tasks and reminders (ADR 007). */
const remindersRoutes = [interviewsRoute, tasksRoute, notificationSettingsRoute];

const routeTree = rootRoute.addChildren([
  indexRoute,
  authedRoute.addChildren([
    ...networkRoutes,
    ...remindersRoutes,
    applicationsRoute,
    importApplicationsRoute,
    boardRoute,
    analyticsRoute,
    outboxRoute,
  ]),
  loginRoute,
  registerRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  verifyEmailRoute,
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
