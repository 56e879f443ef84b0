import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
import { validateSfiSearch } from './search';

const SfiCoursesPage = lazyPage(() => import('./SfiCoursesPage'), 'SfiCoursesPage');
const SfiCoursePage = lazyPage(() => import('./SfiCoursePage'), 'SfiCoursePage');

export const sfiCoursesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/sfi',
  validateSearch: validateSfiSearch,
  component: function SfiCoursesRoute() {
    return (
      <Permitted operation="sfiCourses">
        <SfiCoursesPage search={sfiCoursesRoute.useSearch()} />
      </Permitted>
    );
  },
});

export const sfiCourseRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/sfi/$courseId',
  component: function SfiCourseRoute() {
    const { courseId } = sfiCourseRoute.useParams();
    return (
      <Permitted operation="sfiCourse">
        <SfiCoursePage courseId={courseId} />
      </Permitted>
    );
  },
});

export const sfiRoutes = [sfiCoursesRoute, sfiCourseRoute] as const;
