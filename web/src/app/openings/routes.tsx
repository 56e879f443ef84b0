/* The openings: the list, creating and editing one, and an opening's page. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
import { validateOpeningSearch } from './search';

const OpeningsPage = lazyPage(() => import('./OpeningsPage'), 'OpeningsPage');
const OpeningPage = lazyPage(() => import('./OpeningPage'), 'OpeningPage');
const OpeningFormPage = lazyPage(() => import('./OpeningFormPage'), 'OpeningFormPage');

const openingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser',
  validateSearch: validateOpeningSearch,
  component: function OpeningsRoute() {
    return (
      <Permitted operation="openings">
        <OpeningsPage search={openingsRoute.useSearch()} />
      </Permitted>
    );
  },
});

const newOpeningRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser/ny',
  component: () => (
    <Permitted operation="createOpening">
      <OpeningFormPage />
    </Permitted>
  ),
});

const openingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser/$openingId',
  component: function OpeningRoute() {
    const { openingId } = openingRoute.useParams();
    return (
      <Permitted operation="opening">
        <OpeningPage openingId={openingId} />
      </Permitted>
    );
  },
});

const editOpeningRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser/$openingId/redigera',
  component: function EditOpeningRoute() {
    const { openingId } = editOpeningRoute.useParams();
    return (
      <Permitted operation="updateOpening">
        <OpeningFormPage openingId={openingId} />
      </Permitted>
    );
  },
});

export const openingRoutes = [openingsRoute, newOpeningRoute, openingRoute, editOpeningRoute] as const;
