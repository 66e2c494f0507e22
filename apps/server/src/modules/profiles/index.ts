import { filesModule } from '#modules/files/index.ts';
import { identityModule } from '#modules/identity/index.ts';
import { defineModule, routes } from '#platform/module.ts';
import { createFavoritesRepository } from './favorites.repository.ts';
import { favoritesRoutes } from './favorites.routes.ts';
import { createFavoritesService } from './favorites.service.ts';
import { peopleRoutes } from './people.routes.ts';
import { createProfilesRepository } from './profiles.repository.ts';
import { profileRoutes } from './profiles.routes.ts';
import { createProfilesService } from './profiles.service.ts';
import { favorites, profiles } from './profiles.table.ts';

/** Profiles, the people directory and favourites (ADR 006, ADR 014). */
export const profilesModule = defineModule({
  name: 'profiles',
  tables: { profiles, favorites },
  build({ config, db, use }) {
    const repository = createProfilesRepository(db);
    const favoritesRepository = createFavoritesRepository(db);
    const service = createProfilesService({
      repository,
      favorites: favoritesRepository,
      files: use(filesModule),
      accounts: use(identityModule),
      publicUrl: config.publicUrl,
    });
    const favoritesService = createFavoritesService({ favorites: favoritesRepository, profiles: repository });
    return {
      /** The directory contacts link to: which accounts an address or link is, and what may be shown of them. */
      api: {
        matchUsers: service.matchUsers,
        linkedUsers: service.linkedUsers,
        /** The user's profile (undefined when never saved) and favourites, for the "all my data" export. */
        async exportRows(userId: string) {
          const [profile, favorites] = await Promise.all([
            repository.exportProfile(userId),
            favoritesRepository.exportRows(userId),
          ]);
          return { profile, favorites };
        },
      },
      routes: [
        routes(profileRoutes, { profiles: service }, 'user'),
        routes(peopleRoutes, { profiles: service }, 'user'),
        routes(favoritesRoutes, { favorites: favoritesService }, 'user'),
      ],
    };
  },
});
