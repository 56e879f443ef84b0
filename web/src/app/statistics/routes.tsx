import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
import { validateStatisticsSearch } from './search';

const StatisticsPage = lazyPage(() => import('./StatisticsPage'), 'StatisticsPage');

export const statisticsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/statistik',
  validateSearch: validateStatisticsSearch,
  component: function StatisticsRoute() {
    return (
      <Permitted operation="statistics">
        <StatisticsPage search={statisticsRoute.useSearch()} />
      </Permitted>
    );
  },
});

export const statisticsRoutes = [statisticsRoute] as const;
