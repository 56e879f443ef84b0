import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { client, handleUnauthenticated, retryAfterSignIn } from '../api/client';
import { describeProblem, type Problem } from '../api/errors';
import { SignOutMutation, ViewerQuery, type Viewer } from './documents';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-in'; viewer: Viewer }
  /** The session ended while the person was working: the screen stays, with what they typed, until they sign in again */
  | { status: 'expired'; viewer: Viewer }
  | { status: 'signed-out'; expired: boolean; signedOut?: boolean }
  | { status: 'unreachable'; problem: Problem };

interface Session {
  state: SessionState;
  /** After a successful signIn mutation */
  signedIn(viewer: Viewer): void;
  signOut(): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in, asked of the API once at start; a request that finds the session ended signs the person out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const result = await client.query(ViewerQuery, {}).toPromise();
    if (result.data) return setState({ status: 'signed-in', viewer: result.data.viewer });
    const problem = result.error ? describeProblem(result.error) : null;
    if (problem && problem.kind !== 'unauthenticated') return setState({ status: 'unreachable', problem });
    setState({ status: 'signed-out', expired: problem?.reason === 'SESSION_EXPIRED' });
  }, []);

  useEffect(() => {
    handleUnauthenticated((reason) =>
      setState((previous) =>
        previous.status === 'signed-in' || previous.status === 'expired'
          ? { status: 'expired', viewer: previous.viewer }
          : { status: 'signed-out', expired: reason === 'SESSION_EXPIRED' },
      ),
    );
    void load();
  }, [load]);

  const session = useMemo<Session>(
    () => ({
      state,
      signedIn: (viewer) => {
        // someone else signing in at a screen left open must not see the previous person's work: start afresh
        if (state.status === 'expired' && state.viewer.userId !== viewer.userId) return window.location.assign('/');
        setState({ status: 'signed-in', viewer });
        if (state.status === 'expired') retryAfterSignIn();
      },
      signOut: async () => {
        await client.mutation(SignOutMutation, {}).toPromise();
        setState({ status: 'signed-out', expired: false, signedOut: true });
      },
      retry: () => void load(),
    }),
    [state, load],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person (or the one whose session just ended, while they sign in again); only inside signed-in routes. */
export function useViewer(): Viewer {
  const { state } = useSession();
  if (state.status !== 'signed-in' && state.status !== 'expired') throw new Error('useViewer without a signed-in person');
  return state.viewer;
}

/** Whether the viewer may call a Query or Mutation operation, from the API's own list (viewer.permissions). */
export function mayUse(viewer: Viewer, operation: string): boolean {
  return viewer.permissions.includes(operation);
}
