import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage, Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

export const accessLogRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/atkomstlogg',
  component: () => (
    <Permitted operation="accessLog">
      <ComingSoonPage title="Åtkomstlogg" />
    </Permitted>
  ),
});

export const inspectionRoutes = [accessLogRoute] as const;
