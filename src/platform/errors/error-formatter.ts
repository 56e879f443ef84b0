import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode, type FieldError } from './domain-error.js';
import { loggableError } from './loggable-error.js';

const logger = new Logger('GraphQLError');

/** Codes GraphQL and Apollo produce for malformed requests; they are safe to pass through as they are. */
const PASS_THROUGH = new Set([
  'BAD_USER_INPUT', // a variable of the wrong type or an unknown enum value, refused before any resolver runs
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL error codes that are the client's doing rather than a bug of ours. */
const PG_UNIQUE_VIOLATION = '23505';
const PG_SERIALIZATION_FAILURE = '40001';

function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string } | undefined)?.code;
    if (code === PG_UNIQUE_VIOLATION) return DomainError.conflict('A record with the same unique value already exists');
    if (code === PG_SERIALIZATION_FAILURE) return DomainError.conflict('Concurrent change; try again');
  }
  return undefined;
}

/**
 * The single place where errors become what a client sees. A DomainError keeps its code, message and failing
 * fields; GraphQL's own document errors pass through, naming the variable to blame; everything else is logged by
 * kind and place (never its SQL or data, see loggableError) and reaches the client as INTERNAL_SERVER_ERROR with no
 * detail. With `hideSuggestions` (wherever introspection is off) no message says "Did you mean ...?", which would
 * map the schema for someone who may not read it.
 */
export function createErrorFormatter(options: { hideSuggestions: boolean }) {
  const tidy = (message: string) => (options.hideSuggestions ? message.replace(SUGGESTION, '') : message);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const domain = toDomainError(original);
    const base = { locations: formatted.locations, path: formatted.path };
    if (domain) {
      return {
        ...base,
        message: domain.message,
        extensions: {
          code: domain.code,
          ...(domain.fields.length > 0 ? { fields: domain.fields } : {}),
          ...domain.extensions,
        },
      };
    }
    const code = isRequestError(original) ? 'BAD_REQUEST' : formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const message = tidy(formatted.message);
      const fields = variableFields(message);
      return { ...base, message, extensions: { code, ...(fields.length > 0 ? { fields } : {}) } };
    }
    logger.error({ msg: 'Unexpected error while answering a GraphQL request', path: formatted.path, error: loggableError(original) });
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * Errors graphql-js raises while executing about the request itself, not about our data: an operation kind the
 * schema does not serve (there are no subscriptions).
 */
function isRequestError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && /^Schema is not configured to execute /.test(error.message);
}

/** graphql-js's "Did you mean ...?" endings, in all their forms. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * The variable a coercion error blames, as a field path: `Variable "$i" got invalid value 5 at "i.hired.startOn"`
 * names `i.hired.startOn`, `Variable "$s" of required type ...` names `s`.
 */
function variableFields(message: string): FieldError[] {
  const match = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)"/.exec(message);
  if (!match) return [];
  const at = /\bat "([^"]+)"/.exec(message);
  return [{ field: at ? at[1] : match[1], message }];
}
