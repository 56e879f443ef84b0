import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage, Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

export const myDayRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/min-dag',
  component: () => (
    <Permitted operation="enrolCandidate">
      <ComingSoonPage title="Min dag" />
    </Permitted>
  ),
});

export const myDayRoutes = [myDayRoute] as const;
