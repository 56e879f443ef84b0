import { createRootRoute, createRoute, createRouter, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { PageLoader } from './components/Page';
import { ProblemAlert } from './components/ProblemAlert';
import { EmployersPage } from './employers/EmployersPage';
import { validateEmployerSearch } from './employers/search';
import { FollowUpsPage } from './follow-ups/FollowUpsPage';
import { sv } from './i18n/sv';
import { AccessibilityStatementPage } from './pages/AccessibilityStatementPage';
import { EmployerPage } from './pages/EmployerPage';
import { HomePage } from './pages/HomePage';
import { safeReturnPath, SignInPage, type SignInSearch } from './pages/SignInPage';
import { ComingSoonPage, NotFoundPage, Permitted } from './pages/StatusPages';
import { useSession } from './session/session';
import { AppLayout } from './shell/AppLayout';

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

/** Every route below needs a signed-in person; without one (or when the session ended) sign-in, then back here. */
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
  if (state.status === 'unreachable') return <ProblemAlert problem={state.problem} onRetry={retry} />;
  return <PageLoader />;
}

const homeRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/', component: HomePage });

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
  component: () => (
    <Permitted operation="employers">
      <EmployersRoutePage />
    </Permitted>
  ),
  validateSearch: validateEmployerSearch,
});

function EmployersRoutePage() {
  return <EmployersPage search={employersRoute.useSearch()} />;
}

const employerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetsgivare/$employerId',
  component: function EmployerRoute() {
    const { employerId } = employerRoute.useParams();
    return (
      <Permitted operation="employer">
        <EmployerPage employerId={employerId} />
      </Permitted>
    );
  },
});

const openingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/platser',
  component: () => (
    <Permitted operation="openings">
      <ComingSoonPage title={sv.nav.openings} />
    </Permitted>
  ),
});

const candidatesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/arbetssokande',
  component: () => (
    <Permitted operation="candidates">
      <ComingSoonPage title={sv.nav.candidates} />
    </Permitted>
  ),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  statementRoute,
  signedInRoute.addChildren([homeRoute, followUpsRoute, employersRoute, employerRoute, openingsRoute, candidatesRoute]),
]);

export const router = createRouter({ routeTree, defaultPreload: false, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
