import { Alert, Button, Paper, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../api/errors';
import { RedirectTo } from '../components/links';
import { Page } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { sv } from '../i18n/sv';
import { SignInMutation } from '../session/documents';
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

type FieldErrors = { username?: string; password?: string };

export function SignInPage({ search }: { search: SignInSearch }) {
  const { state, signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (state.status === 'signed-in') return <RedirectTo path={safeReturnPath(search.till) ?? '/'} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing: FieldErrors = {
      username: username.trim() ? undefined : sv.signIn.required,
      password: password ? undefined : sv.signIn.required,
    };
    if (missing.username || missing.password) {
      setErrors(missing);
      (missing.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    const result = await signIn({ input: { username: username.trim(), password } });
    if (result.data) return signedIn(result.data.signIn);
    if (!result.error) return;
    const found = describeProblem(result.error);
    if (found.kind === 'unauthenticated') {
      setErrors({ password: sv.signIn.wrongCredentials });
      passwordRef.current?.focus();
    } else if (found.kind === 'invalid') {
      setErrors({ username: fieldError(found, 'username'), password: fieldError(found, 'password') });
    } else {
      setErrors({});
      setProblem(found);
    }
  }

  return (
    <Page title={sv.signIn.title} intro={sv.signIn.intro}>
      {search.orsak === 'session' && !problem && (
        <Alert role="status" color="blue.9" variant="outline" title={sv.signIn.sessionExpired} />
      )}
      {search.orsak === 'utloggad' && !problem && <Alert role="status" color="blue.9" variant="outline" title={sv.signIn.signedOut} />}
      {problem && <ProblemAlert problem={problem} />}
      <Paper withBorder p="lg" maw={420} component="form" onSubmit={submit} noValidate aria-label={sv.signIn.title}>
        <Stack gap="md">
          <TextInput
            ref={usernameRef}
            size="md"
            label={sv.signIn.username}
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={errors.username ?? (errors.password === sv.signIn.wrongCredentials ? true : undefined)}
            required
          />
          <TextInput
            ref={passwordRef}
            type="password"
            size="md"
            label={sv.signIn.password}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            required
          />
          <Button type="submit" size="md" color="blue.9" loading={fetching} loaderProps={{ 'aria-label': sv.signIn.submitting }}>
            {sv.signIn.submit}
          </Button>
        </Stack>
      </Paper>
    </Page>
  );
}
