/* The placements: the board and a placement's page. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
import { validatePlacementSearch } from './search';

const PlacementsBoardPage = lazyPage(() => import('./PlacementsBoardPage'), 'PlacementsBoardPage');
const PlacementPage = lazyPage(() => import('./PlacementPage'), 'PlacementPage');

const placementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/placeringar',
  validateSearch: validatePlacementSearch,
  component: function PlacementsRoute() {
    return (
      <Permitted operation="placements">
        <PlacementsBoardPage search={placementsRoute.useSearch()} />
      </Permitted>
    );
  },
});

const placementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/placeringar/$placementId',
  component: function PlacementRoute() {
    const { placementId } = placementRoute.useParams();
    return (
      <Permitted operation="placement">
        <PlacementPage placementId={placementId} />
      </Permitted>
    );
  },
});

export const placementRoutes = [placementsRoute, placementRoute] as const;
