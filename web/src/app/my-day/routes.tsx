/* The labour-market secretary's screens: Min dag with the caseload, and enrolment with the start of the path. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../components/lazy-page';
import { Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';
import { validateCaseloadSearch } from './search';

const MyDayPage = lazyPage(() => import('./MyDayPage'), 'MyDayPage');
const EnrolPage = lazyPage(() => import('../enrol/EnrolPage'), 'EnrolPage');
const EnrolledPage = lazyPage(() => import('../enrol/EnrolledPage'), 'EnrolledPage');

export const myDayRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/min-dag',
  validateSearch: validateCaseloadSearch,
  component: function MyDayRoute() {
    return (
      <Permitted operation="enrolCandidate">
        <MyDayPage search={myDayRoute.useSearch()} />
      </Permitted>
    );
  },
});

const enrolRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/inskrivning',
  component: () => (
    <Permitted operation="enrolCandidate">
      <EnrolPage />
    </Permitted>
  ),
});

const enrolledRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/inskrivning/$candidateId',
  component: function EnrolledRoute() {
    const { candidateId } = enrolledRoute.useParams();
    return (
      <Permitted operation="enrolCandidate">
        <EnrolledPage candidateId={candidateId} />
      </Permitted>
    );
  },
});

export const myDayRoutes = [myDayRoute, enrolRoute, enrolledRoute] as const;
