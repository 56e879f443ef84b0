import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage, Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

export const meetingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/moten',
  component: () => (
    <Permitted operation="meetings">
      <ComingSoonPage title="Rekryteringsträffar" />
    </Permitted>
  ),
});

export const meetingRoutes = [meetingsRoute] as const;
