import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage, Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

export const sfiCoursesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/sfi',
  component: () => (
    <Permitted operation="sfiCourses">
      <ComingSoonPage title="Sektors-sfi" />
    </Permitted>
  ),
});

export const sfiRoutes = [sfiCoursesRoute] as const;
