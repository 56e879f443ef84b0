import { Client, fetchExchange, mapExchange, type Operation } from '@urql/core';
import { accessPurposeHeaders } from './access-purpose';
import { errorExtensions } from './errors';

/** Called when the API says the caller is not signed in (any more): `reason` is SESSION_EXPIRED for an ended session. */
export type UnauthenticatedHandler = (reason: string | undefined) => void;

let onUnauthenticated: UnauthenticatedHandler = () => {};

/** Queries of the screens on show that found the session ended: asked again once the person has signed in again. */
const waitingForSignIn = new Map<number, Operation>();

/** The session (src/app/session) says where to go when a request finds the person signed out. */
export function handleUnauthenticated(handler: UnauthenticatedHandler): void {
  onUnauthenticated = handler;
}

/** Signing in answers UNAUTHENTICATED for a wrong password: that is the form's business, not a lost session. */
function isSignIn(operation: Operation): boolean {
  return operation.kind === 'mutation' && operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.name?.value === 'SignIn');
}

/**
 * The API on this origin. The session is an httpOnly cookie the browser sends by itself; every request is a JSON
 * POST, which the API's CSRF prevention accepts. No cache: every screen asks for what it shows, so what a person
 * sees after an action is what the API holds. Each request says why it reads, by the route on show (access-purpose.ts).
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  requestPolicy: 'network-only',
  fetchOptions: () => ({ credentials: 'same-origin', headers: { 'content-type': 'application/json', ...accessPurposeHeaders() } }),
  exchanges: [
    mapExchange({
      onError(error, operation) {
        if (isSignIn(operation)) return;
        const extensions = errorExtensions(error);
        if (extensions.code !== 'UNAUTHENTICATED') return;
        if (operation.kind === 'query') waitingForSignIn.set(operation.key, operation);
        onUnauthenticated(extensions.reason);
      },
    }),
    fetchExchange,
  ],
});

/**
 * After signing in again over a screen whose session had ended: its queries are asked again, so the screen fills in
 * without being remounted (what the person typed stays). Mutations are not repeated: the person saves again.
 */
export function retryAfterSignIn(): void {
  const operations = [...waitingForSignIn.values()];
  waitingForSignIn.clear();
  for (const operation of operations) client.reexecuteOperation(operation);
}
