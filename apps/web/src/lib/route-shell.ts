import type { QueryClient } from '@tanstack/react-query';
import {
  type AnyRoute,
  createRootRouteWithContext,
  createRoute,
  type ErrorRouteComponent,
  type NotFoundRouteComponent,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';
import type { ComponentType } from 'react';

/** Pieces one feature puts into another's page, chosen by the app (features do not import each other). */
export interface AppSlots {
  /** More buttons in the Applications page header (the transfer feature's import/export menu). */
  applicationsHeaderActions?: ComponentType;
}

export interface RouterContext {
  queryClient: QueryClient;
  slots: AppSlots;
}

interface ShellOptions {
  layout: RouteComponent;
  notFound: NotFoundRouteComponent;
  error: ErrorRouteComponent;
  /** Resolves the signed-in user (cached), or null without a session. */
  currentUser: (context: RouterContext) => Promise<unknown>;
}

/**
 * The routes every feature hangs its pages on: `root` (anyone), `user` (pathless, id `authed`: sends a
 * person without a session to sign in and back), and the guards for pages under `root` with their own rule.
 */
export function createShell({ layout, notFound, error, currentUser }: ShellOptions) {
  const root = createRootRouteWithContext<RouterContext>()({
    component: layout,
    notFoundComponent: notFound,
    errorComponent: error,
  });

  const user = createRoute({
    getParentRoute: () => root,
    id: 'authed',
    beforeLoad: async ({ context, location }) => {
      if (!(await currentUser(context))) throw redirect({ to: '/login', search: { redirect: location.href } });
    },
  });

  const guards = {
    /** The home page: without a session it is the sign-in page (no way back to remember). */
    signedIn: async ({ context }: { context: RouterContext }) => {
      if (!(await currentUser(context))) throw redirect({ to: '/login' });
    },
    /** Sign-in and registration make no sense with a session: go to the dashboard, where signing in lands. */
    signedOut: async ({ context }: { context: RouterContext }) => {
      if (await currentUser(context)) throw redirect({ to: '/' });
    },
  };

  return { root, user, guards };
}

export type Shell = ReturnType<typeof createShell>;

/** A feature's routes, by the shell route they hang on. */
export interface FeatureRoutes {
  root?: readonly AnyRoute[];
  user?: readonly AnyRoute[];
}
