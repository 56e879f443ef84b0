import { Alert, Paper } from '@mantine/core';
import { RedirectTo } from '../components/links';
import { Page } from '../components/Page';
import { sv } from '../i18n/sv';
import { SignInForm } from '../session/SignInForm';
import { useSession } from '../session/session';

export interface SignInSearch {
  /** Where the person was going, a path on this site */
  till?: string;
  /** Why they are here: their session ended, or they signed out */
  orsak?: 'session' | 'utloggad';
}

/** Only a path of this site: never another host (//example.org) as the place to return to. */
export function safeReturnPath(path: unknown): string | undefined {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/logga-in') ? path : undefined;
}

/** The sign-in page, saying why the person is here (their session ended, or they signed out). */
export function SignInPage({ search }: { search: SignInSearch }) {
  const { state } = useSession();
  if (state.status === 'signed-in') return <RedirectTo path={safeReturnPath(search.till) ?? '/'} />;
  return (
    <Page title={sv.signIn.title} intro={sv.signIn.intro}>
      {search.orsak === 'session' && <Alert role="status" color="blue.9" variant="outline" title={sv.signIn.sessionExpired} />}
      {search.orsak === 'utloggad' && <Alert role="status" color="blue.9" variant="outline" title={sv.signIn.signedOut} />}
      <Paper withBorder p="lg" maw={420}>
        <SignInForm />
      </Paper>
    </Page>
  );
}
