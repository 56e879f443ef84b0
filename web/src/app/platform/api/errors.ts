import type { CombinedError } from '@urql/core';
import { clockTimeIn } from '../i18n/dates';
import { sv } from '../i18n/sv';

/** What went wrong, as the screens act on it (docs/api.md: every error carries a stable extensions.code). */
export type ProblemKind = 'network' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'refused' | 'invalid' | 'throttled' | 'server' | 'unknown';

export interface Problem {
  kind: ProblemKind;
  /** The Swedish sentence to show */
  message: string;
  /** Swedish messages by the input's field path (`input.username`, `id`), to show next to that field */
  fields: Record<string, string>;
  /** extensions.reason: SESSION_EXPIRED for UNAUTHENTICATED, or why a CONFLICT (STALE_VERSION, NO_CONSENT, …) */
  reason?: string;
}

interface ErrorExtensions {
  code?: string;
  reason?: string;
  retryAfterSeconds?: number;
  fields?: Array<{ field: string; message: string }>;
}

const KIND_BY_CODE: Record<string, ProblemKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not-found',
  CONFLICT: 'conflict',
  BAD_USER_INPUT: 'invalid',
  TOO_MANY_REQUESTS: 'throttled',
  INTERNAL_SERVER_ERROR: 'server',
};

const MESSAGE_BY_KIND: Record<ProblemKind, string> = {
  network: sv.errors.network,
  unauthenticated: sv.signIn.sessionExpired,
  forbidden: sv.errors.forbidden,
  'not-found': sv.errors.notFound,
  conflict: sv.errors.conflict,
  refused: sv.errors.refused,
  invalid: sv.errors.invalid,
  throttled: sv.signIn.throttledFallback,
  server: sv.errors.server,
  unknown: sv.errors.unknown,
};

/** The first error's extensions, where the API puts the code the client decides on. */
export function errorExtensions(error: CombinedError): ErrorExtensions {
  return (error.graphQLErrors[0]?.extensions ?? {}) as ErrorExtensions;
}

/** Turns an urql error into what a screen shows, in Swedish. */
export function describeProblem(error: CombinedError): Problem {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { kind: 'network', message: sv.errors.network, fields: {} };
  }
  const extensions = errorExtensions(error);
  const kind = refusedByRule(extensions) ? 'refused' : (KIND_BY_CODE[extensions.code ?? ''] ?? 'unknown');
  const fields = Object.fromEntries((extensions.fields ?? []).map((f) => [f.field, fieldMessage(f.message)]));
  if (kind === 'throttled') return { kind, message: throttledMessage(error, extensions), fields };
  return { kind, message: MESSAGE_BY_KIND[kind], fields, reason: extensions.reason };
}

/**
 * A CONFLICT is either a stale read (STALE_VERSION: someone else changed the record, and loading it again helps) or a
 * rule of the domain refusing the step (NO_CONSENT, STAGE_NOT_ALLOWED, …: reloading changes nothing). Screens that
 * know a rule say it in their own words by `reason`.
 */
function refusedByRule(extensions: ErrorExtensions): boolean {
  return extensions.code === 'CONFLICT' && extensions.reason !== undefined && extensions.reason !== 'STALE_VERSION';
}

/** The API's own Swedish sentence (it names when to retry), else ours from retryAfterSeconds. */
function throttledMessage(error: CombinedError, extensions: ErrorExtensions): string {
  const apiMessage = error.graphQLErrors[0]?.message;
  if (apiMessage) return apiMessage;
  const seconds = extensions.retryAfterSeconds;
  if (seconds === undefined) return sv.signIn.throttledFallback;
  return `${sv.signIn.throttledFallback} ${sv.signIn.retryIn(seconds)} (kl. ${clockTimeIn(seconds)})`;
}

/** The API words a field's problem in English for developers; the person sees one of these. */
function fieldMessage(apiMessage: string): string {
  const m = apiMessage.toLowerCase();
  if (/empty|required|should not be|must not be blank/.test(m)) return sv.errors.field.required;
  if (/uuid/.test(m)) return sv.errors.field.uuid;
  if (/date|yyyy/.test(m)) return sv.errors.field.date;
  if (/e-?mail/.test(m)) return sv.errors.field.email;
  if (/longer|too long|at most \d+ char/.test(m)) return sv.errors.field.tooLong;
  return sv.errors.field.invalid;
}

/** A field's message whatever the operation's argument path before it (`input.username` for `username`). */
export function fieldError(problem: Problem | null, field: string): string | undefined {
  if (!problem) return undefined;
  const key = Object.keys(problem.fields).find((path) => path === field || path.endsWith(`.${field}`));
  return key === undefined ? undefined : problem.fields[key];
}

/** One query a screen waits for: whether it failed, and how to ask the API again past the cache. */
export interface Asked {
  error?: CombinedError;
  reload(): void;
}

/**
 * A screen's several queries as one problem to show (the first that failed, in the order given: the list before the
 * choices of its filters) and one "Försök igen" that asks again for each query that failed.
 */
export function firstProblem(queries: readonly Asked[]): { problem: Problem | null; retry(): void } {
  const failed = queries.filter((query) => query.error);
  return {
    problem: failed[0]?.error ? describeProblem(failed[0].error) : null,
    retry: () => failed.forEach((query) => query.reload()),
  };
}
