import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage, Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

export const personPathRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetssokande/$candidateId/vag',
  component: () => (
    <Permitted operation="candidate">
      <ComingSoonPage title="Väg och plan" />
    </Permitted>
  ),
});

export const personRoutes = [personPathRoute] as const;
