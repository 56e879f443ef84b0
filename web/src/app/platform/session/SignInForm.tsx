import { Button, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../api/errors';
import { ProblemAlert } from '../components/ProblemAlert';
import { sv } from '../i18n/sv';
import { SignInMutation } from './documents';
import { useSession } from './session';

type FieldErrors = { username?: string; password?: string };

/**
 * Username and password, checked here for being filled in and by the API for being right; a wrong password is said
 * by the password field, a locked account or a lost network above the fields. Used by the sign-in page and by the
 * dialog that appears over a screen whose session ended.
 */
export function SignInForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const { signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

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
    const result = await signIn({
      input: { username: username.trim(), password },
    });
    if (result.data) return signedIn(result.data.signIn);
    if (!result.error) return;
    const found = describeProblem(result.error);
    if (found.kind === 'unauthenticated') {
      setErrors({ password: sv.signIn.wrongCredentials });
      passwordRef.current?.focus();
    } else if (found.kind === 'invalid') {
      setErrors({
        username: fieldError(found, 'username'),
        password: fieldError(found, 'password'),
      });
    } else {
      setErrors({});
      setProblem(found);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={sv.signIn.title}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} />}
        <TextInput
          ref={usernameRef}
          size="md"
          label={sv.signIn.username}
          name="username"
          autoComplete="username"
          data-autofocus={autoFocus || undefined}
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
    </form>
  );
}
