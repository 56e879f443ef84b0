import { createRootRoute, createRoute, createRouter, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { lazyPage } from './components/lazy-page';
import { PageLoader } from './components/Page';
import { ProblemAlert } from './components/ProblemAlert';
import { validateCandidateSearch } from './candidates/search';
import { validateEmployerSearch } from './employers/search';
import { FollowUpsPage } from './follow-ups/FollowUpsPage';
import { validateOpeningSearch } from './openings/search';
import { AccessibilityStatementPage } from './pages/AccessibilityStatementPage';
import { HomePage } from './pages/HomePage';
import { safeReturnPath, SignInPage, type SignInSearch } from './pages/SignInPage';
import { NotFoundPage, Permitted } from './pages/StatusPages';
import { validatePlacementSearch } from './placements/search';
import { SessionExpiredDialog } from './session/SessionExpiredDialog';
import { useSession } from './session/session';
import { AppLayout } from './shell/AppLayout';

/* Each screen's script is loaded when the screen is first visited (the business developer's landing page is not). */
const EmployersPage = lazyPage(() => import('./employers/EmployersPage'), 'EmployersPage');
const EmployerCardPage = lazyPage(() => import('./employer-card/EmployerCardPage'), 'EmployerCardPage');
const RegisterEmployerPage = lazyPage(() => import('./employer-register/RegisterEmployerPage'), 'RegisterEmployerPage');
const OpeningsPage = lazyPage(() => import('./openings/OpeningsPage'), 'OpeningsPage');
const OpeningPage = lazyPage(() => import('./openings/OpeningPage'), 'OpeningPage');
const OpeningFormPage = lazyPage(() => import('./openings/OpeningFormPage'), 'OpeningFormPage');
const RankingPage = lazyPage(() => import('./ranking/RankingPage'), 'RankingPage');
const CandidatesPage = lazyPage(() => import('./candidates/CandidatesPage'), 'CandidatesPage');
const CandidatePage = lazyPage(() => import('./candidates/CandidatePage'), 'CandidatePage');
const PlacementsBoardPage = lazyPage(() => import('./placements/PlacementsBoardPage'), 'PlacementsBoardPage');
const PlacementPage = lazyPage(() => import('./placements/PlacementPage'), 'PlacementPage');

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/logga-in',
  validateSearch: (search: Record<string, unknown>): SignInSearch => ({
    till: safeReturnPath(search.till),
    orsak: search.orsak === 'session' || search.orsak === 'utloggad' ? search.orsak : undefined,
  }),
  component: function SignInRoute() {
    return <SignInPage search={signInRoute.useSearch()} />;
  },
});

const statementRoute = createRoute({ getParentRoute: () => rootRoute, path: '/tillganglighet', component: AccessibilityStatementPage });

/**
 * Every route below needs a signed-in person: without one, the sign-in page and then back here; when the session ends
 * while they work, a sign-in dialog over the screen, which keeps what they typed.
 */
const signedInRoute = createRoute({ getParentRoute: () => rootRoute, id: 'inloggad', component: RequireSignIn });

function RequireSignIn() {
  const { state, retry } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const signedOut = state.status === 'signed-out' ? state : null;
  useEffect(() => {
    if (!signedOut) return;
    const orsak = signedOut.expired ? 'session' : signedOut.signedOut ? 'utloggad' : undefined;
    const till = location.href === '/' || signedOut.signedOut ? undefined : location.href;
    void navigate({ to: '/logga-in', search: { till, orsak }, replace: true });
    // once per sign-out: where the person was is read at that moment
  }, [signedOut]);
  if (state.status === 'signed-in') return <Outlet />;
  if (state.status === 'expired') {
    return (
      <>
        <Outlet />
        <SessionExpiredDialog />
      </>
    );
  }
  if (state.status === 'unreachable') return <ProblemAlert problem={state.problem} onRetry={retry} />;
  return <PageLoader />;
}

const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: HomePage,
});

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

const routeTree = rootRoute.addChildren([
  signInRoute,
  statementRoute,
  signedInRoute.addChildren([
    homeRoute,
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
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: false,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
