import { IconFileImport } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { lazy } from 'react';
import { defineFeature } from '#lib/feature';

/** "Import / Export" for the Applications page header; its code loads with the first page that shows it. */
export const TransferMenu = lazy(() =>
  import('./components/transfer-menu').then((module) => ({ default: module.TransferMenu })),
);

/** CSV import of applications (mapping, preview) and the export downloads. */
export const transferFeature = defineFeature({
  name: 'transfer',
  nav: [],
  palette: [
    {
      label: 'Import applications',
      to: '/applications/import',
      icon: IconFileImport,
      group: 'track',
      keywords: 'csv upload export',
    },
  ],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'applications/import',
        component: lazyRouteComponent(() => import('./routes/import-page'), 'ImportPage'),
      }),
    ],
  }),
});
