import { Client, fetchExchange, mapExchange, type Operation } from '@urql/core';
import { errorExtensions } from './errors';

/** Called when the API says the caller is not signed in (any more): `reason` is SESSION_EXPIRED for an ended session. */
export type UnauthenticatedHandler = (reason: string | undefined) => void;

let onUnauthenticated: UnauthenticatedHandler = () => {};

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
 * sees after an action is what the API holds.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  requestPolicy: 'network-only',
  fetchOptions: { credentials: 'same-origin', headers: { 'content-type': 'application/json' } },
  exchanges: [
    mapExchange({
      onError(error, operation) {
        if (isSignIn(operation)) return;
        const extensions = errorExtensions(error);
        if (extensions.code === 'UNAUTHENTICATED') onUnauthenticated(extensions.reason);
      },
    }),
    fetchExchange,
  ],
});
