/* The routes every area hangs under: the layout, sign-in, and the signed-in branch. */
import { createRootRoute, createRoute, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { AccessibilityStatementPage } from '../pages/AccessibilityStatementPage';
import { HomePage } from '../pages/HomePage';
import { safeReturnPath, SignInPage, type SignInSearch } from '../pages/SignInPage';
import { NotFoundPage } from '../pages/StatusPages';
import { SessionExpiredDialog } from '../session/SessionExpiredDialog';
import { useSession } from '../session/session';
import { AppLayout } from '../shell/AppLayout';

export const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

export const signInRoute = createRoute({
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

export const statementRoute = createRoute({ getParentRoute: () => rootRoute, path: '/tillganglighet', component: AccessibilityStatementPage });

/**
 * Every route below needs a signed-in person: without one, the sign-in page and then back here; when the session ends
 * while they work, a sign-in dialog over the screen, which keeps what they typed.
 */
export const signedInRoute = createRoute({ getParentRoute: () => rootRoute, id: 'inloggad', component: RequireSignIn });

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

export const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: HomePage,
});
