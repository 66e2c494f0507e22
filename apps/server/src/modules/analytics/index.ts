import { defineModule, routes } from '#platform/module.ts';
import { createAnalyticsRepository } from './analytics.repository.ts';
import { analyticsRoutes } from './analytics.routes.ts';
import { createAnalyticsService } from './analytics.service.ts';
import { createDashboardRepository } from './dashboard.repository.ts';
import { createDashboardService } from './dashboard.service.ts';

/** The dashboard and the analytics page: read models over the tracker's rows (ADR 009). */
export const analyticsModule = defineModule({
  name: 'analytics',
  tables: {},
  build({ db }) {
    const dashboard = createDashboardService({ repository: createDashboardRepository(db) });
    const analytics = createAnalyticsService({ repository: createAnalyticsRepository(db) });
    return { api: {}, routes: [routes(analyticsRoutes, { dashboard, analytics }, 'user')] };
  },
});
