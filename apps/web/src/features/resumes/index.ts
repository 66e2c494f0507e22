import { IconFileCv } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';

/** Résumés: upload and parse, edit section by section with autosave, versions with a diff and restore (ADR 036). */
export const resumesFeature = defineFeature({
  name: 'resumes',
  nav: [{ label: 'Résumés', to: '/resumes', icon: IconFileCv, order: 10, group: 'documents' }],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'resumes',
        component: lazyRouteComponent(() => import('./routes/resumes-page'), 'ResumesPage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'resumes/$resumeId',
        component: lazyRouteComponent(() => import('./routes/resume-page'), 'ResumePage'),
      }),
    ],
  }),
});
