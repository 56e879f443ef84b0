import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage, Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

export const adminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/administration',
  component: () => (
    <Permitted operation="createUser">
      <ComingSoonPage title="Administration" />
    </Permitted>
  ),
});

export const adminRoutes = [adminRoute] as const;
