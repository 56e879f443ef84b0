import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../components/lazy-page';
import { Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';
import { validateAccessLogSearch } from './search';

const AccessLogPage = lazyPage(() => import('./AccessLogPage'), 'AccessLogPage');

export const accessLogRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/atkomstlogg',
  validateSearch: validateAccessLogSearch,
  component: function AccessLogRoute() {
    return (
      <Permitted operation="accessLog">
        <AccessLogPage search={accessLogRoute.useSearch()} />
      </Permitted>
    );
  },
});

export const inspectionRoutes = [accessLogRoute] as const;
