import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage, Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

export const statisticsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/statistik',
  component: () => (
    <Permitted operation="statistics">
      <ComingSoonPage title="Statistik" />
    </Permitted>
  ),
});

export const statisticsRoutes = [statisticsRoute] as const;
