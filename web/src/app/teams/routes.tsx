/* The sector teams: the viewer's teams and a team's page. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../components/lazy-page';
import { Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

const TeamsPage = lazyPage(() => import('./TeamsPage'), 'TeamsPage');
const TeamPage = lazyPage(() => import('./TeamPage'), 'TeamPage');

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

export const teamRoutes = [teamsRoute, teamRoute] as const;
