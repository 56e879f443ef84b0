import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage, Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

export const teamsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/team',
  component: () => (
    <Permitted operation="teamCaseload">
      <ComingSoonPage title="Bransch-team" />
    </Permitted>
  ),
});

export const teamRoutes = [teamsRoute] as const;
