import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../components/lazy-page';
import { Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';
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
