import { IconAddressBook } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { contactsSearchSchema } from './routes/search';

/** Contacts with vCard/CSV import and export (ADR 008). */
export const contactsFeature = defineFeature({
  name: 'contacts',
  nav: [{ label: 'Contacts', to: '/contacts', icon: IconAddressBook, order: 60, group: 'track' }],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'contacts',
        validateSearch: contactsSearchSchema,
        component: lazyRouteComponent(() => import('./routes/contacts-page'), 'ContactsPage'),
      }),
    ],
  }),
});
