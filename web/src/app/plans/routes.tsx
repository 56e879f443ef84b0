/* The caseloads: Min dag, the labour-market secretary's start page, and the sector teams' pages. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
import { validateCaseloadSearch } from './my-day/search';

const MyDayPage = lazyPage(() => import('./my-day/MyDayPage'), 'MyDayPage');
const TeamsPage = lazyPage(() => import('./team/TeamsPage'), 'TeamsPage');
const TeamPage = lazyPage(() => import('./team/TeamPage'), 'TeamPage');

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

export const teamsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/team',
  component: () => (
    <Permitted operation="teamCaseload">
      <TeamsPage />
    </Permitted>
  ),
});

const teamRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/team/$teamId',
  component: function TeamRoute() {
    const { teamId } = teamRoute.useParams();
    return (
      <Permitted operation="teamCaseload">
        <TeamPage teamId={teamId} />
      </Permitted>
    );
  },
});

export const planRoutes = [myDayRoute, teamsRoute, teamRoute] as const;
