/* The employers' screens: the business developer's follow-ups, the register, registering an employer and the card. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
import { FollowUpsPage } from './follow-ups/FollowUpsPage';
import { validateEmployerSearch } from './search';

/* Each screen's script is loaded when the screen is first visited (the business developer's landing page is not). */
const EmployersPage = lazyPage(() => import('./EmployersPage'), 'EmployersPage');
const EmployerCardPage = lazyPage(() => import('./card/EmployerCardPage'), 'EmployerCardPage');
const RegisterEmployerPage = lazyPage(() => import('./registration/RegisterEmployerPage'), 'RegisterEmployerPage');

const followUpsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/uppfoljningar',
  component: () => (
    <Permitted operation="myFollowUpsDue">
      <FollowUpsPage />
    </Permitted>
  ),
});

const employersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetsgivare',
  validateSearch: validateEmployerSearch,
  component: function EmployersRoute() {
    return (
      <Permitted operation="employers">
        <EmployersPage search={employersRoute.useSearch()} />
      </Permitted>
    );
  },
});

const registerEmployerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetsgivare/ny',
  component: () => (
    <Permitted operation="createEmployer">
      <RegisterEmployerPage />
    </Permitted>
  ),
});

const employerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetsgivare/$employerId',
  component: function EmployerRoute() {
    const { employerId } = employerRoute.useParams();
    return (
      <Permitted operation="employer">
        <EmployerCardPage employerId={employerId} />
      </Permitted>
    );
  },
});

export const employerRoutes = [followUpsRoute, employersRoute, registerEmployerRoute, employerRoute] as const;
