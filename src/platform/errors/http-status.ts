import type { GraphQLFormattedError } from 'graphql';

/**
 * The HTTP status of each `extensions.code` a client can receive: client mistakes are 4xx, and only a fault of the
 * server is 5xx. One table for the GraphQL answers and for the HTTP layer in front of them.
 */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** The code of an HTTP status, for errors raised outside GraphQL (body parsing, routing); 500 for anything unknown. */
export function codeOfStatus(status: number): string {
  const code = Object.entries(STATUS_OF_CODE).find(([, s]) => s === status)?.[0];
  if (code) return code;
  return status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

/**
 * The status of an answer with these errors: 500 if any is a fault of the server, else the first error's status
 * (an unknown code counts as the server's fault, so a new code cannot hide a failure behind a 4xx).
 */
export function statusOfErrors(errors: readonly GraphQLFormattedError[]): number {
  const statuses = errors.map((e) => STATUS_OF_CODE[String(e.extensions?.code)] ?? 500);
  return statuses.find((s) => s >= 500) ?? statuses[0] ?? 200;
}
