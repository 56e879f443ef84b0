/* The business developers' and recruiters' screens: employers, openings and their ranking, people, placements. */
import { createRoute } from '@tanstack/react-router';
import { validateCandidateSearch } from '../candidates/search';
import { lazyPage } from '../components/lazy-page';
import { validateEmployerSearch } from '../employers/search';
import { FollowUpsPage } from '../follow-ups/FollowUpsPage';
import { validateOpeningSearch } from '../openings/search';
import { Permitted } from '../pages/StatusPages';
import { validatePlacementSearch } from '../placements/search';
import { signedInRoute } from './root';

/* Each screen's script is loaded when the screen is first visited (the business developer's landing page is not). */
const EmployersPage = lazyPage(() => import('../employers/EmployersPage'), 'EmployersPage');
const EmployerCardPage = lazyPage(() => import('../employer-card/EmployerCardPage'), 'EmployerCardPage');
const RegisterEmployerPage = lazyPage(() => import('../employer-register/RegisterEmployerPage'), 'RegisterEmployerPage');
const OpeningsPage = lazyPage(() => import('../openings/OpeningsPage'), 'OpeningsPage');
const OpeningPage = lazyPage(() => import('../openings/OpeningPage'), 'OpeningPage');
const OpeningFormPage = lazyPage(() => import('../openings/OpeningFormPage'), 'OpeningFormPage');
const RankingPage = lazyPage(() => import('../ranking/RankingPage'), 'RankingPage');
const CandidatesPage = lazyPage(() => import('../candidates/CandidatesPage'), 'CandidatesPage');
const CandidatePage = lazyPage(() => import('../candidates/CandidatePage'), 'CandidatePage');
const PlacementsBoardPage = lazyPage(() => import('../placements/PlacementsBoardPage'), 'PlacementsBoardPage');
const PlacementPage = lazyPage(() => import('../placements/PlacementPage'), 'PlacementPage');

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

const openingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser',
  validateSearch: validateOpeningSearch,
  component: function OpeningsRoute() {
    return (
      <Permitted operation="openings">
        <OpeningsPage search={openingsRoute.useSearch()} />
      </Permitted>
    );
  },
});

const newOpeningRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser/ny',
  component: () => (
    <Permitted operation="createOpening">
      <OpeningFormPage />
    </Permitted>
  ),
});

const openingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser/$openingId',
  component: function OpeningRoute() {
    const { openingId } = openingRoute.useParams();
    return (
      <Permitted operation="opening">
        <OpeningPage openingId={openingId} />
      </Permitted>
    );
  },
});

const editOpeningRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser/$openingId/redigera',
  component: function EditOpeningRoute() {
    const { openingId } = editOpeningRoute.useParams();
    return (
      <Permitted operation="updateOpening">
        <OpeningFormPage openingId={openingId} />
      </Permitted>
    );
  },
});

const rankingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser/$openingId/matchning',
  component: function RankingRoute() {
    const { openingId } = rankingRoute.useParams();
    return (
      <Permitted operation="rankCandidatesForOpening">
        <RankingPage openingId={openingId} />
      </Permitted>
    );
  },
});

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

const placementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/placeringar',
  validateSearch: validatePlacementSearch,
  component: function PlacementsRoute() {
    return (
      <Permitted operation="placements">
        <PlacementsBoardPage search={placementsRoute.useSearch()} />
      </Permitted>
    );
  },
});

const placementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/placeringar/$placementId',
  component: function PlacementRoute() {
    const { placementId } = placementRoute.useParams();
    return (
      <Permitted operation="placement">
        <PlacementPage placementId={placementId} />
      </Permitted>
    );
  },
});

export const workRoutes = [
  followUpsRoute,
  employersRoute,
  registerEmployerRoute,
  employerRoute,
  openingsRoute,
  newOpeningRoute,
  openingRoute,
  editOpeningRoute,
  rankingRoute,
  candidatesRoute,
  candidateRoute,
  placementsRoute,
  placementRoute,
] as const;
