/* An opening's ranking (matchning) and its shortlist. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';

const RankingPage = lazyPage(() => import('./RankingPage'), 'RankingPage');

const rankingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser/$openingId/matchning',
  component: function RankingRoute() {
    const { openingId } = rankingRoute.useParams();
    return (
      <Permitted operation="rankCandidatesForOpening">
        <RankingPage openingId={openingId} />
      </Permitted>
    );
  },
});

export const matchingRoutes = [rankingRoute] as const;
