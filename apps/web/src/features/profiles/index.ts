import { IconStar, IconUserCircle, IconUsers } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { favoritesSearchSchema, peopleSearchSchema } from './routes/search';

/** One's own profile and résumé, people search, a person's page and favourites (ADR 006). */
export const profilesFeature = defineFeature({
  name: 'profiles',
  nav: [
    { label: 'People', to: '/people', icon: IconUsers, order: 70, group: 'track' },
    { label: 'My profile', to: '/profile', icon: IconUserCircle, order: 10, group: 'account' },
  ],
  palette: [
    { label: 'Favourites', to: '/favorites', icon: IconStar, group: 'track', keywords: 'favorites people saved' },
  ],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'profile',
        component: lazyRouteComponent(() => import('./routes/my-profile-page'), 'MyProfilePage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'people',
        validateSearch: peopleSearchSchema,
        component: lazyRouteComponent(() => import('./routes/people-page'), 'PeoplePage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'people/$userId',
        component: lazyRouteComponent(() => import('./routes/person-page'), 'PersonPage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'favorites',
        validateSearch: favoritesSearchSchema,
        component: lazyRouteComponent(() => import('./routes/favorites-page'), 'FavoritesPage'),
      }),
    ],
  }),
});
