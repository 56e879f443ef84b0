/* The job seekers: the list, a person's profile and their path and plan (Väg och plan), and enrolment with the start of the path. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
import { validateCandidateSearch } from './search';

const CandidatesPage = lazyPage(() => import('./CandidatesPage'), 'CandidatesPage');
const CandidatePage = lazyPage(() => import('./CandidatePage'), 'CandidatePage');
const PersonPathPage = lazyPage(() => import('./path/PersonPathPage'), 'PersonPathPage');
const EnrolPage = lazyPage(() => import('./enrolment/EnrolPage'), 'EnrolPage');
const EnrolledPage = lazyPage(() => import('./enrolment/EnrolledPage'), 'EnrolledPage');

const candidatesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetssokande',
  validateSearch: validateCandidateSearch,
  component: function CandidatesRoute() {
    return (
      <Permitted operation="candidates">
        <CandidatesPage search={candidatesRoute.useSearch()} />
      </Permitted>
    );
  },
});

const candidateRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetssokande/$candidateId',
  component: function CandidateRoute() {
    const { candidateId } = candidateRoute.useParams();
    return (
      <Permitted operation="candidate">
        <CandidatePage candidateId={candidateId} />
      </Permitted>
    );
  },
});

export const personPathRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetssokande/$candidateId/vag',
  component: function PersonPathRoute() {
    const { candidateId } = personPathRoute.useParams();
    return (
      <Permitted operation="candidate">
        <PersonPathPage candidateId={candidateId} />
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

export const candidateRoutes = [candidatesRoute, candidateRoute, personPathRoute, enrolRoute, enrolledRoute] as const;
