import { createRouter } from '@tanstack/react-router';
import { adminRoutes } from './admin/routes';
import { exportRoutes } from './export/routes';
import { inspectionRoutes } from './inspection/routes';
import { meetingRoutes } from './meetings/routes';
import { myDayRoutes } from './my-day/routes';
import { personRoutes } from './person/routes';
import { homeRoute, rootRoute, signedInRoute, signInRoute, statementRoute } from './routes/root';
import { workRoutes } from './routes/work';
import { sfiRoutes } from './sfi/routes';
import { statisticsRoutes } from './statistics/routes';
import { teamRoutes } from './teams/routes';

/** Every route of the app: each area declares its own (`<area>/routes.tsx`), all under the signed-in branch but sign-in itself. */
const routeTree = rootRoute.addChildren([
  signInRoute,
  statementRoute,
  signedInRoute.addChildren([
    homeRoute,
    ...workRoutes,
    ...myDayRoutes,
    ...personRoutes,
    ...teamRoutes,
    ...meetingRoutes,
    ...sfiRoutes,
    ...statisticsRoutes,
    ...inspectionRoutes,
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
