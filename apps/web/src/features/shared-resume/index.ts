import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';

/** A résumé shared by link (`/r/<token>`): a public, read-only page anyone holding the link opens (ADR 041). */
export const sharedResumeFeature = defineFeature({
  name: 'shared-resume',
  nav: [],
  routes: ({ root }) => ({
    root: [
      createRoute({
        getParentRoute: () => root,
        path: 'r/$token',
        component: lazyRouteComponent(() => import('./routes/shared-resume-page'), 'SharedResumePage'),
      }),
    ],
  }),
});
