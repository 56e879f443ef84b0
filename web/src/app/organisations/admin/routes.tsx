import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../platform/components/lazy-page';
import { Permitted } from '../../platform/pages/StatusPages';
import { signedInRoute } from '../../platform/routes/root';

const UsersPage = lazyPage(() => import('./UsersPage'), 'UsersPage');
const TeamsPage = lazyPage(() => import('./TeamsPage'), 'TeamsPage');
const AgreementsPage = lazyPage(() => import('./AgreementsPage'), 'AgreementsPage');
const TaxonomyPage = lazyPage(() => import('./ReferencePages'), 'TaxonomyPage');
const FailedJobsPage = lazyPage(() => import('./ReferencePages'), 'FailedJobsPage');
const RetentionPage = lazyPage(() => import('./RetentionPage'), 'RetentionPage');

/* The administrator's screens (guarded by createUser, which only administrators have): no case data, only users, teams, agreements, the taxonomy and failed jobs. */
export const adminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/administration',
  component: () => (
    <Permitted operation="createUser">
      <UsersPage />
    </Permitted>
  ),
});

const teamsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/administration/team',
  component: () => (
    <Permitted operation="createUser">
      <TeamsPage />
    </Permitted>
  ),
});

const agreementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/administration/avtal',
  component: () => (
    <Permitted operation="createUser">
      <AgreementsPage />
    </Permitted>
  ),
});

const taxonomyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/administration/taxonomi',
  component: () => (
    <Permitted operation="createUser">
      <TaxonomyPage />
    </Permitted>
  ),
});

const failedJobsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/administration/jobb',
  component: () => (
    <Permitted operation="createUser">
      <FailedJobsPage />
    </Permitted>
  ),
});

/* Thinning (gallring): only administrators may run it, and the API lets each run only their own principal's. */
const retentionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/administration/gallring',
  component: () => (
    <Permitted operation="runRetention">
      <RetentionPage />
    </Permitted>
  ),
});

export const adminRoutes = [adminRoute, teamsRoute, agreementsRoute, taxonomyRoute, failedJobsRoute, retentionRoute] as const;
