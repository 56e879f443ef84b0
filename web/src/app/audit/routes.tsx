import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
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

export const auditRoutes = [accessLogRoute] as const;
