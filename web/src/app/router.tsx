import { createRouter } from '@tanstack/react-router';
import { auditRoutes } from './audit/routes';
import { candidateRoutes } from './candidates/routes';
import { employerRoutes } from './employers/routes';
import { exportRoutes } from './export/routes';
import { matchingRoutes } from './matching/routes';
import { meetingRoutes } from './meetings/routes';
import { openingRoutes } from './openings/routes';
import { adminRoutes } from './organisations/admin/routes';
import { placementRoutes } from './placements/routes';
import { planRoutes } from './plans/routes';
import { homeRoute, rootRoute, signedInRoute, signInRoute, statementRoute } from './platform/routes/root';
import { sfiRoutes } from './sfi/routes';
import { statisticsRoutes } from './statistics/routes';

/** Every route of the app: each feature declares its own (`<feature>/routes.tsx`), all under the signed-in branch but sign-in itself. */
const routeTree = rootRoute.addChildren([
  signInRoute,
  statementRoute,
  signedInRoute.addChildren([
    homeRoute,
    ...employerRoutes,
    ...openingRoutes,
    ...matchingRoutes,
    ...candidateRoutes,
    ...placementRoutes,
    ...planRoutes,
    ...meetingRoutes,
    ...sfiRoutes,
    ...statisticsRoutes,
    ...auditRoutes,
    ...adminRoutes,
    ...exportRoutes,
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: false,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
