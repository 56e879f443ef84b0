import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../components/lazy-page';
import { Permitted } from '../pages/StatusPages';
import { signedInRoute } from '../routes/root';

const PersonPathPage = lazyPage(() => import('./PersonPathPage'), 'PersonPathPage');

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

export const personRoutes = [personPathRoute] as const;
